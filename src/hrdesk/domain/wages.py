"""Wage items (工资项目): overtime and absence by the 21.75-day month (劳社部发〔2008〕3号),
overtime premiums 150/200/300% (劳动法 第四十四条). See domain-cn.md §5.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal

from hrdesk.domain.money import FEN, round_fen
from hrdesk.messages import _

DAYS_PER_MONTH = Decimal("21.75")  # 月计薪天数
HOURS_PER_DAY = Decimal(8)
WORKDAY_PREMIUM = Decimal("1.5")
REST_DAY_PREMIUM = Decimal(2)
HOLIDAY_PREMIUM = Decimal(3)


def daily_wage(monthly: Decimal) -> Decimal:
    return monthly / DAYS_PER_MONTH


def hourly_wage(monthly: Decimal) -> Decimal:
    return daily_wage(monthly) / HOURS_PER_DAY


@dataclass(frozen=True)
class Overtime:
    workday_hours: Decimal = Decimal(0)
    rest_day_hours: Decimal = Decimal(0)  # without time off in lieu
    holiday_hours: Decimal = Decimal(0)  # statutory holidays


def overtime_pay(monthly: Decimal, hours: Overtime) -> Decimal:
    """Hourly wage × hours × premium, summed, rounded to the fen once."""
    hourly = hourly_wage(monthly)
    total = hourly * (
        hours.workday_hours * WORKDAY_PREMIUM
        + hours.rest_day_hours * REST_DAY_PREMIUM
        + hours.holiday_hours * HOLIDAY_PREMIUM
    )
    return round_fen(total)


SICK_PAY_FLOOR = Decimal(
    "0.8"
)  # sick pay ≥ 80% of the local minimum wage (劳部发〔1995〕309号 第59条)


def partial_month_pay(monthly: Decimal, paid_days: int, full_month_days: int) -> Decimal:
    """A month worked in part (hire, leaving, unpaid leave for the rest of it): 月工资 ÷ 21.75 ×
    计薪天数, never more than the month's pay (domain-cn.md §11). Hired Monday 2026-03-16 on
    10,000: 12 paid days → 5,517.24."""
    if paid_days >= full_month_days:
        return monthly
    return min(round_fen(daily_wage(monthly) * paid_days), monthly)


@dataclass(frozen=True)
class PartMonth:
    """The fixed pay of a month worked from `first` to `last` only."""

    first: date
    last: date
    paid_days: int  # 计薪天数 worked
    full_days: int  # 计薪天数 of the whole month
    fixed: Decimal  # base salary and allowance for those days
    base: Decimal  # the base salary's part of it


def part_month(
    monthly: Decimal,
    base: Decimal,
    month: date,
    first: date,
    last: date,
    paid_days: Callable[[date, date], int],
) -> PartMonth | None:
    """None when first–last is the whole month; paid_days(a, b) counts the official calendar's
    working days and statutory holidays from a to b."""
    month_end = month.replace(day=28) + timedelta(days=4)
    month_end -= timedelta(days=month_end.day)
    first, last = max(first, month), min(last, month_end)
    if first == month and last == month_end:
        return None
    full = paid_days(month, month_end)
    worked = paid_days(first, last) if first <= last else 0
    return PartMonth(
        first,
        last,
        worked,
        full,
        partial_month_pay(monthly, worked, full),
        partial_month_pay(base, worked, full),
    )


@dataclass(frozen=True)
class Absences:
    """What the month's absences take off the fixed pay, and why."""

    personal: Decimal  # 事假: a daily wage per day, unpaid
    sick_days_pay: Decimal  # what the sick days are paid
    sick_floor: Decimal  # 80% of the minimum wage for those days (0: no minimum wage known)
    floor_applied: bool  # the sick days are paid the floor, not the company's ratio
    capped: bool  # the deductions stopped at the month's fixed pay
    total: Decimal  # 缺勤扣款, rounded to the fen


def absences(
    monthly: Decimal,
    fixed_paid: Decimal,
    personal_leave_days: Decimal,
    sick_leave_days: Decimal,
    sick_pay_ratio: Decimal,
    minimum_wage: Decimal | None = None,
) -> Absences:
    """事假 unpaid, 病假 at the company's ratio of the daily wage but never below 80% of the
    minimum wage for the sick days (÷ 21.75, at most the whole month's 80%); overtime never
    enters the comparison. The deduction stops at the fixed pay of the month (fixed_paid,
    prorated for a part month) less the sick days' pay, so 应发工资 is never negative."""
    if not 0 <= sick_pay_ratio <= 1:
        raise ValueError(_("病假工资比例应在0至100%之间"))
    daily = daily_wage(monthly)
    full_sick = daily * sick_leave_days
    at_ratio = full_sick * sick_pay_ratio
    floor = Decimal(0)
    if minimum_wage and sick_leave_days:
        month_floor = minimum_wage * SICK_PAY_FLOOR
        floor = min(month_floor / DAYS_PER_MONTH * sick_leave_days, month_floor)
    sick_pay = min(max(at_ratio, floor), full_sick)
    total = round_fen(daily * personal_leave_days + full_sick - sick_pay)
    room = max(fixed_paid - round_fen(sick_pay), Decimal(0))
    capped = total > room
    return Absences(
        round_fen(daily * personal_leave_days),
        round_fen(sick_pay),
        round_fen(floor),
        floor > at_ratio,
        capped,
        min(total, room),
    )


def room_above_minimum_wage(
    gross_wage: Decimal,
    minimum_wage: Decimal,
    *,
    overtime: Decimal = Decimal(0),
    personal_contributions: Decimal = Decimal(0),
    net_of_contributions: bool = False,
) -> Decimal:
    """What may be deducted from the month's wage and still leave the local minimum wage
    (工资支付暂行规定 第十六条; domain-cn.md §6, §11): overtime pay stays out of the comparison
    (最低工资规定 第12条), and in some cities the employee's own contributions too. 2,600 against
    a minimum of 2,500 leaves 100."""
    compared = gross_wage - overtime
    if net_of_contributions:
        compared -= personal_contributions
    return max(Decimal(0), compared - minimum_wage).quantize(FEN, rounding=ROUND_DOWN)
