"""The steps of one employee's payslip: what is earned, the contributions, the tax and the loss
recovered, each adding the warnings the clerk must see; and the housing-fund rate check an
imported policy gets too."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from hrdesk.domain.deductions import DeductionKind
from hrdesk.domain.iit import (
    BonusChoice,
    MonthIncome,
    Withholding,
    bonus_tax,
    bonus_with_wages,
    bracket_trap,
    compare_bonus,
    separate_bonus_allowed,
    withhold,
)
from hrdesk.domain.losses import instalment
from hrdesk.domain.money import format_yuan
from hrdesk.domain.social_insurance import (
    Contribution,
    InsuranceItem,
    contributions,
    housing_fund_rate_problem,
)
from hrdesk.domain.wages import Absences, Overtime, absences, overtime_pay
from hrdesk.services import settlement
from hrdesk.services.attendance.feed import Taken
from hrdesk.services.commission import MonthCommission
from hrdesk.services.losses import LossRow
from hrdesk.services.payroll.months import ZERO
from hrdesk.services.tax_year.cumulation import TaxYearSoFar
from hrdesk.storage.models import Employee, MinimumWage, PayrollInput

LEAVING_ITEMS = ("未休年休假工资", "代通知金")  # paid in a leaver's final month


@dataclass(frozen=True)
class Circumstances:
    """One employee's side of the month, as the run gathered it.

    part: the fixed pay and its base-salary share for a month worked in part (hire, leaving;
    domain-cn.md §11). left_on: the last day, for a month after it, paying only the commission
    the policy still owes (an extra payment, no contributions, no deductions)."""

    employee: Employee
    inputs: PayrollInput | None
    so_far: TaxYearSoFar
    owed: list[LossRow]
    minimum_wage: MinimumWage | None
    adjustment: Decimal
    bonus_used: bool
    collected: MonthCommission | None
    leaving: dict[str, Decimal] | None
    part: tuple[Decimal, Decimal] | None = None
    left_on: date | None = None
    from_attendance: Taken | None = None

    @property
    def after_leaving(self) -> bool:
        return self.left_on is not None

    @property
    def who(self) -> str:
        return f"{self.employee.employee_no} {self.employee.name}"

    def get(self, name: str) -> Decimal:
        """An entered figure; 0 when none was entered, and after leaving, when nothing but
        the commission is paid."""
        if self.inputs is None or self.after_leaving:
            return ZERO
        return getattr(self.inputs, name)


@dataclass(frozen=True)
class Earnings:
    """What the month pays before contributions and tax; gross is 应发工资."""

    paid_fixed: Decimal
    paid_base: Decimal
    held_on_leaving: Decimal
    on_collections: Decimal
    commission_pay: Decimal
    overtime: Decimal
    away: Absences
    absence: Decimal
    gross: Decimal


@dataclass(frozen=True)
class Tax:
    """The month's withholding, the one-time bonus and how it was taxed."""

    declared: dict[DeductionKind, Decimal]  # this month's 专项附加扣除 by kind
    additional: Decimal
    bonus: Decimal
    merge_bonus: bool
    taxed_income: Decimal
    withheld: Withholding
    on_bonus: Decimal
    merged_tax: Decimal | None
    choice: BonusChoice | None


