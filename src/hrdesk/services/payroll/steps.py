"""The steps of one employee's payslip: the contributions, what is earned, the tax and the loss
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
from hrdesk.domain.money import format_money
from hrdesk.domain.social_insurance import (
    Contribution,
    InsuranceItem,
    contributions,
    housing_fund_rate_problem,
)
from hrdesk.domain.wages import Absences, Overtime, absences, overtime_pay, room_above_minimum_wage
from hrdesk.messages import _
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
    late_fines: Decimal  # the company's late fines from the month's attendance
    late: Decimal  # what of them was deducted, the minimum wage left
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


def earnings(
    sick_pay_ratio: Decimal, c: Circumstances, personal: Decimal, warnings: list[str]
) -> Earnings:
    """The fixed pay (or its part), what leaving adds, overtime, commission and absences;
    personal: the employee's own contributions, for a city comparing the minimum wage net."""
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
    on_collections, commission_pay = _commission_pay(c, held_on_leaving, warnings)
    before_late = (
        paid_fixed
        + on_leaving
        + get("performance_pay")
        + commission_pay
        + overtime
        + get("other_additions")
        + c.adjustment
        - away.total
    )
    # A late deduction from the month's attendance (company rule) joins absence.
    late_fines, late = _late_deduction(c, before_late, overtime, personal, warnings)
    return Earnings(
        paid_fixed,
        paid_base,
        held_on_leaving,
        on_collections,
        commission_pay,
        overtime,
        away,
        late_fines,
        late,
        away.total + late,
        before_late - late,
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
            _("{who}：缺勤扣款以当月固定工资{fixed} 元为限，应发工资不为负").format(
                who=c.who, fixed=format_money(paid_fixed)
            )
        )
    if c.get("sick_leave_days") and minimum_wage is None:
        warnings.append(
            _("{who}：没有当地最低工资标准，病假工资未能按最低工资的80%核对").format(who=c.who)
        )
    elif away.floor_applied:
        warnings.append(
            _("{who}：病假{days}天按公司比例低于当地最低工资的80%，按{floor} 元发放").format(
                who=c.who, days=c.get("sick_leave_days"), floor=format_money(away.sick_floor)
            )
        )
    return away


def _late_deduction(
    c: Circumstances, gross: Decimal, overtime: Decimal, personal: Decimal, warnings: list[str]
) -> tuple[Decimal, Decimal]:
    """(the fines, what is deducted): the fines shrink, as a loss instalment does, so the wage
    left stays at the local minimum wage; none without it. They come before the loss, which
    is measured against 应发工资 after them, so the two together respect the same floor."""
    fines = c.from_attendance.late_deduction if c.from_attendance is not None else ZERO
    minimum_wage = c.minimum_wage
    if not fines:
        return ZERO, ZERO
    if minimum_wage is None:
        city = c.employee.social_city or ""
        warnings.append(
            _("{who}：没有“{city}”的最低工资标准，本月不扣迟到扣款").format(
                who=c.who, city=city or _("未填")
            )
        )
        return fines, ZERO
    room = room_above_minimum_wage(
        gross,
        minimum_wage.amount,
        overtime=overtime,
        personal_contributions=personal,
        net_of_contributions=minimum_wage.excludes_personal_contributions,
    )
    late = min(fines, room)
    if late < fines:
        warnings.append(
            _(
                "{who}：迟到扣款{fines} 元会使工资低于当地最低工资{minimum} 元，本月只扣{late} 元"
            ).format(
                who=c.who,
                fines=format_money(fines),
                minimum=format_money(minimum_wage.amount),
                late=format_money(late),
            )
        )
    return fines, late


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
            _(
                "{who}：本月回款{collected} 元，未达回款目标"
                "{target} 元的暂扣线，提成{earned} 元暂扣，待销售经理放行"
            ).format(
                who=c.who,
                collected=format_money(collected.collected),
                target=format_money(collected.target),
                earned=format_money(collected.earned),
            )
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
        warnings.append(
            _("{who}：没有“{city}”的社保公积金政策，未计缴").format(
                who=c.who, city=city or _("未填")
            )
        )
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
        warnings.append(_("{who}：{problem}").format(who=c.who, problem=problem))
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
        warnings.append(_("{who}：{problem}").format(who=c.who, problem=note))
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
            _(
                "{who}：奖金{bonus} 元刚过{edge} 元档，"
                "税后比发{edge} 元少得{lost} 元；"
                "可改为{edge} 元或不少于{break_even} 元"
            ).format(
                who=c.who,
                bonus=format_money(bonus),
                edge=format_money(trap.edge),
                lost=format_money(trap.net_lost),
                break_even=format_money(trap.break_even),
            )
        )


def recovery(
    c: Circumstances, earned: Earnings, personal: Decimal, warnings: list[str]
) -> tuple[Decimal, Decimal]:
    """(losses outstanding, the month's instalment): none without the local minimum wage."""
    outstanding = sum((loss.outstanding for loss in c.owed), ZERO)
    minimum_wage = c.minimum_wage
    if outstanding > 0 and minimum_wage is None:
        city = c.employee.social_city or ""
        warnings.append(
            _("{who}：没有“{city}”的最低工资标准，本月不扣损失赔偿").format(
                who=c.who, city=city or _("未填")
            )
        )
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
