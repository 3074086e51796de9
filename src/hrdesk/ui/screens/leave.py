"""休假: each employee's annual leave by years of work, days taken and left, the 调休 balance,
and the ledger entries that explain the selected employee's balance; requests, carry-over,
expiry, the export and the company's leave types."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrdesk import clock
from hrdesk.domain.leave import ANNUAL, LIEU, explain
from hrdesk.domain.roles import Permission
from hrdesk.services import leave
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.models.table import RowsTableModel, TableColumn
from hrdesk.ui.operations import Area, op, refresh_on
from hrdesk.ui.terms import phrase, term
from hrdesk.ui.widgets.tables import selected_row, table_view


class LeavePage(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("休假"))
        title.setStyleSheet("font-size: 18px; font-weight: bold")
        layout.addWidget(title)
        layout.addLayout(self._bar())
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self._balances())
        split.addWidget(self._ledger())
        split.setSizes([400, 220])
        layout.addWidget(split)
        refresh_on(self, [Area.LEAVE, Area.EMPLOYEES, Area.ATTENDANCE], self.refresh)
        self.refresh()

    def _bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("年度")))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(clock.today().year)
        self.year.valueChanged.connect(self.refresh)
        bar.addWidget(self.year)
        bar.addStretch(1)
        may_edit = self.actor.may(Permission.EDIT_EMPLOYEES)
        for text, action, enabled in (
            (self.tr("登记请假…"), self.request, may_edit),
            (self.tr("年休假结转…"), lambda: self.adjust("carry"), may_edit),
            (self.tr("假期作废…"), lambda: self.adjust("expire"), may_edit),
            (self.tr("导出余额表…"), self.export, True),
            (self.tr("假期类型…"), self.leave_types, True),
        ):
            button = QPushButton(text)
            button.clicked.connect(action)
            button.setEnabled(enabled)
            bar.addWidget(button)
        return bar

    def _balances(self) -> QTableView:
        """Each employee's annual leave this year and 调休 balance."""
        self.model = RowsTableModel(
            [
                TableColumn(self.tr("工号"), lambda r: r.employee_no),
                TableColumn(self.tr("姓名"), lambda r: r.name),
                TableColumn(self.tr("累计工作年限"), lambda r: r.years_of_work, True),
                TableColumn(self.tr("年休假应休"), lambda r: r.entitled, True),
                TableColumn(self.tr("年休假已休"), lambda r: r.taken, True),
                TableColumn(self.tr("年休假剩余"), lambda r: r.remaining, True),
                TableColumn(self.tr("调休余额"), lambda r: r.lieu, True),
                TableColumn(self.tr("计算依据"), lambda r: phrase(r.basis)),
            ],
            self,
        )
        self.view = table_view(self.model)
        self.view.selectionModel().selectionChanged.connect(self.show_entries)
        return self.view

    def _ledger(self) -> QWidget:
        """The selected employee's ledger: every entry behind the balance."""
        self.entries = RowsTableModel(
            [
                TableColumn(self.tr("日期"), lambda line: line.entry.on),
                TableColumn(self.tr("假期"), lambda line: term(line.entry.leave)),
                TableColumn(self.tr("类别"), lambda line: term(line.entry.kind.value)),
                TableColumn(self.tr("天数"), lambda line: line.entry.days, True),
                TableColumn(self.tr("余额"), lambda line: line.balance, True),
                TableColumn(self.tr("说明"), lambda line: line.entry.note),
            ],
            self,
        )
        self.entry_view = table_view(self.entries)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.entries_title = QLabel(self.tr("选中一名员工，查看余额的每一笔来历"))
        lower_layout.addWidget(self.entries_title)
        lower_layout.addWidget(self.entry_view)
        return lower

    def refresh(self) -> None:
        with self.database.sessions.begin() as session:  # the year's grants are kept current
            self.model.set_rows(leave.balances(session, self.actor, self.year.value()))
        self.entries.set_rows([])
        if self.model.rows:
            self.view.selectRow(0)

    def show_entries(self) -> None:
        row = selected_row(self.view)
        if row is None:
            return
        with self.database.sessions() as session:
            found = [
                *leave.entries(session, row.employee_id, ANNUAL, self.year.value()),
                *leave.entries(session, row.employee_id, LIEU, self.year.value()),
            ]
        annual = explain([e for e in found if e.leave == ANNUAL])
        lieu = explain([e for e in found if e.leave == LIEU])
        self.entries.set_rows([*annual, *lieu])
        self.entries_title.setText(
            self.tr("{0} {1} 的年休假和调休台账（{2}年）").format(
                row.employee_no, row.name, self.year.value()
            )
        )

    def request(self) -> None:
        from hrdesk.ui.dialogs.leave_request import LeaveRequestDialog

        chosen = selected_row(self.view)
        dialog = LeaveRequestDialog(
            self.database, self.actor, self.model.rows, chosen.employee_id if chosen else None, self
        )
        dialog.exec()

    def leave_types(self) -> None:
        """The company's leave types: its province's days and its own types (read-only for
        those who may not edit leave)."""
        from hrdesk.ui.dialogs.leave_types import LeaveTypesDialog

        LeaveTypesDialog(self.database, self.actor, self).exec()

    def adjust(self, mode: str) -> None:
        """Carry the selected person's annual leave over, or let days lapse (作废)."""
        from hrdesk.ui.dialogs.leave_adjust import LeaveAdjustDialog

        chosen = selected_row(self.view)
        if chosen is None:
            QMessageBox.information(self, self.tr("休假"), self.tr("请先选中一名员工"))
            return
        dialog = LeaveAdjustDialog(self.database, self.actor, mode, chosen, self.year.value(), self)
        dialog.exec()

    def export(self) -> None:
        year = self.year.value()
        suggested = Path.home() / f"假期余额-{year}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出假期余额"), str(suggested), self.tr("Excel 文件 (*.xlsx)")
        )
        if not path:
            return

        def write(_state) -> int:
            with self.database.sessions.begin() as session:
                return leave.write_balances(session, self.actor, year, Path(path))

        op(self, self.tr("导出"), write).with_progress(self.tr("正在导出…")).success(
            lambda count: QMessageBox.information(
                self, self.tr("导出"), self.tr("已导出 {0} 人到 {1}").format(count, path)
            )
        ).run_in_background()