def earnings(sick_pay_ratio: Decimal, c: Circumstances, warnings: list[str]) -> Earnings:
    """The fixed pay (or its part), what leaving adds, overtime, commission and absences."""
    employee, get = c.employee, c.get
    fixed = employee.base_salary + employee.position_allowance  # the month's, for day rates
    paid_fixed, paid_base = c.part if c.part is not None else (fixed, employee.base_salary)
    if c.after_leaving:
        paid_fixed = paid_base = ZERO
    # A leaver's final month also pays unused annual leave and pay in lieu of notice.
    leaving = c.leaving
    on_leaving = sum((leaving[item] for item in LEAVING_ITEMS), ZERO) if leaving else ZERO
    held_on_leaving = leaving.get(settlement.HELD_ON_LEAVING, ZERO) if leaving else ZERO
    overtime = overtime_pay(
        fixed,
        Overtime(
            get("workday_overtime_hours"),
            get("rest_day_overtime_hours"),
            get("holiday_overtime_hours"),
        ),
    )
    away = _absences(sick_pay_ratio, c, fixed, paid_fixed, warnings)
    # A late deduction from the month's attendance (company rule) joins absence.
    absence = away.total
    absence += c.from_attendance.late_deduction if c.from_attendance is not None else ZERO
    on_collections, commission_pay = _commission_pay(c, held_on_leaving, warnings)
    gross = (
        paid_fixed
        + on_leaving
        + get("performance_pay")
        + commission_pay
        + overtime
        + get("other_additions")
        + c.adjustment
        - absence
    )
    return Earnings(
        paid_fixed,
        paid_base,
        held_on_leaving,
        on_collections,
        commission_pay,
        overtime,
        away,
        absence,
        gross,
    )


def _absences(
    sick_pay_ratio: Decimal,
    c: Circumstances,
    fixed: Decimal,
    paid_fixed: Decimal,
    warnings: list[str],
) -> Absences:
    """事假 and 病假 taken off the fixed pay, sick pay held to 80% of the minimum wage."""
    minimum_wage = c.minimum_wage
    away = absences(
        fixed,
        paid_fixed,
        c.get("personal_leave_days"),
        c.get("sick_leave_days"),
        sick_pay_ratio,
        minimum_wage.amount if minimum_wage is not None else None,
    )
    if away.capped:
        warnings.append(
            f"{c.who}：缺勤扣款以当月固定工资{format_yuan(paid_fixed)}为限，应发工资不为负"
        )
    if c.get("sick_leave_days") and minimum_wage is None:
        warnings.append(f"{c.who}：没有当地最低工资标准，病假工资未能按最低工资的80%核对")
    elif away.floor_applied:
        warnings.append(
            f"{c.who}：病假{c.get('sick_leave_days')}天按公司比例低于当地最低工资的80%，"
            f"按{format_yuan(away.sick_floor)}发放"
        )
    return away


def _commission_pay(
    c: Circumstances, held_on_leaving: Decimal, warnings: list[str]
) -> tuple[Decimal, Decimal]:
    """(on the month's collections, 提成 in all).

    提成: what the clerk entered plus commission on the month's collections (held part
    excluded), and on leaving the months still held (工资支付暂行规定 第9条)."""
    collected = c.collected
    on_collections = collected.payable if collected is not None else ZERO
    commission_pay = c.get("commission") + on_collections + held_on_leaving
    if collected is not None and collected.held and collected.release is None:
        warnings.append(
            f"{c.who}：本月回款{format_yuan(collected.collected)}，未达回款目标"
            f"{format_yuan(collected.target)}的暂扣线，提成{format_yuan(collected.earned)}暂扣，待销售经理放行"
        )
    return on_collections, commission_pay


def contributions_of(
    in_force_by_city: dict, c: Circumstances, warnings: list[str]
) -> list[Contribution]:
    """社保公积金 by the city's policies in force; none after leaving."""
    employee = c.employee
    city = employee.social_city or ""
    in_force = in_force_by_city.get(city, {})
    if c.after_leaving:
        in_force = {}  # insurance stopped with the employment
    elif not in_force:
        warnings.append(f"{c.who}：没有“{city or '未填'}”的社保公积金政策，未计缴")
    paid = contributions(
        in_force,
        employee.social_base or employee.base_salary,
        employee.housing_fund_base,
        employee.housing_fund_rate,
    )
    fund = in_force.get(InsuranceItem.HOUSING_FUND)
    fund_rate = employee.housing_fund_rate
    if fund_rate is None and fund is not None:
        fund_rate = fund.personal_rate
    if fund_rate and not c.after_leaving and (problem := housing_fund_rate_problem(fund_rate)):
        warnings.append(f"{c.who}：{problem}")
    return paid


