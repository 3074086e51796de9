"""The company at a glance for 首页: head count and customers."""

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk.domain.employees import EmployeeStatus
from hrdesk.domain.roles import Permission
from hrdesk.services import settings
from hrdesk.services.actor import Actor
from hrdesk.storage.models import Customer, Employee


@dataclass(frozen=True)
class Overview:
    company_name: str
    employed: int  # 在职 and 试用
    on_probation: int
    salespeople: int
    customers: int


def overview(session: Session, actor: Actor) -> Overview:
    actor.require(Permission.VIEW_EMPLOYEES)
    by_status = dict(
        session.execute(select(Employee.status, func.count()).group_by(Employee.status)).all()
    )
    salespeople = session.scalar(
        select(func.count())
        .select_from(Employee)
        .where(Employee.is_salesperson, Employee.status != EmployeeStatus.LEFT.value)
    )
    customers = session.scalar(select(func.count()).select_from(Customer))
    return Overview(
        company_name=settings.get(session, "company_name"),
        employed=by_status.get("在职", 0) + by_status.get("试用", 0),
        on_probation=by_status.get("试用", 0),
        salespeople=salespeople,
        customers=customers,
    )
