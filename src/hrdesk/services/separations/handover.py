"""Handing the leaver's customers and their open invoices to successors."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.services import receivables
from hrdesk.services.actor import Actor
from hrdesk.services.separations.records import ZERO, get
from hrdesk.storage.models import Customer, Employee


@dataclass(frozen=True)
class CustomerToHand:
    id: int
    code: str
    name: str
    balance: Decimal


def customers_of(session: Session, actor: Actor, employee_id: int) -> list[CustomerToHand]:
    """The leaver's customers with what each still owes, for handing over."""
    actor.require(Permission.MANAGE_HANDOVER)
    customers = session.scalars(
        select(Customer).where(Customer.salesperson_id == employee_id).order_by(Customer.code)
    ).all()
    owed = receivables.open_balances(session, [c.id for c in customers]) if customers else {}
    return [
        CustomerToHand(c.id, c.code, c.name, sum((i[2] for i in owed.get(c.id, [])), ZERO))
        for c in customers
    ]


def hand_over(
    session: Session,
    actor: Actor,
    separation_id: int,
    customer_ids: list[int],
    successor_id: int,
    from_date: date,
) -> int:
    """Move customers and their open invoices to a successor from a date (several successors:
    one call each). Returns the invoices moved."""
    actor.require(Permission.MANAGE_HANDOVER)
    separation = get(session, separation_id)
    leaver = session.get(Employee, separation.employee_id)
    if successor_id == leaver.id:
        raise ValueError("接手人不能是离职员工本人")
    theirs = set(session.scalars(select(Customer.id).where(Customer.salesperson_id == leaver.id)))
    if not customer_ids or not set(customer_ids) <= theirs:
        raise ValueError("请选择离职员工名下的客户")
    return receivables.move_customers(
        session,
        actor,
        customer_ids,
        successor_id,
        from_date,
        f"{receivables.HANDOVER}：{leaver.name}",
        only_from=leaver.id,
    )
