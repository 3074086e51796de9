"""应收账款 → 坏账核销: write-off requests, approved or rejected by an administrator."""

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from hrdesk import clock
from hrdesk.domain.roles import Permission
from hrdesk.services import receivables
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.models.table import RowsTableModel, TableColumn
from hrdesk.ui.operations import Area, announce
from hrdesk.ui.screens.receivables.common import bar, note, sortable
from hrdesk.ui.widgets.columns import fit_columns
from hrdesk.ui.widgets.forms import attempt_saving
from hrdesk.ui.widgets.tables import selected_row, table_view


class WriteOffsTab(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        layout = QVBoxLayout(self)
        self.approve_button = QPushButton(self.tr("批准"))
        self.reject_button = QPushButton(self.tr("驳回"))
        for button, approve in ((self.approve_button, True), (self.reject_button, False)):
            button.setEnabled(actor.may(Permission.APPROVE_WRITE_OFF))
            button.clicked.connect(lambda _checked=False, a=approve: self.decide(a))
        layout.addLayout(
            bar(
                note(self.tr("坏账核销须由管理员审批，申请人不能审批自己的申请。")),
                None,
                self.approve_button,
                self.reject_button,
            )
        )
        self.model = RowsTableModel(
            [
                TableColumn(self.tr("状态"), lambda w: w.status),
                TableColumn(self.tr("应收单号"), lambda w: w.invoice_no),
                TableColumn(self.tr("客户"), lambda w: w.customer),
                TableColumn(self.tr("金额"), lambda w: w.amount, True),
                TableColumn(self.tr("原因"), lambda w: w.reason),
                TableColumn(self.tr("申请人"), lambda w: w.requested_by),
                TableColumn(self.tr("审批人"), lambda w: w.decided_by),
            ],
            self,
        )
        self.view = table_view(sortable(self.model))
        fit_columns(self.view, stretch=4)
        layout.addWidget(self.view)
        self.refresh()

    def refresh(self) -> None:
        with self.database.sessions() as session:
            self.model.set_rows(receivables.write_offs(session, self.actor))

    def decide(self, approve: bool) -> None:
        row = selected_row(self.view)
        if row is None:
            return

        if attempt_saving(
            self,
            self.tr("坏账核销"),
            self.database,
            lambda s: receivables.decide_write_off(s, self.actor, row.id, approve, clock.today()),
        ):
            announce(Area.RECEIVABLES)  # the page shows it, with the tabs' counts
