"""Who is leaving: the list of separations, the month's leavers for payroll, who may start."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.employees import EmployeeStatus
from hrdesk.domain.roles import Permission
from hrdesk.services.actor import Actor
from hrdesk.services.separations.records import CANCELLED, TODO
from hrdesk.storage.models import Employee, Separation, SeparationItem


@dataclass(frozen=True)
class SeparationRow:
    id: int
    employee_id: int
    employee_no: str
    name: str
    ground: str
    notice_date: date
    last_day: date
    successor_id: int | None
    successor: str
    status: str
    open_items: int


def separation_rows(session: Session, actor: Actor) -> list[SeparationRow]:
    actor.require(Permission.MANAGE_HANDOVER)
    people = {e.id: e for e in session.scalars(select(Employee))}
    rows = []
    for s in session.scalars(
        select(Separation).order_by(Separation.status, Separation.last_day.desc())
    ):
        open_items = session.scalar(
            select(func.count(SeparationItem.id)).where(
                SeparationItem.separation_id == s.id,
                SeparationItem.status == TODO,
                SeparationItem.required.is_(True),
            )
        )
        employee = people[s.employee_id]
        successor = people.get(s.successor_id)
        rows.append(
            SeparationRow(
                s.id,
                employee.id,
                employee.employee_no,
                employee.name,
                s.ground,
                s.notice_date,
                s.last_day,
                s.successor_id,
                successor.name if successor else "",
                s.status,
                open_items,
            )
        )
    return rows


def leavers_in(session: Session, month: date) -> dict[int, Separation]:
    """Employees whose last working day falls in the month: payroll pays their final month."""
    month_end = add_months(month, 1)
    return {
        s.employee_id: s
        for s in session.scalars(
            select(Separation).where(
                Separation.last_day >= month,
                Separation.last_day < month_end,
                Separation.status != CANCELLED,
            )
        )
    }


def staff_choices(session: Session) -> list[tuple[int, str]]:
    """(id, 工号 姓名) of everyone still employed: who may start leaving."""
    query = (
        select(Employee.id, Employee.employee_no, Employee.name)
        .where(Employee.status != EmployeeStatus.LEFT.value)
        .order_by(Employee.employee_no)
    )
    return [(employee_id, f"{no} {name}") for employee_id, no, name in session.execute(query)]
