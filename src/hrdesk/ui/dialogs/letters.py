"""对账函 dialogs: generate a batch, record sending, record a reply, resolve a dispute, void."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QWidget,
)

from hrdesk import clock
from hrdesk.domain.letters import DELIVERY_PROOFS, SEND_WAYS
from hrdesk.services import letters
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.models.table import display
from hrdesk.ui.widgets.fields import DateEdit, MoneyEdit
from hrdesk.ui.widgets.forms import FormDialog, ServiceDialog

ALL, CHOSEN = "all", "chosen"  # the scopes besides one salesperson's customers


class GenerateDialog(FormDialog):
    """生成对账函: the date, whose customers, and where the PDFs go; the work runs afterwards."""

    def __init__(
        self,
        salespeople: list[tuple[int, str]],
        customers: list[tuple[int, str, str]],
        parent=None,
    ):
        super().__init__(
            self.tr("生成对账函"),
            self.tr("每个在截止日有未结余额的客户生成一份对账函，编号连续且不会重复使用。"),
            self.tr("生成"),
            parent,
        )
        self.as_of = DateEdit()
        self.scope = QComboBox()
        self.scope.addItem(self.tr("全部客户"), ALL)
        for person_id, name in salespeople:
            self.scope.addItem(self.tr("业务员：{0}").format(name), person_id)
        self.scope.addItem(self.tr("勾选的客户"), CHOSEN)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("输入编码或名称筛选"))
        self.customers = QListWidget()
        for customer_id, code, name in customers:
            item = QListWidgetItem(f"{code} {name}")
            item.setData(Qt.ItemDataRole.UserRole, customer_id)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.customers.addItem(item)
        self.search.textChanged.connect(self._filter)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self._scope_changed()
        self.merged = QComboBox()
        self.merged.addItem(self.tr("每个客户一个 PDF，另加一个合并版便于打印"), True)
        self.merged.addItem(self.tr("每个客户一个 PDF"), False)
        self.folder = QLineEdit(str(Path.home() / "对账函"))
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder)
        row.addWidget(browse)
        holder = QWidget()
        holder.setLayout(row)
        self.form.addRow(self.tr("截止日期"), self.as_of)
        self.form.addRow(self.tr("范围"), self.scope)
        self.form.addRow("", self.search)
        self.form.addRow("", self.customers)
        self.form.addRow(self.tr("文件"), self.merged)
        self.form.addRow(self.tr("保存到"), holder)

    def _scope_changed(self) -> None:
        chosen = self.scope.currentData() == CHOSEN
        self.search.setVisible(chosen)
        self.customers.setVisible(chosen)

    def _filter(self, text: str) -> None:
        for index in range(self.customers.count()):
            item = self.customers.item(index)
            item.setHidden(text.strip() not in item.text())

    def choice(self) -> dict[str, object]:
        """generate()'s keyword arguments for the scope chosen."""
        scope = self.scope.currentData()
        if scope == ALL:
            return {}
        if scope == CHOSEN:
            items = [self.customers.item(i) for i in range(self.customers.count())]
            return {
                "customer_ids": [
                    item.data(Qt.ItemDataRole.UserRole)
                    for item in items
                    if item.checkState() == Qt.CheckState.Checked
                ]
            }
        return {"salesperson_id": scope}

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("保存到"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def attempt(self) -> str:
        if not self.folder.text().strip():
            return self.tr("请选择保存的文件夹")
        if self.choice().get("customer_ids") == []:
            return self.tr("请勾选要对账的客户")
        return ""


class SentDialog(ServiceDialog):
    def __init__(self, database: Database, actor: Actor, rows: list, parent=None):
        super().__init__(
            database,
            actor,
            self.tr("登记寄出"),
            self.tr("{0} 封对账函：{1}").format(len(rows), "、".join(r.number for r in rows[:6])),
            parent,
        )
        self.rows = rows
        self.sent_on = DateEdit()
        self.via = QComboBox()
        self.via.addItems(SEND_WAYS)
        self.tracking = QLineEdit()
        self.tracking.setPlaceholderText(self.tr("快递单号或挂号信号码，便于举证已送达"))
        self.form.addRow(self.tr("寄出日期"), self.sent_on)
        self.form.addRow(self.tr("方式"), self.via)
        self.form.addRow(self.tr("单号"), self.tracking)

    def write(self, session) -> None:
        letters.mark_sent(
            session,
            self.actor,
            [r.id for r in self.rows],
            self.sent_on.value(),
            self.via.currentText(),
            self.tracking.text().strip(),
            today=clock.today(),
        )


class ReplyDialog(ServiceDialog):
    """登记回函: 相符 or 不符 (with the customer's balance), and the scan of the signed slip."""

    def __init__(self, database: Database, actor: Actor, row, parent=None):
        super().__init__(
            database,
            actor,
            self.tr("登记回函 — {0}").format(row.number),
            self.tr(
                "{0}，我方余额 {1} 元。回函相符视为客户确认欠款，诉讼时效自回函日重新计算。"
            ).format(row.customer, display(row.balance)),
            parent,
        )
        self.row = row
        self.replied_on = DateEdit()
        self.confirmed = QRadioButton(self.tr("相符（信息证明无误）"))
        self.disputed = QRadioButton(self.tr("不符"))
        self.confirmed.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.confirmed)
        group.addButton(self.disputed)
        choice = QHBoxLayout()
        choice.addWidget(self.confirmed)
        choice.addWidget(self.disputed)
        holder = QWidget()
        holder.setLayout(choice)
        self.stated = MoneyEdit()
        self.stated.setEnabled(False)
        self.disputed.toggled.connect(self.stated.setEnabled)
        self.note = QLineEdit()
        self.scan_path = QLineEdit()
        self.scan_path.setReadOnly(True)
        browse = QPushButton(self.tr("选择扫描件…"))
        browse.clicked.connect(self._browse)
        scan = QHBoxLayout()
        scan.addWidget(self.scan_path)
        scan.addWidget(browse)
        scan_holder = QWidget()
        scan_holder.setLayout(scan)
        self.form.addRow(self.tr("回函日期"), self.replied_on)
        self.form.addRow(self.tr("结果"), holder)
        self.stated.setPlaceholderText(self.tr("客户所写的欠款余额；客户称有预付款时填负数"))
        self.form.addRow(self.tr("客户确认的余额"), self.stated)
        self.form.addRow(self.tr("说明"), self.note)
        self.form.addRow(self.tr("回函扫描件"), scan_holder)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("回函扫描件"),
            str(Path.home()),
            self.tr("扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)"),
        )
        if path:
            self.scan_path.setText(path)

    def write(self, session) -> None:
        scan = None
        if self.scan_path.text():
            path = Path(self.scan_path.text())
            scan = (path.name, path.read_bytes())
        letters.record_reply(
            session,
            self.actor,
            self.row.id,
            self.replied_on.value(),
            self.confirmed.isChecked(),
            stated_balance=self.stated.amount() if self.disputed.isChecked() else None,
            note=self.note.text().strip(),
            scan=scan,
            today=clock.today(),
        )


