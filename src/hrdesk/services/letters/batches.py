"""对账函 made in batches: numbering, the statement as of a date, which customers, reissuing."""

import json
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk.documents.letters import Letterhead, LetterLine
from hrdesk.domain.letters import LetterStatus, letter_number, pay_by_date
from hrdesk.domain.receivables import ZERO
from hrdesk.domain.roles import Permission
from hrdesk.services import audit, receivables, settings
from hrdesk.services.actor import Actor
from hrdesk.services.letters.printing import LETTERHEAD_KEYS, ProgressCallback, letterhead
from hrdesk.services.letters.status import ENTITY, change_status, letter_by_id
from hrdesk.services.number_series import next_serial
from hrdesk.storage.base import as_money
from hrdesk.storage.models import Allocation, Customer, Employee, Invoice, Letter, Receipt


def _next_number(session: Session, year: int) -> str:
    """The next number of the year's series, taken inside the caller's transaction."""
    return letter_number(year, next_serial(session, f"DZ-{year}"))


def _credit_on(session: Session, customer_ids: list[int], as_of: date) -> dict[int, Decimal]:
    """What each customer had paid by as_of beyond what was applied to invoices by then."""
    received = dict(
        session.execute(
            select(Receipt.customer_id, as_money(func.sum(Receipt.amount)))
            .where(Receipt.customer_id.in_(customer_ids), Receipt.received_on <= as_of)
            .group_by(Receipt.customer_id)
        ).all()
    )
    applied = dict(
        session.execute(
            select(Receipt.customer_id, as_money(func.sum(Allocation.amount)))
            .join(Receipt, Receipt.id == Allocation.receipt_id)
            .where(
                Receipt.customer_id.in_(customer_ids),
                Receipt.received_on <= as_of,
                Allocation.applied_on <= as_of,
            )
            .group_by(Receipt.customer_id)
        ).all()
    )
    return {c: received[c] - applied.get(c, ZERO) for c in received}


def _statements(
    session: Session, customer_ids: list[int], as_of: date
) -> dict[int, list[LetterLine]]:
    query, balance = receivables.balance_query(as_of)
    query = (
        query.with_only_columns(
            Invoice.customer_id,
            Invoice.number,
            Invoice.issued_on,
            Invoice.due_on,
            Invoice.amount,
            as_money(balance),
        )
        .where(Invoice.customer_id.in_(customer_ids), balance != 0)
        .order_by(Invoice.due_on, Invoice.number)
    )
    found: dict[int, list[LetterLine]] = {c: [] for c in customer_ids}
    for customer_id, number, issued, due, amount, owed in session.execute(query):
        found[customer_id].append(LetterLine(number, issued, due, amount, amount - owed, owed))
    return found


class _Batch(NamedTuple):
    """What every letter of one generate() call shares."""

    actor: Actor
    head: Letterhead
    as_of: date
    today: date
    pay_days: int


def generate(
    session: Session,
    actor: Actor,
    as_of: date,
    today: date,
    *,
    customer_ids: list[int] | None = None,
    salesperson_id: int | None = None,
    progress: ProgressCallback | None = None,
) -> list[int]:
    """One letter per chosen customer whose balance on as_of is not zero; returns their ids.

    Chosen: the customers given, else one salesperson's, else every customer.
    """
    actor.require(Permission.MANAGE_LETTERS)
    head = letterhead(session)
    if not (head.company.strip() and head.bank_name.strip() and head.bank_account.strip()):
        raise ValueError(
            "请先在“设置”中填写公司名称和收款账户（开户行、账号）：对账函以它们为抬头并请客户付款"
        )
    batch = _Batch(actor, head, as_of, today, settings.get(session, "letter_pay_days"))
    customers = session.scalars(_chosen(customer_ids, salesperson_id)).all()
    already = set(
        session.scalars(
            select(Letter.customer_id).where(
                Letter.as_of == as_of,
                Letter.status.in_([LetterStatus.GENERATED, LetterStatus.SENT]),
            )
        )
    )
    made = []
    for start in range(0, len(customers), 500):
        chunk = customers[start : start + 500]
        ids = [c.id for c in chunk]
        statements = _statements(session, ids, as_of)
        credits = _credit_on(session, ids, as_of)
        for offset, customer in enumerate(chunk):
            if progress is not None:
                progress(start + offset, len(customers))
            if customer.id in already:
                continue  # this date's letter is already made and not yet answered
            lines, credit = statements[customer.id], credits.get(customer.id, ZERO)
            balance = sum((line.balance for line in lines), ZERO) - credit
            if balance != 0:
                made.append(_make(session, batch, customer, lines, credit, balance))
    return made


