"""Receivables records (应收账款): invoices, receipts, allocations, credit notes, write-offs.

An invoice's amount never changes; what is still owed is the amount less what was applied
to it, credited and written off, each its own record. Receipts go to a customer by code or
by a payer name the clerk confirmed; an unsure one waits in the 未匹配 queue.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import Select, func, insert, or_, select, union_all, update
from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.money import round_fen
from hrdesk.domain.receivables import ZERO, normalise_name, oldest_first
from hrdesk.domain.roles import Permission
from hrdesk.services import audit
from hrdesk.services.actor import Actor
from hrdesk.storage.base import as_money
from hrdesk.storage.models import (
    Acknowledgement,
    Allocation,
    CreditNote,
    Customer,
    CustomerAlias,
    Employee,
    Invoice,
    InvoiceOwner,
    PayrollMonth,
    Receipt,
    WriteOff,
)
from hrdesk.storage.payroll_lock import LOCKED_STATUSES

PENDING, APPROVED, REJECTED = "待审批", "已批准", "已驳回"
HANDOVER = "离职交接"  # the reason an invoice changed hands because its owner left
# 对账函送达: a letter shown to have reached the customer is a demand (诉讼时效规定 第8条).
ACKNOWLEDGEMENT_KINDS = ("对账函确认", "对账函送达", "催款函", "还款计划")


# -- balances ------------------------------------------------------------------


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
    settled on the latest of their days; until then it is open.
    """
    for chunk in chunks(sorted(set(invoice_ids))):
        kinds = union_all(
            select(
                Allocation.invoice_id.label("invoice_id"),
                Allocation.applied_on.label("day"),
                Allocation.amount.label("amount"),
            ).where(Allocation.invoice_id.in_(chunk)),
            select(CreditNote.invoice_id, CreditNote.issued_on, CreditNote.amount).where(
                CreditNote.invoice_id.in_(chunk)
            ),
            select(WriteOff.invoice_id, WriteOff.decided_on, WriteOff.amount).where(
                WriteOff.invoice_id.in_(chunk), WriteOff.status == APPROVED
            ),
        ).subquery()
        reduced = {
            invoice_id: (total, last)
            for invoice_id, total, last in session.execute(
                select(
                    kinds.c.invoice_id, as_money(func.sum(kinds.c.amount)), func.max(kinds.c.day)
                ).group_by(kinds.c.invoice_id)
            )
        }
        changes = []
        for invoice_id, amount in session.execute(
            select(Invoice.id, Invoice.amount).where(Invoice.id.in_(chunk))
        ):
            total, last = reduced.get(invoice_id, (ZERO, None))
            changes.append({"id": invoice_id, "settled_on": last if total >= amount else None})
        session.execute(update(Invoice), changes)


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


# -- matching and allocation ------------------------------------------------------


class PayerIndex:
    """Customers by code, and by normalised name or confirmed alias; a name of two stays unsure."""

    def __init__(self, session: Session):
        self.by_code = dict(session.execute(select(Customer.code, Customer.id)).all())
        names: dict[str, set[int]] = defaultdict(set)
        for customer_id, name in session.execute(select(Customer.id, Customer.name)):
            names[normalise_name(name)].add(customer_id)
        self.by_name = names
        # A name the clerk confirmed wins over names alike: that is what confirming is for.
        self.confirmed = dict(
            session.execute(select(CustomerAlias.alias, CustomerAlias.customer_id)).all()
        )

    def candidates(self, payer: str) -> set[int]:
        name = normalise_name(payer)
        if name in self.confirmed:
            return {self.confirmed[name]}
        return self.by_name.get(name, set())

    def match(self, payer: str) -> int | None:
        """The one customer the payer name fits; None for none or several."""
        found = self.candidates(payer)
        return next(iter(found)) if len(found) == 1 else None


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


# -- the unmatched queue ----------------------------------------------------------


