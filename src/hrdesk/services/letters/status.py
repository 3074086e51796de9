"""One letter found by id or number, and moved from state to state with an audit line."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.letters import LetterStatus, check_transition
from hrdesk.services import audit
from hrdesk.services.actor import Actor
from hrdesk.storage.models import Letter

ENTITY = "letter"


def letter_by_id(session: Session, letter_id: int) -> Letter:
    """The letter with this id; ValueError when there is none."""
    letter = session.get(Letter, letter_id)
    if letter is None:
        raise ValueError("没有这封对账函")
    return letter


def letter_by_number(session: Session, number: str) -> Letter:
    letter = session.scalar(select(Letter).where(Letter.number == number.strip()))
    if letter is None:
        raise ValueError(f"没有编号为{number}的对账函")
    return letter


def change_status(
    session: Session, actor: Actor, letter: Letter, target: LetterStatus, detail
) -> None:
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
