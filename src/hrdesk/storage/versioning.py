"""Row versions (乐观锁): a save from a form that showed an older version of a row is refused.

A versioned row (base.Versioned) counts its updates, and every UPDATE names the version it
read, so a save meeting a row another seat changed in the meantime writes nothing (the engine's
session says so as a StaleRecord). A form also remembers the version it showed: a save from a
stale form is refused here, naming who changed the record and when.
"""

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.storage.base import Versioned
from hrdesk.storage.engine import StaleRecord
from hrdesk.storage.models import AuditEntry


def refuse_if_changed(session: Session, row: Versioned, seen: int | None, entity: str) -> None:
    """Refuse a save from a form that showed version `seen` of the row, if the row moved on."""
    if seen is not None:
        refuse_if_moved_on(session, row.version, seen, entity, str(row.id))


def refuse_if_moved_on(
    session: Session, current: int, seen: int, entity: str, entity_id: str
) -> None:
    """Refuse a save from a form that showed version SEEN of ENTITY ENTITY_ID, now at
    CURRENT, naming who changed it last and when."""
    if current == seen:
        return
    last = session.scalar(
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    who, when = ("另一位用户", "刚才") if last is None else (last.actor, _local_time(last.at))
    raise StaleRecord(f"已被 {who} 于 {when} 修改；您看到的是旧内容，请重新载入后再改")


def _local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M")