@dataclass(frozen=True)
class UnmatchedReceipt:
    id: int
    received_on: date
    transaction_no: str
    payer_name: str
    amount: Decimal
    memo: str
    candidates: list[tuple[int, str, str]]  # (customer id, code, name) whose name fits


def unmatched(session: Session, actor: Actor) -> list[UnmatchedReceipt]:
    """Receipts waiting for the clerk, oldest first, with the customers their payer name fits."""
    actor.require(Permission.VIEW_RECEIVABLES)
    index = PayerIndex(session)
    customers = {c.id: c for c in session.scalars(select(Customer))}
    found = []
    waiting = select(Receipt).where(
        Receipt.customer_id.is_(None), Receipt.dismissed_reason.is_(None)
    )
    for receipt in session.scalars(waiting.order_by(Receipt.received_on)):
        fits = index.candidates(receipt.payer_name)
        found.append(
            UnmatchedReceipt(
                receipt.id,
                receipt.received_on,
                receipt.transaction_no,
                receipt.payer_name,
                receipt.amount,
                receipt.memo,
                [(i, customers[i].code, customers[i].name) for i in sorted(fits)],
            )
        )
    return found


def assign_customer(
    session: Session, actor: Actor, receipt_id: int, customer_id: int, remember_payer: bool
) -> int:
    """The clerk says whose a receipt is; remembering the payer name matches its other receipts
    too. Each is applied at once. Returns how many receipts were matched."""
    actor.require(Permission.EDIT_RECEIVABLES)
    receipt = session.get(Receipt, receipt_id)
    if receipt is None or receipt.customer_id is not None or receipt.dismissed_reason:
        raise ValueError("这笔收款已经匹配过客户或标为非客户款项")
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise ValueError("没有这个客户")
    matched = [receipt]
    if remember_payer:
        alias = normalise_name(receipt.payer_name)
        known = session.scalar(select(CustomerAlias).where(CustomerAlias.alias == alias))
        if known is not None and known.customer_id != customer_id:
            raise ValueError(f"付款方“{receipt.payer_name}”已确认为另一客户的付款方")
        if known is None:
            session.add(
                CustomerAlias(customer_id=customer_id, alias=alias, confirmed_by=actor.name)
            )
            audit.record(
                session,
                actor,
                "确认付款方",
                "customer",
                customer.code,
                "别名",
                None,
                receipt.payer_name,
            )
        matched += [
            other
            for other in session.scalars(
                select(Receipt).where(
                    Receipt.customer_id.is_(None),
                    Receipt.dismissed_reason.is_(None),
                    Receipt.id != receipt.id,
                )
            )
            if normalise_name(other.payer_name) == alias
        ]
    for each in matched:
        each.customer_id = customer_id
        audit.record(session, actor, "匹配收款", "receipt", each.id, "客户", None, customer.code)
    session.flush()
    invoice_ids = dict(
        session.execute(
            select(Invoice.number, Invoice.id).where(Invoice.customer_id == customer_id)
        ).all()
    )
    allocate_receipts(
        session,
        actor,
        [ReceiptToApply(r.id, customer_id, r.received_on, r.amount) for r in matched],
        {r.id: invoice_ids.get(r.named_invoice_no) for r in matched},
    )
    return len(matched)


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


def salespeople(session: Session) -> list[tuple[int, str]]:
    """(id, 工号 姓名) of everyone marked a salesperson, by 工号: for filters and pickers."""
    query = (
        select(Employee.id, Employee.employee_no, Employee.name)
        .where(Employee.is_salesperson.is_(True))
        .order_by(Employee.employee_no)
    )
    return [(person_id, f"{no} {name}") for person_id, no, name in session.execute(query)]


def customer_choices(session: Session) -> list[tuple[int, str, str]]:
    """(id, code, name) of every customer, by code: for pickers."""
    return [
        tuple(row)
        for row in session.execute(
            select(Customer.id, Customer.code, Customer.name).order_by(Customer.code)
        )
    ]


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


