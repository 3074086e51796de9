"""Numbered series never reused (对账函 DZ-YYYY-NNNN, 证明 ZM-YYYY-NNNN): the next serial."""

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hrdesk.storage.models import NumberSequence


def next_serial(session: Session, name: str) -> int:
    """The next serial of the named series, taken inside the caller's transaction."""
    if session.get(NumberSequence, name) is None:
        try:  # another batch may be creating the series at the same moment
            with session.begin_nested():
                session.add(NumberSequence(name=name, last=0))
        except IntegrityError:
            pass
    return session.execute(
        update(NumberSequence)
        .where(NumberSequence.name == name)
        .values(last=NumberSequence.last + 1)
        .returning(NumberSequence.last)
    ).scalar_one()
