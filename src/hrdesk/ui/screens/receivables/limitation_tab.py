"""应收账款 → 诉讼时效: customers whose three years run out, and what interrupted them."""

from PySide6.QtWidgets import QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from hrdesk import clock
from hrdesk.domain.roles import Permission
from hrdesk.services import receivables, settings
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.dialogs.receivables import AcknowledgementDialog
from hrdesk.ui.models.receivables import LimitationModel
from hrdesk.ui.models.table import TableColumn
from hrdesk.ui.operations import Area, announce
from hrdesk.ui.screens.receivables.common import bar, note, sortable
from hrdesk.ui.terms import phrase, term
from hrdesk.ui.widgets.columns import fit_columns
from hrdesk.ui.widgets.forms import attempt_saving
from hrdesk.ui.widgets.tables import selected_row, table_view


class LimitationTab(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                self.tr(
                    "诉讼时效三年，自到期日起算；客户付款、签回对账函、公司书面催款或签订还款计划后重新起算"
                    "（民法典第188、195条）。下列客户的时效即将届满，或逾期超过一年且到期后没有任何记录。"
                )
            )
        )
        self.acknowledge_button = QPushButton(self.tr("登记对账/催款…"))
        self.acknowledge_button.setEnabled(actor.may(Permission.EDIT_RECEIVABLES))
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.warning_days = QSpinBox()
        self.warning_days.setRange(30, 730)
        with database.sessions() as session:
            self.warning_days.setValue(settings.get(session, "limitation_warning_days"))
        self.warning_days.setEnabled(actor.may(Permission.MANAGE_SETTINGS))
        self.warning_days.editingFinished.connect(self._warning_days_changed)
        layout.addLayout(
            bar(QLabel(self.tr("提前提醒天数")), self.warning_days, None, self.acknowledge_button)
        )
        self.model = LimitationModel(
            [
                TableColumn(self.tr("时效届满日"), lambda r: r.ends_on),
                TableColumn(self.tr("剩余天数"), lambda r: r.days_left, True),
                TableColumn(self.tr("客户编码"), lambda r: r.customer_code),
                TableColumn(self.tr("客户名称"), lambda r: r.customer),
                TableColumn(self.tr("业务员"), lambda r: r.salesperson),
                TableColumn(self.tr("未收余额"), lambda r: r.balance, True),
                TableColumn(self.tr("最早到期日"), lambda r: r.oldest_due),
                TableColumn(self.tr("最近中断事由"), lambda r: term(r.acknowledged_by)),
                TableColumn(self.tr("最近中断日期"), lambda r: r.last_acknowledgement),
                TableColumn(self.tr("提示"), lambda r: phrase(r.reason)),
            ],
            self,
        )
        self.view = table_view(sortable(self.model))
        fit_columns(self.view, stretch=9)
        self.view.activated.connect(lambda _index: self.acknowledge())
        layout.addWidget(self.view)
        self.refresh()

    def refresh(self) -> None:
        with self.database.sessions() as session:
            self.model.set_rows(receivables.limitation_watch(session, self.actor, clock.today()))

    def _warning_days_changed(self) -> None:
        days = self.warning_days.value()
        if attempt_saving(
            self,
            self.tr("提前提醒天数"),
            self.database,
            lambda session: receivables.set_warning_days(session, self.actor, days),
        ):
            announce(Area.RECEIVABLES)  # the page shows it, with the tabs' counts

    def select_customer(self, customer_id: int) -> None:
        for row, found in enumerate(self.model.rows):
            if found.customer_id == customer_id:
                proxy = self.view.model()
                self.view.setCurrentIndex(proxy.mapFromSource(self.model.index(row, 0)))
                return

    def acknowledge(self) -> None:
        row = selected_row(self.view)
        if row is None or not self.actor.may(Permission.EDIT_RECEIVABLES):
            return
        dialog = AcknowledgementDialog(
            self.database, self.actor, row.customer_id, row.customer, self
        )
        if dialog.exec():
            announce(Area.RECEIVABLES)  # the page shows it, with the tabs' counts