class DeliveryDialog(ServiceDialog):
    """登记送达: the proof a sent letter reached the customer, which restarts limitation."""

    def __init__(self, database: Database, actor: Actor, row, parent=None):
        super().__init__(
            database,
            actor,
            self.tr("登记送达 — {0}").format(row.number),
            self.tr(
                "对账函送达客户即为催款：诉讼时效自送达日重新计算，不论客户是否回函。"
                "请保存凭证：快递查询的签收记录、客户签收的回执、电子邮件的送达回执。"
            ),
            parent,
        )
        self.row = row
        self.delivered_on = DateEdit()
        if row.delivered_on is not None:
            self.delivered_on.set_value(row.delivered_on)
        self.proof = QComboBox()
        self.proof.addItems(DELIVERY_PROOFS)
        if row.delivery_proof in DELIVERY_PROOFS:
            self.proof.setCurrentText(row.delivery_proof)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("凭证存放处或说明，如“顺丰签收截图已存档”"))
        self.form.addRow(self.tr("送达日期"), self.delivered_on)
        self.form.addRow(self.tr("凭证"), self.proof)
        self.form.addRow(self.tr("说明"), self.note)

    def write(self, session) -> None:
        letters.record_delivery(
            session,
            self.actor,
            self.row.id,
            self.delivered_on.value(),
            self.proof.currentText(),
            clock.today(),
            self.note.text(),
        )


class DisputeDialog(ServiceDialog):
    def __init__(self, database: Database, actor: Actor, row, parent=None):
        super().__init__(
            database,
            actor,
            self.tr("处理差异 — {0}").format(row.number),
            self.tr(
                "我方余额 {0} 元，客户确认 {1} 元，差额 {2} 元。写明如何处理（如：红字冲减、找到收款、更正发票）。"
            ).format(display(row.balance), display(row.stated_balance), display(row.difference)),
            parent,
        )
        self.row = row
        self.closed_on = DateEdit()
        self.resolution = QLineEdit()
        self.form.addRow(self.tr("处理日期"), self.closed_on)
        self.form.addRow(self.tr("处理结果"), self.resolution)

    def write(self, session) -> None:
        letters.close_dispute(
            session,
            self.actor,
            self.row.id,
            self.closed_on.value(),
            self.resolution.text(),
            today=clock.today(),
        )


class VoidDialog(ServiceDialog):
    def __init__(self, database: Database, actor: Actor, row, parent=None):
        super().__init__(
            database,
            actor,
            self.tr("作废对账函 — {0}").format(row.number),
            self.tr("作废未寄出、或寄出后被退回的对账函；编号作废后不再使用，重印时带“作废”字样。"),
            parent,
        )
        self.row = row
        self.reason = QLineEdit()
        self.form.addRow(self.tr("原因"), self.reason)

    def write(self, session) -> None:
        letters.void(session, self.actor, self.row.id, self.reason.text())


class ReissueDialog(QDialog):
    """重新出具: asks the new 截止日期 for a letter with a new number."""

    def __init__(self, row, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("重新出具对账函"))
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                self.tr("给 {0} 按新的截止日期出一封新编号的对账函；{1} 可作废的将作废。").format(
                    row.customer, row.number
                )
            )
        )
        self.day = DateEdit()
        form.addRow(self.tr("截止日期"), self.day)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
