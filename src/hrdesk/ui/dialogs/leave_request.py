"""登记请假: the clerk records a leave; the days and the balance after it show as they type."""

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from hrdesk import clock
from hrdesk.domain.work_calendar import OutsideCalendar
from hrdesk.services import leave
from hrdesk.services.calendar import work_calendar
from hrdesk.services.leave.leave_types import offered_types
from hrdesk.ui.operations import Area
from hrdesk.ui.terms import term
from hrdesk.ui.widgets.fields import DateEdit
from hrdesk.ui.widgets.forms import ServiceDialog

LIMITED = ("年休假", "调休")


class LeaveRequestDialog(ServiceDialog):
    changes = (Area.LEAVE, Area.PAYROLL)

    def __init__(self, database, actor, people: list, employee_id: int | None = None, parent=None):
        super().__init__(
            database,
            actor,
            self.tr("登记请假"),
            self.tr("年休假、婚丧假等按工作日计（不含周末和法定节假日），产假按自然日计。"),
            parent,
        )
        self.employee = QComboBox()
        for person in people:
            self.employee.addItem(f"{person.employee_no} {person.name}", person.employee_id)
        if employee_id is not None:
            self.employee.setCurrentIndex(max(0, self.employee.findData(employee_id)))
        self.form.addRow(self.tr("员工"), self.employee)
        self.kind = QComboBox()
        with database.sessions() as session:  # the company's types, its province's days
            self.types = {item.name: item for item in offered_types(session)}
        for item in self.types.values():
            days = (
                self.tr("，{0}{1}天").format(term(item.per.value), item.days) if item.days else ""
            )
            self.kind.addItem(f"{term(item.name)}（{term(item.pay.value)}{days}）", item.name)
        self.form.addRow(self.tr("假期类型"), self.kind)
        today = clock.today()
        self.start, self.end = DateEdit(), DateEdit()
        self.start.set_value(today)
        self.end.set_value(today)
        self.form.addRow(self.tr("开始日期"), self.start)
        self.form.addRow(self.tr("结束日期"), self.end)
        self.days = QLineEdit()
        self.days.setPlaceholderText(self.tr("不填按日历计算；半天写0.5"))
        self.form.addRow(self.tr("天数"), self.days)
        self.note = QLineEdit()
        self.form.addRow(self.tr("备注"), self.note)
        self.balance = QLabel()
        self.balance.setWordWrap(True)
        self.form.addRow(self.balance)
        for signal in (
            self.employee.currentIndexChanged,
            self.kind.currentIndexChanged,
            self.start.dateChanged,
            self.end.dateChanged,
            self.days.textChanged,
            self.note.textChanged,
        ):
            signal.connect(self.show_balance)
        self.show_balance()

    def _days(self, calendar) -> Decimal:
        if self.days.text().strip():
            try:
                return Decimal(self.days.text().strip())
            except InvalidOperation:
                raise ValueError(self.tr("天数不是数字")) from None
        return Decimal(
            leave.requested_days(
                calendar, self.types[self.kind.currentData()], self.start.value(), self.end.value()
            )
        )

    def show_balance(self) -> None:
        """本次 N 天；余额 X 天，登记后剩余 Y 天 — worked out as the clerk types."""
        start, end, name = self.start.value(), self.end.value(), self.kind.currentData()
        if end < start:
            self.balance.setText(self.tr("结束日期早于开始日期"))
            return
        try:
            with self.database.sessions() as session:
                calendar = work_calendar(session, [start.year])
                days = self._days(calendar)
                leave.balances(session, self.actor, start.year)  # this year's grant, as of today
                left = leave.balance(session, self.employee.currentData(), name, start.year)
                beyond = leave.request_problem(
                    session, self.employee.currentData(), self.types[name], start, days,
                    self.note.text(),
                )  # fmt: skip
        except (ValueError, OutsideCalendar) as error:
            self.balance.setText(str(error))
            return
        text = self.tr("本次 {0} 天").format(days)
        if beyond and name not in LIMITED:  # the type's days exceeded: the note must say why
            text += self.tr("；{0}").format(beyond)
        if name in LIMITED:
            after = left - days
            text += self.tr("；{0}年{1}余额 {2} 天，登记后剩余 {3} 天").format(
                start.year, name, left, after
            )
            if after < 0:
                text += self.tr("（余额不足）")
        self.balance.setText(text)

    def write(self, session) -> None:
        start = self.start.value()
        calendar = work_calendar(session, [start.year])
        leave.balances(session, self.actor, start.year)
        days = self._days(calendar) if self.days.text().strip() else None
        leave.add_request(
            session,
            self.actor,
            self.employee.currentData(),
            self.kind.currentData(),
            start,
            self.end.value(),
            calendar,
            days,
            self.note.text(),
        )
