"""A separation's record: its statuses, the checklist items' statuses, and fetching it."""

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk.storage.models import Invoice, Separation

ENTITY = "separation"
IN_PROGRESS, COMPLETED, CANCELLED = "办理中", "已完成", "已撤销"
TODO, DONE, WAIVED = "待办", "已完成", "已豁免"
ZERO = Decimal(0)


def get(session: Session, separation_id: int) -> Separation:
    separation = session.get(Separation, separation_id)
    if separation is None:
        raise ValueError("没有这条离职记录")
    return separation


def open_invoices_owned(session: Session, employee_id: int) -> int:
    return session.scalar(
        select(func.count(Invoice.id)).where(
            Invoice.owner_id == employee_id, Invoice.settled_on.is_(None)
        )
    )
