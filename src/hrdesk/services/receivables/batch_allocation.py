"""Which invoices a bank statement's receipts paid, worked out by the database in a few statements.

The rule is allocation's (domain.receivables.oldest_first), applied receipt after receipt, the
earliest first: each pays its customer's open invoices oldest due first and keeps the rest as
credit. For one customer that is where two running totals overlap — the receipts' in their
order and the open balances' in theirs: a receipt covering yuan 100–300 of what the customer
paid pays whatever part of yuan 100–300 of what it owed each invoice holds. So the database
lays both out with window sums over temporary tables and joins them, and the allocations are
inserted without a row passing through Python. A customer one of whose new receipts names an
invoice (核销单号) is applied by allocation.allocate_receipts instead, receipt by receipt: the
named invoice paid first changes what the later receipts find.
"""

from sqlalchemy import (
    BigInteger,
    Column,
    Date,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    case,
    delete,
    func,
    insert,
    literal,
    select,
    union,
)
from sqlalchemy.orm import Session

from hrdesk.services.actor import Actor
from hrdesk.services.receivables.allocation import (
    ReceiptToApply,
    allocate_receipts,
    commission_month,
    locked_months,
)
from hrdesk.services.receivables.balances import balance_query, settle
from hrdesk.storage.base import UtcDateTime, utc_now
from hrdesk.storage.bulk import insert_rows
from hrdesk.storage.models import Allocation, Invoice, Receipt

KEYS_AT_ONCE = 10_000  # keys one insert holds in memory

