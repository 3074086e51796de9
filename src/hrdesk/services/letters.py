"""对账函: letters generated in batches, printed, sent and tracked to the signed reply.

A letter keeps what it showed (its content), so a reprint is the same letter; its number
comes from a series that never gives a number twice. A confirmed reply is recorded as the
customer's acknowledgement, restarting the limitation period; a disputed one stays listed
until the difference is resolved.
"""

import base64
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk import clock
from hrdesk.documents.letters import LetterData, Letterhead, LetterLine
from hrdesk.domain.letters import (
    DISPUTED_REPLY_PROOF,
    NO_REPLY,
    SEND_WAYS,
    LetterStatus,
    arrival_by_reply,
    check_delivery,
    check_transition,
    difference,
    letter_number,
    pay_by_date,
    shown_status,
)
from hrdesk.domain.receivables import ZERO
from hrdesk.domain.roles import Permission
from hrdesk.services import attention, audit, receivables, settings
from hrdesk.services.actor import Actor
from hrdesk.services.number_series import next_serial
from hrdesk.storage.base import as_money
from hrdesk.storage.models import (
    Allocation,
    Customer,
    Employee,
    Invoice,
    Letter,
    Receipt,
)

ENTITY = "letter"
LETTERHEAD_KEYS = {
    "company": "company_name",
    "address": "company_address",
    "phone": "company_phone",
    "contact": "company_contact",
    "bank_name": "company_bank_name",
    "bank_account": "company_bank_account",
}
ProgressCallback = Callable[[int, int], None]


def letterhead(session: Session) -> Letterhead:
    logo = settings.get(session, "company_logo")
    return Letterhead(
        **{field: settings.get(session, key) for field, key in LETTERHEAD_KEYS.items()},
        logo=base64.b64decode(logo) if logo else None,
    )


def set_letterhead(session: Session, actor: Actor, head: Letterhead) -> None:
    actor.require(Permission.MANAGE_SETTINGS)
    if not head.company.strip():
        raise ValueError("请填写公司名称：对账函以它为抬头")
    for field, key in LETTERHEAD_KEYS.items():
        settings.put(session, actor, key, getattr(head, field).strip())
    settings.put(
        session, actor, "company_logo", base64.b64encode(head.logo).decode() if head.logo else None
    )


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
    from hrdesk.domain.amount_words import amount_in_words  # cn2an: loaded when first needed

    head = letterhead(session)
    if not (head.company.strip() and head.bank_name.strip() and head.bank_account.strip()):
        raise ValueError(
            "请先在“设置”中填写公司名称和收款账户（开户行、账号）：对账函以它们为抬头并请客户付款"
        )
    customers = session.scalars(_chosen(customer_ids, salesperson_id)).all()
    pay_days = settings.get(session, "letter_pay_days")
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
            lines = statements[customer.id]
            credit = credits.get(customer.id, ZERO)
            balance = sum((line.balance for line in lines), ZERO) - credit
            if balance == 0:
                continue
            # From the day it is made (a late letter), never before a listed invoice is due.
            pay_by = pay_by_date(as_of, today, pay_days, [line.due_on for line in lines])
            number = _next_number(session, today.year)
            content = {
                "letterhead": {f: getattr(head, f) for f in LETTERHEAD_KEYS},
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
                "dated": today.isoformat(),
            }
            letter = Letter(
                number=number,
                customer_id=customer.id,
                salesperson_id=customer.salesperson_id,
                as_of=as_of,
                pay_by=pay_by,
                balance=balance,
                content=json.dumps(content, ensure_ascii=False),
                status=LetterStatus.GENERATED.value,
                generated_by=actor.name,
            )
            session.add(letter)
            session.flush()
            made.append(letter.id)
            audit.record(session, actor, "生成对账函", ENTITY, number, "余额", None, balance)
    return made


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


def letter_by_number(session: Session, number: str) -> Letter:
    letter = session.scalar(select(Letter).where(Letter.number == number.strip()))
    if letter is None:
        raise ValueError(f"没有编号为{number}的对账函")
    return letter


