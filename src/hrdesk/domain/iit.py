"""Individual income tax on wages (个人所得税): cumulative withholding (累计预扣法) and the
annual one-time bonus (全年一次性奖金). Sources: 国家税务总局公告2018年第61号; 财税〔2018〕164号,
extended to 2027-12-31 by 财政部 税务总局公告2023年第30号. See domain-cn.md §2–3.

Every intermediate figure is kept, so a screen can explain the tax line by line.
"""

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, Decimal

from hrdesk.domain.money import FEN, round_fen
from hrdesk.messages import _

BASIC_DEDUCTION_PER_MONTH = Decimal(5000)  # 减除费用
# The one-time bonus may be taxed on its own until this day (财政部 税务总局公告2023年第30号);
# after it, a bonus is wages of the month it is paid.
SEPARATE_BONUS_UNTIL = date(2027, 12, 31)


def separate_bonus_allowed(month: date) -> bool:
    """Whether a bonus paid in this month may still be taxed on its own (单独计税)."""
    return month <= SEPARATE_BONUS_UNTIL


def bonus_with_wages(
    month: date, bonus: Decimal, bonus_used: bool, chosen: bool
) -> tuple[bool, str]:
    """Whether a bonus is taxed with the month's wages, and why when the clerk should know:
    after 2027 always; once a year apart at most (财税〔2018〕164号); else the employee's choice."""
    if not bonus:
        return False, ""
    if not separate_bonus_allowed(month):
        return True, _("全年一次性奖金单独计税政策于2027年12月31日到期，本次奖金已并入当月工资计税")
    if bonus_used:
        return True, _("本年已有一笔奖金单独计税，本次奖金并入当月工资计税")
    return chosen, ""


# (upper bound of cumulative taxable income, rate, quick deduction): 预扣率表一.
ANNUAL_TABLE = (
    (Decimal(36000), Decimal("0.03"), Decimal(0)),
    (Decimal(144000), Decimal("0.10"), Decimal(2520)),
    (Decimal(300000), Decimal("0.20"), Decimal(16920)),
    (Decimal(420000), Decimal("0.25"), Decimal(31920)),
    (Decimal(660000), Decimal("0.30"), Decimal(52920)),
    (Decimal(960000), Decimal("0.35"), Decimal(85920)),
    (None, Decimal("0.45"), Decimal(181920)),
)
# (upper bound of bonus ÷ 12, rate, quick deduction): the monthly table for the bonus.
MONTHLY_TABLE = (
    (Decimal(3000), Decimal("0.03"), Decimal(0)),
    (Decimal(12000), Decimal("0.10"), Decimal(210)),
    (Decimal(25000), Decimal("0.20"), Decimal(1410)),
    (Decimal(35000), Decimal("0.25"), Decimal(2660)),
    (Decimal(55000), Decimal("0.30"), Decimal(4410)),
    (Decimal(80000), Decimal("0.35"), Decimal(7160)),
    (None, Decimal("0.45"), Decimal(15160)),
)


def bracket(table, amount: Decimal) -> tuple[Decimal, Decimal]:
    """(rate, quick deduction) for an amount: an amount on a bound belongs to the lower bracket."""
    for bound, rate, quick in table:
        if bound is None or amount <= bound:
            return rate, quick
    raise AssertionError("the last bracket has no bound")


@dataclass(frozen=True)
class MonthIncome:
    """One month's wages as the tax sees them (本期)."""

    income: Decimal  # 本期收入
    exempt_income: Decimal = Decimal(0)  # 本期免税收入
    special_deduction: Decimal = Decimal(0)  # 专项扣除: own social insurance and housing fund
    additional_deduction: Decimal = Decimal(0)  # 专项附加扣除
    other_deduction: Decimal = Decimal(0)  # 其他扣除 (enterprise annuity, tax-deferred pension…)
    relief: Decimal = Decimal(0)  # 减免税额


@dataclass(frozen=True)
class YearToDate:
    """The same figures summed over the earlier months of this tax year with this employer."""

    income: Decimal = Decimal(0)
    exempt_income: Decimal = Decimal(0)
    special_deduction: Decimal = Decimal(0)
    additional_deduction: Decimal = Decimal(0)
    other_deduction: Decimal = Decimal(0)
    relief: Decimal = Decimal(0)
    withheld: Decimal = Decimal(0)  # 累计已预扣预缴税额
    # 累计减除费用 carried in from months outside this payroll (opening balances, 期初);
    # the months counted in withhold()'s months_employed come on top of it.
    basic_deduction: Decimal = Decimal(0)

    def plus(self, month: MonthIncome, withheld: Decimal) -> "YearToDate":
        return YearToDate(
            self.income + month.income,
            self.exempt_income + month.exempt_income,
            self.special_deduction + month.special_deduction,
            self.additional_deduction + month.additional_deduction,
            self.other_deduction + month.other_deduction,
            self.relief + month.relief,
            self.withheld + withheld,
            self.basic_deduction,
        )


