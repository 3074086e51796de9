"""应收账款: the page holding the receivables tabs, with the import and export of its data."""

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.dialogs.import_wizard import RECEIVABLE_KINDS
from hrdesk.ui.operations import Area, refresh_on
from hrdesk.ui.screens.imports import data_buttons
from hrdesk.ui.screens.receivables.aging_tab import AgingTab
from hrdesk.ui.screens.receivables.commission_tab import CommissionTab
from hrdesk.ui.screens.receivables.limitation_tab import LimitationTab
from hrdesk.ui.screens.receivables.receipts_tabs import ReceiptsTab, UnmatchedTab
from hrdesk.ui.screens.receivables.write_offs_tab import WriteOffsTab


class ReceivablesPage(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        layout = QVBoxLayout(self)
        layout.addLayout(self._title_bar())
        self.tabs = QTabWidget()
        self.aging_tab = AgingTab(database, actor)
        self.unmatched_tab = UnmatchedTab(database, actor)
        self.receipts_tab = ReceiptsTab(database, actor)
        self.limitation_tab = LimitationTab(database, actor)
        self.commission_tab = CommissionTab(database, actor)
        self.write_offs_tab = WriteOffsTab(database, actor)
        for widget in (
            self.aging_tab,
            self.unmatched_tab,
            self.receipts_tab,
            self.limitation_tab,
            self.commission_tab,
            self.write_offs_tab,
        ):
            self.tabs.addTab(widget, "")
        self._name_tabs()
        self.tabs.currentChanged.connect(self._tab_shown)
        layout.addWidget(self.tabs)
        refresh_on(self, [Area.RECEIVABLES], self.refresh)

    def _title_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        title = QLabel(self.tr("应收账款"))
        title.setStyleSheet("font-size: 18px; font-weight: bold")
        bar.addWidget(title)
        bar.addStretch(1)
        self.import_button, self.export_button = data_buttons(
            self, self.database, self.actor, list(RECEIVABLE_KINDS)
        )
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        return bar

    def _name_tabs(self) -> None:
        """The tabs' names, with how many receipts and customers wait on the two queues."""
        for widget, label in (
            (self.aging_tab, self.tr("账龄")),
            (
                self.unmatched_tab,
                self.tr("未匹配收款 ({0})").format(len(self.unmatched_tab.model.rows)),
            ),
            (self.receipts_tab, self.tr("收款记录")),
            (
                self.limitation_tab,
                self.tr("诉讼时效 ({0})").format(len(self.limitation_tab.model.rows)),
            ),
            (self.commission_tab, self.tr("回款提成")),
            (self.write_offs_tab, self.tr("坏账核销")),
        ):
            self.tabs.setTabText(self.tabs.indexOf(widget), label)

    def refresh(self) -> None:
        """After an import or another page changed receivables: the tab shown and the counts."""
        for tab in {self.tabs.currentWidget(), self.unmatched_tab, self.limitation_tab}:
            tab.refresh()
        self._name_tabs()

    def _tab_shown(self, index: int) -> None:
        self.tabs.widget(index).refresh()  # what another tab changed shows at once
        self._name_tabs()

    def open_record(self, customer_id: int) -> None:
        """首页's limitation item: the customer on the 诉讼时效 tab."""
        self.tabs.setCurrentWidget(self.limitation_tab)
        self.limitation_tab.select_customer(customer_id)
