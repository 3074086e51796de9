"""What leaving owes: the terms a settlement is worked from, every amount with its warnings,
for a recorded separation or a quote, and its items line by line."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.grounds import QUOTE_REASONS, RULES, Ground
from hrdesk.domain.money import format_money
from hrdesk.domain.phrases import Phrase
from hrdesk.domain.roles import Permission
from hrdesk.domain.separations import (
    Notice,
    SeveranceTax,
    Termination,
    notice,
    severance_tax,
    termination_pay,
    unused_leave_pay,
)
from hrdesk.domain.wages import PartMonth
from hrdesk.domain.work_calendar import WorkCalendar
from hrdesk.messages import _
from hrdesk.services import audit, commission, leave, pay_periods, separations
from hrdesk.services.actor import Actor
from hrdesk.storage.models import Employee, PayrollMonth, Payslip, Separation

ZERO = Decimal(0)


# -- the figures a settlement is worked from -------------------------------------------


@dataclass(frozen=True)
class Terms:
    """What a settlement is worked out from, as the clerk confirmed it (or a quote assumes)."""

    ground: Ground
    notice_date: date
    last_day: date
    average_wage: Decimal
    leave_average_wage: Decimal
    local_average_wage: Decimal | None
    leave_taken_days: Decimal
    agreed_amount: Decimal | None = None
    agreement: str = ""


def terms_of(separation: Separation) -> Terms:
    return Terms(
        Ground(separation.ground),
        separation.notice_date,
        separation.last_day,
        separation.average_wage,
        separation.leave_average_wage
        if separation.leave_average_wage is not None
        else separation.average_wage,
        separation.local_average_wage,
        separation.leave_taken_days,
        separation.agreed_amount,
        separation.agreement or "",
    )


# -- what is owed ----------------------------------------------------------------------


@dataclass
class Assessment:
    employee_no: str
    name: str
    ground: Ground
    requires: str  # what the ground needs on file
    notice: Notice
    in_probation: bool
    service_start: date
    termination: Termination | None  # 经济补偿 / 赔偿金 / the agreed amount
    severance_tax: SeveranceTax | None
    pay_in_lieu: Decimal
    leave_days: int
    leave_pay: Decimal
    final_month: PartMonth  # the last month's fixed pay for the days worked
    commission_due: Decimal  # the last month's collections, paid with the final wages
    commission_held: list[tuple[date, Decimal]]  # held months, paid with the final wages
    losses_outstanding: Decimal
    terms: Terms
    minimum_wage: Decimal | None
    warnings: list[str] = field(default_factory=list)

    @property
    def severance(self):
        return self.termination.severance if self.termination else None

    @property
    def average_wage(self) -> Decimal:
        return self.terms.average_wage

    @property
    def local_average_wage(self) -> Decimal | None:
        return self.terms.local_average_wage

    @property
    def leave_taken_days(self) -> Decimal:
        return self.terms.leave_taken_days

    @property
    def held_total(self) -> Decimal:
        return sum((amount for _month, amount in self.commission_held), ZERO)

    @property
    def severance_amount(self) -> Decimal:
        return self.termination.amount if self.termination else ZERO

    @property
    def settlement_total(self) -> Decimal:
        """What the company pays on leaving, before tax and contributions."""
        return sum((amount for _label, amount, _how in settlement_lines(self)), ZERO)


def final_month(employee: Employee, last_day: date, calendar: WorkCalendar) -> PartMonth:
    """The last month's fixed pay for the paid days up to the last one (§11)."""
    month = last_day.replace(day=1)
    part = pay_periods.part_of_month(employee, month, last_day, calendar)
    if part is None:  # the last day is the month's last: the whole month
        fixed = employee.base_salary + employee.position_allowance
        days = calendar.paid_days(month, last_day)
        return PartMonth(month, last_day, days, days, fixed, employee.base_salary)
    return part


