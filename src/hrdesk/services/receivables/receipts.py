"""Bank receipts kept: adding bank lines, the receipt list, and money that is no customer's."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.services import audit
from hrdesk.services.actor import Actor
from hrdesk.services.receivables.allocation import ReceiptToApply, allocate_receipts
from hrdesk.services.receivables.balances import chunks, insert_all
from hrdesk.storage.base import as_money
from hrdesk.storage.models import Allocation, Customer, Invoice, Receipt


def add_receipts(session: Session, actor: Actor, rows: list[dict]) -> int:
    """New bank lines, those matched to a customer applied at once (the 核销单号 first).

    Returns how many allocations were made.
    """
    if not rows:
        return 0
    ids = insert_all(
        session, Receipt, [{**row, "created_by": actor.name} for row in rows], Receipt.line_key
    )
    named_numbers = {row["named_invoice_no"] for row in rows if row["named_invoice_no"]}
    numbers = {}
    for chunk in chunks(sorted(named_numbers)):
        numbers.update(
            session.execute(
                select(Invoice.number, Invoice.id).where(Invoice.number.in_(chunk))
            ).all()
        )
    matched = [row for row in rows if row["customer_id"]]
    return allocate_receipts(
        session,
        actor,
        [
            ReceiptToApply(ids[r["line_key"]], r["customer_id"], r["received_on"], r["amount"])
            for r in matched
        ],
        {
            ids[r["line_key"]]: numbers.get(r["named_invoice_no"])
            for r in matched
            if r["named_invoice_no"]
        },
    )


def receipts_by_key(session: Session, keys: list[str]) -> dict[str, tuple[date, Decimal]]:
    """The receipts already kept under these keys: key → (date, amount)."""
    found = {}
    for chunk in chunks(sorted(set(keys))):
        query = select(Receipt.line_key, Receipt.received_on, Receipt.amount).where(
            Receipt.line_key.in_(chunk)
        )
        found.update({key: (day, amount) for key, day, amount in session.execute(query)})
    return found


@dataclass(frozen=True)
class ReceiptRow:
    id: int
    received_on: date
    transaction_no: str
    payer_name: str
    customer: str  # code and name; empty while unmatched
    amount: Decimal
    applied: Decimal

    @property
    def credit(self) -> Decimal:
        return self.amount - self.applied


def receipt_list(
    session: Session, actor: Actor, search: str = "", limit: int = 1000
) -> list[ReceiptRow]:
    """The latest receipts, newest first; search matches the payer, the customer or the 流水号."""
    actor.require(Permission.VIEW_RECEIVABLES)
    applied = (
        select(Allocation.receipt_id, func.sum(Allocation.amount).label("total"))
        .group_by(Allocation.receipt_id)
        .subquery()
    )
    query = (
        select(Receipt, Customer.code, Customer.name, as_money(func.coalesce(applied.c.total, 0)))
        .outerjoin(Customer, Customer.id == Receipt.customer_id)
        .outerjoin(applied, applied.c.receipt_id == Receipt.id)
        .order_by(Receipt.received_on.desc(), Receipt.id.desc())
        .limit(limit)
    )
    if search.strip():
        pattern = f"%{search.strip()}%"
        query = query.where(
            or_(
                Receipt.payer_name.like(pattern),
                Receipt.transaction_no.like(pattern),
                Customer.code.like(pattern),
                Customer.name.like(pattern),
            )
        )
    return [
        ReceiptRow(
            r.id,
            r.received_on,
            r.transaction_no,
            r.payer_name,
            f"{code} {name}"
            if code
            else (f"非客户款项：{r.dismissed_reason}" if r.dismissed_reason else ""),
            r.amount,
            total,
        )
        for r, code, name, total in session.execute(query)
    ]


def dismiss_receipt(session: Session, actor: Actor, receipt_id: int, reason: str) -> None:
    """Take a credit off the unmatched queue as no customer's money (interest, a refund, a loan)."""
    actor.require(Permission.EDIT_RECEIVABLES)
    if not reason.strip():
        raise ValueError("请写明这笔款项是什么（如：银行结息、供应商退款、借款）")
    receipt = session.get(Receipt, receipt_id)
    if receipt is None or receipt.customer_id is not None:
        raise ValueError("只有未匹配的收款可以标为非客户款项")
    receipt.dismissed_reason = reason.strip()
    audit.record(session, actor, "非客户款项", "receipt", receipt_id, "说明", None, reason)
    session.flush()


def receipt_rows(session: Session) -> list[list]:
    query = (
        select(Receipt, Customer.code)
        .outerjoin(Customer, Customer.id == Receipt.customer_id)
        .order_by(Receipt.received_on, Receipt.id)
    )
    return [
        [
            r.received_on,
            r.transaction_no,
            r.payer_name,
            r.amount,
            r.memo,
            code or "",
            r.named_invoice_no,
            "",
            "",
            r.balance,
        ]
        for r, code in session.execute(query)
    ]
