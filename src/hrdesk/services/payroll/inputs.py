"""The month's inputs (工资录入): what the clerk enters per employee before a run — performance
pay, commission, overtime hours, leave days, other additions and deductions, the bonus."""

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.services import audit
from hrdesk.services.actor import Actor
from hrdesk.services.payroll.months import (
    CALCULATED,
    DRAFT,
    ENTITY,
    ZERO,
    month_row,
    refuse_if_settled,
)
from hrdesk.spreadsheets.templates import PAYROLL_INPUTS
from hrdesk.storage.models import Employee, PayrollInput, PayrollMonth

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
    refuse_if_settled(session, month, row)
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
