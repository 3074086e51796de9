"""经济补偿 and 赔偿金: the months of service, the monthly wage and its floor and cap, the tax.

劳动合同法 第47条 (N: a month per year, six months or more a year, less half a month; the
3× local average wage cap with at most 12 years), 第97条 (service before 2008-01-01 counts
only where the rules then required compensation, and by those rules), 第87条 with 实施条例
第25条 (unlawful termination: 2N, years from the first day), 实施条例 第27条 (the average
wage raised to the minimum wage), 财税〔2018〕164号 第五条 (taxed on its own, exempt up to
3× the local average annual wage). See domain-cn.md §7 and §13.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from hrdesk.domain.dates import add_months
from hrdesk.domain.iit import ANNUAL_TABLE, bracket
from hrdesk.domain.money import format_money, round_fen
from hrdesk.domain.phrases import Phrase

ZERO = Decimal(0)
LAW_IN_FORCE = date(2008, 1, 1)  # 劳动合同法 施行
CAP_TIMES = 3  # × the local average monthly wage (第47条)
CAP_YEARS = 12
OLD_RULE_CAP_MONTHS = 12  # 经济补偿办法 第5、7条: agreed and incompetence, at most 12 months


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
    if last_day < start:
        return ZERO
    whole = service_months(start, last_day)
    years, rest = divmod(whole, 12)
    extra_days = add_months(start, whole) < last_day + timedelta(days=1)
    if rest >= 6:
        return Decimal(years + 1)
    if rest > 0 or extra_days:
        return Decimal(years) + Decimal("0.5")
    return Decimal(years)


def old_rule_months(start: date, last_day: date) -> Decimal:
    """Before 2008 (违反和解除劳动合同的经济补偿办法): a month per year, a started year as a
    whole one."""
    if last_day < start:
        return ZERO
    whole = service_months(start, last_day)
    years, rest = divmod(whole, 12)
    extra_days = add_months(start, whole) < last_day + timedelta(days=1)
    return Decimal(years + (1 if rest or extra_days else 0))


@dataclass(frozen=True)
class Service:
    """The months of service severance pays for, in the two periods 第97条 keeps apart."""

    before_2008: Decimal  # by the rules then (0 where they owed nothing)
    since_2008: Decimal  # by 第47条
    counted_from: date  # the first day that counts
    note: str  # how the periods were counted, for the settlement sheet


def severance_service(
    hire: date, last_day: date, compensated_before_2008: bool, old_rule_capped: bool
) -> Service:
    """第97条: service before 2008-01-01 counts only where the rules then also owed
    compensation (a contract expiring owed none, so it counts from 2008-01-01), by those
    rules; service since by 第47条."""
    if hire >= LAW_IN_FORCE:
        return Service(ZERO, severance_months(hire, last_day), hire, "")
    since = severance_months(LAW_IN_FORCE, last_day)
    before_end = min(last_day, LAW_IN_FORCE - timedelta(days=1))
    if not compensated_before_2008:
        note = Phrase(
            "2008年1月1日前的工作年限按当时规定不支付经济补偿，自2008-01-01起算（第97条）"
        )
        return Service(ZERO, since, LAW_IN_FORCE, note)
    before = old_rule_months(hire, before_end)
    if old_rule_capped:
        before = min(before, Decimal(OLD_RULE_CAP_MONTHS))
    note = (
        Phrase(
            "2008年1月1日前{before}个月（按当时规定，不满一年按一年，最多12个月）"
            "+ 此后{since}个月（第97条分段计算）",
            before=before,
            since=since,
        )
        if old_rule_capped
        else Phrase(
            "2008年1月1日前{before}个月（按当时规定，不满一年按一年）"
            "+ 此后{since}个月（第97条分段计算）",
            before=before,
            since=since,
        )
    )
    return Service(before, since, hire, note)


@dataclass(frozen=True)
class Severance:
    months: Decimal  # N as counted (both periods)
    months_paid: Decimal  # after the 12-year cap (which binds only the period since 2008)
    monthly_wage: Decimal  # the average, raised to the minimum wage, or the cap
    capped: bool
    amount: Decimal
    multiple: int = 1  # 2 for 赔偿金 (第87条)
    raised_to_minimum: bool = False
    basis: str = ""


def monthly_wage(
    average: Decimal, minimum_wage: Decimal | None, local_average: Decimal | None
) -> tuple[Decimal, bool, bool]:
    """(the wage N is paid at, whether the minimum wage raised it, whether the cap lowered it)."""
    wage, raised, capped = average, False, False
    if minimum_wage and wage < minimum_wage:
        wage, raised = minimum_wage, True  # 实施条例 第27条
    if local_average and wage > local_average * CAP_TIMES:
        wage, capped = local_average * CAP_TIMES, True
    return wage, raised, capped


def severance(
    months: Decimal,
    average_wage: Decimal,
    local_average_wage: Decimal | None,
    *,
    minimum_wage: Decimal | None = None,
    before_2008: Decimal = ZERO,
    multiple: int = 1,
) -> Severance:
    """经济补偿 (multiple 1) or 赔偿金 (2): N × the monthly wage; above 3× the local average
    monthly wage, 3× that average for at most 12 years of the service since 2008 (第47条).
    `months` is the whole N, `before_2008` the part of it counted by the rules then."""
    wage, raised, capped = monthly_wage(average_wage, minimum_wage, local_average_wage)
    paid = months
    if capped:
        paid = before_2008 + min(months - before_2008, Decimal(CAP_YEARS))
    amount = round_fen(wage * paid * multiple)
    basis = (
        Phrase("N = {months} 个月 × {wage} 元 × 2", months=paid, wage=format_money(wage))
        if multiple == 2
        else Phrase("N = {months} 个月 × {wage} 元", months=paid, wage=format_money(wage))
    )
    if raised:
        basis = Phrase(
            "{basis}（月平均工资低于当地最低工资，按最低工资计，实施条例第27条）", basis=basis
        )
    if capped:
        basis = Phrase(
            "{basis}（月工资按当地上年职工月平均工资3倍封顶，2008年后年限最多12年）", basis=basis
        )
    return Severance(months, paid, wage, capped, amount, multiple, raised, basis)


@dataclass(frozen=True)
class SeveranceTax:
    exempt: Decimal  # up to 3× the local average annual wage (财税〔2018〕164号 五(一))
    taxable: Decimal
    tax: Decimal  # the excess taxed on its own by the annual comprehensive-income table


def severance_tax(amount: Decimal, local_average_wage: Decimal | None) -> SeveranceTax:
    """The individual income tax on severance (local_average_wage is monthly); without the
    local average wage nothing is exempt."""
    exempt = min(amount, local_average_wage * 12 * 3) if local_average_wage else ZERO
    taxable = amount - exempt
    if taxable <= 0:
        return SeveranceTax(exempt, ZERO, ZERO)
    rate, quick = bracket(ANNUAL_TABLE, taxable)
    return SeveranceTax(exempt, taxable, round_fen(taxable * rate - quick))
