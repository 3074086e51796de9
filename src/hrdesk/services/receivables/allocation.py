"""Which invoices a receipt paid: allocation oldest due first, credits, and the clerk's re-allocation."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.receivables import ZERO, oldest_first
from hrdesk.domain.roles import Permission
from hrdesk.services import audit
from hrdesk.services.actor import Actor
from hrdesk.services.receivables.balances import open_balances, settle, unapplied
from hrdesk.storage.base import as_money
from hrdesk.storage.models import Allocation, Invoice, PayrollMonth, Receipt
from hrdesk.storage.payroll_lock import LOCKED_STATUSES


def locked_months(session: Session) -> set[date]:
    return set(
        session.scalars(select(PayrollMonth.month).where(PayrollMonth.status.in_(LOCKED_STATUSES)))
    )


def commission_month(applied_on: date, locked: set[date]) -> date:
    """The pay month whose commission counts money applied on a day: that day's month, or the
    next open one when its payroll is already approved, so a late import still pays."""
    month = applied_on.replace(day=1)
    while month in locked:
        month = add_months(month, 1)
    return month


class ReceiptToApply(NamedTuple):
    id: int
    customer_id: int
    received_on: date
    amount: Decimal


def _apply(
    actor: Actor,
    receipt: ReceiptToApply,
    amount: Decimal,
    invoices: list[list],
    named: int | None,
    locked: set[date],
) -> list[dict]:
    """Allocation rows for one receipt's amount over a customer's open invoices (balances in
    `invoices` are reduced in place). Money paid before an invoice existed pays it from its
    issue date."""
    applied, _credit = oldest_first(amount, [(i[0], i[1], i[2]) for i in invoices], named)
    by_id = {i[0]: i for i in invoices}
    rows = []
    for invoice_id, part in applied:
        invoice = by_id[invoice_id]
        invoice[2] -= part
        day = max(receipt.received_on, invoice[3])
        rows.append(
            {
                "receipt_id": receipt.id,
                "invoice_id": invoice_id,
                "amount": part,
                "applied_on": day,
                "commission_month": commission_month(day, locked),
                "created_by": actor.name,
            }
        )
    return rows


def allocate_receipts(
    session: Session, actor: Actor, receipts: list[ReceiptToApply], named: dict[int, int | None]
) -> int:
    """Apply matched receipts, earliest first: the named invoice, then oldest due; the rest is credit.

    named maps a receipt id to the invoice its 核销单号 names. Returns the allocations made.
    """
    owed = open_balances(session, sorted({r.customer_id for r in receipts if r.customer_id}))
    locked = locked_months(session)
    rows = []
    for receipt in sorted(receipts, key=lambda r: (r.received_on, r.id)):
        invoices = owed.get(receipt.customer_id, [])
        rows += _apply(actor, receipt, receipt.amount, invoices, named.get(receipt.id), locked)
        owed[receipt.customer_id] = [i for i in invoices if i[2] > 0]
    _add_allocations(session, rows, owed)
    return len(rows)


def _add_allocations(session: Session, rows: list[dict], still_owed: dict[int, list[list]]) -> None:
    """Insert allocations and settle the invoices they paid off (the others stay open)."""
    if not rows:
        return
    session.execute(insert(Allocation.__table__), rows)
    open_ids = {i[0] for invoices in still_owed.values() for i in invoices}
    settle(session, {row["invoice_id"] for row in rows} - open_ids)


def apply_credits(session: Session, actor: Actor, customer_ids: list[int]) -> int:
    """Apply customers' earlier overpayments to invoices still open, oldest due first."""
    credit = unapplied(session, customer_ids)
    if not credit:
        return 0
    applied_per_receipt = dict(
        session.execute(
            select(Allocation.receipt_id, as_money(func.sum(Allocation.amount)))
            .join(Receipt, Receipt.id == Allocation.receipt_id)
            .where(Receipt.customer_id.in_(list(credit)))
            .group_by(Allocation.receipt_id)
        ).all()
    )
    owed = open_balances(session, list(credit))
    locked = locked_months(session)
    rows = []
    receipts = session.scalars(
        select(Receipt)
        .where(Receipt.customer_id.in_(list(credit)))
        .order_by(Receipt.received_on, Receipt.id)
    )
    for receipt in receipts:
        left = receipt.amount - applied_per_receipt.get(receipt.id, ZERO)
        invoices = owed.get(receipt.customer_id, [])
        if left <= 0 or not invoices:
            continue
        made = _apply(
            actor,
            ReceiptToApply(receipt.id, receipt.customer_id, receipt.received_on, receipt.amount),
            left,
            invoices,
            None,
            locked,
        )
        for row in made:
            audit.record(
                session,
                actor,
                "预收冲抵",
                "receipt",
                receipt.id,
                "应收单",
                None,
                f"{row['invoice_id']}: {row['amount']}",
            )
        rows += made
        owed[receipt.customer_id] = [i for i in invoices if i[2] > 0]
    _add_allocations(session, rows, owed)
    return len(rows)


