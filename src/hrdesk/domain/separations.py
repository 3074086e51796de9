"""Leaving (离职): what is owed on the last day, by the legal ground (domain/grounds.py).

domain-cn.md §5 (annual leave) and §7 (劳动合同法 第36–47条): notice, severance N with its
caps, pay in lieu of notice, unused annual leave on leaving mid-year, the final month's pay.
"""

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_FLOOR, Decimal

from hrdesk.domain.grounds import RULES, Ground
from hrdesk.domain.money import format_money, round_fen
from hrdesk.domain.phrases import Phrase
from hrdesk.domain.severance import (
    Severance,
    SeveranceTax,
    service_months,
    severance,
    severance_months,
    severance_service,
    severance_tax,
)
from hrdesk.domain.wages import daily_wage, partial_month_pay

__all__ = [
    "Severance",
    "SeveranceTax",
    "service_months",
    "severance",
    "severance_months",
    "severance_tax",
]

ZERO = Decimal(0)
UNUSED_LEAVE_EXTRA = Decimal(2)  # 300% of the daily wage, of which the normal 100% is already paid


def annual_leave_entitlement(cumulative_years: int) -> int:
    """职工带薪年休假条例 第3条: 1–10 years 5 days, 10–20 years 10, 20 and more 15."""
    if cumulative_years < 1:
        return 0
    if cumulative_years < 10:
        return 5
    if cumulative_years < 20:
        return 10
    return 15


def unused_leave_on_leaving(last_day: date, entitlement: int, taken: Decimal) -> int:
    """Days owed on leaving mid-year: days of the year passed ÷ 365 × the year's entitlement,
    less days taken, whole days rounded down (实施办法 第12条)."""
    passed = (last_day - date(last_day.year, 1, 1)).days + 1
    due = (Decimal(passed) / 365 * entitlement).to_integral_value(rounding=ROUND_FLOOR)
    return max(int(due - taken), 0)


def unused_leave_pay(days: int, monthly_wage: Decimal) -> Decimal:
    """The extra 200% of the daily wage per unused day (the normal day's pay is already paid)."""
    return round_fen(daily_wage(monthly_wage) * UNUSED_LEAVE_EXTRA * days)


def final_month_pay(monthly_fixed: Decimal, paid_days: int, full_month_days: int) -> Decimal:
    """The fixed pay of a month left part-way: 月工资 ÷ 21.75 × the paid days up to the last
    one (statutory holidays among them), never more than the month's pay (domain-cn.md §11)."""
    return partial_month_pay(monthly_fixed, paid_days, full_month_days)


@dataclass(frozen=True)
class Notice:
    required_days: int
    given_days: int
    pay_in_lieu_due: bool  # 第40条 with less notice: one month's wage
    short: bool  # less notice than the ground requires


def notice(ground: Ground, notice_date: date, last_day: date, in_probation: bool) -> Notice:
    rule = RULES[ground]
    required = rule.notice_days_in_probation if in_probation else rule.notice_days
    given = (last_day - notice_date).days
    short = given < required
    return Notice(required, given, rule.pay_in_lieu and short, short)


def service_years(start: date, last_day: date) -> int:
    """Full years of service, for the annual leave entitlement."""
    return service_months(start, last_day) // 12


@dataclass(frozen=True)
class Termination:
    """What ending the contract costs on a ground: 经济补偿, or 赔偿金 for unlawful termination,
    or the amount agreed (协商一致) in place of the formula."""

    item: str  # 经济补偿 / 赔偿金
    severance: Severance  # by the law, shown beside an agreed amount
    amount: Decimal  # what is paid
    basis: str
    agreed: bool


def termination_pay(
    ground: Ground,
    hire: date,
    last_day: date,
    average_wage: Decimal,
    *,
    minimum_wage: Decimal | None,
    local_average_wage: Decimal | None,
    agreed_amount: Decimal | None = None,
    agreement: str = "",
) -> Termination | None:
    """None when the ground owes nothing (and nothing was agreed)."""
    rule = RULES[ground]
    if rule.damages:  # 实施条例 第25条: 2N, years from the first day, before 2008 included
        months = severance_months(hire, last_day)
        paid = severance(
            months, average_wage, local_average_wage, minimum_wage=minimum_wage, multiple=2
        )
        basis = Phrase(
            "{basis}；工作年限自用工之日{hire}起算（实施条例第25条），不再另付经济补偿",
            basis=paid.basis,
            hire=hire,
        )
        return Termination("赔偿金", paid, paid.amount, basis, False)
    service = severance_service(hire, last_day, rule.before_2008, rule.old_rule_capped)
    months = service.before_2008 + service.since_2008
    paid = severance(
        months,
        average_wage,
        local_average_wage,
        minimum_wage=minimum_wage,
        before_2008=service.before_2008,
    )
    basis = (
        Phrase("{basis}；{note}", basis=paid.basis, note=service.note)
        if service.note
        else paid.basis
    )
    if agreed_amount is not None:
        by_law = (
            Phrase("法定标准{amount}元", amount=format_money(paid.amount))
            if rule.severance
            else Phrase("该依据法定无经济补偿")
        )
        text = Phrase(
            "双方协商一致约定{amount}元（{agreement}）；{by_law}",
            amount=format_money(agreed_amount),
            agreement=agreement or Phrase("协议未写明"),
            by_law=by_law,
        )
        return Termination("经济补偿", paid, round_fen(agreed_amount), text, True)
    if not rule.severance:
        return None
    return Termination("经济补偿", paid, paid.amount, basis, False)
