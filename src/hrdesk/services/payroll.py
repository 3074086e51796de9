"""The monthly payroll (工资): run a month, approve it (which locks it), and lay it out for the
register and the bank. The rules are the domain's; this module gathers their inputs."""

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from hrdesk.documents.file_names import output_path
from hrdesk.documents.payslip_strips import write_strips
from hrdesk.documents.payslips import (
    PayslipData,
    sheet_file_name,
    write_payslip,
    write_payslip_sheets,
)
from hrdesk.documents.payslips import file_name as payslip_file_name
from hrdesk.domain.dates import add_months
from hrdesk.domain.deductions import DeductionKind
from hrdesk.domain.employees import EmployeeStatus
from hrdesk.domain.iit import (
    MonthIncome,
    bonus_tax,
    bonus_with_wages,
    bracket_trap,
    compare_bonus,
    separate_bonus_allowed,
    withhold,
)
from hrdesk.domain.losses import instalment
from hrdesk.domain.money import format_money, format_yuan, round_fen
from hrdesk.domain.roles import Permission
from hrdesk.domain.social_insurance import (
    InsuranceItem,
    contributions,
    housing_fund_rate_problem,
    policies_in_force,
)
from hrdesk.domain.wages import Overtime, absences, overtime_pay
from hrdesk.services import (
    attention,
    audit,
    bank_files,
    commission,
    departments,
    pay_periods,
    policies,
    separations,
    settings,
    settlement,
)
from hrdesk.services.actor import Actor
from hrdesk.services.attendance.feed import Taken, taken_by_payroll
from hrdesk.services.attendance.feed import describe as describe_attendance
from hrdesk.services.commission import MonthCommission
from hrdesk.services.database import field_cipher
from hrdesk.services.employees import id_number_of
from hrdesk.services.integrity import require_month_intact, seal_month
from hrdesk.services.losses import LossRow, allocate, losses_of
from hrdesk.services.tax_year.cumulation import (
    EXPLAINED_KEYS,
    TaxYearSoFar,
    bonus_lines,
    missing_opening,
    opening_figures,
    opening_note,
    source_lines,
    tax_years,
)
from hrdesk.spreadsheets import cells
from hrdesk.spreadsheets.templates import PAYROLL_INPUTS
from hrdesk.spreadsheets.writing import SheetData, write_workbook
from hrdesk.storage.base import utc_now
from hrdesk.storage.models import (
    Employee,
    LossInstalment,
    MinimumWage,
    PayrollAdjustment,
    PayrollInput,
    PayrollMonth,
    Payslip,
    Separation,
)
from hrdesk.storage.payroll_lock import LOCKED_STATUSES, LockedMonthError

ENTITY = "payroll"
DRAFT, CALCULATED, APPROVED, PAID = "草稿", "已计算", "已审核", "已发放"
ZERO = Decimal(0)

__all__ = [
    "EXPLAINED_KEYS",
    "LockedMonthError",
    "approve",
    "bonus_lines",
    "housing_fund_rate_warnings",
    "parse_month",
    "run",
    "source_lines",
    "write_bank_file",
    "write_register",
]


def parse_month(text: str) -> date:
    """'2026-11' → 2026-11-01; a Chinese message for anything else."""
    return cells.parse_month(text)


@dataclass(frozen=True)
class RunSummary:
    month: date
    employees: int
    gross: Decimal
    net: Decimal
    warnings: list[str]


def month_row(session: Session, month: date) -> PayrollMonth:
    """The month's row, made as 草稿 when first needed, locked until the transaction ends.

    The row lock (FOR UPDATE on a server) makes a run, an approval and a change of inputs on
    the same month wait for each other instead of interleaving; SQLite serialises writers.
    """
    row = session.scalar(select(PayrollMonth).where(PayrollMonth.month == month).with_for_update())
    if row is None:
        row = PayrollMonth(month=month, status=DRAFT)
        session.add(row)
        session.flush()
    return row


