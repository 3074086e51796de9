"""应收账款: the page holding the receivables tabs, with the import and export of its data."""

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
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
        title = QLabel(self.tr("应收账款"))
        title.setStyleSheet("font-size: 18px; font-weight: bold")
        layout.addWidget(title)
        self.tabs = QTabWidget()
        self.aging_tab = AgingTab(database, actor)
        self.unmatched_tab = UnmatchedTab(database, actor)
        self.receipts_tab = ReceiptsTab(database, actor)
        self.limitation_tab = LimitationTab(database, actor)
        self.commission_tab = CommissionTab(database, actor)
        self.write_offs_tab = WriteOffsTab(database, actor)
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
            self.tabs.addTab(widget, label)
        self.tabs.currentChanged.connect(self._tab_shown)
        layout.addWidget(self.tabs)

    def _tab_shown(self, index: int) -> None:
        self.tabs.widget(index).refresh()  # what another tab changed shows at once

    def open_record(self, customer_id: int) -> None:
        """首页's limitation item: the customer on the 诉讼时效 tab."""
        self.tabs.setCurrentWidget(self.limitation_tab)
        self.limitation_tab.select_customer(customer_id)