# -- re-allocating a receipt ---------------------------------------------------------


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
    owed = {i[0]: i[2] for i in open_balances(session, [receipt.customer_id])[receipt.customer_id]}
    for a in current:
        owed[a.invoice_id] = owed.get(a.invoice_id, ZERO) + a.amount
    invoices = {
        i.id: i
        for i in session.scalars(select(Invoice).where(Invoice.customer_id == receipt.customer_id))
    }
    numbers = {invoice_id: invoice.number for invoice_id, invoice in invoices.items()}
    for invoice_id, amount in parts.items():
        if invoice_id not in numbers:
            raise ValueError("只能核销到付款客户自己的应收单")
        if amount > owed.get(invoice_id, ZERO):
            raise ValueError(
                f"应收单{numbers[invoice_id]}的未收余额只有{owed.get(invoice_id, ZERO)}"
            )
    for a in current:
        audit.record(
            session,
            actor,
            "取消核销",
            "receipt",
            receipt_id,
            numbers[a.invoice_id],
            a.amount,
            reason,
        )
        session.delete(a)
    session.flush()
    touched = [a.invoice_id for a in current] + list(parts)
    for invoice_id, amount in parts.items():
        if amount:
            day = max(receipt.received_on, invoices[invoice_id].issued_on)
            session.add(
                Allocation(
                    receipt_id=receipt_id,
                    invoice_id=invoice_id,
                    amount=amount,
                    applied_on=day,
                    commission_month=commission_month(day, locked),
                    created_by=actor.name,
                )
            )
            audit.record(
                session,
                actor,
                "核销",
                "receipt",
                receipt_id,
                numbers[invoice_id],
                None,
                f"{amount}（{reason}）",
            )
    session.flush()
    settle(session, touched)


# -- credit notes, write-offs, acknowledgements -------------------------------------


def _open_balance(session: Session, invoice_id: int) -> Decimal:
    if session.get(Invoice, invoice_id) is None:
        raise ValueError("没有这张应收单")
    query, balance = balance_query()
    owed = session.execute(
        query.with_only_columns(as_money(balance)).where(Invoice.id == invoice_id)
    ).scalar_one_or_none()
    return ZERO if owed is None else owed  # None: settled


def add_credit_note(
    session: Session,
    actor: Actor,
    invoice_id: int,
    number: str,
    issued_on: date,
    amount: Decimal,
    reason: str,
) -> None:
    """红字冲减: a return or price cut reduces what is owed, by its own numbered record."""
    actor.require(Permission.EDIT_RECEIVABLES)
    amount = round_fen(amount)
    if not number.strip() or not reason.strip():
        raise ValueError("红字单号和原因都必须填写")
    if amount <= 0:
        raise ValueError("冲减金额必须大于0")
    if amount > _open_balance(session, invoice_id):
        raise ValueError("冲减金额超过这张应收单的未收余额")
    if session.scalar(select(CreditNote.id).where(CreditNote.number == number)):
        raise ValueError(f"红字单号{number}已经用过")
    session.add(
        CreditNote(
            number=number,
            invoice_id=invoice_id,
            issued_on=issued_on,
            amount=amount,
            reason=reason,
            created_by=actor.name,
        )
    )
    audit.record(
        session, actor, "红字冲减", "invoice", invoice_id, number, None, f"{amount}（{reason}）"
    )
    session.flush()
    settle(session, [invoice_id])