def _payslip(
    employee: Employee,
    inputs: PayrollInput | None,
    month: date,
    in_force_by_city,
    so_far: TaxYearSoFar,
    sick_pay_ratio: Decimal,
    owed: list[LossRow],
    minimum_wage: MinimumWage | None,
    adjustment: Decimal,
    bonus_used: bool,
    collected: MonthCommission | None,
    leaving: dict[str, Decimal] | None,
    part: tuple[Decimal, Decimal] | None = None,
    left_on: date | None = None,
    from_attendance: Taken | None = None,
) -> tuple[dict, list[str], list[tuple[int, Decimal]]]:
    """One employee's figures, the warnings for the clerk, and the loss instalments (loss id, amount).

    part: the fixed pay and its base-salary share for a month worked in part (hire, leaving;
    domain-cn.md §11). left_on: the last day, for a month after it, paying only the commission
    the policy still owes (an extra payment, no contributions, no deductions)."""
    warnings = []
    who = f"{employee.employee_no} {employee.name}"
    after_leaving = left_on is not None
    get = (lambda name: getattr(inputs, name)) if inputs is not None else (lambda _name: ZERO)
    if after_leaving:
        get = lambda _name: ZERO  # noqa: E731 — nothing but the commission is paid after leaving
    fixed = employee.base_salary + employee.position_allowance  # the month's, for day rates
    paid_fixed, paid_base = part if part is not None else (fixed, employee.base_salary)
    if after_leaving:
        paid_fixed = paid_base = ZERO
    # A leaver's final month also pays unused annual leave and pay in lieu of notice.
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
    away = absences(
        fixed,
        paid_fixed,
        get("personal_leave_days"),
        get("sick_leave_days"),
        sick_pay_ratio,
        minimum_wage.amount if minimum_wage is not None else None,
    )
    absence = away.total
    if away.capped:
        warnings.append(
            f"{who}：缺勤扣款以当月固定工资{format_yuan(paid_fixed)}为限，应发工资不为负"
        )
    if get("sick_leave_days") and minimum_wage is None:
        warnings.append(f"{who}：没有当地最低工资标准，病假工资未能按最低工资的80%核对")
    elif away.floor_applied:
        warnings.append(
            f"{who}：病假{get('sick_leave_days')}天按公司比例低于当地最低工资的80%，"
            f"按{format_yuan(away.sick_floor)}发放"
        )
    # What the month's attendance gave payroll; a late deduction (company rule) joins absence.
    attended = from_attendance.figures if from_attendance is not None else {}
    absence += from_attendance.late_deduction if from_attendance is not None else ZERO
    # 提成: what the clerk entered plus commission on the month's collections (held part
    # excluded), and on leaving the months still held (工资支付暂行规定 第9条).
    on_collections = collected.payable if collected is not None else ZERO
    commission_pay = get("commission") + on_collections + held_on_leaving
    if collected is not None and collected.held and collected.release is None:
        warnings.append(
            f"{employee.employee_no} {employee.name}：本月回款{format_yuan(collected.collected)}，未达回款目标"
            f"{format_yuan(collected.target)}的暂扣线，提成{format_yuan(collected.earned)}暂扣，待销售经理放行"
        )
    gross = (
        paid_fixed
        + on_leaving
        + get("performance_pay")
        + commission_pay
        + overtime
        + get("other_additions")
        + adjustment
        - absence
    )
    city = employee.social_city or ""
    in_force = in_force_by_city.get(city, {})
    if after_leaving:
        in_force = {}  # insurance stopped with the employment
    elif not in_force:
        warnings.append(
            f"{employee.employee_no} {employee.name}：没有“{city or '未填'}”的社保公积金政策，未计缴"
        )
    paid = contributions(
        in_force,
        employee.social_base or employee.base_salary,
        employee.housing_fund_base,
        employee.housing_fund_rate,
    )
    personal = sum((c.personal for c in paid), ZERO)
    fund = in_force.get(InsuranceItem.HOUSING_FUND)
    fund_rate = employee.housing_fund_rate
    if fund_rate is None and fund is not None:
        fund_rate = fund.personal_rate
    if fund_rate and not after_leaving and (problem := housing_fund_rate_problem(fund_rate)):
        warnings.append(f"{who}：{problem}")
    # Declared deductions since their start (or hire, or after the opening balances) less
    # what earlier months deducted: a late declaration is caught up now (60号公告 第四条).
    # A payment after the last month deducts none.
    declared = {} if after_leaving else so_far.additional_this_month()
    additional = sum(declared.values(), ZERO)
    bonus = get("annual_bonus")
    merge_bonus, note = bonus_with_wages(
        month, bonus, bonus_used, bool(inputs and inputs.bonus_merged)
    )
    if note:
        warnings.append(f"{who}：{note}")
    taxed_income = gross + (bonus if merge_bonus else ZERO)
    month_income = MonthIncome(
        taxed_income, special_deduction=personal, additional_deduction=additional
    )
    before, months_employed = so_far.before, so_far.months_employed
    if after_leaving:  # 5,000 a month for the months employed: none after the last one
        months_employed -= (month.year - left_on.year) * 12 + month.month - left_on.month
    tax = withhold(month_income, before, months_employed)
    on_bonus = bonus_tax(bonus).tax if bonus and not merge_bonus else ZERO
    merged_tax = None
    choice = None
    if bonus and (not bonus_used) and separate_bonus_allowed(month):
        wages_only = MonthIncome(gross, special_deduction=personal, additional_deduction=additional)
        choice = compare_bonus(wages_only, before, months_employed, bonus)
    if bonus and not merge_bonus:
        merged_tax = choice.merged_tax
        trap = bracket_trap(bonus)
        if trap is not None:
            warnings.append(
                f"{who}：奖金{format_yuan(bonus)}刚过{format_yuan(trap.edge)}档，"
                f"税后比发{format_yuan(trap.edge)}少得{format_yuan(trap.net_lost)}；"
                f"可改为{format_yuan(trap.edge)}或不少于{format_yuan(trap.break_even)}"
            )
    outstanding = sum((loss.outstanding for loss in owed), ZERO)
    recovered = ZERO
    if outstanding > 0 and minimum_wage is None:
        warnings.append(
            f"{employee.employee_no} {employee.name}：没有“{city or '未填'}”的最低工资标准，本月不扣损失赔偿"
        )
    elif outstanding > 0:
        recovered = instalment(
            outstanding,
            gross,
            personal,
            minimum_wage.amount,
            minimum_wage.excludes_personal_contributions,
            overtime=overtime,
        ).amount
    net = gross - personal - tax.this_month + bonus - on_bonus - recovered - get("other_deductions")
    figures = {
        "基本工资": paid_base,
        "岗位津贴": paid_fixed - paid_base,
        **({item: leaving[item] for item in LEAVING_ITEMS} if leaving else {}),
        **({"其中离职补发暂扣提成": held_on_leaving} if held_on_leaving else {}),
        "绩效工资": get("performance_pay"),
        "提成": commission_pay,
        **({"其中回款提成": on_collections} if collected is not None else {}),
        **({"暂扣提成": collected.earned} if collected is not None and collected.held else {}),
        "加班费": overtime,
        "其他补贴": get("other_additions"),
        "更正调整": adjustment,
        "缺勤扣款": absence,
        **({"其中病假工资": away.sick_days_pay} if get("sick_leave_days") else {}),
        **attended,
        "应发工资": gross,
        **{f"{c.item.value}(个人)": c.personal for c in paid},
        **{f"{c.item.value}(单位)": c.employer for c in paid},
        "专项附加扣除": additional,
        **{f"{kind.value}(专项附加)": amount for kind, amount in declared.items() if amount},
        "个人所得税": tax.this_month,
        "全年一次性奖金": bonus,
        "年终奖个税": on_bonus,
        **({"奖金并入工资时的个税": merged_tax - tax.this_month} if merged_tax is not None else {}),
        **(
            {
                "奖金单独计税时个税合计": choice.separate_tax,
                "奖金并入工资时个税合计": choice.merged_tax,
                "奖金并入工资": Decimal(1 if merge_bonus else 0),
            }
            if choice is not None
            else {}
        ),
        "损失赔偿扣款": recovered,
        "损失赔偿余额": outstanding - recovered,
        "其他扣款": get("other_deductions"),
        "实发工资": round_fen(net),
        "累计收入": tax.cumulative_income,
        "累计减除费用": tax.cumulative_basic_deduction,
        "累计专项扣除": tax.cumulative_special_deduction,
        "累计专项附加扣除": tax.cumulative_additional_deduction,
        "累计应纳税所得额": tax.cumulative_taxable,
        "预扣率": tax.rate,
        "速算扣除数": tax.quick_deduction,
        "累计应纳税额": tax.cumulative_tax,
        "累计已预扣税额": tax.withheld_before,
        **opening_figures(so_far.opening, employee.hire_date),
        "本系统起算月份": Decimal(so_far.first_month.month),
    }
    row = {
        "gross": gross,
        "personal_contributions": personal,
        "income_tax": tax.this_month,
        "annual_bonus": bonus,
        "bonus_tax": on_bonus,
        "net_pay": round_fen(net),
        "tax_income": taxed_income,
        "tax_special_deduction": personal,
        "tax_additional_deduction": additional,
        "detail": json.dumps({k: str(v) for k, v in figures.items()}, ensure_ascii=False),
    }
    return row, warnings, allocate(owed, recovered)