def reissue(session: Session, actor: Actor, letter_id: int, as_of: date, today: date) -> int:
    """A fresh letter for the same customer as of a new date, under a new number; returns its id.

    The old letter is voided if its life allows (made or sent, not shown delivered); one already
    delivered or answered stays as it is, a record of what was asked then, and the new letter
    supersedes it. Numbers are never reused: the old one stays used either way.
    """
    actor.require(Permission.MANAGE_LETTERS)
    old = _letter(session, letter_id)
    if as_of > today:
        raise ValueError("对账截止日期不能晚于今天")
    voidable = old.delivered_on is None and old.status in (
        LetterStatus.GENERATED,
        LetterStatus.SENT,
    )
    if voidable:
        _move(session, actor, old, LetterStatus.VOID, f"重新出具，截至{as_of}")
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


def letter_data(session: Session, letter: Letter) -> LetterData:
    """The letter as it was generated (the logo as it is now)."""
    content = json.loads(letter.content)
    head = Letterhead(**content["letterhead"], logo=letterhead(session).logo)
    lines = [
        LetterLine(
            number,
            date.fromisoformat(issued),
            date.fromisoformat(due),
            Decimal(amount),
            Decimal(paid),
            Decimal(owed),
        )
        for number, issued, due, amount, paid, owed in content["lines"]
    ]
    return LetterData(
        head,
        letter.number,
        content["customer"],
        content["customer_credit_code"],
        content["customer_address"],
        letter.as_of,
        letter.pay_by,
        lines,
        Decimal(content["credit"]),
        letter.balance,
        content["balance_in_words"],
        date.fromisoformat(content["dated"]),
        void=letter.status == LetterStatus.VOID,
    )


def file_name(code: str, as_of: date) -> str:
    return f"对账函_{code}_{as_of:%Y-%m-%d}.pdf"


def write_pdfs(
    session: Session,
    actor: Actor,
    letter_ids: list[int],
    folder: Path,
    *,
    merged: bool = False,
    progress: ProgressCallback | None = None,
) -> list[Path]:
    """One PDF per letter (对账函_客户编码_日期.pdf), or all of them in one file to print."""
    from hrdesk.documents.file_names import output_path
    from hrdesk.documents.letters import write_letter, write_letters

    actor.require(Permission.MANAGE_LETTERS)
    rows = session.execute(
        select(Letter, Customer.code)
        .join(Customer, Customer.id == Letter.customer_id)
        .where(Letter.id.in_(letter_ids))
        .order_by(Letter.number)
    ).all()
    if not rows:
        return []
    if merged:
        first, last = rows[0][0], rows[-1][0]
        target = output_path(
            folder, f"对账函_{first.as_of:%Y-%m-%d}_{first.number}至{last.number}.pdf"
        )
        write_letters(target, [letter_data(session, letter) for letter, _code in rows], progress)
        return [target]
    made = []
    for done, (letter, code) in enumerate(rows):
        if progress is not None:
            progress(done, len(rows))
        target = output_path(folder, file_name(code, letter.as_of))
        write_letter(target, letter_data(session, letter))
        made.append(target)
    return made


def _letter(session: Session, letter_id: int) -> Letter:
    letter = session.get(Letter, letter_id)
    if letter is None:
        raise ValueError("没有这封对账函")
    return letter


def _move(session: Session, actor: Actor, letter: Letter, target: LetterStatus, detail) -> None:
    check_transition(LetterStatus(letter.status), target)
    audit.record(
        session,
        actor,
        "对账函状态",
        ENTITY,
        letter.number,
        "状态",
        letter.status,
        f"{target.value}（{detail}）",
    )
    letter.status = target.value