def request_write_off(
    session: Session, actor: Actor, invoice_id: int, amount: Decimal, reason: str
) -> int:
    """Ask to write off a bad debt (坏账核销); it counts only once someone else approves it."""
    actor.require(Permission.EDIT_RECEIVABLES)
    amount = round_fen(amount)
    if not reason.strip():
        raise ValueError("坏账核销必须写明原因（如：客户已注销、诉讼时效已过）")
    if amount <= 0 or amount > _open_balance(session, invoice_id):
        raise ValueError("核销金额必须大于0且不超过未收余额")
    pending = session.scalar(
        select(WriteOff.id).where(WriteOff.invoice_id == invoice_id, WriteOff.status == PENDING)
    )
    if pending:
        raise ValueError("这张应收单已有待审批的坏账核销")
    write_off = WriteOff(
        invoice_id=invoice_id, amount=amount, reason=reason, status=PENDING, requested_by=actor.name
    )
    session.add(write_off)
    session.flush()
    audit.record(
        session, actor, "申请坏账核销", "invoice", invoice_id, "金额", None, f"{amount}（{reason}）"
    )
    return write_off.id


def decide_write_off(
    session: Session, actor: Actor, write_off_id: int, approve: bool, today: date
) -> None:
    """批准 or 驳回; the one who asked may not approve their own request."""
    actor.require(Permission.APPROVE_WRITE_OFF)
    write_off = session.get(WriteOff, write_off_id)
    if write_off is None or write_off.status != PENDING:
        raise ValueError("这笔坏账核销不在待审批状态")
    if approve and write_off.requested_by == actor.name:
        raise ValueError("坏账核销须由申请人以外的人审批")
    if approve and write_off.amount > _open_balance(session, write_off.invoice_id):
        raise ValueError("申请后这张应收单已有收款，核销金额超过了现在的未收余额，请驳回后重新申请")
    write_off.status = APPROVED if approve else REJECTED
    write_off.decided_on = today
    write_off.decided_by = actor.name
    audit.record(
        session,
        actor,
        "审批坏账核销",
        "invoice",
        write_off.invoice_id,
        "状态",
        PENDING,
        write_off.status,
    )
    session.flush()
    settle(session, [write_off.invoice_id])


@dataclass(frozen=True)
class WriteOffRow:
    id: int
    invoice_no: str
    customer: str
    amount: Decimal
    reason: str
    status: str
    requested_by: str
    decided_by: str


def write_offs(session: Session, actor: Actor) -> list[WriteOffRow]:
    actor.require(Permission.VIEW_RECEIVABLES)
    query = (
        select(WriteOff, Invoice.number, Customer.name)
        .join(Invoice, Invoice.id == WriteOff.invoice_id)
        .join(Customer, Customer.id == Invoice.customer_id)
        .order_by(WriteOff.status != PENDING, WriteOff.requested_at.desc())
    )
    return [
        WriteOffRow(
            w.id, number, name, w.amount, w.reason, w.status, w.requested_by, w.decided_by or ""
        )
        for w, number, name in session.execute(query)
    ]


def add_acknowledgement(
    session: Session, actor: Actor, customer_id: int, on_date: date, kind: str, note: str
) -> None:
    """Record a signed confirmation, a written demand or a repayment plan (时效中断)."""
    actor.require(Permission.EDIT_RECEIVABLES)
    record_acknowledgement(session, actor, customer_id, on_date, kind, note)


def record_acknowledgement(
    session: Session, actor: Actor, customer_id: int, on_date: date, kind: str, note: str
) -> int:
    """Keep an acknowledgement; the caller has checked the actor's right (a letter's reply is
    recorded by whoever manages letters). Returns its id."""
    if kind not in ACKNOWLEDGEMENT_KINDS:
        raise ValueError(f"时效中断事由只能是：{'、'.join(ACKNOWLEDGEMENT_KINDS)}")
    row = Acknowledgement(
        customer_id=customer_id, on_date=on_date, kind=kind, note=note, created_by=actor.name
    )
    session.add(row)
    audit.record(
        session, actor, "时效中断", "customer", customer_id, kind, None, f"{on_date}（{note}）"
    )
    session.flush()
    return row.id