def _minimum_wages(session: Session, month: date) -> dict[str, MinimumWage]:
    """Each city's minimum-wage row in force in the month."""
    query = (
        select(MinimumWage)
        .where(MinimumWage.effective_from <= month)
        .order_by(MinimumWage.effective_from)
    )
    return {row.city: row for row in session.scalars(query)}


def _later_locked(session: Session, month: date) -> date | None:
    """A locked month after this one: its tax already counts this month as it was."""
    return session.scalar(
        select(PayrollMonth.month)
        .where(PayrollMonth.month > month, PayrollMonth.status.in_(LOCKED_STATUSES))
        .order_by(PayrollMonth.month)
    )


def _refuse_if_settled(session: Session, month: date, row: PayrollMonth) -> None:
    if row.status in LOCKED_STATUSES:
        raise LockedMonthError(f"{month:%Y-%m} 工资已审核锁定，不能修改；请在未审核的月份做调整")
    later = _later_locked(session, month)
    if later is not None:
        raise LockedMonthError(
            f"{later:%Y-%m} 已审核，{month:%Y-%m} 不能再改动；请在未审核的月份做调整"
        )


def employed_in(session: Session, month: date) -> list[Employee]:
    """Everyone employed in the month: leavers are paid up to their last working day, and not
    after it even while their separation is still being completed."""
    gone = select(Separation.employee_id).where(
        Separation.last_day < month, Separation.status != separations.CANCELLED
    )
    return session.scalars(
        select(Employee)
        .where(
            Employee.hire_date < add_months(month, 1),
            or_(Employee.status != EmployeeStatus.LEFT.value, Employee.leaving_date >= month),
            Employee.id.not_in(gone),
        )
        .order_by(Employee.employee_no)
    ).all()


def _calculate(session: Session, row: PayrollMonth, month: date):
    """Every employee's figures for the month, without writing: (employee, figures, instalments)."""
    month_end = add_months(month, 1)
    collected = commission.month_commissions(session, month)
    employed = employed_in(session, month)
    # Leavers owed commission on money collected this month, after their last day: paid as
    # an extra payment in the month collected (domain-cn.md §13).
    after = pay_periods.paid_after_leaving(session, month, collected, {e.id for e in employed})
    left_on = {employee.id: last for employee, last in after}
    employees = sorted([*employed, *(e for e, _last in after)], key=lambda e: e.employee_no)
    people = {e.id: e for e in employees}
    leavers = separations.leavers_in(session, month)
    calendar = pay_periods.month_calendar(session, month)
    leaving = {
        employee_id: settlement.final_pay_items(session, separation, people[employee_id])
        for employee_id, separation in leavers.items()
        if employee_id in people
    }
    parts = {
        e.id: pay_periods.fixed_pay_in(e, month, leavers.get(e.id), calendar) for e in employed
    }
    ids = [e.id for e in employees]
    inputs = {
        i.employee_id: i
        for i in session.scalars(select(PayrollInput).where(PayrollInput.month_id == row.id))
    }
    all_policies = policies.all_policies(session)
    in_force_by_city = {
        city: policies_in_force(all_policies, city, month)
        for city in {p.city for p in all_policies}
    }
    so_far = tax_years(session, employees, month)
    sick_pay_ratio = Decimal(settings.get(session, "sick_pay_ratio"))
    owed = losses_of(session, ids, excluding_month=month, occurred_before=month_end)
    wages = _minimum_wages(session, month)
    bonus_used = _bonus_used(session, month)
    from_attendance = taken_by_payroll(session, month)
    adjustments: dict[int, Decimal] = {}
    for adjustment in session.scalars(
        select(PayrollAdjustment).where(PayrollAdjustment.month_id == row.id)
    ):
        adjustments[adjustment.employee_id] = (
            adjustments.get(adjustment.employee_id, ZERO) + adjustment.amount
        )
    results, warnings = [], []
    for employee in employees:
        if so_far[employee.id].covered:
            warnings.append(
                f"{employee.employee_no} {employee.name}：{month:%Y-%m} 已由期初数据覆盖"
                "（原工资系统已发放），本系统不计算该月"
            )
            continue
        figures, found, instalments = _payslip(
            employee,
            inputs.get(employee.id),
            month,
            in_force_by_city,
            so_far[employee.id],
            sick_pay_ratio,
            owed.get(employee.id, []),
            wages.get(employee.social_city or ""),
            adjustments.get(employee.id, ZERO),
            employee.id in bonus_used,
            collected.get(employee.id),
            leaving.get(employee.id),
            parts.get(employee.id),
            left_on.get(employee.id),
            from_attendance.get(employee.id),
        )
        results.append((employee, figures, instalments))
        warnings += found
    warnings += missing_opening(session, month, employees, so_far)
    return results, warnings


