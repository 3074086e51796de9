"""Who is paid in a month and for which days: part months (hire, leaving) by the official
calendar, and leavers owed commission collected after their last day (domain-cn.md §11, §13)."""

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.wages import PartMonth, part_month
from hrdesk.domain.work_calendar import OutsideCalendar, WorkCalendar, YearDays
from hrdesk.services.calendar import work_calendar
from hrdesk.services.commission import MonthCommission
from hrdesk.storage.models import Employee, Separation

ZERO = Decimal(0)
CANCELLED = "已撤销"  # services.separations.CANCELLED, not imported to keep the floors simple


def month_calendar(session: Session, month: date) -> WorkCalendar:
    """The official calendar for the month's year."""
    return work_calendar(session, [month.year])


def month_calendar_or_weekdays(session: Session, month: date) -> tuple[WorkCalendar, bool]:
    """For a forecast (a settlement before the year's holidays are published): the official
    calendar, else Monday to Friday; (calendar, whether it is the official one)."""
    calendar = month_calendar(session, month)
    if month.year in calendar.years:
        return calendar, True
    empty = frozenset()
    return WorkCalendar({month.year: YearDays(month.year, empty, empty, empty)}), False


def last_day_of(employee: Employee, separation: Separation | None) -> date | None:
    """The last working day: the separation's, else the leaving date on the employee's record."""
    if separation is not None:
        return separation.last_day
    return employee.leaving_date


def part_of_month(
    employee: Employee, month: date, last_day: date | None, calendar: WorkCalendar
) -> PartMonth | None:
    """The fixed pay for the days employed in the month up to last_day, None for a whole
    month; a month the calendar does not know is refused with its message."""
    month_end = add_months(month, 1) - timedelta(days=1)
    last = last_day or month_end
    if employee.hire_date <= month and last >= month_end:
        return None
    try:
        return part_month(
            employee.base_salary + employee.position_allowance,
            employee.base_salary,
            month,
            employee.hire_date,
            last,
            calendar.paid_days,
        )
    except OutsideCalendar as error:
        raise ValueError(
            f"{employee.employee_no} {employee.name}：{month:%Y-%m} 只工作了部分天数，"
            f"需按日历计薪天数计算，但{error}"
        ) from None


def fixed_pay_in(
    employee: Employee, month: date, separation: Separation | None, calendar: WorkCalendar
) -> tuple[Decimal, Decimal] | None:
    """(fixed pay, its base-salary part) for a part month; None for a whole month."""
    part = part_of_month(employee, month, last_day_of(employee, separation), calendar)
    return None if part is None else (part.fixed, part.base)


def paid_after_leaving(
    session: Session, month: date, collected: dict[int, MonthCommission], employed: set[int]
) -> list[tuple[Employee, date]]:
    """Leavers whose last day is before the month and who earned commission in it under the
    commission policy (the owner on the day, or the handover setting's share), with that
    last day."""
    owed = [
        salesperson_id
        for salesperson_id, entry in collected.items()
        if salesperson_id not in employed and entry.payable > 0
    ]
    if not owed:
        return []
    last_days = dict(
        session.execute(
            select(Separation.employee_id, Separation.last_day).where(
                Separation.employee_id.in_(owed),
                Separation.last_day < month,
                Separation.status != CANCELLED,
            )
        ).all()
    )
    found = []
    for employee in session.scalars(
        select(Employee).where(Employee.id.in_(owed)).order_by(Employee.employee_no)
    ):
        last = last_days.get(employee.id) or employee.leaving_date
        if last is not None and last < month:
            found.append((employee, last))
    return found
