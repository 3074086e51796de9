"""离职交接's lower tabs: the checklist to work through, the customers to hand over, and the
salesperson's collections and records."""

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk import clock
from hrdesk.services import receivables, separations
from hrdesk.ui.dialogs.separations import EvidenceDialog
from hrdesk.ui.models.handover import ChecklistModel
from hrdesk.ui.models.table import SORT_ROLE, RowsTableModel, TableColumn
from hrdesk.ui.operations import Area
from hrdesk.ui.terms import term
from hrdesk.ui.widgets.columns import fit_columns
from hrdesk.ui.widgets.fields import DateEdit
from hrdesk.ui.widgets.tables import selected_row, selected_rows, table_view


def buttons(*pairs) -> QHBoxLayout:
    """A row of buttons with their actions, left-aligned."""
    bar = QHBoxLayout()
    for button, action in pairs:
        button.clicked.connect(action)
        bar.addWidget(button)
    bar.addStretch(1)
    return bar


class ChecklistPanel(QWidget):
    """交接清单: each step with who does it and by when; done or waived with a reason."""

    def __init__(self, page):
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
        self.done_button = QPushButton(self.tr("标为完成"))
        self.waive_button = QPushButton(self.tr("豁免…"))
        layout.addLayout(
            buttons((self.done_button, self.mark_done), (self.waive_button, self.waive))
        )
        self.model = ChecklistModel(
            [
                TableColumn(self.tr("事项"), lambda r: r.title),
                TableColumn(self.tr("负责"), lambda r: term(r.role)),
                TableColumn(self.tr("期限"), lambda r: r.due_on),
                TableColumn(self.tr("必办"), lambda r: r.required),
                TableColumn(self.tr("状态"), lambda r: term(r.status)),
                TableColumn(self.tr("系统核对"), self._checked),
                TableColumn(self.tr("办理人"), lambda r: r.done_by),
                TableColumn(self.tr("说明"), lambda r: r.note),
            ],
            self,
        )
        self.view = table_view(self.model)
        fit_columns(self.view, stretch=7)
        layout.addWidget(self.view)

    def _checked(self, item) -> str:
        if not item.check:
            return ""
        return self.tr("已满足") if item.satisfied else self.tr("未满足")

    def mark_done(self) -> None:
        item = selected_row(self.view)
        if item is not None:
            self.page.write(
                self.tr("交接事项"),
                lambda s: separations.complete_item(s, self.page.actor, item.id, clock.today()),
            )

    def waive(self) -> None:
        item = selected_row(self.view)
        if item is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("豁免"), self.tr("“{0}”不需要办理的原因：").format(item.title)
        )
        if ok:
            self.page.write(
                self.tr("交接事项"),
                lambda s: separations.waive_item(
                    s, self.page.actor, item.id, clock.today(), reason
                ),
            )


class CustomersPanel(QWidget):
    """客户移交: the leaver's customers, handed with their open invoices to a successor."""

    def __init__(self, page):
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
        self.successor = QComboBox()
        with page.database.sessions() as session:
            for person_id, name in receivables.salespeople(session):
                self.successor.addItem(name, person_id)
        self.hand_from = DateEdit()
        self.hand_button = QPushButton(self.tr("移交所选客户"))
        self.hand_button.clicked.connect(self.hand_over)
        bar = QHBoxLayout()
        for widget in (
            QLabel(self.tr("接手人")),
            self.successor,
            QLabel(self.tr("自")),
            self.hand_from,
            self.hand_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)
        note = QLabel(
            self.tr("客户及其未收应收单一并移交，原归属记录保留；可分几次移交给不同接手人。")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.model = RowsTableModel(
            [
                TableColumn(self.tr("客户编码"), lambda r: r.code),
                TableColumn(self.tr("客户名称"), lambda r: r.name),
                TableColumn(self.tr("未收余额"), lambda r: r.balance, True),
            ],
            self,
        )
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.view = table_view(proxy)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        fit_columns(self.view, stretch=1)
        layout.addWidget(self.view)

    def choose_successor(self, successor_id: int | None) -> None:
        """Handing over goes to the successor named when the separation started, unless changed."""
        if successor_id is not None:
            self.successor.setCurrentIndex(max(self.successor.findData(successor_id), 0))

    def hand_over(self) -> None:
        chosen = [c.id for c in selected_rows(self.view)]
        if not chosen:
            QMessageBox.information(
                self, self.tr("客户移交"), self.tr("请先在列表中选择要移交的客户")
            )
            return
        row, successor = self.page.current, self.successor.currentData()
        start = self.hand_from.value()
        self.page.write(
            self.tr("客户移交"),
            lambda s: separations.hand_over(s, self.page.actor, row.id, chosen, successor, start),
            Area.RECEIVABLES,
            Area.LETTERS,
        )


class RecordsPanel(QWidget):
    """业绩与记录: collections against target month by month, and notes kept as evidence."""

    def __init__(self, page):
        super().__init__()
        self.page = page
        layout = QHBoxLayout(self)
        self.results = RowsTableModel(
            [
                TableColumn(self.tr("月份"), lambda r: f"{r.month:%Y-%m}"),
                TableColumn(self.tr("回款目标"), lambda r: r.target, True),
                TableColumn(self.tr("实际回款"), lambda r: r.collected, True),
                TableColumn(self.tr("完成率%"), lambda r: r.achieved, True),
            ],
            self,
        )
        layout.addWidget(table_view(self.results), 1)
        notes = QVBoxLayout()
        self.note_button = QPushButton(self.tr("添加记录…"))
        notes.addLayout(buttons((self.note_button, self.add_note)))
        self.notes = RowsTableModel(
            [
                TableColumn(self.tr("日期"), lambda r: r.on_date),
                TableColumn(self.tr("类别"), lambda r: r.kind),
                TableColumn(self.tr("内容"), lambda r: r.note),
            ],
            self,
        )
        notes.addWidget(table_view(self.notes))
        layout.addLayout(notes, 1)

    def add_note(self) -> None:
        row = self.page.current
        if row is None:
            return
        if EvidenceDialog(self.page.database, self.page.actor, row.employee_id, self).exec():
            self.page.show_selected()