def _bonus_used(session: Session, month: date) -> set[int]:
    """Employees who already had a bonus taxed on its own in an approved month of this tax year."""
    query = (
        select(Payslip.employee_id)
        .join(PayrollMonth, Payslip.month_id == PayrollMonth.id)
        .where(
            PayrollMonth.status.in_(LOCKED_STATUSES),
            PayrollMonth.month >= month.replace(month=1),
            PayrollMonth.month < month,
            Payslip.bonus_tax > ZERO,
        )
    )
    return set(session.scalars(query))


def run(session: Session, actor: Actor, month: date) -> RunSummary:
    """Calculate the month for everyone employed in it; a settled month is refused."""
    actor.require(Permission.RUN_PAYROLL)
    row = month_row(session, month)
    _refuse_if_settled(session, month, row)
    results, warnings = _calculate(session, row, month)
    for old in (
        *session.scalars(select(Payslip).where(Payslip.month_id == row.id)),
        *session.scalars(select(LossInstalment).where(LossInstalment.month_id == row.id)),
    ):
        session.delete(old)
    session.flush()
    gross = net = ZERO
    for employee, figures, instalments in results:
        session.add(Payslip(month_id=row.id, employee_id=employee.id, **figures))
        session.add_all(
            LossInstalment(loss_id=loss_id, month_id=row.id, amount=amount)
            for loss_id, amount in instalments
        )
        gross += figures["gross"]
        net += figures["net_pay"]
    row.status = CALCULATED
    row.calculated_at = utc_now()
    audit.record(session, actor, "计算工资", ENTITY, f"{month:%Y-%m}", "人数", None, len(results))
    session.flush()
    return RunSummary(month, len(results), gross, net, warnings)


def _first_unsettled_before(session: Session, month: date) -> date | None:
    """The first month of this tax year, from hrdesk's first one on, that is missing or not approved."""
    settled = {
        row.month: row.status in LOCKED_STATUSES
        for row in session.scalars(
            select(PayrollMonth).where(
                PayrollMonth.month >= month.replace(month=1), PayrollMonth.month < month
            )
        )
    }
    if not settled:
        return None  # hrdesk's first month this year: what came before is outside it
    earlier = min(settled)
    while earlier < month:
        if not settled.get(earlier, False):
            return earlier
        earlier = add_months(earlier, 1)
    return None


def approve(session: Session, actor: Actor, month: date) -> None:
    """审核: the month is locked from now on; only 财务 or 管理员 may."""
    actor.require(Permission.APPROVE_PAYROLL)
    row = session.scalar(select(PayrollMonth).where(PayrollMonth.month == month).with_for_update())
    if row is None or row.status != CALCULATED:
        state = row.status if row else "未计算"
        raise ValueError(f"{month:%Y-%m} 工资当前为“{state}”，只有“已计算”的月份可以审核")
    unsettled = _first_unsettled_before(session, month)
    if unsettled is not None:
        raise ValueError(f"请先审核 {unsettled:%Y-%m}：本月个税要累计此前已审核的月份")
    # Whatever changed since the run (an employee, a policy, a declared deduction, a loss)
    # must not slip through: the figures are worked out again and must be the same.
    fresh, _warnings = _calculate(session, row, month)
    stored = {
        s.employee_id: (s.net_pay, s.income_tax)
        for s in session.scalars(select(Payslip).where(Payslip.month_id == row.id))
    }
    now = {
        employee.id: (figures["net_pay"], figures["income_tax"]) for employee, figures, _i in fresh
    }
    if stored != now:
        raise ValueError(
            f"{month:%Y-%m} 计算后数据有变化（员工、政策、扣除或损失），请重新计算并核对后再审核"
        )
    seal_month(session, field_cipher(session), month)
    row.status = APPROVED
    row.approved_at = utc_now()
    row.approved_by = actor.name
    commission.keep_approved(session, month)
    settlement.release_held_on_leaving(session, actor, month)
    audit.record(session, actor, "审核工资", ENTITY, f"{month:%Y-%m}", "状态", CALCULATED, APPROVED)
    session.flush()


