"""What the payroll screen shows: a month's inputs and figures per employee, its status, and
the months there are."""

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.roles import Permission
from hrdesk.services import departments
from hrdesk.services.actor import Actor
from hrdesk.services.payroll.inputs import INPUT_FIELDS
from hrdesk.services.payroll.months import DRAFT, ZERO, employed_in
from hrdesk.storage.models import Employee, PayrollInput, PayrollMonth, Payslip
from hrdesk.storage.payroll_lock import LOCKED_STATUSES


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
    previous_net = _previous_net(session, month)
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


def _previous_net(session: Session, month: date) -> dict[int, Decimal]:
    """Each employee's 实发工资 of the month before, when it was calculated."""
    previous = session.scalar(
        select(PayrollMonth).where(PayrollMonth.month == add_months(month, -1))
    )
    if previous is None:
        return {}
    return dict(
        session.execute(
            select(Payslip.employee_id, Payslip.net_pay).where(Payslip.month_id == previous.id)
        ).all()
    )


def known_months(session: Session) -> list[date]:
    return list(session.scalars(select(PayrollMonth.month).order_by(PayrollMonth.month.desc())))