def work_out(session: Session, employee: Employee, terms: Terms) -> Assessment:
    """Every amount leaving owes on these terms, with the warnings the clerk must see."""
    ground, last_day = terms.ground, terms.last_day
    rule = RULES[ground]
    probation = separations.in_probation(session, employee, terms.notice_date)
    given = notice(ground, terms.notice_date, last_day, probation)
    lowest = separations.minimum_wage(session, employee.social_city, last_day)
    warnings = []
    ending, tax = _termination(employee, terms, lowest, warnings)
    pay_in_lieu = (
        _previous_month_wage(session, employee, last_day) if given.pay_in_lieu_due else ZERO
    )
    # By years of work from 参加工作日期, pro rata to the last day (实施办法 第12条).
    leave_days = leave.unused_annual_leave_days(
        session, employee.id, last_day, terms.leave_taken_days
    ).unused
    last_month = last_day.replace(day=1)
    this_month = commission.month_commissions(session, last_month).get(employee.id)
    due = this_month.payable if this_month else ZERO
    held = held_months(session, employee.id, last_month)
    owed_losses = separations.losses_outstanding(session, employee.id)
    if owed_losses:
        warnings.append(
            _(
                "尚有损失赔偿{owed}元未扣完：每月扣款不超过当月工资的20%且扣后不低于最低工资，"
                "离职后不能再从工资扣"
            ).format(owed=owed_losses)
        )
    calendar = _last_month_calendar(session, last_day, warnings)
    return Assessment(
        employee.employee_no,
        employee.name,
        ground,
        rule.requires,
        given,
        probation,
        employee.hire_date,
        ending,
        tax,
        pay_in_lieu,
        leave_days,
        unused_leave_pay(leave_days, terms.leave_average_wage),
        final_month(employee, last_day, calendar),
        due,
        held,
        owed_losses,
        terms,
        lowest,
        warnings,
    )


def _termination(
    employee: Employee, terms: Terms, lowest: Decimal | None, warnings: list[str]
) -> tuple[Termination | None, SeveranceTax | None]:
    """经济补偿, 赔偿金 or the agreed amount the ground calls for, and its own tax."""
    city = employee.social_city
    ending = termination_pay(
        terms.ground,
        employee.hire_date,
        terms.last_day,
        terms.average_wage,
        minimum_wage=lowest,
        local_average_wage=terms.local_average_wage,
        agreed_amount=terms.agreed_amount,
        agreement=terms.agreement,
    )
    if ending is None:
        return None, None
    tax = severance_tax(ending.amount, terms.local_average_wage)
    if terms.local_average_wage is None:
        warnings.append(
            _(
                "没有“{city}”的上年职工月平均工资：{item}的封顶和个税免税额"
                "无法确定（在“设置 → 职工平均工资”中录入当地公布的数字）"
            ).format(city=city or _("未填城市"), item=ending.item)
        )
    if lowest is None:
        warnings.append(
            _("没有“{city}”的最低工资标准：月平均工资是否低于最低工资无法核对").format(
                city=city or _("未填城市")
            )
        )
    return ending, tax


def _last_month_calendar(session: Session, last_day: date, warnings: list[str]) -> WorkCalendar:
    """The last month's calendar: weekdays, with a warning, before the year's is published."""
    calendar, official = pay_periods.month_calendar_or_weekdays(session, last_day.replace(day=1))
    if not official:
        warnings.append(
            _(
                "{year}年的法定节假日和调休安排尚未录入：最后一个月的计薪天数暂按周一至周五估算，"
                "请在公布后核对"
            ).format(year=last_day.year)
        )
    return calendar


def assess(session: Session, actor: Actor, separation_id: int) -> Assessment:
    """What a recorded separation owes, with every warning: for those who see pay."""
    actor.require(Permission.VIEW_PAYROLL)
    legal = separations.legal_summary(session, actor, separation_id)
    separation = separations.get(session, separation_id)
    employee = session.get(Employee, separation.employee_id)
    found = work_out(session, employee, terms_of(separation))
    found.warnings[:0] = legal.warnings
    return found