# The wage items in the order the register and the payslip list them; 应发工资 is their sum.
WAGE_ITEMS = (
    "基本工资",
    "岗位津贴",
    "绩效工资",
    "提成",
    "加班费",
    "其他补贴",
    "更正调整",
    "未休年休假工资",
    "代通知金",
    "缺勤扣款",
)
LEAVING_ITEMS = ("未休年休假工资", "代通知金")  # paid in a leaver's final month
REGISTER_HEADERS = [
    "工号",
    "姓名",
    "部门",
    *WAGE_ITEMS,
    "应发工资",
    "养老保险(个人)",
    "医疗保险(个人)",
    "失业保险(个人)",
    "住房公积金(个人)",
    "工伤保险(个人)",
    "生育保险(个人)",
    "专项附加扣除",
    "个人所得税",
    "全年一次性奖金",
    "年终奖个税",
    "损失赔偿扣款",
    "其他扣款",
    "实发工资",
    *[f"{item.value}(单位)" for item in InsuranceItem],
]


def _slips(session: Session, month: date):
    row = session.scalar(select(PayrollMonth).where(PayrollMonth.month == month))
    if row is None or row.status == DRAFT:
        raise ValueError(f"{month:%Y-%m} 工资尚未计算")
    query = (
        select(Payslip, Employee)
        .join(Employee, Payslip.employee_id == Employee.id)
        .where(Payslip.month_id == row.id)
        .order_by(Employee.employee_no)
    )
    return session.execute(query).all()


def _require_sealed(session: Session, month: date, what: str) -> None:
    """An approved month's file is made only from payslips that still match their seals."""
    status = session.scalar(select(PayrollMonth.status).where(PayrollMonth.month == month))
    if status in LOCKED_STATUSES:
        require_month_intact(session, field_cipher(session), month, what)


def register_rows(session: Session, actor: Actor, month: date) -> list[list]:
    """The payroll register (工资表): one row per employee, a 合计 row last."""
    actor.require(Permission.VIEW_PAYROLL)
    _require_sealed(session, month, "工资表")
    paths = departments.paths(session)
    rows = []
    for slip, employee in _slips(session, month):
        figures = json.loads(slip.detail)
        row = [employee.employee_no, employee.name, paths[employee.department_id]]
        for header in REGISTER_HEADERS[3:]:
            row.append(Decimal(figures.get(header, "0")))
        rows.append(row)
    totals = ["合计", "", ""] + [
        sum((r[i] for r in rows), ZERO) for i in range(3, len(REGISTER_HEADERS))
    ]
    return [*rows, totals]


def bank_rows(session: Session, actor: Actor, month: date) -> list[list]:
    """The salary transfer list: 姓名, 银行卡号, 开户行, 金额 (实发工资), 用途."""
    lines = bank_files.transfer_lines(session, actor, month)
    return [[line.name, line.account, line.bank_name, line.amount, line.purpose] for line in lines]


def write_register(session: Session, actor: Actor, month: date, path) -> int:
    """工资表 as .xlsx: frozen header, amounts as numbers, the 合计 row last."""
    rows = register_rows(session, actor, month)
    write_workbook(path, [SheetData(f"{month:%Y-%m}工资表", REGISTER_HEADERS, rows)])
    return len(rows) - 1


def write_bank_file(session: Session, actor: Actor, month: date, path, bank=None) -> int:
    """代发文件 in a bank's layout (services.bank_files), the generic list without one."""
    return bank_files.write_bank_file(session, actor, month, path, bank)


INPUT_FIELDS = (
    "performance_pay",
    "commission",
    "workday_overtime_hours",
    "rest_day_overtime_hours",
    "holiday_overtime_hours",
    "personal_leave_days",
    "sick_leave_days",
    "other_additions",
    "other_deductions",
    "annual_bonus",
)


def input_of(session: Session, month: date, employee_id: int) -> PayrollInput | None:
    row = session.scalar(select(PayrollMonth).where(PayrollMonth.month == month))
    if row is None:
        return None
    return session.scalar(
        select(PayrollInput).where(
            PayrollInput.month_id == row.id, PayrollInput.employee_id == employee_id
        )
    )


def save_inputs(
    session: Session, actor: Actor, month: date, employee_id: int, values: dict[str, Decimal]
) -> bool:
    """Set an employee's inputs for a month (absent fields are 0); True when anything changed."""
    actor.require(Permission.RUN_PAYROLL)
    row = month_row(session, month)
    _refuse_if_settled(session, month, row)
    current = input_of(session, month, employee_id)
    new = {name: values.get(name, ZERO) for name in INPUT_FIELDS}
    # 奖金并入工资: the employee's choice for this bonus; unchanged when the caller leaves it out.
    if "bonus_merged" in values:
        new["bonus_merged"] = bool(values["bonus_merged"])
    elif current is not None:
        new["bonus_merged"] = current.bonus_merged
    if current is not None and all(getattr(current, n) == v for n, v in new.items()):
        return False
    if current is None:
        current = PayrollInput(month_id=row.id, employee_id=employee_id)
        session.add(current)
    for name, value in new.items():
        old = getattr(current, name)
        if old is not None and old != value:
            audit.record(
                session,
                actor,
                "修改工资录入",
                ENTITY,
                f"{month:%Y-%m}/{employee_id}",
                name,
                old,
                value,
            )
        setattr(current, name, value)
    if row.status == CALCULATED:
        row.status = DRAFT  # the figures no longer match the inputs: run again before approving
    session.flush()
    return True


