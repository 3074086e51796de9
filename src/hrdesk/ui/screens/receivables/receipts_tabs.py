"""应收账款 → 未匹配收款 and 收款记录: receipts waiting for a customer, and every receipt."""

from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from hrdesk.domain.roles import Permission
from hrdesk.services import receivables
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.dialogs.receivables import AssignCustomerDialog, ReallocateDialog
from hrdesk.ui.models.table import RowsTableModel, TableColumn, display
from hrdesk.ui.operations import Area, announce
from hrdesk.ui.screens.receivables.common import bar, note, sortable
from hrdesk.ui.widgets.columns import fit_columns
from hrdesk.ui.widgets.forms import attempt, attempt_saving
from hrdesk.ui.widgets.tables import selected_row, table_view


class UnmatchedTab(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "付款方名称对不上客户、或对得上几个客户的收款，在这里由您指定；指定后自动核销。"
                )
            )
        )
        self.assign_button = QPushButton(self.tr("指定客户…"))
        self.dismiss_button = QPushButton(self.tr("不是客户款项…"))
        for button, action in (
            (self.assign_button, self.assign),
            (self.dismiss_button, self.dismiss),
        ):
            button.setEnabled(actor.may(Permission.EDIT_RECEIVABLES))
            button.clicked.connect(action)
        layout.addLayout(bar(None, self.assign_button, self.dismiss_button))
        self.model = RowsTableModel(
            [
                TableColumn(self.tr("交易日期"), lambda r: r.received_on),
                TableColumn(self.tr("流水号"), lambda r: r.transaction_no),
                TableColumn(self.tr("付款方名称"), lambda r: r.payer_name),
                TableColumn(self.tr("金额"), lambda r: r.amount, True),
                TableColumn(self.tr("摘要"), lambda r: r.memo),
                TableColumn(
                    self.tr("名称相符的客户"),
                    lambda r: "、".join(f"{c} {n}" for _i, c, n in r.candidates),
                ),
            ],
            self,
        )
        self.view = table_view(sortable(self.model))
        fit_columns(self.view)
        self.view.activated.connect(lambda _index: self.assign())
        layout.addWidget(self.view)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.refresh()

    def refresh(self) -> None:
        with self.database.sessions() as session:
            self.model.set_rows(receivables.unmatched(session, self.actor))
        self.count.setText(self.tr("待处理 {0} 笔；双击指定客户").format(len(self.model.rows)))

    def dismiss(self) -> None:
        receipt = selected_row(self.view)
        if receipt is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("不是客户款项"),
            self.tr("{0} 收到“{1}”{2} 元。这笔钱是什么（如：银行结息、供应商退款、借款）？").format(
                receipt.received_on, receipt.payer_name, display(receipt.amount)
            ),
        )
        if not ok:
            return

        if attempt_saving(
            self,
            self.tr("不是客户款项"),
            self.database,
            lambda session: receivables.dismiss_receipt(session, self.actor, receipt.id, reason),
        ):
            announce(Area.RECEIVABLES)  # the page shows it, with the tabs' counts

    def assign(self) -> None:
        receipt = selected_row(self.view)
        if receipt is None or not self.actor.may(Permission.EDIT_RECEIVABLES):
            return
        if AssignCustomerDialog(self.database, self.actor, receipt, self).exec():
            announce(Area.RECEIVABLES)  # the page shows it, with the tabs' counts


class ReceiptsTab(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索付款方、客户或流水号"))
        self.search.setMinimumWidth(280)
        self.search.returnPressed.connect(self.refresh)
        self.reallocate_button = QPushButton(self.tr("重新核销…"))
        self.reallocate_button.setEnabled(actor.may(Permission.EDIT_RECEIVABLES))
        self.reallocate_button.clicked.connect(self.reallocate)
        layout.addLayout(bar(self.search, None, self.reallocate_button))
        self.model = RowsTableModel(
            [
                TableColumn(self.tr("交易日期"), lambda r: r.received_on),
                TableColumn(self.tr("流水号"), lambda r: r.transaction_no),
                TableColumn(self.tr("付款方名称"), lambda r: r.payer_name),
                TableColumn(self.tr("客户"), lambda r: r.customer or self.tr("未匹配")),
                TableColumn(self.tr("金额"), lambda r: r.amount, True),
                TableColumn(self.tr("已核销"), lambda r: r.applied, True),
                TableColumn(
                    self.tr("预收/多付"), lambda r: (r.credit or None) if r.customer else None, True
                ),
            ],
            self,
        )
        self.view = table_view(sortable(self.model))
        fit_columns(self.view, stretch=2)
        layout.addWidget(self.view)
        layout.addWidget(QLabel(self.tr("显示最近1000笔收款")))
        self.refresh()

    def refresh(self) -> None:
        with self.database.sessions() as session:
            self.model.set_rows(receivables.receipt_list(session, self.actor, self.search.text()))

    def reallocate(self) -> None:
        receipt = selected_row(self.view)
        if receipt is None:
            return
        dialog = attempt(
            self,
            self.tr("重新核销"),
            lambda: ReallocateDialog(self.database, self.actor, receipt, self),
        )
        if dialog is not None and dialog.exec():
            announce(Area.RECEIVABLES)  # the page shows it, with the tabs' counts
