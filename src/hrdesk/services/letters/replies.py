"""The customer's reply: 相符 or 不符, its scan, a reply entered wrongly, a dispute closed."""

import hashlib
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from hrdesk.domain.letters import DISPUTED_REPLY_PROOF, LetterStatus, arrival_by_reply
from hrdesk.domain.roles import Permission
from hrdesk.messages import _
from hrdesk.services import audit, receivables
from hrdesk.services.actor import Actor
from hrdesk.services.letters.sending import set_delivery, withdraw_delivery
from hrdesk.services.letters.status import ENTITY, change_status, letter_by_id
from hrdesk.storage.models import Letter


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
    today: date,
) -> None:
    """已回函: 相符 records the customer's acknowledgement (the limitation period restarts on
    the reply's date); 不符 keeps the customer's balance and opens a dispute."""
    actor.require(Permission.MANAGE_LETTERS)
    letter = letter_by_id(session, letter_id)
    if letter.sent_on is not None and replied_on < letter.sent_on:
        raise ValueError(_("回函日期不能早于寄出日期"))
    if replied_on > today:
        raise ValueError(_("回函日期不能晚于今天"))
    if confirmed:
        change_status(session, actor, letter, LetterStatus.CONFIRMED, replied_on)
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
            raise ValueError(_("回函不符时请填写客户确认的余额"))
        change_status(
            session, actor, letter, LetterStatus.DISPUTED, f"客户确认余额{stated_balance}"
        )
        letter.stated_balance = stated_balance
        if letter.delivered_on is None:  # the reply proves the letter arrived
            set_delivery(
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
        keep_scan(letter, *scan)
    session.flush()


def correct_reply(session: Session, actor: Actor, letter_id: int, reason: str) -> None:
    """A reply entered wrongly goes back to 已寄出, to be entered again; a 相符 reply's
    acknowledgement is withdrawn, so the limitation watch no longer counts it."""
    actor.require(Permission.MANAGE_LETTERS)
    if not reason.strip():
        raise ValueError(_("撤销回函须写明原因"))
    letter = letter_by_id(session, letter_id)
    change_status(session, actor, letter, LetterStatus.SENT, f"撤销回函：{reason}")
    if letter.acknowledgement_id is not None:
        acknowledgement, letter.acknowledgement_id = letter.acknowledgement_id, None
        session.flush()
        receivables.withdraw_acknowledgement(session, actor, acknowledgement, reason)
    if letter.delivery_proof == DISPUTED_REPLY_PROOF:  # it rested on the reply withdrawn
        withdraw_delivery(session, actor, letter, reason)
    letter.replied_on = letter.stated_balance = letter.dispute_closed_on = None
    letter.dispute_resolution = None
    letter.reply_note = ""
    session.flush()


def keep_scan(letter: Letter, name: str, content: bytes) -> None:
    if not content:
        raise ValueError(_("回函扫描件是空文件"))
    letter.reply_file_name = name
    letter.reply_sha256 = hashlib.sha256(content).hexdigest()
    letter.reply_scan = content


def attach_reply_scan(
    session: Session, actor: Actor, letter_id: int, name: str, content: bytes
) -> None:
    actor.require(Permission.MANAGE_LETTERS)
    letter = letter_by_id(session, letter_id)
    if letter.status not in (LetterStatus.CONFIRMED, LetterStatus.DISPUTED):
        raise ValueError(_("请先登记回函，再附扫描件"))
    old = letter.reply_file_name
    keep_scan(letter, name, content)
    audit.record(session, actor, "回函扫描件", ENTITY, letter.number, "文件", old, name)
    session.flush()


def reply_scan(session: Session, actor: Actor, letter_id: int) -> tuple[str, bytes]:
    """The kept scan, checked against its SHA-256 so a damaged file is not passed off as it."""
    actor.require(Permission.MANAGE_LETTERS)
    letter = letter_by_id(session, letter_id)
    if letter.reply_scan is None:
        raise ValueError(_("这封对账函没有回函扫描件"))
    if hashlib.sha256(letter.reply_scan).hexdigest() != letter.reply_sha256:
        raise ValueError(_("回函扫描件已损坏（校验值不符），请从备份恢复"))
    return letter.reply_file_name, letter.reply_scan


def close_dispute(
    session: Session,
    actor: Actor,
    letter_id: int,
    closed_on: date,
    resolution: str,
    *,
    today: date,
) -> None:
    """A disputed reply resolved: say how (a credit note, a payment found, a corrected invoice)."""
    actor.require(Permission.MANAGE_LETTERS)
    letter = letter_by_id(session, letter_id)
    if letter.status != LetterStatus.DISPUTED or letter.dispute_closed_on is not None:
        raise ValueError(_("这封对账函没有待处理的差异"))
    if not resolution.strip():
        raise ValueError(_("请写明差异如何处理"))
    if closed_on < letter.replied_on or closed_on > today:
        raise ValueError(_("处理日期应在回函日期之后、不晚于今天"))
    letter.dispute_closed_on, letter.dispute_resolution = closed_on, resolution
    audit.record(session, actor, "差异处理", ENTITY, letter.number, "处理", None, resolution)
    session.flush()