def mark_sent(
    session: Session,
    actor: Actor,
    letter_ids: list[int],
    sent_on: date,
    via: str,
    tracking_no: str = "",
) -> None:
    """已寄出: the date, the way (快递…) and the tracking number, for one letter or a batch."""
    actor.require(Permission.MANAGE_LETTERS)
    if via not in SEND_WAYS:
        raise ValueError(f"寄送方式只能是：{'、'.join(SEND_WAYS)}")
    if sent_on > clock.today():
        raise ValueError("寄出日期不能晚于今天")
    for letter_id in letter_ids:
        letter = _letter(session, letter_id)
        if letter.delivered_on is not None and sent_on > letter.delivered_on:
            raise ValueError(
                f"{letter.number}：寄出日期不能晚于已登记的送达日期{letter.delivered_on}"
            )
        if sent_on < letter.as_of:
            raise ValueError(f"{letter.number}：寄出日期不能早于对账截止日{letter.as_of}")
        detail = f"{sent_on} {via} {tracking_no}".strip()
        if letter.status == LetterStatus.SENT:  # correcting what was entered
            before = f"{letter.sent_on} {letter.sent_via} {letter.tracking_no or ''}".strip()
            audit.record(
                session, actor, "更正寄出信息", ENTITY, letter.number, "寄出", before, detail
            )
        else:
            _move(session, actor, letter, LetterStatus.SENT, detail)
        letter.sent_on, letter.sent_via, letter.tracking_no = sent_on, via, tracking_no or None
    session.flush()


def record_reply(
    session: Session,
    actor: Actor,
    letter_id: int,
    replied_on: date,
    confirmed: bool,
    *,
    stated_balance: Decimal | None = None,
    note: str = "",
    scan: tuple[str, bytes] | None = None,
) -> None:
    """已回函: 相符 records the customer's acknowledgement (the limitation period restarts on
    the reply's date); 不符 keeps the customer's balance and opens a dispute."""
    actor.require(Permission.MANAGE_LETTERS)
    letter = _letter(session, letter_id)
    if letter.sent_on is not None and replied_on < letter.sent_on:
        raise ValueError("回函日期不能早于寄出日期")
    if replied_on > clock.today():
        raise ValueError("回函日期不能晚于今天")
    if confirmed:
        _move(session, actor, letter, LetterStatus.CONFIRMED, replied_on)
        letter.acknowledgement_id = receivables.record_acknowledgement(
            session,
            actor,
            letter.customer_id,
            replied_on,
            "对账函确认",
            f"{letter.number} 回函相符",
        )
    else:
        if stated_balance is None:
            raise ValueError("回函不符时请填写客户确认的余额")
        _move(session, actor, letter, LetterStatus.DISPUTED, f"客户确认余额{stated_balance}")
        letter.stated_balance = stated_balance
        if letter.delivered_on is None:  # the reply proves the letter arrived
            _set_delivery(
                session,
                actor,
                letter,
                arrival_by_reply(letter.sent_on, None, replied_on),
                DISPUTED_REPLY_PROOF,
                f"{replied_on}回函不符，证明已送达；送达日未登记，按寄出日计",
            )
    letter.replied_on = replied_on
    letter.reply_note = note
    if scan is not None:
        _keep_scan(letter, *scan)
    session.flush()


def correct_reply(session: Session, actor: Actor, letter_id: int, reason: str) -> None:
    """A reply entered wrongly goes back to 已寄出, to be entered again; a 相符 reply's
    acknowledgement is withdrawn, so the limitation watch no longer counts it."""
    actor.require(Permission.MANAGE_LETTERS)
    if not reason.strip():
        raise ValueError("撤销回函须写明原因")
    letter = _letter(session, letter_id)
    _move(session, actor, letter, LetterStatus.SENT, f"撤销回函：{reason}")
    if letter.acknowledgement_id is not None:
        acknowledgement, letter.acknowledgement_id = letter.acknowledgement_id, None
        session.flush()
        receivables.withdraw_acknowledgement(session, actor, acknowledgement, reason)
    if letter.delivery_proof == DISPUTED_REPLY_PROOF:  # it rested on the reply withdrawn
        _withdraw_delivery(session, actor, letter, reason)
    letter.replied_on = letter.stated_balance = letter.dispute_closed_on = None
    letter.dispute_resolution = None
    letter.reply_note = ""
    session.flush()


