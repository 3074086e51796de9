"""假期类型: the company's leave types — the law's with its province's days, and its own —
edited in one grid and saved together (audited by the service); the law's minimums hold."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from hrdesk.domain.leave import DAYS_BY_RULE, CompanyLeave, Counts, LeaveType, Pay, Per
from hrdesk.domain.roles import Permission
from hrdesk.services.leave import leave_types
from hrdesk.ui.operations import Area, announce
from hrdesk.ui.terms import term
from hrdesk.ui.widgets.columns import fit_columns
from hrdesk.ui.widgets.forms import USER_ERRORS, ShownSettings, problem_label, user_message

NAME, PAY, COUNTS, DAYS, PER, MINIMUM, SOURCE, STOPPED = range(8)
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE = READ_ONLY | Qt.ItemFlag.ItemIsEditable


class LeaveTypesDialog(QDialog):
    def __init__(self, database, actor, parent=None):
        super().__init__(parent)
        self.database, self.actor = database, actor
        self.shown = ShownSettings(database, ("leave_types",))
        self.may_edit = actor.may(Permission.EDIT_EMPLOYEES)
        self.setWindowTitle(self.tr("假期类型"))
        self.resize(980, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "法定假期的天数可按本省规定增加（如广东婚假13天、产假178天），不能少于法定天数；"
                "事假无薪。公司可新增自己的假期（如育儿假），带薪或无薪，按工作日计，单位为天；"
                "不再使用的可停用，已登记的记录保留。超出天数的请假须在备注中写明依据。"
                "每次修改都记入变更记录。"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.grid = QTableWidget(0, 8)
        self.grid.setHorizontalHeaderLabels(
            [
                self.tr("名称"),
                self.tr("待遇"),
                self.tr("计算"),
                self.tr("天数"),
                self.tr("按"),
                self.tr("法定最少"),
                self.tr("依据/说明"),
                self.tr("停用"),
            ]
        )
        self.grid.verticalHeader().hide()
        self.kinds: list[LeaveType] = []  # each row's type as loaded (a new row's blank one)
        layout.addWidget(self.grid, 1)
        self.problem = problem_label()
        layout.addWidget(self.problem)
        layout.addLayout(self._buttons())
        with database.sessions() as session:
            for kind in leave_types.company_types(session):
                self._add_row(kind)
        fit_columns(self.grid, stretch=SOURCE)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        add = QPushButton(self.tr("新增公司假期"))
        add.clicked.connect(self.add_type)
        add.setEnabled(self.may_edit)
        row.addWidget(add)
        row.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        self.save_button.setEnabled(self.may_edit)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        return row

    def _cell(self, row: int, column: int, text: str, editable: bool = False) -> None:
        item = QTableWidgetItem(text)
        item.setFlags(EDITABLE if editable and self.may_edit else READ_ONLY)
        self.grid.setItem(row, column, item)

    def _choice(self, row: int, column: int, options: list, chosen, editable: bool) -> None:
        """A combo for a company's own type; the law's types show their value as text."""
        if not editable:
            self._cell(row, column, term(chosen.value))
            return
        box = QComboBox()
        for option in options:
            box.addItem(term(option.value), option.value)  # Qt keeps a StrEnum as a str
        box.setCurrentIndex(options.index(chosen))
        box.setEnabled(self.may_edit)
        self.grid.setCellWidget(row, column, box)

    def _add_row(self, kind: LeaveType, new: bool = False) -> None:
        row = self.grid.rowCount()
        self.grid.insertRow(row)
        self.kinds.append(kind)
        own = kind.added
        self._cell(row, NAME, term(kind.name), editable=new)
        self.grid.item(row, NAME).setData(Qt.ItemDataRole.UserRole, None if new else kind.name)
        self._choice(row, PAY, [Pay.FULL, Pay.UNPAID], kind.pay, own)
        self._cell(row, COUNTS, term(kind.counts.value))
        if kind.name in DAYS_BY_RULE:
            self._cell(row, DAYS, term(kind.entitled_by))
            self.grid.item(row, DAYS).setForeground(Qt.GlobalColor.darkGray)
        else:
            self._cell(row, DAYS, "" if kind.days is None else str(kind.days), editable=True)
        if own or kind.days is not None:
            self._choice(row, PER, [Per.EVENT, Per.YEAR], kind.per, own)
        else:
            self._cell(row, PER, "")  # no fixed days to count
        minimum = self.tr("公司规定") if own else str(kind.minimum) if kind.minimum else "—"
        self._cell(row, MINIMUM, minimum)
        self._cell(row, SOURCE, kind.source, editable=kind.name not in DAYS_BY_RULE)
        stopped = QTableWidgetItem()
        if own and self.may_edit:
            stopped.setFlags(READ_ONLY | Qt.ItemFlag.ItemIsUserCheckable)
            stopped.setCheckState(Qt.CheckState.Unchecked if kind.active else Qt.CheckState.Checked)
        else:
            stopped.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.grid.setItem(row, STOPPED, stopped)

    def add_type(self) -> None:
        """A new row for the company's own type: the clerk names it and gives its days."""
        self._add_row(LeaveType("", Pay.FULL, Counts.WORKDAYS, added=True), new=True)
        row = self.grid.rowCount() - 1
        self.grid.setCurrentCell(row, NAME)
        self.grid.editItem(self.grid.item(row, NAME))

    def _days(self, row: int, name: str) -> int | None:
        text = self.grid.item(row, DAYS).text().strip()
        if name in DAYS_BY_RULE or not text:
            return None
        if not text.isdigit():
            raise ValueError(
                self.tr("第{0}行 {1}：天数“{2}”应为整数").format(row + 1, name or "—", text)
            )
        return int(text)

    def entries(self) -> list[CompanyLeave]:
        """The grid as the company's entries, row by row."""
        found = []
        for row, kind in enumerate(self.kinds):
            item = self.grid.item(row, NAME)
            name = item.data(Qt.ItemDataRole.UserRole) or item.text().strip()
            pay, per = self.grid.cellWidget(row, PAY), self.grid.cellWidget(row, PER)
            stopped = self.grid.item(row, STOPPED)
            checkable = bool(stopped.flags() & Qt.ItemFlag.ItemIsUserCheckable)
            found.append(
                CompanyLeave(
                    name,
                    self._days(row, name),
                    self.grid.item(row, SOURCE).text().strip(),
                    (Pay(pay.currentData()) if pay else kind.pay) is not Pay.UNPAID,
                    Per(per.currentData()) if per else kind.per,
                    stopped.checkState() != Qt.CheckState.Checked if checkable else kind.active,
                )
            )
        return found

    def save(self) -> None:
        try:
            entries = self.entries()
            with self.database.sessions.begin() as session:
                self.shown.refuse_if_changed(session)
                changed = leave_types.save_types(session, self.actor, entries)
        except USER_ERRORS as error:
            self.problem.setText(user_message(error))
            return
        if changed:
            announce(Area.LEAVE, Area.PAYROLL)
        self.accept()