def tax_of(
    month: date, c: Circumstances, gross: Decimal, personal: Decimal, warnings: list[str]
) -> Tax:
    """The cumulative withholding on the month's income, and the bonus's tax."""
    # Declared deductions since their start (or hire, or after the opening balances) less
    # what earlier months deducted: a late declaration is caught up now (60号公告 第四条).
    # A payment after the last month deducts none.
    declared = {} if c.after_leaving else c.so_far.additional_this_month()
    additional = sum(declared.values(), ZERO)
    bonus = c.get("annual_bonus")
    merge_bonus, note = bonus_with_wages(
        month, bonus, c.bonus_used, bool(c.inputs and c.inputs.bonus_merged)
    )
    if note:
        warnings.append(f"{c.who}：{note}")
    taxed_income = gross + (bonus if merge_bonus else ZERO)
    month_income = MonthIncome(
        taxed_income, special_deduction=personal, additional_deduction=additional
    )
    before, months_employed = c.so_far.before, c.so_far.months_employed
    if c.after_leaving:  # 5,000 a month for the months employed: none after the last one
        left_on = c.left_on
        months_employed -= (month.year - left_on.year) * 12 + month.month - left_on.month
    withheld = withhold(month_income, before, months_employed)
    on_bonus = bonus_tax(bonus).tax if bonus and not merge_bonus else ZERO
    choice = None
    if bonus and (not c.bonus_used) and separate_bonus_allowed(month):
        wages_only = MonthIncome(gross, special_deduction=personal, additional_deduction=additional)
        choice = compare_bonus(wages_only, before, months_employed, bonus)
    merged_tax = None
    if bonus and not merge_bonus:
        merged_tax = choice.merged_tax
        _warn_bracket_trap(c, bonus, warnings)
    return Tax(
        declared,
        additional,
        bonus,
        merge_bonus,
        taxed_income,
        withheld,
        on_bonus,
        merged_tax,
        choice,
    )


def _warn_bracket_trap(c: Circumstances, bonus: Decimal, warnings: list[str]) -> None:
    """A bonus just over a bracket's edge leaves less after tax than the edge itself."""
    trap = bracket_trap(bonus)
    if trap is not None:
        warnings.append(
            f"{c.who}：奖金{format_yuan(bonus)}刚过{format_yuan(trap.edge)}档，"
            f"税后比发{format_yuan(trap.edge)}少得{format_yuan(trap.net_lost)}；"
            f"可改为{format_yuan(trap.edge)}或不少于{format_yuan(trap.break_even)}"
        )


def recovery(
    c: Circumstances, earned: Earnings, personal: Decimal, warnings: list[str]
) -> tuple[Decimal, Decimal]:
    """(losses outstanding, the month's instalment): none without the local minimum wage."""
    outstanding = sum((loss.outstanding for loss in c.owed), ZERO)
    minimum_wage = c.minimum_wage
    if outstanding > 0 and minimum_wage is None:
        city = c.employee.social_city or ""
        warnings.append(f"{c.who}：没有“{city or '未填'}”的最低工资标准，本月不扣损失赔偿")
        return outstanding, ZERO
    if outstanding > 0:
        recovered = instalment(
            outstanding,
            earned.gross,
            personal,
            minimum_wage.amount,
            minimum_wage.excludes_personal_contributions,
            overtime=earned.overtime,
        ).amount
        return outstanding, recovered
    return outstanding, ZERO


def housing_fund_rate_warnings(policy) -> list[tuple[str, str]]:
    """(column, reason) for a housing-fund policy whose rates fall outside 5–12%."""
    if policy.item is not InsuranceItem.HOUSING_FUND:
        return []
    return [
        (column, problem)
        for column, rate in (("个人比例", policy.personal_rate), ("单位比例", policy.employer_rate))
        if (problem := housing_fund_rate_problem(rate))
    ]