def record_delivery(
    session: Session,
    actor: Actor,
    letter_id: int,
    delivered_on: date,
    proof: str,
    today: date,
    note: str = "",
) -> None:
    """已送达: the proof a sent letter reached the customer (tracking shown delivered, a signed
    receipt, an e-mail delivered) and the day. It is a demand for payment: the limitation
    period restarts from that day, reply or not (民法典 第195条, 诉讼时效规定 第8条). Entered
    again, it replaces what was entered."""
    actor.require(Permission.MANAGE_LETTERS)
    letter = _letter(session, letter_id)
    if letter.status in (LetterStatus.GENERATED, LetterStatus.VOID):
        raise ValueError(f"{letter.number}：只有已寄出的对账函才能登记送达")
    check_delivery(proof, delivered_on, letter.sent_on, today)
    _set_delivery(session, actor, letter, delivered_on, proof, note.strip())
    session.flush()


def _set_delivery(
    session: Session, actor: Actor, letter: Letter, day: date, proof: str, note: str
) -> None:
    before = f"{letter.delivered_on} {letter.delivery_proof}" if letter.delivered_on else None
    if letter.delivery_acknowledgement_id is not None:
        old, letter.delivery_acknowledgement_id = letter.delivery_acknowledgement_id, None
        session.flush()
        receivables.withdraw_acknowledgement(session, actor, old, "重新登记送达")
    letter.delivered_on, letter.delivery_proof, letter.delivery_note = day, proof, note
    letter.delivery_acknowledgement_id = receivables.record_acknowledgement(
        session, actor, letter.customer_id, day, "对账函送达", f"{letter.number} {proof}"
    )
    audit.record(
        session, actor, "对账函送达", ENTITY, letter.number, "送达", before, f"{day} {proof}"
    )


def _withdraw_delivery(session: Session, actor: Actor, letter: Letter, reason: str) -> None:
    if letter.delivery_acknowledgement_id is not None:
        old, letter.delivery_acknowledgement_id = letter.delivery_acknowledgement_id, None
        session.flush()
        receivables.withdraw_acknowledgement(session, actor, old, reason)
    letter.delivered_on = letter.delivery_proof = None
    letter.delivery_note = ""


def _keep_scan(letter: Letter, name: str, content: bytes) -> None:
    if not content:
        raise ValueError("回函扫描件是空文件")
    letter.reply_file_name = name
    letter.reply_sha256 = hashlib.sha256(content).hexdigest()
    letter.reply_scan = content


def attach_reply_scan(
    session: Session, actor: Actor, letter_id: int, name: str, content: bytes
) -> None:
    actor.require(Permission.MANAGE_LETTERS)
    letter = _letter(session, letter_id)
    if letter.status not in (LetterStatus.CONFIRMED, LetterStatus.DISPUTED):
        raise ValueError("请先登记回函，再附扫描件")
    old = letter.reply_file_name
    _keep_scan(letter, name, content)
    audit.record(session, actor, "回函扫描件", ENTITY, letter.number, "文件", old, name)
    session.flush()


def reply_scan(session: Session, actor: Actor, letter_id: int) -> tuple[str, bytes]:
    """The kept scan, checked against its SHA-256 so a damaged file is not passed off as it."""
    actor.require(Permission.MANAGE_LETTERS)
    letter = _letter(session, letter_id)
    if letter.reply_scan is None:
        raise ValueError("这封对账函没有回函扫描件")
    if hashlib.sha256(letter.reply_scan).hexdigest() != letter.reply_sha256:
        raise ValueError("回函扫描件已损坏（校验值不符），请从备份恢复")
    return letter.reply_file_name, letter.reply_scan


def void(session: Session, actor: Actor, letter_id: int, reason: str) -> None:
    """作废 a letter not sent, or sent and returned undelivered; its number stays used."""
    actor.require(Permission.MANAGE_LETTERS)
    if not reason.strip():
        raise ValueError("作废对账函须写明原因")
    letter = _letter(session, letter_id)
    if letter.delivered_on is not None:
        raise ValueError(f"{letter.number}已登记送达（{letter.delivery_proof}），不能作废")
    _move(session, actor, letter, LetterStatus.VOID, reason)
    session.flush()


