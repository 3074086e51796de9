"""Wage items (工资项目): overtime and absence by the 21.75-day month (劳社部发〔2008〕3号),
overtime premiums 150/200/300% (劳动法 第四十四条). See domain-cn.md §5.
"""

from dataclasses import dataclass
from decimal import Decimal

from hrdesk.domain.money import round_fen

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


def absence_deduction(
    monthly: Decimal,
    personal_leave_days: Decimal,
    sick_leave_days: Decimal,
    sick_pay_ratio: Decimal,
) -> Decimal:
    """事假 unpaid; 病假 paid at the company's ratio (at least 80% of the minimum wage is the caller's check)."""
    if not 0 <= sick_pay_ratio <= 1:
        raise ValueError("病假工资比例应在0至100%之间")
    daily = daily_wage(monthly)
    return round_fen(daily * personal_leave_days + daily * sick_leave_days * (1 - sick_pay_ratio))
