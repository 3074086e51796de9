"""The figures what a leaver is owed is worked from: average wages, the city's average and
minimum wage, commission still held, losses still owed."""

import json
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.money import round_fen
from hrdesk.services import commission, settings
from hrdesk.services.losses import losses_of
from hrdesk.services.separations.records import ZERO
from hrdesk.storage.base import as_money
from hrdesk.storage.models import (
    AverageWage,
    CommissionRelease,
    CommissionSnapshot,
    Employee,
    MinimumWage,
    PayrollMonth,
    Payslip,
)
from hrdesk.storage.payroll_lock import LOCKED_STATUSES


def average_wages(session: Session, employee: Employee, last_day: date) -> tuple[Decimal, Decimal]:
    """The last 12 approved months' average 应发工资 (bonuses included: 第47条, 实施条例第27条),
    and the same without overtime (unused leave pay: 年休假实施办法 第11条); with no approved
    month, the fixed monthly pay for both."""
    since = add_months(last_day.replace(day=1), -12)
    rows = session.execute(
        select(as_money(Payslip.gross + Payslip.annual_bonus), Payslip.detail)
        .join(PayrollMonth, PayrollMonth.id == Payslip.month_id)
        .where(
            Payslip.employee_id == employee.id,
            PayrollMonth.status.in_(LOCKED_STATUSES),
            PayrollMonth.month >= since,
            PayrollMonth.month < last_day.replace(day=1),
        )
    ).all()
    if not rows:
        fixed = employee.base_salary + employee.position_allowance
        return fixed, fixed
    total = sum((gross for gross, _detail in rows), ZERO)
    overtime = sum((Decimal(json.loads(d).get("加班费", "0")) for _g, d in rows), ZERO)
    return round_fen(total / len(rows)), round_fen((total - overtime) / len(rows))


def average_wage(session: Session, employee: Employee, last_day: date) -> Decimal:
    return average_wages(session, employee, last_day)[0]


def local_average_wage(session: Session, city: str | None, day: date) -> Decimal | None:
    """The city's 上年职工月平均工资 in force on the day (policy data), else the company-wide
    figure in settings, else None."""
    row = session.scalar(
        select(AverageWage.amount)
        .where(AverageWage.city == (city or ""), AverageWage.effective_from <= day)
        .order_by(AverageWage.effective_from.desc())
    )
    if row is not None:
        return row
    fallback = settings.get(session, "local_average_wage")
    return Decimal(fallback) if fallback else None


def minimum_wage(session: Session, city: str | None, day: date) -> Decimal | None:
    return session.scalar(
        select(MinimumWage.amount)
        .where(MinimumWage.city == (city or ""), MinimumWage.effective_from <= day)
        .order_by(MinimumWage.effective_from.desc())
    )


def held_months(session: Session, employee_id: int, before: date) -> list[tuple[date, Decimal]]:
    """Months whose commission was held and never released, up to the last month: approved
    months from their snapshots in one query, only the few open ones worked out."""
    released = select(CommissionRelease.month).where(
        CommissionRelease.salesperson_id == employee_id
    )
    held = list(
        session.execute(
            select(CommissionSnapshot.month, CommissionSnapshot.earned).where(
                CommissionSnapshot.salesperson_id == employee_id,
                CommissionSnapshot.held.is_(True),
                CommissionSnapshot.month <= before,
                CommissionSnapshot.month.not_in(released),
            )
        ).all()
    )
    open_months = session.scalars(
        select(PayrollMonth.month).where(
            PayrollMonth.month <= before, PayrollMonth.status.not_in(LOCKED_STATUSES)
        )
    )
    for month in open_months:
        entry = commission.month_commissions(session, month).get(employee_id)
        if entry is not None and entry.held and entry.release is None:
            held.append((month, entry.earned))
    return sorted(held)


def losses_outstanding(session: Session, employee_id: int) -> Decimal:
    owed = losses_of(session, [employee_id])
    return sum((loss.outstanding for loss in owed.get(employee_id, [])), ZERO)
