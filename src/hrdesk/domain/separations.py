"""Leaving (离职): the legal ground's requirements and what is owed on the last day.

domain-cn.md §5 (annual leave) and §7 (劳动合同法 第36–47条): notice, severance N with its
caps, pay in lieu of notice, unused annual leave on leaving mid-year, the final month's pay.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_FLOOR, Decimal
from enum import StrEnum

from hrdesk.domain.dates import add_months
from hrdesk.domain.iit import ANNUAL_TABLE, bracket
from hrdesk.domain.money import round_fen
from hrdesk.domain.wages import DAYS_PER_MONTH, daily_wage

ZERO = Decimal(0)
SEVERANCE_CAP_TIMES = 3  # × the local average monthly wage (第47条)
SEVERANCE_CAP_YEARS = 12
UNUSED_LEAVE_EXTRA = Decimal(2)  # 300% of the daily wage, of which the normal 100% is already paid


class Ground(StrEnum):
    AGREED_BY_EMPLOYER = "第36条 协商一致解除（单位提出）"
    AGREED_BY_EMPLOYEE = "第36条 协商一致解除（员工提出）"
    RESIGNATION = "第37条 员工提前通知解除"
    EMPLOYER_FAULT = "第38条 员工因单位过错解除"
    MISCONDUCT = "第39条 过失性辞退"
    ILLNESS = "第40条第1项 医疗期满不能从事工作"
    INCOMPETENCE = "第40条第2项 不能胜任工作"
    CHANGED_CIRCUMSTANCES = "第40条第3项 客观情况发生重大变化"
    EXPIRY_BY_EMPLOYER = "第44条 合同期满终止（单位不续订）"
    EXPIRY_REFUSED_BY_EMPLOYEE = "第44条 合同期满终止（员工不同意续订）"


@dataclass(frozen=True)
class GroundRule:
    notice_days: int  # written notice before the last day (0: none needed)
    notice_days_in_probation: int
    severance: bool  # 经济补偿 N (第46条)
    pay_in_lieu: bool  # 第40条: a month's wage instead of notice (代通知金)
    requires: str  # what the company must have on file


RULES = {
    Ground.AGREED_BY_EMPLOYER: GroundRule(0, 0, True, False, "双方签字的解除协议"),
    Ground.AGREED_BY_EMPLOYEE: GroundRule(0, 0, False, False, "双方签字的解除协议，写明由员工提出"),
    Ground.RESIGNATION: GroundRule(30, 3, False, False, "员工本人签字的书面辞职通知"),
    Ground.EMPLOYER_FAULT: GroundRule(0, 0, True, False, "员工的书面解除通知及其所述理由"),
    Ground.MISCONDUCT: GroundRule(
        0, 0, False, False, "违纪或严重失职的证据、依法制定并公示的规章制度，事先通知工会"
    ),
    Ground.ILLNESS: GroundRule(30, 30, True, True, "医疗期满的证明，另行安排工作仍不能从事的记录"),
    Ground.INCOMPETENCE: GroundRule(
        30,
        30,
        True,
        True,
        "不能胜任的考核记录，以及经过培训或调整工作岗位后仍不能胜任的记录",
    ),
    Ground.CHANGED_CIRCUMSTANCES: GroundRule(
        30, 30, True, True, "客观情况重大变化的证明，与员工协商变更合同未能达成一致的记录"
    ),
    Ground.EXPIRY_BY_EMPLOYER: GroundRule(0, 0, True, False, "到期的劳动合同，不续订的书面通知"),
    Ground.EXPIRY_REFUSED_BY_EMPLOYEE: GroundRule(
        0, 0, False, False, "单位以不低于原条件提出续订、员工书面拒绝的记录"
    ),
}


def service_months(start: date, last_day: date) -> int:
    """Whole months of service, the last day included (1 Jan to 30 Apr is four months)."""
    end = last_day + timedelta(days=1)
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    return max(months, 0)


def severance_months(start: date, last_day: date) -> Decimal:
    """N: a month per full year of service; six months or more of a started year count as a
    year, anything less — days included — as half a month (第47条)."""
    whole = service_months(start, last_day)
    years, rest = divmod(whole, 12)
    extra_days = add_months(start, whole) < last_day + timedelta(days=1)
    if rest >= 6:
        return Decimal(years + 1)
    if rest > 0 or extra_days:
        return Decimal(years) + Decimal("0.5")
    return Decimal(years)


@dataclass(frozen=True)
class Severance:
    months: Decimal  # N as counted
    months_paid: Decimal  # after the 12-year cap
    monthly_wage: Decimal  # the average of the last 12 months, or the cap
    capped: bool
    amount: Decimal


def severance(
    months: Decimal, average_wage: Decimal, local_average_wage: Decimal | None
) -> Severance:
    """经济补偿: N × the average monthly wage; above 3× the local average monthly wage, 3× that
    average for at most 12 years (第47条)."""
    wage, paid, capped = average_wage, months, False
    if local_average_wage and average_wage > local_average_wage * SEVERANCE_CAP_TIMES:
        wage = local_average_wage * SEVERANCE_CAP_TIMES
        paid = min(months, Decimal(SEVERANCE_CAP_YEARS))
        capped = True
    return Severance(months, paid, wage, capped, round_fen(wage * paid))


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


def final_month_pay(monthly_fixed: Decimal, workdays_not_worked: int) -> Decimal:
    """The fixed pay of a month left part-way: the month's pay less the daily wage (÷ 21.75)
    for each working day after the last one, as an absence is deducted. Statutory holidays
    before the last day stay paid."""
    return max(
        round_fen(monthly_fixed - monthly_fixed / DAYS_PER_MONTH * workdays_not_worked), ZERO
    )


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
class SeveranceTax:
    exempt: Decimal  # up to 3× the local average annual wage (财税〔2018〕164号 五(一))
    taxable: Decimal
    tax: Decimal  # the excess taxed on its own by the annual comprehensive-income table


def severance_tax(amount: Decimal, local_average_wage: Decimal | None) -> SeveranceTax:
    """The individual income tax on severance; without the local average wage nothing is exempt."""
    exempt = min(amount, local_average_wage * 12 * 3) if local_average_wage else ZERO
    taxable = amount - exempt
    if taxable <= 0:
        return SeveranceTax(exempt, ZERO, ZERO)
    rate, quick = bracket(ANNUAL_TABLE, taxable)
    return SeveranceTax(exempt, taxable, round_fen(taxable * rate - quick))
