"""对账函: every letter with its state, filters, and each step a click or two away."""

import tempfile
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrdesk import clock
from hrdesk.domain.letters import NO_REPLY, LetterStatus
from hrdesk.domain.roles import Permission
from hrdesk.services import letters, receivables, settings
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.dialogs.letters import (
    DeliveryDialog,
    DisputeDialog,
    GenerateDialog,
    ReplyDialog,
    SentDialog,
    VoidDialog,
)
from hrdesk.ui.models.table import SORT_ROLE, RowsTableModel, TableColumn
from hrdesk.ui.operations import Area, Cancelled, op
from hrdesk.ui.printing import preview_and_print
from hrdesk.ui.widgets.fields import DateEdit
from hrdesk.ui.widgets.forms import ERROR_COLOUR, attempt, attempt_saving, user_message
from hrdesk.ui.widgets.tables import selected_rows, table_view

DISPUTES = "差异待处理"  # a filter beside the statuses: disputes not yet resolved


class LetterModel(RowsTableModel):
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.rows[index.row()]
            if row.dispute_open or row.status == NO_REPLY:
                return QBrush(QColor(ERROR_COLOUR))
            if row.status == LetterStatus.VOID:
                return QBrush(QColor("#999999"))
        return super().data(index, role)


class LettersPage(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("对账函"))
        title.setStyleSheet("font-size: 18px; font-weight: bold")
        layout.addWidget(title)

        filters = QHBoxLayout()
        self.status = QComboBox()
        self.status.addItem(self.tr("全部状态"), None)
        for status in [*[s.value for s in LetterStatus], NO_REPLY, DISPUTES]:
            self.status.addItem(status, status)
        self.salesperson = QComboBox()
        self.salesperson.addItem(self.tr("全部业务员"), None)
        with database.sessions() as session:
            self.people = receivables.salespeople(session)
            reply_days = settings.get(session, "letter_reply_days")
        for person_id, name in self.people:
            self.salesperson.addItem(name, person_id)
        self.since = DateEdit(optional=True)
        for widget in (self.status, self.salesperson):
            widget.currentIndexChanged.connect(self.refresh)
        self.since.dateChanged.connect(self.refresh)
        self.reply_days = QSpinBox()
        self.reply_days.setRange(7, 180)
        self.reply_days.setValue(reply_days)
        self.reply_days.setEnabled(actor.may(Permission.MANAGE_SETTINGS))
        self.reply_days.editingFinished.connect(self._reply_days_changed)
        for widget in (
            QLabel(self.tr("状态")),
            self.status,
            QLabel(self.tr("业务员")),
            self.salesperson,
            QLabel(self.tr("截止日期从")),
            self.since,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(QLabel(self.tr("寄出后未回函提醒天数")))
        filters.addWidget(self.reply_days)
        layout.addLayout(filters)

        actions = QHBoxLayout()
        self.generate_button = QPushButton(self.tr("生成对账函…"))
        self.print_button = QPushButton(self.tr("重新打印…"))
        self.print_button.setToolTip(self.tr("同一编号、同一内容，再打印一份"))
        self.reissue_button = QPushButton(self.tr("重新出具…"))
        self.reissue_button.setToolTip(
            self.tr(
                "按新的截止日期给该客户出一封新编号的对账函；原函未送达的作废，已送达或已回函的保留"
            )
        )
        self.sent_button = QPushButton(self.tr("登记寄出…"))
        self.delivery_button = QPushButton(self.tr("登记送达…"))
        self.reply_button = QPushButton(self.tr("登记回函…"))
        self.scan_button = QPushButton(self.tr("查看回函扫描件"))
        self.attach_button = QPushButton(self.tr("附扫描件…"))
        self.dispute_button = QPushButton(self.tr("处理差异…"))
        self.correct_button = QPushButton(self.tr("撤销回函…"))
        self.void_button = QPushButton(self.tr("作废…"))
        for button, action in (
            (self.generate_button, self.generate),
            (self.print_button, self.print_selected),
            (self.reissue_button, self.reissue_selected),
            (self.sent_button, self.mark_sent),
            (self.delivery_button, lambda: self._on_one(DeliveryDialog)),
            (self.reply_button, lambda: self._on_one(ReplyDialog)),
            (self.scan_button, self.open_scan),
            (self.attach_button, self.attach_scan),
            (self.dispute_button, lambda: self._on_one(DisputeDialog)),
            (self.correct_button, self.correct_reply),
            (self.void_button, lambda: self._on_one(VoidDialog)),
        ):
            button.clicked.connect(action)
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)

        self.model = LetterModel(
            [
                TableColumn(self.tr("编号"), lambda r: r.number),
                TableColumn(self.tr("客户编码"), lambda r: r.customer_code),
                TableColumn(self.tr("客户"), lambda r: r.customer),
                TableColumn(self.tr("业务员"), lambda r: r.salesperson),
                TableColumn(self.tr("截止日期"), lambda r: r.as_of),
                TableColumn(self.tr("余额"), lambda r: r.balance, True),
                TableColumn(self.tr("状态"), lambda r: r.status),
                TableColumn(self.tr("寄出日期"), lambda r: r.sent_on),
                TableColumn(self.tr("方式"), lambda r: r.sent_via),
                TableColumn(self.tr("单号"), lambda r: r.tracking_no),
                TableColumn(self.tr("送达日期"), lambda r: r.delivered_on),
                TableColumn(self.tr("送达凭证"), lambda r: r.delivery_proof),
                TableColumn(self.tr("回函日期"), lambda r: r.replied_on),
                TableColumn(self.tr("客户确认余额"), lambda r: r.stated_balance, True),
                TableColumn(self.tr("差额"), lambda r: r.difference, True),
                TableColumn(self.tr("扫描件"), lambda r: "✓" if r.has_scan else ""),
            ],
            self,
        )
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.view = table_view(proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.activated.connect(self._activated)
        layout.addWidget(self.view)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.refresh()

    # -- the list ----------------------------------------------------------------

    def refresh(self) -> None:
        status = self.status.currentData()
        with self.database.sessions() as session:
            rows = letters.letter_rows(
                session,
                self.actor,
                clock.today(),
                status=None if status == DISPUTES else status,
                salesperson_id=self.salesperson.currentData(),
                since=self.since.value(),
            )
        if status == DISPUTES:
            rows = [r for r in rows if r.dispute_open]
        self.model.set_rows(rows)
        waiting = sum(1 for r in rows if r.status == NO_REPLY)
        disputes = sum(1 for r in rows if r.dispute_open)
        self.summary.setText(
            self.tr(
                "共 {0} 封；未回函 {1} 封，差异待处理 {2} 封。按住 Ctrl 或 Shift 可选多封一起打印或登记寄出。"
            ).format(len(rows), waiting, disputes)
        )
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = selected_rows(self.view)
        may = self.actor.may(Permission.MANAGE_LETTERS)
        one = chosen[0] if len(chosen) == 1 else None
        generated = LetterStatus.GENERATED.value
        self.generate_button.setEnabled(may)
        self.print_button.setEnabled(bool(chosen))
        self.reissue_button.setEnabled(
            may and one is not None and one.status != LetterStatus.VOID.value
        )
        self.sent_button.setEnabled(
            may and bool(chosen) and all(r.status == generated for r in chosen)
        )
        self.reply_button.setEnabled(
            may and one is not None and one.status in (LetterStatus.SENT.value, NO_REPLY)
        )
        self.delivery_button.setEnabled(
            may
            and one is not None
            and one.sent_on is not None
            and one.status != LetterStatus.VOID.value
        )
        self.scan_button.setEnabled(one is not None and one.has_scan)
        replied = one is not None and one.status in (
            LetterStatus.CONFIRMED.value,
            LetterStatus.DISPUTED.value,
        )
        self.attach_button.setEnabled(may and replied)
        self.dispute_button.setEnabled(may and one is not None and one.dispute_open)
        self.correct_button.setEnabled(may and replied)
        self.void_button.setEnabled(
            may
            and one is not None
            and one.delivered_on is None
            and one.status in (generated, LetterStatus.SENT.value, NO_REPLY)
        )

    def _reply_days_changed(self) -> None:
        days = self.reply_days.value()
        if attempt_saving(
            self,
            self.tr("未回函提醒天数"),
            self.database,
            lambda session: letters.set_reply_days(session, self.actor, days),
        ):
            self.refresh()

    # -- actions -----------------------------------------------------------------

    def _on_one(self, dialog_class) -> None:
        chosen = selected_rows(self.view)
        if len(chosen) != 1:
            return
        if dialog_class(self.database, self.actor, chosen[0], self).exec():
            self.refresh()

    def mark_sent(self) -> None:
        chosen = selected_rows(self.view)
        if chosen and SentDialog(self.database, self.actor, chosen, self).exec():
            self.refresh()

    def generate(self) -> None:
        with self.database.sessions() as session:
            customers = receivables.customer_choices(session)
        dialog = GenerateDialog(self.people, customers, self)
        if not dialog.exec():
            return
        as_of, choice = dialog.as_of.value(), dialog.choice()
        self.made: list[int] = []
        self.existing: list[tuple[str, str, str]] = []
        folder, merged = Path(dialog.folder.text()), dialog.merged.currentData()

        def work(progress) -> list[Path]:
            # The letters and their numbers are kept first; the PDFs are written from them, so
            # a PDF that fails (a full disk, a file open in a viewer) loses no number.
            with self.database.sessions.begin() as session:
                self.existing = letters.letters_already_made(session, as_of, **choice)
                made = letters.generate(
                    session, self.actor, as_of, clock.today(), progress=progress.report, **choice
                )
            self.made = made
            with self.database.sessions() as session:
                paths = letters.write_pdfs(
                    session, self.actor, made, folder, progress=progress.report
                )
                if merged:
                    paths += letters.write_pdfs(
                        session, self.actor, made, folder, merged=True, progress=progress.report
                    )
            return paths

        op(self, self.tr("生成对账函"), work).with_progress(self.tr("正在生成对账函…")).changes(
            Area.LETTERS
        ).success(lambda paths: self._generated(paths, merged)).failure(
            self._failed
        ).run_in_background()

    def _generated(self, paths: list[Path], merged: bool) -> None:
        self.refresh()
        QMessageBox.information(self, self.tr("生成对账函"), self.generated_message(paths, merged))
        if not paths:
            return
        if merged:
            preview_and_print(self, paths[-1])

    def generated_message(self, paths: list[Path], merged: bool) -> str:
        """What the batch did, and which customers it skipped because their letter exists."""
        skipped = ""
        if self.existing:
            skipped = self.tr(
                "以下客户在该截止日已有对账函，未重复生成（可选中后重新打印或重新出具）：{0}"
            ).format(letters.describe_already_made(self.existing))
        if not paths:
            return skipped or self.tr("所选客户在截止日都没有未结余额")
        count = len(paths) - (1 if merged else 0)
        done = self.tr("已生成 {0} 封对账函，保存在 {1}").format(count, paths[0].parent)
        return done + ("\n" + skipped if skipped else "")

    def _failed(self, error: Exception) -> None:
        self.refresh()
        message = self.tr("已取消") if isinstance(error, Cancelled) else user_message(error)
        if self.made:
            message += self.tr(
                "\n已生成的 {0} 封对账函已保存在列表中（编号不会重复使用），可选中后重新打印。"
            ).format(len(self.made))
        QMessageBox.warning(self, self.tr("生成对账函"), message)

    def print_selected(self) -> None:
        chosen = selected_rows(self.view)
        if not chosen:
            return
        folder = Path(tempfile.mkdtemp(prefix="hrdesk-letters-"))

        def write() -> list[Path]:
            with self.database.sessions() as session:
                return letters.write_pdfs(
                    session, self.actor, [r.id for r in chosen], folder, merged=True
                )

        paths = attempt(self, self.tr("打印"), write)
        if paths:
            preview_and_print(self, paths[0])

    def reissue_selected(self) -> None:
        chosen = selected_rows(self.view)
        if len(chosen) != 1:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("重新出具对账函"))
        form = QFormLayout(dialog)
        form.addRow(
            QLabel(
                self.tr("给 {0} 按新的截止日期出一封新编号的对账函；{1} 可作废的将作废。").format(
                    chosen[0].customer, chosen[0].number
                )
            )
        )
        day = DateEdit()
        form.addRow(self.tr("截止日期"), day)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if not dialog.exec() or day.value() is None:
            return
        done = attempt(
            self, self.tr("重新出具对账函"), lambda: self.reissue(chosen[0], day.value())
        )
        self.refresh()
        if done is not None:
            message, path = done
            QMessageBox.information(self, self.tr("重新出具对账函"), message)
            preview_and_print(self, path)

    def reissue(self, row, as_of) -> tuple[str, Path]:
        """The new letter kept first, then its PDF; says what became of the old one."""
        with self.database.sessions.begin() as session:
            new_id = letters.reissue(session, self.actor, row.id, as_of, clock.today())
        folder = Path(tempfile.mkdtemp(prefix="hrdesk-letters-"))
        with self.database.sessions() as session:
            [path] = letters.write_pdfs(session, self.actor, [new_id], folder)
            shown = {r.id: r for r in letters.letter_rows(session, self.actor, clock.today())}
        new, old = shown[new_id], shown[row.id]
        if old.status == LetterStatus.VOID.value:
            fate = self.tr("原函 {0} 已作废").format(old.number)
        else:
            fate = self.tr("原函 {0} 保留（{1}），由新函取代").format(old.number, old.status)
        return self.tr("已重新出具：新对账函 {0}（截至 {1}）；{2}").format(
            new.number, new.as_of, fate
        ), path

    def _activated(self) -> None:
        if self.reply_button.isEnabled():
            self._on_one(ReplyDialog)

    def correct_reply(self) -> None:
        chosen = selected_rows(self.view)
        if len(chosen) != 1:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("撤销回函"),
            self.tr("{0} 的回函将退回“已寄出”，回函相符记下的时效中断一并撤销。原因：").format(
                chosen[0].number
            ),
        )
        if not ok:
            return

        if attempt_saving(
            self,
            self.tr("撤销回函"),
            self.database,
            lambda session: letters.correct_reply(session, self.actor, chosen[0].id, reason),
        ):
            self.refresh()

    def attach_scan(self) -> None:
        chosen = selected_rows(self.view)
        if len(chosen) != 1:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("回函扫描件"),
            str(Path.home()),
            self.tr("扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)"),
        )
        if not path:
            return

        scan = Path(path)
        if attempt_saving(
            self,
            self.tr("回函扫描件"),
            self.database,
            lambda s: letters.attach_reply_scan(
                s, self.actor, chosen[0].id, scan.name, scan.read_bytes()
            ),
        ):
            self.refresh()

    def open_scan(self) -> None:
        chosen = selected_rows(self.view)
        if len(chosen) != 1:
            return

        def read():
            with self.database.sessions() as session:
                return letters.reply_scan(session, self.actor, chosen[0].id)

        found = attempt(self, self.tr("回函扫描件"), read)
        if found is not None:
            name, content = found
            target = Path(tempfile.mkdtemp(prefix="hrdesk-scan-")) / name
            target.write_bytes(content)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