def _make(
    session: Session,
    batch: _Batch,
    customer: Customer,
    lines: list[LetterLine],
    credit: Decimal,
    balance: Decimal,
) -> int:
    """One customer's letter, numbered and audited; returns its id."""
    # From the day it is made (a late letter), never before a listed invoice is due.
    pay_by = pay_by_date(batch.as_of, batch.today, batch.pay_days, [line.due_on for line in lines])
    number = _next_number(session, batch.today.year)
    letter = Letter(
        number=number,
        customer_id=customer.id,
        salesperson_id=customer.salesperson_id,
        as_of=batch.as_of,
        pay_by=pay_by,
        balance=balance,
        content=json.dumps(_content(batch, customer, lines, credit, balance), ensure_ascii=False),
        status=LetterStatus.GENERATED.value,
        generated_by=batch.actor.name,
    )
    session.add(letter)
    session.flush()
    audit.record(session, batch.actor, "生成对账函", ENTITY, number, "余额", None, balance)
    return letter.id


def _content(
    batch: _Batch, customer: Customer, lines: list[LetterLine], credit: Decimal, balance: Decimal
) -> dict:
    """What the letter shows, kept with it so a reprint is the same letter."""
    from hrdesk.domain.amount_words import amount_in_words  # cn2an: loaded when first needed

    return {
        "letterhead": {f: getattr(batch.head, f) for f in LETTERHEAD_KEYS},
        "customer": customer.name,
        "customer_credit_code": customer.credit_code or "",
        "customer_address": customer.address or "",
        "lines": [
            [
                line.number,
                line.issued_on.isoformat(),
                line.due_on.isoformat(),
                str(line.amount),
                str(line.paid),
                str(line.balance),
            ]
            for line in lines
        ],
        "credit": str(credit),
        "balance_in_words": amount_in_words(abs(balance)),
        "dated": batch.today.isoformat(),
    }


def _chosen(customer_ids: list[int] | None, salesperson_id: int | None):
    query = select(Customer).order_by(Customer.code)
    if customer_ids is not None:
        query = query.where(Customer.id.in_(customer_ids))
    elif salesperson_id is not None:
        query = query.where(Customer.salesperson_id == salesperson_id)
    return query


def letters_already_made(
    session: Session,
    as_of: date,
    *,
    customer_ids: list[int] | None = None,
    salesperson_id: int | None = None,
) -> list[tuple[str, str, str]]:
    """(客户编码, 客户, 编号) of the chosen customers' letters for as_of that generate() skips:
    made and not yet answered. Said when a batch makes fewer letters than the clerk expects."""
    chosen = _chosen(customer_ids, salesperson_id).with_only_columns(Customer.id).subquery()
    return [
        tuple(row)
        for row in session.execute(
            select(Customer.code, Customer.name, Letter.number)
            .join(Customer, Customer.id == Letter.customer_id)
            .where(
                Letter.customer_id.in_(select(chosen.c.id)),
                Letter.as_of == as_of,
                Letter.status.in_([LetterStatus.GENERATED, LetterStatus.SENT]),
            )
            .order_by(Customer.code)
        )
    ]


def describe_already_made(found: list[tuple[str, str, str]]) -> str:
    """「C1 甲贸易有限公司（DZ-2026-0001）、…」 for a message."""
    return "、".join(f"{code} {name}（{number}）" for code, name, number in found)


def reissue(session: Session, actor: Actor, letter_id: int, as_of: date, today: date) -> int:
    """A fresh letter for the same customer as of a new date, under a new number; returns its id.

    The old letter is voided if its life allows (made or sent, not shown delivered); one already
    delivered or answered stays as it is, a record of what was asked then, and the new letter
    supersedes it. Numbers are never reused: the old one stays used either way.
    """
    actor.require(Permission.MANAGE_LETTERS)
    old = letter_by_id(session, letter_id)
    if as_of > today:
        raise ValueError("对账截止日期不能晚于今天")
    voidable = old.delivered_on is None and old.status in (
        LetterStatus.GENERATED,
        LetterStatus.SENT,
    )
    if voidable:
        change_status(session, actor, old, LetterStatus.VOID, f"重新出具，截至{as_of}")
        session.flush()
    made = generate(session, actor, as_of, today, customer_ids=[old.customer_id])
    if not made:
        found = letters_already_made(session, as_of, customer_ids=[old.customer_id])
        if found:
            raise ValueError(f"截至{as_of}已有对账函：{describe_already_made(found)}，未重新出具")
        raise ValueError(f"截至{as_of}该客户没有未结余额，未重新出具（{old.number}未改动）")
    new = session.get(Letter, made[0])
    audit.record(session, actor, "重新出具对账函", ENTITY, old.number, "取代", None, new.number)
    return new.id


def choose_customers(
    session: Session, codes: list[str] | None, salesperson_no: str | None
) -> dict[str, object]:
    """The command line's choice (客户编码, 业务员工号) as generate()'s keyword arguments."""
    if codes:
        found = dict(
            session.execute(
                select(Customer.code, Customer.id).where(Customer.code.in_(codes))
            ).all()
        )
        missing = [code for code in codes if code not in found]
        if missing:
            raise ValueError(f"没有编码为{'、'.join(missing)}的客户")
        return {"customer_ids": list(found.values())}
    if salesperson_no:
        person = session.scalar(select(Employee.id).where(Employee.employee_no == salesperson_no))
        if person is None:
            raise ValueError(f"没有工号为{salesperson_no}的员工")
        return {"salesperson_id": person}
    return {}
