"""合同提醒: every contract matter that needs a decision, urgent first; sortable and exportable."""

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hrdesk import clock
from hrdesk.domain.roles import Permission
from hrdesk.services import contracts, exports, settings
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.dialogs.employee import EmployeeDialog
from hrdesk.ui.models.table import ROW_ROLE, SORT_ROLE, RowsTableModel, TableColumn
from hrdesk.ui.operations import Area, announce, op, refresh_on
from hrdesk.ui.terms import phrase, term
from hrdesk.ui.widgets.forms import ERROR_COLOUR
from hrdesk.ui.widgets.tables import table_view

URGENT_COLOUR = QColor(ERROR_COLOUR)


class ReminderModel(RowsTableModel):
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and self.rows[index.row()].finding.urgent
        ):
            return QBrush(URGENT_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            # the 说明 column is often cut short
            return phrase(self.rows[index.row()].finding.detail)
        return super().data(index, role)


class UrgentFilter(QSortFilterProxyModel):
    urgent_only = False

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        return not self.urgent_only or self.sourceModel().rows[source_row].finding.urgent


class ContractsPage(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("合同提醒"))
        title.setStyleSheet("font-size: 18px; font-weight: bold")
        layout.addWidget(title)
        bar = QHBoxLayout()
        self.urgent_only = QCheckBox(self.tr("只看紧急"))
        self.urgent_only.toggled.connect(self._filter)
        bar.addWidget(self.urgent_only)
        bar.addWidget(QLabel(self.tr("固定期限合同提前提醒天数")))
        self.days = QSpinBox()
        self.days.setRange(1, 180)
        self.days.setEnabled(actor.may(Permission.EDIT_CONTRACTS))
        with database.sessions() as session:
            self.days.setValue(settings.get(session, "contract_reminder_days"))
        self.days.editingFinished.connect(self._days_changed)
        bar.addWidget(self.days)
        bar.addStretch(1)
        export = QPushButton(self.tr("导出…"))
        export.clicked.connect(self.export)
        bar.addWidget(export)
        layout.addLayout(bar)
        self.model = ReminderModel(
            [
                TableColumn(self.tr("紧急"), lambda r: "●" if r.finding.urgent else ""),
                TableColumn(self.tr("工号"), lambda r: r.employee_no),
                TableColumn(self.tr("姓名"), lambda r: r.name),
                TableColumn(self.tr("部门"), lambda r: r.department),
                TableColumn(self.tr("问题"), lambda r: term(r.finding.title)),
                TableColumn(self.tr("日期"), lambda r: r.finding.due),
                TableColumn(self.tr("涉及金额"), lambda r: r.finding.exposure, True),
                TableColumn(self.tr("说明"), lambda r: phrase(r.finding.detail)),
            ],
            self,
        )
        self.proxy = UrgentFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = table_view(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setWordWrap(True)
        self.view.activated.connect(
            lambda index: self.open_record(self.proxy.data(index, ROW_ROLE).employee_id)
        )
        layout.addWidget(self.view)
        # The 说明 column is cut short on a laptop: the selected reminder's in full below.
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        self._show_detail(QModelIndex())
        self.count = QLabel()
        layout.addWidget(self.count)
        refresh_on(self, [Area.CONTRACTS, Area.EMPLOYEES], self.refresh)
        self.refresh()

    def refresh(self) -> None:
        with self.database.sessions() as session:
            self.model.set_rows(contracts.reminders(session, self.actor, clock.today()))
        urgent = sum(1 for r in self.model.rows if r.finding.urgent)
        self.count.setText(
            self.tr("共 {0} 项，其中紧急 {1} 项；双击打开员工的合同").format(
                len(self.model.rows), urgent
            )
        )

    def _show_detail(self, current) -> None:
        row = self.proxy.data(current, ROW_ROLE) if current.isValid() else None
        self.detail.setText(
            self.tr("{0} — {1}：{2}").format(
                row.name, term(row.finding.title), phrase(row.finding.detail)
            )
            if row
            else self.tr("选中一项提醒，这里显示它的完整说明。")
        )

    def _filter(self, on: bool) -> None:
        self.proxy.beginFilterChange()
        self.proxy.urgent_only = on
        self.proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _days_changed(self) -> None:
        with self.database.sessions.begin() as session:
            contracts.set_reminder_days(session, self.actor, self.days.value())
        announce(Area.CONTRACTS)

    def open_record(self, employee_id: int) -> None:
        """Open the employee on the 合同 tab: where every reminder is acted on."""
        dialog = EmployeeDialog(self.database, self.actor, employee_id, clock.today(), self)
        dialog.tabs.setCurrentWidget(dialog.contracts_tab)
        dialog.exec()

    def export(self) -> None:
        suggested = Path.home() / f"合同提醒-{clock.today():%Y%m%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出合同提醒"), str(suggested), self.tr("Excel 文件 (*.xlsx)")
        )
        if not path:
            return

        today = clock.today()

        def write(_state) -> int:
            with self.database.sessions() as session:
                return exports.export_reminders(session, self.actor, Path(path), today)

        op(self, self.tr("导出"), write).with_progress(self.tr("正在导出…")).success(
            lambda count: QMessageBox.information(
                self, self.tr("导出"), self.tr("已导出 {0} 项到 {1}").format(count, path)
            )
        ).run_in_background()
