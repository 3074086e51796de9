"""Who owns an invoice on a day: its owner history, and moving customers to a successor."""

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.services import audit
from hrdesk.services.actor import Actor
from hrdesk.services.receivables.allocation import locked_months
from hrdesk.services.receivables.balances import open_balances
from hrdesk.storage.models import Customer, Employee, Invoice, InvoiceOwner

HANDOVER = "离职交接"  # the reason an invoice changed hands because its owner left


def reassign(
    session: Session,
    actor: Actor,
    customer_ids: list[int],
    successor_id: int,
    from_date: date,
    reason: str,
) -> int:
    """Move customers and their open invoices to a successor from a date; history kept, audited.

    Returns how many invoices changed owner.
    """
    actor.require(Permission.EDIT_RECEIVABLES)
    return move_customers(session, actor, customer_ids, successor_id, from_date, reason)


def move_customers(
    session: Session,
    actor: Actor,
    customer_ids: list[int],
    successor_id: int,
    from_date: date,
    reason: str,
    only_from: int | None = None,
) -> int:
    """reassign() for a caller that has checked the right itself (a leaver's handover);
    only_from limits the move to the invoices one salesperson owns."""
    _check_handover(session, successor_id, from_date)
    owed = open_balances(session, customer_ids)
    invoice_ids = [i[0] for invoices in owed.values() for i in invoices]
    moved = 0
    for invoice in session.scalars(select(Invoice).where(Invoice.id.in_(invoice_ids))):
        if invoice.owner_id == successor_id or only_from not in (None, invoice.owner_id):
            continue
        _hand_over(session, actor, invoice, successor_id, from_date, reason)
        moved += 1
    for customer in session.scalars(select(Customer).where(Customer.id.in_(customer_ids))):
        if customer.salesperson_id != successor_id:
            audit.record(
                session,
                actor,
                "客户移交",
                "customer",
                customer.code,
                "业务员",
                customer.salesperson_id,
                successor_id,
            )
            customer.salesperson_id = successor_id
    audit.record(
        session,
        actor,
        "应收移交",
        "invoice",
        None,
        "张数",
        None,
        f"{moved}（{reason}，自{from_date}）",
    )
    session.flush()
    return moved


def _check_handover(session: Session, successor_id: int, from_date: date) -> None:
    """The successor sells, and no approved payroll has paid commission on or after the date."""
    successor = session.get(Employee, successor_id)
    if successor is None or not successor.is_salesperson:
        raise ValueError("接手人必须是销售人员")
    approved = [m for m in locked_months(session) if m >= from_date.replace(day=1)]
    if approved:
        raise ValueError(
            f"{max(approved):%Y-%m} 的工资已审核，提成已按原业务员发放；移交日期须在其后"
        )


def _hand_over(
    session: Session,
    actor: Actor,
    invoice: Invoice,
    successor_id: int,
    from_date: date,
    reason: str,
) -> None:
    """One invoice to the successor from the date: its current owner's span ends there."""
    current = session.scalar(
        select(InvoiceOwner).where(
            InvoiceOwner.invoice_id == invoice.id, InvoiceOwner.until_date.is_(None)
        )
    )
    invoice.owner_id = successor_id
    if current is not None and from_date <= current.from_date:
        # issued on or after the handover day: the successor owns it from its issue
        current.salesperson_id, current.reason = successor_id, reason
        return
    if current is not None:
        current.until_date = from_date
    session.add(
        InvoiceOwner(
            invoice_id=invoice.id,
            salesperson_id=successor_id,
            from_date=from_date,
            reason=reason,
            assigned_by=actor.name,
        )
    )


def owner_on(day):
    """The invoice's owner on a day (a date or a date column), as a correlated subquery: it keeps
    invoices the only table a query drives from, so their settled_on index decides the cost."""
    return (
        select(InvoiceOwner.salesperson_id)
        .where(
            InvoiceOwner.invoice_id == Invoice.id,
            InvoiceOwner.from_date <= day,
            or_(InvoiceOwner.until_date.is_(None), InvoiceOwner.until_date > day),
        )
        .scalar_subquery()
    )