def quote(
    session: Session,
    actor: Actor,
    employee_no: str,
    last_day: date,
    reason: str,
    today: date,
    *,
    notice_date: date | None = None,
    leave_taken_days: Decimal | None = None,  # None: as the leave ledger has it
    agreed_amount: Decimal | None = None,
    agreement: str = "",
) -> Assessment:
    """The settlement leaving on `last_day` for `reason` would owe, recording nothing; notice
    is taken as given today unless said otherwise."""
    actor.require(Permission.VIEW_PAYROLL)
    if reason not in QUOTE_REASONS:
        raise ValueError(_("离职原因只能是：{reasons}").format(reasons="、".join(QUOTE_REASONS)))
    employee = session.scalar(select(Employee).where(Employee.employee_no == employee_no))
    if employee is None:
        raise ValueError(_("没有工号为{employee_no}的员工").format(employee_no=employee_no))
    if last_day < employee.hire_date:
        raise ValueError(
            _("最后工作日{last_day}早于入职日期{hire_date}").format(
                last_day=last_day, hire_date=employee.hire_date
            )
        )
    given_on = notice_date or min(today, last_day)
    average, without_overtime = separations.average_wages(session, employee, last_day)
    terms = Terms(
        QUOTE_REASONS[reason],
        given_on,
        last_day,
        average,
        without_overtime,
        separations.local_average_wage(session, employee.social_city, last_day),
        (
            leave.unused_annual_leave_days(session, employee.id, last_day).taken
            if leave_taken_days is None
            else leave_taken_days
        ),
        agreed_amount,
        agreement,
    )
    found = work_out(session, employee, terms)
    audit.record(
        session,
        actor,
        "离职结算试算",
        "separation",
        employee_no,
        "原因",
        None,
        f"{reason}，{last_day}",
    )
    return found


def _previous_month_wage(session: Session, employee: Employee, last_day: date) -> Decimal:
    """代通知金: the previous month's wage (劳动合同法实施条例 第20条)."""
    previous = add_months(last_day.replace(day=1), -1)
    gross = session.scalar(
        select(Payslip.gross)
        .join(PayrollMonth, PayrollMonth.id == Payslip.month_id)
        .where(Payslip.employee_id == employee.id, PayrollMonth.month == previous)
    )
    return gross if gross is not None else employee.base_salary + employee.position_allowance


def held_months(session: Session, employee_id: int, before: date) -> list[tuple[date, Decimal]]:
    return separations.held_months(session, employee_id, before)


def settlement_lines(found: Assessment) -> list[tuple[str, Decimal, str]]:
    """The settlement's items (工资, 提成, 代通知金, 未休年休假工资, 经济补偿 or 赔偿金), each with
    how it was worked out."""
    month = found.final_month
    whole = month.paid_days == month.full_days
    fixed = (
        Phrase("{month:%Y-%m}月固定工资", month=month.first)
        if whole
        else Phrase(
            "{month:%Y-%m}月固定工资：计薪{paid}天（该月{full}天），月工资÷21.75×计薪天数",
            month=month.first,
            paid=month.paid_days,
            full=month.full_days,
        )
    )
    lines = [("工资", month.fixed, fixed)]
    if found.commission_due or found.commission_held:
        held = "、".join(f"{m:%Y-%m} {format_money(a)}" for m, a in found.commission_held)
        how = (
            Phrase(
                "最后一个月回款按提成政策计算；另含暂扣未放行的提成（{held}），"
                "离职时一并结清（工资支付暂行规定第9条）",
                held=held,
            )
            if held
            else Phrase("最后一个月回款按提成政策计算")
        )
        lines.append(("提成", found.commission_due + found.held_total, how))
    if found.pay_in_lieu:
        lines.append(
            (
                "代通知金",
                found.pay_in_lieu,
                Phrase("未提前30日通知，按上月工资额支付一个月（第40条）"),
            )
        )
    lines.append(
        (
            "未休年休假工资",
            found.leave_pay,
            Phrase(
                "折算未休{days}天 × 日工资（12个月平均工资{wage}元，不含加班费，÷21.75）× 200%"
                "（另100%已含在正常工资中）",
                days=found.leave_days,
                wage=format_money(found.terms.leave_average_wage),
            ),
        )
    )
    if found.termination is not None:
        ending = found.termination
        lines.append((ending.item, ending.amount, ending.basis))
    return lines
