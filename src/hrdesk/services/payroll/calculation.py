"""Calculating a month (计算工资): who is paid, what each one's payslip is worked from, and the
month's payslips written in one go."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.roles import Permission
from hrdesk.domain.social_insurance import policies_in_force
from hrdesk.messages import _
from hrdesk.services import (
    audit,
    commission,
    pay_periods,
    policies,
    separations,
    settings,
    settlement,
)
from hrdesk.services.actor import Actor
from hrdesk.services.attendance.feed import taken_by_payroll
from hrdesk.services.commission import MonthCommission
from hrdesk.services.losses import losses_of
from hrdesk.services.payroll.months import (
    CALCULATED,
    ENTITY,
    ZERO,
    employed_in,
    month_row,
    refuse_if_settled,
)
from hrdesk.services.payroll.payslip import Circumstances, MonthRules, payslip
from hrdesk.services.tax_year.cumulation import TaxYearSoFar, missing_opening, tax_years
from hrdesk.storage.base import utc_now
from hrdesk.storage.models import (
    Employee,
    LossInstalment,
    MinimumWage,
    PayrollAdjustment,
    PayrollInput,
    PayrollMonth,
    Payslip,
)
from hrdesk.storage.payroll_lock import LOCKED_STATUSES


@dataclass(frozen=True)
class RunSummary:
    month: date
    employees: int
    gross: Decimal
    net: Decimal
    warnings: list[str]


def run(session: Session, actor: Actor, month: date) -> RunSummary:
    """Calculate the month for everyone employed in it; a settled month is refused."""
    actor.require(Permission.RUN_PAYROLL)
    row = month_row(session, month)
    refuse_if_settled(session, month, row)
    results, warnings = calculate(session, row, month)
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


def calculate(session: Session, row: PayrollMonth, month: date):
    """Every employee's figures for the month, without writing: (employee, figures, instalments),
    and the warnings for the clerk."""
    collected = commission.month_commissions(session, month)
    employed = employed_in(session, month)
    # Leavers owed commission on money collected this month, after their last day: paid as
    # an extra payment in the month collected (domain-cn.md §13).
    after = pay_periods.paid_after_leaving(session, month, collected, {e.id for e in employed})
    left_on = {employee.id: last for employee, last in after}
    employees = sorted([*employed, *(e for e, _last in after)], key=lambda e: e.employee_no)
    so_far = tax_years(session, employees, month)
    circumstances = _circumstances(session, row, month, employed, employees, so_far, collected)
    rules = _month_rules(session, month)
    results, warnings = [], []
    for employee in employees:
        if so_far[employee.id].covered:
            warnings.append(
                _(
                    "{employee_no} {name}：{month:%Y-%m} 已由期初数据覆盖"
                    "（原工资系统已发放），本系统不计算该月"
                ).format(employee_no=employee.employee_no, name=employee.name, month=month)
            )
            continue
        figures, found, instalments = payslip(
            rules, circumstances(employee, left_on.get(employee.id))
        )
        results.append((employee, figures, instalments))
        warnings += found
    warnings += missing_opening(session, month, employees, so_far)
    return results, warnings


def _month_rules(session: Session, month: date) -> MonthRules:
    """The social-insurance policies in force in each city, and the company's sick-pay ratio."""
    all_policies = policies.all_policies(session)
    in_force_by_city = {
        city: policies_in_force(all_policies, city, month)
        for city in {p.city for p in all_policies}
    }
    return MonthRules(month, in_force_by_city, Decimal(settings.get(session, "sick_pay_ratio")))


def _circumstances(
    session: Session,
    row: PayrollMonth,
    month: date,
    employed: list[Employee],
    employees: list[Employee],
    so_far: dict[int, TaxYearSoFar],
    collected: dict[int, MonthCommission],
) -> Callable[[Employee, date | None], Circumstances]:
    """What each employee's payslip is worked from, loaded for the whole month at once."""
    leaving, parts = _leaving_and_parts(session, month, employed, employees)
    inputs = {
        i.employee_id: i
        for i in session.scalars(select(PayrollInput).where(PayrollInput.month_id == row.id))
    }
    owed = losses_of(
        session,
        [e.id for e in employees],
        excluding_month=month,
        occurred_before=add_months(month, 1),
    )
    wages = _minimum_wages(session, month)
    bonus_used = _bonus_used(session, month)
    from_attendance = taken_by_payroll(session, month)
    adjustments = _adjustments(session, row)

    def of(employee: Employee, left_on: date | None) -> Circumstances:
        return Circumstances(
            employee,
            inputs.get(employee.id),
            so_far[employee.id],
            owed.get(employee.id, []),
            wages.get(employee.social_city or ""),
            adjustments.get(employee.id, ZERO),
            employee.id in bonus_used,
            collected.get(employee.id),
            leaving.get(employee.id),
            parts.get(employee.id),
            left_on,
            from_attendance.get(employee.id),
        )

    return of


def _leaving_and_parts(
    session: Session, month: date, employed: list[Employee], employees: list[Employee]
) -> tuple[dict[int, dict[str, Decimal]], dict[int, tuple[Decimal, Decimal] | None]]:
    """The final month's extra items of each leaver, and each part month's fixed pay."""
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
    return leaving, parts


def _adjustments(session: Session, row: PayrollMonth) -> dict[int, Decimal]:
    """Each employee's corrections of approved months paid in this one, summed."""
    adjustments: dict[int, Decimal] = {}
    for adjustment in session.scalars(
        select(PayrollAdjustment).where(PayrollAdjustment.month_id == row.id)
    ):
        adjustments[adjustment.employee_id] = (
            adjustments.get(adjustment.employee_id, ZERO) + adjustment.amount
        )
    return adjustments


def _minimum_wages(session: Session, month: date) -> dict[str, MinimumWage]:
    """Each city's minimum-wage row in force in the month."""
    query = (
        select(MinimumWage)
        .where(MinimumWage.effective_from <= month)
        .order_by(MinimumWage.effective_from)
    )
    return {row.city: row for row in session.scalars(query)}


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