def input_rows(session: Session, actor: Actor) -> list[list]:
    """Every month's inputs in the payroll-inputs layout."""
    actor.require(Permission.VIEW_PAYROLL)
    query = (
        select(PayrollInput, PayrollMonth.month, Employee.employee_no)
        .join(PayrollMonth, PayrollInput.month_id == PayrollMonth.id)
        .join(Employee, PayrollInput.employee_id == Employee.id)
        .order_by(PayrollMonth.month, Employee.employee_no)
    )
    order = [column.field for column in PAYROLL_INPUTS.columns[2:]]  # after 工号 and 月份

    def shown(row, name):
        value = getattr(row, name)
        if isinstance(value, bool):
            return "是" if value else None
        return value or None

    return [
        [number, f"{month:%Y-%m}", *(shown(row, name) for name in order)]
        for row, month, number in session.execute(query)
    ]


EARNINGS = (*WAGE_ITEMS, "全年一次性奖金")
DEDUCTIONS = (
    *[f"{item.value}(个人)" for item in InsuranceItem],
    "个人所得税",
    "年终奖个税",
    "损失赔偿扣款",
    "其他扣款",
)


def payslip_documents(session: Session, actor: Actor, month: date, employee_no: str | None = None):
    """(payslip data, the ID number's last six) for each employee of a calculated month."""
    actor.require(Permission.VIEW_PAYROLL)
    _require_sealed(session, month, "工资条")
    company = settings.get(session, "company_name") or "本公司"
    paths = departments.paths(session)
    cipher = field_cipher(session)
    found = []
    for slip, employee in _slips(session, month):
        if employee_no is not None and employee.employee_no != employee_no:
            continue
        figures = {label: Decimal(value) for label, value in json.loads(slip.detail).items()}
        earnings = [
            (label, -figures[label] if label == "缺勤扣款" else figures[label])
            for label in EARNINGS
            if figures.get(label)
        ]
        deductions = [(label, figures[label]) for label in DEDUCTIONS if figures.get(label)]
        notes = [
            f"个税计算（累计预扣法）：累计收入 {format_money(figures['累计收入'])} − 累计减除费用 {format_money(figures['累计减除费用'])}"
            f" − 累计专项扣除 {format_money(figures['累计专项扣除'])} − 累计专项附加扣除 {format_money(figures['累计专项附加扣除'])}"
            f" = 累计应纳税所得额 {format_money(figures['累计应纳税所得额'])}；× 预扣率 {figures['预扣率'] * 100:g}%"
            f" − 速算扣除数 {format_money(figures['速算扣除数'])} = {format_money(figures['累计应纳税额'])}，"
            f"减去已预扣 {format_money(figures['累计已预扣税额'])}，本月 {format_money(figures['个人所得税'])}。",
            "累计数来源：" + "；".join(source_lines(figures, month)) + "。",
            *bonus_lines(figures),
            *filter(None, [describe_attendance(figures)]),
        ]
        data = PayslipData(
            company,
            f"{month.year}年{month.month}月",
            employee.employee_no,
            employee.name,
            paths[employee.department_id],
            earnings,
            deductions,
            sum((amount for _label, amount in earnings), ZERO),
            slip.net_pay,
            notes,
        )
        id_number = id_number_of(cipher, employee)
        found.append((data, id_number[-6:]))
    if employee_no is not None and not found:
        raise ValueError(f"{month:%Y-%m} 没有工号为{employee_no}的工资记录")
    return found


def write_payslip_strips(session: Session, actor: Actor, month: date, path) -> int:
    """Every employee's 工资条 as strips to cut apart, several to a page, in one PDF."""
    documents = payslip_documents(session, actor, month)
    write_strips(path, [data for data, _six in documents])
    audit.record(
        session,
        actor,
        "生成工资条（裁切版）",
        ENTITY,
        f"{month:%Y-%m}",
        "份数",
        None,
        len(documents),
    )
    return len(documents)


def write_payslips(
    session: Session,
    actor: Actor,
    month: date,
    folder,
    employee_no: str | None = None,
    with_password: bool = False,
    progress=None,
    draft: bool = False,
    per_page: int | None = None,
) -> list:
    """One PDF per employee, 工资条_YYYY-MM_工号_姓名.pdf; with_password locks each with the ID's
    last six. Two per page (per_page, else the setting; never when locked): one PDF of
    everyone, two payslips to each A4 sheet, to cut apart."""
    made = []
    documents = payslip_documents(session, actor, month, employee_no)
    if per_page == 2 and with_password:
        raise ValueError("每页两份的工资条合在一个文件里，不能按各人身份证号加密")
    if not with_password and (per_page or settings.get(session, "payslips_per_page")) == 2:
        path = output_path(folder, sheet_file_name(f"{month:%Y-%m}"))
        write_payslip_sheets(path, [data for data, _six in documents], draft)
        count = len(documents)
        audit.record(
            session, actor, "生成工资条（每页两份）", ENTITY, f"{month:%Y-%m}", "份数", None, count
        )
        return [path]
    for done, (data, last_six) in enumerate(documents):
        if progress is not None:
            progress(done, len(documents))
        path = output_path(folder, payslip_file_name(data, f"{month:%Y-%m}"))
        write_payslip(path, data, last_six if with_password else None, draft)
        made.append(path)
    audit.record(session, actor, "生成工资条", ENTITY, f"{month:%Y-%m}", "份数", None, len(made))
    return made


@dataclass(frozen=True)
class GridRow:
    """One employee's line on the payroll screen: the inputs, and the figures once calculated."""

    employee_id: int
    employee_no: str
    name: str
    department: str
    inputs: dict[str, Decimal]
    figures: dict[str, Decimal]  # empty until the month is calculated
    previous_net: Decimal | None  # last month's 实发工资, to flag a large change

    @property
    def net(self) -> Decimal | None:
        return self.figures.get("实发工资")

    @property
    def moved_a_lot(self) -> bool:
        """Net pay more than 20% away from last month's: worth a second look before approval."""
        if self.net is None or not self.previous_net:
            return False
        return abs(self.net - self.previous_net) > self.previous_net * Decimal("0.2")


