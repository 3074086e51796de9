"""Invoices and what reduces them besides payment: red-letter credit notes and bad-debt write-offs."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from hrdesk.domain.money import round_fen
from hrdesk.domain.receivables import ZERO
from hrdesk.domain.roles import Permission
from hrdesk.services import audit
from hrdesk.services.actor import Actor
from hrdesk.services.receivables.balances import (
    APPROVED,
    PENDING,
    REJECTED,
    balance_query,
    insert_all,
    settle,
)
from hrdesk.storage.base import as_money
from hrdesk.storage.models import CreditNote, Customer, Employee, Invoice, InvoiceOwner, WriteOff


def add_invoices(session: Session, actor: Actor, rows: list[dict]) -> None:
    """New invoices with their first owner from the day they were issued, in two inserts."""
    if not rows:
        return
    ids = insert_all(
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