@dataclass(frozen=True)
class Withholding:
    """The month's withholding with every figure of the formula (累计预扣法)."""

    cumulative_income: Decimal
    cumulative_exempt_income: Decimal
    cumulative_basic_deduction: Decimal  # 5,000 × months employed this year
    cumulative_special_deduction: Decimal
    cumulative_additional_deduction: Decimal
    cumulative_other_deduction: Decimal
    cumulative_taxable: Decimal  # 累计预扣预缴应纳税所得额 (never below 0)
    rate: Decimal
    quick_deduction: Decimal
    cumulative_tax: Decimal  # 累计应纳税额
    cumulative_relief: Decimal
    withheld_before: Decimal
    computed: Decimal  # what the formula gives this month; may be negative
    this_month: Decimal  # 本期应预扣预缴税额: the formula's figure, or 0 when it is negative
    basic_carried_in: Decimal = Decimal(0)  # the part of 累计减除费用 from opening balances

    def year_to_date(self, month: MonthIncome) -> YearToDate:
        """The totals to carry into next month."""
        before = YearToDate(
            self.cumulative_income - month.income,
            self.cumulative_exempt_income - month.exempt_income,
            self.cumulative_special_deduction - month.special_deduction,
            self.cumulative_additional_deduction - month.additional_deduction,
            self.cumulative_other_deduction - month.other_deduction,
            self.cumulative_relief - month.relief,
            self.withheld_before,
            self.basic_carried_in,
        )
        return before.plus(month, self.this_month)


def withhold(month: MonthIncome, before: YearToDate, months_employed: int) -> Withholding:
    """This month's tax by the cumulative method.

    months_employed counts the months with this employer in this tax year up to and
    including this one: a June hire has 1 in June, 2 in July. Months covered by opening
    balances are not counted there: their 减除费用 comes in as before.basic_deduction.
    """
    if months_employed < 1:
        raise ValueError(_("本年在本单位任职月数至少为1"))
    income = before.income + month.income
    exempt = before.exempt_income + month.exempt_income
    basic = before.basic_deduction + BASIC_DEDUCTION_PER_MONTH * months_employed
    special = before.special_deduction + month.special_deduction
    additional = before.additional_deduction + month.additional_deduction
    other = before.other_deduction + month.other_deduction
    taxable = max(Decimal(0), income - exempt - basic - special - additional - other)
    rate, quick = bracket(ANNUAL_TABLE, taxable)
    cumulative_tax = round_fen(max(Decimal(0), taxable * rate - quick))
    relief = before.relief + month.relief
    computed = cumulative_tax - relief - before.withheld
    # A negative month withholds nothing: no refund through payroll (annual reconciliation).
    return Withholding(
        income,
        exempt,
        basic,
        special,
        additional,
        other,
        taxable,
        rate,
        quick,
        cumulative_tax,
        relief,
        before.withheld,
        computed,
        max(Decimal(0), computed),
        before.basic_deduction,
    )


@dataclass(frozen=True)
class BonusTax:
    """The annual one-time bonus taxed on its own (单独计税)."""

    bonus: Decimal
    monthly_equivalent: Decimal  # bonus ÷ 12, which picks the bracket
    rate: Decimal
    quick_deduction: Decimal
    tax: Decimal

    @property
    def net(self) -> Decimal:
        return self.bonus - self.tax


def bonus_tax(bonus: Decimal) -> BonusTax:
    """Tax = bonus × rate − quick deduction, the rate found from bonus ÷ 12 in the monthly table."""
    if bonus < 0:
        raise ValueError(_("全年一次性奖金不能为负数"))
    monthly = bonus / 12
    rate, quick = bracket(MONTHLY_TABLE, monthly)
    return BonusTax(bonus, monthly, rate, quick, round_fen(max(Decimal(0), bonus * rate - quick)))


@dataclass(frozen=True)
class BracketTrap:
    """A bonus just above a bracket edge, where more bonus leaves less after tax (多发少得)."""

    edge: Decimal  # the highest bonus in the lower bracket
    net_at_edge: Decimal
    net_lost: Decimal  # how much less the employee keeps than at the edge
    break_even: Decimal  # the bonus from which the employee keeps at least as much as at the edge


def bracket_trap(bonus: Decimal) -> BracketTrap | None:
    """The trap this bonus falls into, if any (36,000 → 1,080 tax, 36,001 → 3,390.10)."""
    edges = [bound * 12 for bound, _rate, _quick in MONTHLY_TABLE[:-1] if bound * 12 < bonus]
    if not edges:
        return None
    edge = edges[-1]
    at_edge, here = bonus_tax(edge), bonus_tax(bonus)
    if here.net >= at_edge.net:
        return None
    # net(b) = b × (1 − rate) + quick: the bonus whose net equals the edge's, rounded up;
    # the tax is rounded half up to the fen, so a fen below that may already keep as much.
    break_even = ((at_edge.net - here.quick_deduction) / (1 - here.rate)).quantize(
        FEN, rounding=ROUND_CEILING
    )
    while bonus_tax(break_even - FEN).net >= at_edge.net:
        break_even -= FEN
    return BracketTrap(edge, at_edge.net, at_edge.net - here.net, break_even)


@dataclass(frozen=True)
class BonusChoice:
    """The two lawful ways to tax the bonus, side by side (单独计税 or 并入综合所得)."""

    separate_tax: Decimal  # bonus tax + this month's wage tax without the bonus
    merged_tax: Decimal  # this month's wage tax with the bonus added to income
    separately: BonusTax
    wages_alone: Withholding
    merged: Withholding

    @property
    def cheaper(self) -> str:
        return "单独计税" if self.separate_tax <= self.merged_tax else "并入综合所得"


def compare_bonus(
    month: MonthIncome, before: YearToDate, months_employed: int, bonus: Decimal
) -> BonusChoice:
    """Withholding this month with the bonus taxed apart, and with it merged into wages."""
    separately = bonus_tax(bonus)
    wages_alone = withhold(month, before, months_employed)
    merged_month = MonthIncome(
        month.income + bonus,
        month.exempt_income,
        month.special_deduction,
        month.additional_deduction,
        month.other_deduction,
        month.relief,
    )
    merged = withhold(merged_month, before, months_employed)
    return BonusChoice(
        separately.tax + wages_alone.this_month, merged.this_month, separately, wages_alone, merged
    )