@dataclass(frozen=True)
class MonthView:
    month: date
    status: str
    rows: list[GridRow]

    @property
    def locked(self) -> bool:
        return self.status in LOCKED_STATUSES


def month_view(session: Session, actor: Actor, month: date) -> MonthView:
    """Everything the payroll screen shows for a month."""
    actor.require(Permission.VIEW_PAYROLL)
    row = session.scalar(select(PayrollMonth).where(PayrollMonth.month == month))
    status = row.status if row else DRAFT
    paths = departments.paths(session)
    employees = employed_in(session, month)
    inputs, slips = {}, {}
    if row is not None:
        inputs = {
            i.employee_id: i
            for i in session.scalars(select(PayrollInput).where(PayrollInput.month_id == row.id))
        }
        slips = {
            s.employee_id: s
            for s in session.scalars(select(Payslip).where(Payslip.month_id == row.id))
        }
    previous = session.scalar(
        select(PayrollMonth).where(PayrollMonth.month == add_months(month, -1))
    )
    previous_net = {}
    if previous is not None:
        previous_net = dict(
            session.execute(
                select(Payslip.employee_id, Payslip.net_pay).where(Payslip.month_id == previous.id)
            ).all()
        )
    # leavers paid commission after their last day have a payslip but are not employed
    extra = set(slips) - {e.id for e in employees}
    if extra:
        employees = sorted(
            [*employees, *session.scalars(select(Employee).where(Employee.id.in_(extra)))],
            key=lambda e: e.employee_no,
        )
    rows = []
    for employee in employees:
        entered = inputs.get(employee.id)
        values = {name: getattr(entered, name) if entered else ZERO for name in INPUT_FIELDS}
        slip = slips.get(employee.id)
        figures = {k: Decimal(v) for k, v in json.loads(slip.detail).items()} if slip else {}
        rows.append(
            GridRow(
                employee.id,
                employee.employee_no,
                employee.name,
                paths[employee.department_id],
                values,
                figures,
                previous_net.get(employee.id),
            )
        )
    return MonthView(month, status, rows)


def mark_paid(session: Session, actor: Actor, month: date) -> None:
    """已发放: the bank has paid an approved month."""
    actor.require(Permission.APPROVE_PAYROLL)
    row = session.scalar(select(PayrollMonth).where(PayrollMonth.month == month).with_for_update())
    if row is None or row.status != APPROVED:
        raise ValueError(f"{month:%Y-%m} 工资尚未审核，不能标记为已发放")
    row.status = PAID
    row.paid_at = utc_now()
    audit.record(session, actor, "工资已发放", ENTITY, f"{month:%Y-%m}", "状态", APPROVED, PAID)
    session.flush()


def known_months(session: Session) -> list[date]:
    return list(session.scalars(select(PayrollMonth.month).order_by(PayrollMonth.month.desc())))


TAX_HEADERS = [
    "工号",
    "姓名",
    "证件类型",
    "证件号码",
    "本期收入",
    "本期免税收入",
    "基本养老保险费",
    "基本医疗保险费",
    "失业保险费",
    "住房公积金",
    "累计子女教育",
    "累计继续教育",
    "累计住房贷款利息",
    "累计住房租金",
    "累计赡养老人",
    "累计3岁以下婴幼儿照护",
    "企业(职业)年金",
    "商业健康保险",
    "税延养老保险",
    "其他",
    "准予扣除的捐赠额",
    "减免税额",
    "备注",
]
BONUS_TAX_HEADERS = [
    "工号",
    "姓名",
    "证件类型",
    "证件号码",
    "全年一次性奖金收入",
    "免税收入",
    "备注",
]
SEVERANCE_TAX_HEADERS = [
    "工号",
    "姓名",
    "证件类型",
    "证件号码",
    "本期收入",
    "本期免税收入",
    "其他",
    "准予扣除的捐赠额",
    "减免税额",
    "备注",
]
_CUMULATIVE = [
    DeductionKind.CHILD_EDUCATION,
    DeductionKind.CONTINUING_EDUCATION,
    DeductionKind.MORTGAGE_INTEREST,
    DeductionKind.HOUSING_RENT,
    DeductionKind.ELDERLY_CARE,
    DeductionKind.INFANT_CARE,
]
# 累计继续教育 counts the certificate's one-time 3,600 with the degree course's 400 a month.
_CUMULATIVE_NAMES = {
    kind: (kind.value, DeductionKind.CERTIFICATE.value)
    if kind is DeductionKind.CONTINUING_EDUCATION
    else (kind.value,)
    for kind in _CUMULATIVE
}


