"""A letter sent, shown delivered (a demand that restarts the limitation period) or voided."""

from datetime import date

from sqlalchemy.orm import Session

from hrdesk.domain.letters import SEND_WAYS, LetterStatus, check_delivery
from hrdesk.domain.roles import Permission
from hrdesk.messages import _
from hrdesk.services import audit, receivables
from hrdesk.services.actor import Actor
from hrdesk.services.letters.status import ENTITY, change_status, letter_by_id
from hrdesk.storage.models import Letter


def mark_sent(
    session: Session,
    actor: Actor,
    letter_ids: list[int],
    sent_on: date,
    via: str,
    tracking_no: str = "",
    *,
    today: date,
) -> None:
    """已寄出: the date, the way (快递…) and the tracking number, for one letter or a batch."""
    actor.require(Permission.MANAGE_LETTERS)
    if via not in SEND_WAYS:
        raise ValueError(_("寄送方式只能是：{ways}").format(ways="、".join(SEND_WAYS)))
    if sent_on > today:
        raise ValueError(_("寄出日期不能晚于今天"))
    for letter_id in letter_ids:
        letter = letter_by_id(session, letter_id)
        if letter.delivered_on is not None and sent_on > letter.delivered_on:
            raise ValueError(
                _("{number}：寄出日期不能晚于已登记的送达日期{delivered_on}").format(
                    number=letter.number, delivered_on=letter.delivered_on
                )
            )
        if sent_on < letter.as_of:
            raise ValueError(
                _("{number}：寄出日期不能早于对账截止日{as_of}").format(
                    number=letter.number, as_of=letter.as_of
                )
            )
        detail = f"{sent_on} {via} {tracking_no}".strip()
        if letter.status == LetterStatus.SENT:  # correcting what was entered
            before = f"{letter.sent_on} {letter.sent_via} {letter.tracking_no or ''}".strip()
            audit.record(
                session, actor, "更正寄出信息", ENTITY, letter.number, "寄出", before, detail
            )
        else:
            change_status(session, actor, letter, LetterStatus.SENT, detail)
        letter.sent_on, letter.sent_via, letter.tracking_no = sent_on, via, tracking_no or None
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
    letter = letter_by_id(session, letter_id)
    if letter.status in (LetterStatus.GENERATED, LetterStatus.VOID):
        raise ValueError(_("{number}：只有已寄出的对账函才能登记送达").format(number=letter.number))
    check_delivery(proof, delivered_on, letter.sent_on, today)
    set_delivery(session, actor, letter, delivered_on, proof, note.strip())
    session.flush()


def set_delivery(
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


def withdraw_delivery(session: Session, actor: Actor, letter: Letter, reason: str) -> None:
    if letter.delivery_acknowledgement_id is not None:
        old, letter.delivery_acknowledgement_id = letter.delivery_acknowledgement_id, None
        session.flush()
        receivables.withdraw_acknowledgement(session, actor, old, reason)
    letter.delivered_on = letter.delivery_proof = None
    letter.delivery_note = ""


def void(session: Session, actor: Actor, letter_id: int, reason: str) -> None:
    """作废 a letter not sent, or sent and returned undelivered; its number stays used."""
    actor.require(Permission.MANAGE_LETTERS)
    if not reason.strip():
        raise ValueError(_("作废对账函须写明原因"))
    letter = letter_by_id(session, letter_id)
    if letter.delivered_on is not None:
        raise ValueError(
            _("{number}已登记送达（{delivery_proof}），不能作废").format(
                number=letter.number, delivery_proof=letter.delivery_proof
            )
        )
    change_status(session, actor, letter, LetterStatus.VOID, reason)
    session.flush()