@dataclass(frozen=True)
class OpenInvoice:
    id: int
    number: str
    due_on: date
    balance: Decimal  # what is owed, not counting this receipt's own applications
    applied_here: Decimal  # what this receipt applies to it now


def reallocation_choices(session: Session, actor: Actor, receipt_id: int) -> list[OpenInvoice]:
    """The customer's invoices a receipt could pay, with what it pays each now."""
    actor.require(Permission.VIEW_RECEIVABLES)
    receipt = session.get(Receipt, receipt_id)
    if receipt is None or receipt.customer_id is None:
        raise ValueError("请先为这笔收款匹配客户")
    here = {
        a.invoice_id: a.amount
        for a in session.scalars(select(Allocation).where(Allocation.receipt_id == receipt_id))
    }
    owed = {
        i[0]: i[2]
        for i in open_balances(session, [receipt.customer_id]).get(receipt.customer_id, [])
    }
    ids = set(owed) | set(here)
    invoices = session.scalars(
        select(Invoice).where(Invoice.id.in_(ids)).order_by(Invoice.due_on, Invoice.number)
    )
    return [
        OpenInvoice(
            i.id,
            i.number,
            i.due_on,
            owed.get(i.id, ZERO) + here.get(i.id, ZERO),
            here.get(i.id, ZERO),
        )
        for i in invoices
    ]


def reallocate(
    session: Session,
    actor: Actor,
    receipt_id: int,
    parts: dict[int, Decimal],
    reason: str,
) -> None:
    """Replace a receipt's applications by the clerk's own (invoice id → amount); audited.

    The money still paid on the receipt's date, so balances on earlier dates stay as they were.
    Applications whose commission month is approved are refused: they were paid on.
    """
    actor.require(Permission.EDIT_RECEIVABLES)
    if not reason.strip():
        raise ValueError("请写明重新核销的原因")
    receipt = session.get(Receipt, receipt_id)
    if receipt is None or receipt.customer_id is None:
        raise ValueError("请先为这笔收款匹配客户")
    if any(amount < 0 for amount in parts.values()):
        raise ValueError("核销金额不能为负")
    if sum(parts.values(), ZERO) > receipt.amount:
        raise ValueError(f"核销合计超过收款金额 {receipt.amount}")
    current = list(session.scalars(select(Allocation).where(Allocation.receipt_id == receipt_id)))
    locked = locked_months(session)
    if any(a.commission_month in locked for a in current):
        raise ValueError("这笔收款的提成已随已审核的工资月份发放，不能重新核销；请在工资中做调整")
    invoices = _payable(session, receipt, current, parts)
    for a in current:
        number = invoices[a.invoice_id].number
        audit.record(session, actor, "取消核销", "receipt", receipt_id, number, a.amount, reason)
        session.delete(a)
    session.flush()
    for invoice_id, amount in parts.items():
        if amount:
            _apply_part(session, actor, receipt, invoices[invoice_id], amount, reason, locked)
    session.flush()
    settle(session, [a.invoice_id for a in current] + list(parts))


def _payable(
    session: Session, receipt: Receipt, current: list[Allocation], parts: dict[int, Decimal]
) -> dict[int, Invoice]:
    """The customer's invoices by id, once each part is checked to fit what its invoice owes
    without this receipt's own applications."""
    owed = {i[0]: i[2] for i in open_balances(session, [receipt.customer_id])[receipt.customer_id]}
    for a in current:
        owed[a.invoice_id] = owed.get(a.invoice_id, ZERO) + a.amount
    invoices = {
        i.id: i
        for i in session.scalars(select(Invoice).where(Invoice.customer_id == receipt.customer_id))
    }
    for invoice_id, amount in parts.items():
        if invoice_id not in invoices:
            raise ValueError("只能核销到付款客户自己的应收单")
        if amount > owed.get(invoice_id, ZERO):
            raise ValueError(
                f"应收单{invoices[invoice_id].number}的未收余额只有{owed.get(invoice_id, ZERO)}"
            )
    return invoices


def _apply_part(
    session: Session,
    actor: Actor,
    receipt: Receipt,
    invoice: Invoice,
    amount: Decimal,
    reason: str,
    locked: set[date],
) -> None:
    """One of the clerk's applications, paid on the receipt's date (or the invoice's, if later)."""
    day = max(receipt.received_on, invoice.issued_on)
    session.add(
        Allocation(
            receipt_id=receipt.id,
            invoice_id=invoice.id,
            amount=amount,
            applied_on=day,
            commission_month=commission_month(day, locked),
            created_by=actor.name,
        )
    )
    audit.record(
        session, actor, "核销", "receipt", receipt.id, invoice.number, None, f"{amount}（{reason}）"
    )