def tax_rows(session: Session, actor: Actor, month: date) -> tuple[list[list], list[list]]:
    """The month's wages (正常工资薪金所得) and one-time bonuses laid out for the withholding client."""
    actor.require(Permission.VIEW_PAYROLL)
    _require_sealed(session, month, "个税申报表")
    cipher = field_cipher(session)
    slips = _slips(session, month)
    # What was deducted before, month by month as it was withheld, not as declared today.
    earlier = (
        select(Payslip.employee_id, Payslip.detail)
        .join(PayrollMonth, Payslip.month_id == PayrollMonth.id)
        .where(
            PayrollMonth.status.in_(LOCKED_STATUSES),
            PayrollMonth.month >= month.replace(month=1),
            PayrollMonth.month < month,
        )
    )
    before: dict[int, list[dict]] = {}
    for employee_id, detail in session.execute(earlier):
        before.setdefault(employee_id, []).append(json.loads(detail))
    wages, bonuses = [], []
    for slip, employee in slips:
        figures = json.loads(slip.detail)
        identity = [
            employee.employee_no,
            employee.name,
            "居民身份证",
            id_number_of(cipher, employee),
        ]
        months = [*before.get(employee.id, []), figures]
        cumulative = [
            sum(
                (
                    Decimal(m.get(f"{name}(专项附加)", "0"))
                    for m in months
                    for name in _CUMULATIVE_NAMES[kind]
                ),
                ZERO,
            )
            for kind in _CUMULATIVE
        ]
        own = [
            Decimal(figures.get(f"{item.value}(个人)", "0"))
            for item in (
                InsuranceItem.PENSION,
                InsuranceItem.MEDICAL,
                InsuranceItem.UNEMPLOYMENT,
                InsuranceItem.HOUSING_FUND,
            )
        ]
        wages.append(
            [
                *identity,
                slip.tax_income,
                ZERO,
                *own,
                *cumulative,
                ZERO,
                ZERO,
                ZERO,
                ZERO,
                ZERO,
                ZERO,
                opening_note(figures),
            ]
        )
        if slip.bonus_tax or (
            slip.annual_bonus and slip.tax_income == slip.gross
        ):  # taxed on its own
            bonuses.append([*identity, slip.annual_bonus, ZERO, ""])
    audit.record(
        session, actor, "导出个税申报表", ENTITY, f"{month:%Y-%m}", "人数", None, len(wages)
    )
    return wages, bonuses


def severance_tax_rows(session: Session, actor: Actor, month: date) -> list[list]:
    """解除劳动合同一次性补偿金: the month's severance (or damages) paid to leavers, taxed on its
    own; 本期免税收入 is the part up to 3× the local average annual wage (财税〔2018〕164号)."""
    actor.require(Permission.VIEW_PAYROLL)
    cipher = field_cipher(session)
    rows = []
    for paid in settlement.severance_payments(session, month):
        employee = session.get(Employee, paid.employee_id)
        rows.append(
            [
                employee.employee_no,
                employee.name,
                "居民身份证",
                id_number_of(cipher, employee),
                paid.amount,
                paid.exempt,
                ZERO,
                ZERO,
                ZERO,
                paid.note,
            ]
        )
    return rows


def write_tax_file(session: Session, actor: Actor, month: date, path) -> int:
    wages, bonuses = tax_rows(session, actor, month)
    severances = severance_tax_rows(session, actor, month)
    write_workbook(
        path,
        [
            SheetData("正常工资薪金所得", TAX_HEADERS, wages, {3: 22}),
            SheetData("全年一次性奖金收入", BONUS_TAX_HEADERS, bonuses, {3: 22}),
            SheetData(
                "解除劳动合同一次性补偿金", SEVERANCE_TAX_HEADERS, severances, {3: 22, 9: 40}
            ),
        ],
    )
    return len(wages)


def add_adjustment(
    session: Session,
    actor: Actor,
    month: date,
    employee_id: int,
    corrects: date,
    amount: Decimal,
    reason: str,
) -> None:
    """Correct an approved month: the amount is paid (or taken back) in an open month, with the reason."""
    actor.require(Permission.RUN_PAYROLL)
    if not reason.strip():
        raise ValueError("请写明调整的原因")
    if amount == 0:
        raise ValueError("调整金额不能为0")
    corrected = session.scalar(select(PayrollMonth).where(PayrollMonth.month == corrects))
    if corrected is None or corrected.status not in LOCKED_STATUSES:
        raise ValueError(f"{corrects:%Y-%m} 尚未审核，请直接修改该月的录入，不必调整")
    if month <= corrects:
        raise ValueError("调整只能记在被更正月份之后的月份")
    row = month_row(session, month)
    _refuse_if_settled(session, month, row)
    session.add(
        PayrollAdjustment(
            month_id=row.id,
            employee_id=employee_id,
            corrects_month_id=corrected.id,
            amount=amount,
            reason=reason.strip(),
            created_by=actor.name,
        )
    )
    if row.status == CALCULATED:
        row.status = DRAFT
    audit.record(
        session,
        actor,
        "工资调整",
        ENTITY,
        f"{month:%Y-%m}/{employee_id}",
        f"更正{corrects:%Y-%m}",
        None,
        f"{amount}元：{reason.strip()}",
    )
    session.flush()


@attention.register(Permission.VIEW_PAYROLL)
def payroll_month_state(session: Session, today: date) -> list[attention.AttentionItem]:
    """首页: last month's payroll until it is paid."""
    month = add_months(today.replace(day=1), -1)
    status = session.scalar(select(PayrollMonth.status).where(PayrollMonth.month == month))
    if status == PAID:
        return []
    text = {
        None: ("尚未计算", "在“薪资”中录入本月数据并计算"),
        DRAFT: ("录入已改动，尚未重新计算", "在“薪资”中重新计算"),
        CALCULATED: ("已计算，待财务审核", "核对后由财务或管理员审核并锁定"),
        APPROVED: ("已审核，待发放", "生成代发文件交银行后，标记为已发放"),
    }[status]
    return [
        attention.AttentionItem(
            f"{month:%Y-%m} 工资{text[0]}", text[1], "payroll", status in (None, DRAFT)
        )
    ]


def housing_fund_rate_warnings(policy) -> list[tuple[str, str]]:
    """(column, reason) for a housing-fund policy whose rates fall outside 5–12%."""
    if policy.item is not InsuranceItem.HOUSING_FUND:
        return []
    return [
        (column, problem)
        for column, rate in (("个人比例", policy.personal_rate), ("单位比例", policy.employer_rate))
        if (problem := housing_fund_rate_problem(rate))
    ]