_tables = MetaData()
# The batch's receipts by key (their ids are the database's, never read back into Python) …
_KEYS = Table(
    "batch_keys", _tables, Column("line_key", String(80), primary_key=True), prefixes=["TEMPORARY"]
)
# … and what allocating them needs (amounts in fen).
_PAYING = Table(
    "batch_receipts",
    _tables,
    Column("id", Integer, primary_key=True),
    Column("customer_id", Integer, nullable=False),
    Column("received_on", Date, nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("named_invoice_no", String(50), nullable=False),
    prefixes=["TEMPORARY"],
)
# Their customers' open invoices, each with where it starts and ends in its customer's running
# total of what is owed, oldest due first.
_OWED = Table(
    "batch_invoices",
    _tables,
    Column("id", Integer, primary_key=True),
    Column("customer_id", Integer, nullable=False),
    Column("issued_on", Date, nullable=False),
    Column("due_on", Date, nullable=False),
    Column("start", BigInteger, nullable=False),
    Column("end", BigInteger, nullable=False),
    Index("ix_batch_invoices_customer_end", "customer_id", "end"),
    prefixes=["TEMPORARY"],
)
# The commission month of each day money may be applied on (see allocation.commission_month).
_MONTHS = Table(
    "batch_commission_days",
    _tables,
    Column("day", Date, primary_key=True),
    Column("month", Date, nullable=False),
    prefixes=["TEMPORARY"],
)


def allocate_batch(session: Session, actor: Actor, line_keys: list[str]) -> None:
    """Apply the receipts just stored under these keys (each matched to a customer), as
    allocate_receipts would apply them one by one."""
    if not line_keys:
        return
    connection = session.connection()
    # Made inside the caller's transaction: if anything fails they go with the rest of it.
    _tables.create_all(connection, checkfirst=False)
    for start in range(0, len(line_keys), KEYS_AT_ONCE):
        keys = line_keys[start : start + KEYS_AT_ONCE]
        insert_rows(session, _KEYS, [{"line_key": key} for key in keys])
    session.execute(_receipts())
    _allocate_named(session, actor)
    session.execute(_invoice_spans())
    _fill_months(session)
    paid_off = session.scalars(_paid_off()).all()
    session.execute(_allocations(actor))
    settle(session, paid_off)
    _tables.drop_all(connection, checkfirst=False)


def _receipts():
    """INSERT … SELECT of the batch's receipts."""
    columns = ["id", "customer_id", "received_on", "amount", "named_invoice_no"]
    found = select(*(Receipt.__table__.c[name] for name in columns)).join(
        _KEYS, _KEYS.c.line_key == Receipt.line_key
    )
    return insert(_PAYING).from_select(columns, found)


def _allocate_named(session: Session, actor: Actor) -> None:
    """The receipts of customers one of whose receipts names an invoice, applied receipt by
    receipt by allocation's own rule, then left out of the batch."""
    named = select(_PAYING.c.customer_id).where(_PAYING.c.named_invoice_no != "")
    query = (
        select(_PAYING.c.id, _PAYING.c.customer_id, Receipt.received_on, Receipt.amount, Invoice.id)
        .join(Receipt, Receipt.id == _PAYING.c.id)
        .outerjoin(Invoice, Invoice.number == _PAYING.c.named_invoice_no)
        .where(_PAYING.c.customer_id.in_(named))
    )
    found = session.execute(query).all()
    if not found:
        return
    allocate_receipts(
        session,
        actor,
        [ReceiptToApply(id_, customer, day, amount) for id_, customer, day, amount, _n in found],
        {row[0]: row[4] for row in found if row[4] is not None},
    )
    session.execute(delete(_PAYING).where(_PAYING.c.customer_id.in_(named)))


def _invoice_spans():
    """INSERT … SELECT of the batch's customers' open invoices and their spans."""
    query, balance = balance_query()
    open_ = (
        query.with_only_columns(
            Invoice.id, Invoice.customer_id, Invoice.issued_on, Invoice.due_on, balance
        )
        .where(Invoice.customer_id.in_(select(_PAYING.c.customer_id)), balance > 0)
        .subquery("open")
    )
    owed = func.sum(open_.c.balance).over(
        partition_by=open_.c.customer_id, order_by=(open_.c.due_on, open_.c.id), rows=(None, 0)
    )
    spans = select(
        open_.c.id,
        open_.c.customer_id,
        open_.c.issued_on,
        open_.c.due_on,
        owed - open_.c.balance,
        owed,
    )
    columns = ["id", "customer_id", "issued_on", "due_on", "start", "end"]
    return insert(_OWED).from_select(columns, spans)


def _fill_months(session: Session) -> None:
    """Each day an allocation may fall on — a receipt's date or an invoice's issue date — with
    its commission month."""
    days = union(select(_PAYING.c.received_on), select(_OWED.c.issued_on))
    locked = locked_months(session)
    rows = [{"day": day, "month": commission_month(day, locked)} for day in session.scalars(days)]
    insert_rows(session, _MONTHS, rows)


def _paid_off():
    """The invoices the batch pays in full: their span ends within what the customer paid."""
    paid = (
        select(_PAYING.c.customer_id, func.sum(_PAYING.c.amount).label("total"))
        .group_by(_PAYING.c.customer_id)
        .subquery("paid")
    )
    return select(_OWED.c.id).join(
        paid, (paid.c.customer_id == _OWED.c.customer_id) & (_OWED.c.end <= paid.c.total)
    )


def _allocations(actor: Actor):
    """INSERT … SELECT of every part a receipt pays: the overlap of its span and an invoice's,
    paid on the receipt's date or the invoice's issue date if later, in the order one receipt
    after another would have made them."""
    paid = func.sum(_PAYING.c.amount).over(
        partition_by=_PAYING.c.customer_id,
        order_by=(_PAYING.c.received_on, _PAYING.c.id),
        rows=(None, 0),
    )
    receipts = select(
        _PAYING.c.id,
        _PAYING.c.customer_id,
        _PAYING.c.received_on,
        (paid - _PAYING.c.amount).label("start"),
        paid.label("end"),
    ).subquery("paying")
    r, i = receipts.c, _OWED.c
    upper = case((r.end < i.end, r.end), else_=i.end)
    lower = case((r.start > i.start, r.start), else_=i.start)
    day = case((i.issued_on > r.received_on, i.issued_on), else_=r.received_on)
    # The invoices a receipt's span overlaps end after it starts, up to the first that ends
    # where it ends or later (spans lie end to end): an index range, not every invoice.
    later = _OWED.alias("later")
    reach = (
        select(func.min(later.c.end))
        .where(later.c.customer_id == r.customer_id, later.c.end >= r.end)
        .scalar_subquery()
    )
    overlap = (
        (i.customer_id == r.customer_id)
        & (i.end > r.start)
        & (i.end <= func.coalesce(reach, r.end))
    )
    parts = (
        select(
            r.id,
            i.id,
            upper - lower,
            day,
            _MONTHS.c.month,
            literal(utc_now(), UtcDateTime()),
            literal(actor.name, String()),
        )
        .join_from(receipts, _OWED, overlap)
        .join(_MONTHS, _MONTHS.c.day == day)
        .order_by(r.received_on, r.id, i.due_on, i.id)
    )
    columns = ["receipt_id", "invoice_id", "amount", "applied_on", "commission_month", "created_at", "created_by"]  # fmt: skip
    return insert(Allocation).from_select(columns, parts)
