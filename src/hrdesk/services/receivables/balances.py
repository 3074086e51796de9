"""What is owed: invoice balances on any date, settling, and receipts not yet applied."""

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, case, func, insert, or_, select, union_all, update
from sqlalchemy.orm import Session

from hrdesk.storage.base import as_money
from hrdesk.storage.models import Allocation, CreditNote, Invoice, Receipt, WriteOff

# A write-off's status: only an approved one reduces what is owed.
PENDING, APPROVED, REJECTED = "待审批", "已批准", "已驳回"


def _reduced_by(column, invoice_column, day_column, as_of: date | None, *where):
    """What one kind of record took off the invoice by as_of, as a correlated sum that reads
    the (invoice, day, amount) index rather than the whole table."""
    query = select(func.coalesce(func.sum(column), 0)).where(invoice_column == Invoice.id, *where)
    if as_of is not None:
        query = query.where(day_column <= as_of)
    return query.scalar_subquery()


def balance_query(as_of: date | None = None) -> tuple[Select, object]:
    """(a select of the invoices open on as_of, today when None, and their balance expression).

    Only invoices not settled by the date are read (settled_on is indexed), so ten years of
    paid invoices cost nothing; aging, letters and allocation all use it.
    """
    balance = (
        Invoice.amount
        - _reduced_by(Allocation.amount, Allocation.invoice_id, Allocation.applied_on, as_of)
        - _reduced_by(CreditNote.amount, CreditNote.invoice_id, CreditNote.issued_on, as_of)
        - _reduced_by(
            WriteOff.amount,
            WriteOff.invoice_id,
            WriteOff.decided_on,
            as_of,
            WriteOff.status == APPROVED,
        )
    ).label("balance")
    query = select(Invoice)
    if as_of is None:
        query = query.where(Invoice.settled_on.is_(None))
    else:
        query = query.where(
            Invoice.issued_on <= as_of,
            or_(Invoice.settled_on.is_(None), Invoice.settled_on > as_of),
        )
    return query, balance


def settle(session: Session, invoice_ids) -> None:
    """Work out again the day each of these invoices was settled, after what reduced it changed.

    Reductions never exceed an invoice's amount, so once they add up to it the invoice was
    settled on the latest of their days; until then it is open. One UPDATE per few hundred
    invoices, worked out by the database.
    """
    session.flush()  # the reductions just added count
    settled_on = _settled_on()
    for chunk in chunks(sorted(set(invoice_ids))):
        session.execute(
            update(Invoice.__table__).where(Invoice.id.in_(chunk)).values(settled_on=settled_on)
        )


def _settled_on():
    """For the invoice being updated: the latest day of its allocations, credit notes and
    approved write-offs once they add up to its amount, else NULL."""
    reductions = union_all(
        select(Allocation.applied_on.label("day"), Allocation.amount.label("amount"))
        .where(Allocation.invoice_id == Invoice.id)
        .correlate(Invoice),
        select(CreditNote.issued_on, CreditNote.amount)
        .where(CreditNote.invoice_id == Invoice.id)
        .correlate(Invoice),
        select(WriteOff.decided_on, WriteOff.amount)
        .where(WriteOff.invoice_id == Invoice.id, WriteOff.status == APPROVED)
        .correlate(Invoice),
    ).subquery("reductions")
    paid_in_full = func.coalesce(func.sum(reductions.c.amount), 0) >= Invoice.amount
    return select(case((paid_in_full, func.max(reductions.c.day)))).scalar_subquery()


def open_balances(session: Session, customer_ids: list[int] | None = None) -> dict[int, list[list]]:
    """customer id → [[invoice id, due date, open balance, issue date], …] of invoices still
    owed today."""
    query, balance = balance_query()
    query = query.with_only_columns(
        Invoice.customer_id, Invoice.id, Invoice.due_on, as_money(balance), Invoice.issued_on
    )
    query = query.where(balance != 0)
    found: dict[int, list[list]] = defaultdict(list)
    queries = (
        [query]
        if customer_ids is None
        else [query.where(Invoice.customer_id.in_(chunk)) for chunk in chunks(customer_ids)]
    )
    for each in queries:
        for customer_id, invoice_id, due_on, owed, issued_on in session.execute(each):
            found[customer_id].append([invoice_id, due_on, owed, issued_on])
    return found


def unapplied(session: Session, customer_ids: list[int] | None = None) -> dict[int, Decimal]:
    """customer id → what its receipts paid beyond the invoices they were applied to (预收/多付)."""
    applied = (
        select(Allocation.receipt_id, func.sum(Allocation.amount).label("total"))
        .group_by(Allocation.receipt_id)
        .subquery()
    )
    left = as_money(func.sum(Receipt.amount - func.coalesce(applied.c.total, 0)))
    query = (
        select(Receipt.customer_id, left)
        .outerjoin(applied, applied.c.receipt_id == Receipt.id)
        .where(Receipt.customer_id.is_not(None))
        .group_by(Receipt.customer_id)
    )
    if customer_ids is not None:
        query = query.where(Receipt.customer_id.in_(customer_ids))
    return {customer: total for customer, total in session.execute(query) if total}


def insert_all(session: Session, model, rows: list[dict], key) -> dict:
    """Insert many rows in one executemany; returns {key: new id}.

    New ids are read back by key rather than with RETURNING, whose many-row form costs SQLAlchemy
    quadratic time; the writer holds the transaction, so every new id is above the old maximum.
    """
    before = session.scalar(select(func.max(model.id))) or 0
    session.execute(insert(model.__table__), rows)
    return dict(session.execute(select(key, model.id).where(model.id > before)).all())


def chunks(items: list, size: int = 500):
    """Pieces small enough for an IN (…) on any database."""
    for start in range(0, len(items), size):
        yield items[start : start + size]