def withdraw_acknowledgement(
    session: Session, actor: Actor, acknowledgement_id: int, reason: str
) -> None:
    """Take back an acknowledgement recorded by mistake (a reply entered as 相符 that was not)."""
    row = session.get(Acknowledgement, acknowledgement_id)
    if row is None:
        return
    audit.record(
        session,
        actor,
        "撤销时效中断",
        "customer",
        row.customer_id,
        row.kind,
        f"{row.on_date}（{row.note}）",
        reason,
    )
    session.delete(row)
    session.flush()


# -- ownership ------------------------------------------------------------------------


def _insert_all(session: Session, model, rows: list[dict], key) -> dict:
    """Insert many rows in one executemany; returns {key: new id}.

    New ids are read back by key rather than with RETURNING, whose many-row form costs SQLAlchemy
    quadratic time; the writer holds the transaction, so every new id is above the old maximum.
    """
    before = session.scalar(select(func.max(model.id))) or 0
    session.execute(insert(model.__table__), rows)
    return dict(session.execute(select(key, model.id).where(model.id > before)).all())


def add_invoices(session: Session, actor: Actor, rows: list[dict]) -> None:
    """New invoices with their first owner from the day they were issued, in two inserts."""
    if not rows:
        return
    ids = _insert_all(
        session, Invoice, [{**row, "created_by": actor.name} for row in rows], Invoice.number
    )
    session.execute(
        insert(InvoiceOwner.__table__),
        [
            {
                "invoice_id": ids[row["number"]],
                "salesperson_id": row["owner_id"],
                "from_date": row["issued_on"],
                "until_date": None,
                "reason": "开票",
                "assigned_by": actor.name,
            }
            for row in rows
        ],
    )


def add_receipts(session: Session, actor: Actor, rows: list[dict]) -> int:
    """New bank lines, those matched to a customer applied at once (the 核销单号 first).

    Returns how many allocations were made.
    """
    if not rows:
        return 0
    ids = _insert_all(
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


def chunks(items: list, size: int = 500):
    """Pieces small enough for an IN (…) on any database."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


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
    successor = session.get(Employee, successor_id)
    if successor is None or not successor.is_salesperson:
        raise ValueError("接手人必须是销售人员")
    approved = [m for m in locked_months(session) if m >= from_date.replace(day=1)]
    if approved:
        raise ValueError(
            f"{max(approved):%Y-%m} 的工资已审核，提成已按原业务员发放；移交日期须在其后"
        )
    owed = open_balances(session, customer_ids)
    invoice_ids = [i[0] for invoices in owed.values() for i in invoices]
    moved = 0
    for invoice in session.scalars(select(Invoice).where(Invoice.id.in_(invoice_ids))):
        if invoice.owner_id == successor_id or only_from not in (None, invoice.owner_id):
            continue
        current = session.scalar(
            select(InvoiceOwner).where(
                InvoiceOwner.invoice_id == invoice.id, InvoiceOwner.until_date.is_(None)
            )
        )
        invoice.owner_id = successor_id
        moved += 1
        if current is not None and from_date <= current.from_date:
            # issued on or after the handover day: the successor owns it from its issue
            current.salesperson_id, current.reason = successor_id, reason
            continue
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


# -- exports in the templates' layouts --------------------------------------------------


def customer_rows(session: Session) -> list[list]:
    query = (
        select(Customer, Employee.employee_no)
        .join(Employee, Employee.id == Customer.salesperson_id)
        .order_by(Customer.code)
    )
    return [
        [
            c.code,
            c.name,
            c.credit_code or "",
            c.contact or "",
            c.phone or "",
            c.address or "",
            no,
            c.credit_days,
        ]
        for c, no in session.execute(query)
    ]


def invoice_rows(session: Session) -> list[list]:
    query = (
        select(Invoice, Customer.code, Employee.employee_no)
        .join(Customer, Customer.id == Invoice.customer_id)
        .join(Employee, Employee.id == Invoice.owner_id)
        .order_by(Invoice.issued_on, Invoice.number)
    )
    return [
        [i.number, code, no, i.issued_on, i.due_on, i.amount, i.note]
        for i, code, no in session.execute(query)
    ]


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