def close_dispute(
    session: Session, actor: Actor, letter_id: int, closed_on: date, resolution: str
) -> None:
    """A disputed reply resolved: say how (a credit note, a payment found, a corrected invoice)."""
    actor.require(Permission.MANAGE_LETTERS)
    letter = _letter(session, letter_id)
    if letter.status != LetterStatus.DISPUTED or letter.dispute_closed_on is not None:
        raise ValueError("这封对账函没有待处理的差异")
    if not resolution.strip():
        raise ValueError("请写明差异如何处理")
    if closed_on < letter.replied_on or closed_on > clock.today():
        raise ValueError("处理日期应在回函日期之后、不晚于今天")
    letter.dispute_closed_on, letter.dispute_resolution = closed_on, resolution
    audit.record(session, actor, "差异处理", ENTITY, letter.number, "处理", None, resolution)
    session.flush()


@dataclass(frozen=True)
class LetterRow:
    id: int
    number: str
    customer_code: str
    customer: str
    salesperson: str
    as_of: date
    balance: Decimal
    status: str  # as shown: 未回函 for a sent letter waiting too long
    sent_on: date | None
    sent_via: str
    tracking_no: str
    replied_on: date | None
    stated_balance: Decimal | None
    has_scan: bool
    dispute_open: bool
    delivered_on: date | None = None
    delivery_proof: str = ""

    @property
    def difference(self) -> Decimal | None:
        if self.stated_balance is None:
            return None
        return difference(self.balance, self.stated_balance)


def letter_rows(
    session: Session,
    actor: Actor,
    today: date,
    *,
    status: str | None = None,
    salesperson_id: int | None = None,
    since: date | None = None,
) -> list[LetterRow]:
    """Letters newest first, filtered by status as shown (未回函 included), salesperson, date."""
    actor.require(Permission.MANAGE_LETTERS)
    reply_days = settings.get(session, "letter_reply_days")
    query = (
        select(Letter, Customer.code, Customer.name, Employee.name, Letter.reply_sha256)
        .join(Customer, Customer.id == Letter.customer_id)
        .join(Employee, Employee.id == Letter.salesperson_id)
        .order_by(Letter.number.desc())
    )
    if salesperson_id is not None:
        query = query.where(Letter.salesperson_id == salesperson_id)
    if since is not None:
        query = query.where(Letter.as_of >= since)
    rows = []
    for letter, code, name, salesperson, sha in session.execute(query):
        shown = shown_status(LetterStatus(letter.status), letter.sent_on, today, reply_days)
        if status is not None and shown != status:
            continue
        rows.append(
            LetterRow(
                letter.id,
                letter.number,
                code,
                name,
                salesperson,
                letter.as_of,
                letter.balance,
                shown,
                letter.sent_on,
                letter.sent_via or "",
                letter.tracking_no or "",
                letter.replied_on,
                letter.stated_balance,
                sha is not None,
                letter.status == LetterStatus.DISPUTED and letter.dispute_closed_on is None,
                letter.delivered_on,
                letter.delivery_proof or "",
            )
        )
    return rows


def set_reply_days(session: Session, actor: Actor, days: int) -> None:
    actor.require(Permission.MANAGE_SETTINGS)
    if not 7 <= days <= 180:
        raise ValueError("未回函提醒天数应在7到180天之间")
    settings.put(session, actor, "letter_reply_days", days)


@attention.register(Permission.MANAGE_LETTERS)
def letters_waiting(session: Session, today: date) -> list[attention.AttentionItem]:
    """首页: letters unanswered too long, and disputes not yet resolved."""
    reply_days = settings.get(session, "letter_reply_days")
    unanswered = session.scalar(
        select(func.count(Letter.id)).where(
            Letter.status == LetterStatus.SENT,
            Letter.sent_on < today - timedelta(days=reply_days),
        )
    )
    disputes = session.scalar(
        select(func.count(Letter.id)).where(
            Letter.status == LetterStatus.DISPUTED, Letter.dispute_closed_on.is_(None)
        )
    )
    items = []
    if unanswered:
        items.append(
            attention.AttentionItem(
                f"对账函{NO_REPLY}：{unanswered} 封",
                f"寄出超过{reply_days}天仍未收到回函，请电话跟进或再次寄送",
                "letters",
            )
        )
    if disputes:
        items.append(
            attention.AttentionItem(
                f"对账差异待处理：{disputes} 封",
                "客户回函余额与账面不符，请核对并登记处理结果",
                "letters",
                urgent=True,
            )
        )
    return items
