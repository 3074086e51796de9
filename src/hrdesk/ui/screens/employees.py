"""员工: the roster — search by 工号/姓名, filter by department, status and salespeople."""

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hrdesk import clock
from hrdesk.domain.employees import EmployeeStatus
from hrdesk.domain.roles import Permission
from hrdesk.services import employees
from hrdesk.services.actor import Actor
from hrdesk.services.database import Database
from hrdesk.ui.dialogs.employee import EmployeeDialog
from hrdesk.ui.models.table import ROW_ROLE, SORT_ROLE, RowsTableModel, TableColumn
from hrdesk.ui.operations import Area, refresh_on
from hrdesk.ui.terms import term
from hrdesk.ui.widgets.tables import table_view


class RosterFilter(QSortFilterProxyModel):
    """Text in 工号 or 姓名, a department with everything under it, a status, salespeople only."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.text = ""
        self.department = ""
        self.status = ""
        self.salespeople_only = False
        self.setSortRole(SORT_ROLE)

    def update(self, **changes) -> None:
        self.beginFilterChange()
        for name, value in changes.items():
            setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        row: employees.EmployeeRow = self.sourceModel().rows[source_row]
        if (
            self.text
            and self.text not in row.employee_no.lower()
            and self.text not in row.name.lower()
        ):
            return False
        if self.department and not (
            row.department == self.department or row.department.startswith(self.department + "/")
        ):
            return False
        if self.status and row.status != self.status:
            return False
        return not (self.salespeople_only and not row.is_salesperson)


class EmployeesPage(QWidget):
    def __init__(self, database: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_bar())
        self.model = RowsTableModel(
            [
                TableColumn(self.tr("工号"), lambda r: r.employee_no),
                TableColumn(self.tr("姓名"), lambda r: r.name),
                TableColumn(self.tr("部门"), lambda r: r.department),
                TableColumn(self.tr("岗位"), lambda r: r.position),
                TableColumn(self.tr("状态"), lambda r: term(r.status)),
                TableColumn(self.tr("销售"), lambda r: r.is_salesperson),
                TableColumn(self.tr("入职日期"), lambda r: r.hire_date),
                TableColumn(self.tr("手机号"), lambda r: r.phone),
                TableColumn(self.tr("身份证号"), lambda r: r.id_masked),
                TableColumn(self.tr("基本工资"), lambda r: r.base_salary, True),
            ],
            self,
        )
        self.proxy = RosterFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = table_view(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.activated.connect(self.open_selected)
        layout.addWidget(self.view)
        self.count = QLabel()
        layout.addWidget(self.count)
        QShortcut(QKeySequence.StandardKey.New, self, self.add)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        refresh_on(self, [Area.EMPLOYEES], self.refresh)
        self.refresh()

    def _filter_bar(self) -> QHBoxLayout:
        """Search, department, status, salespeople; 新增 and 导入 at the end."""
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索工号或姓名（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self._filter(text=text.strip().lower()))
        self.department = QComboBox()
        self.department.currentIndexChanged.connect(
            lambda: self._filter(department=self.department.currentData() or "")
        )
        self.status = QComboBox()
        self.status.addItem(self.tr("全部状态"), "")
        for status in EmployeeStatus:
            self.status.addItem(term(status.value), status.value)
        self.status.currentIndexChanged.connect(
            lambda: self._filter(status=self.status.currentData())
        )
        self.salespeople = QCheckBox(self.tr("只看销售"))
        self.salespeople.toggled.connect(lambda on: self._filter(salespeople_only=on))
        self.add_button = QPushButton(self.tr("新增员工（Ctrl+N）"))
        self.add_button.setEnabled(self.actor.may(Permission.EDIT_EMPLOYEES))
        self.add_button.clicked.connect(self.add)
        self.import_button = QPushButton(self.tr("导入…"))
        self.import_button.setEnabled(
            self.actor.may(Permission.IMPORT_EXPORT) and self.actor.may(Permission.EDIT_EMPLOYEES)
        )
        self.import_button.clicked.connect(self.import_roster)
        bar = QHBoxLayout()
        for widget in (
            self.search,
            self.department,
            self.status,
            self.salespeople,
            self.add_button,
            self.import_button,
        ):
            bar.addWidget(widget)
        bar.setStretch(0, 1)
        return bar

    def refresh(self) -> None:
        with self.database.sessions() as session:
            rows = employees.roster(session, self.actor)
        self.model.set_rows(rows)
        current = self.department.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(self.tr("全部部门"), "")
        for path in sorted(
            {r.department for r in rows} | {p for r in rows for p in _ancestors(r.department)}
        ):
            self.department.addItem(path, path)
        self.department.setCurrentIndex(max(0, self.department.findData(current)))
        self.department.blockSignals(False)
        self._show_count()

    def _filter(self, **changes) -> None:
        self.proxy.update(**changes)
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(
            self.tr("显示 {0} / 共 {1} 人").format(self.proxy.rowCount(), self.model.rowCount())
        )

    def add(self) -> None:
        if not self.actor.may(Permission.EDIT_EMPLOYEES):
            return
        EmployeeDialog(self.database, self.actor, None, clock.today(), self).exec()

    def import_roster(self) -> None:
        from hrdesk.ui.dialogs.import_wizard import ImportWizard

        ImportWizard(self.database, self.actor, "employees", self).exec()

    def open_employee(self, employee_id: int) -> None:
        EmployeeDialog(self.database, self.actor, employee_id, clock.today(), self).exec()

    def open_selected(self, index) -> None:
        self.open_employee(self.proxy.data(index, ROW_ROLE).id)

    def open_record(self, record_id: int) -> None:
        self.open_employee(record_id)


def _ancestors(path: str) -> list[str]:
    parts = path.split("/")
    return ["/".join(parts[:i]) for i in range(1, len(parts))]
