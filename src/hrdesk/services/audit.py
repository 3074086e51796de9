"""The audit trail (变更记录): append-only lines of who changed what; nothing here edits one."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.services.actor import Actor
from hrdesk.storage.audit_chain import before_write, note_added
from hrdesk.storage.base import utc_now
from hrdesk.storage.bulk import insert_rows
from hrdesk.storage.models import AuditEntry


@dataclass(frozen=True)
class AuditLine:
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str | None
    field: str | None
    old_value: str | None
    new_value: str | None


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object = None,
    field: str | None = None,
    old: object = None,
    new: object = None,
) -> None:
    """Add one line to the trail inside the caller's transaction, so it stands or falls with it.
    It joins the hash chain when the transaction commits (storage/audit_chain.py)."""
    before_write(session)
    entry = AuditEntry(
        actor=actor.name,
        action=action,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        field=field,
        old_value=None if old is None else str(old),
        new_value=None if new is None else str(new),
    )
    session.add(entry)
    note_added(session, [entry])


def record_many(session: Session, actor: Actor, lines: list[tuple]) -> None:
    """Many lines at once, each (action, entity, entity_id, field, old, new): one bulk insert."""
    if not lines:
        return
    now = utc_now()
    before_write(session)
    table = AuditEntry.__table__
    # Not RETURNING: SQLAlchemy sorts many-row RETURNING in quadratic time. The new ids are
    # those above the last one before the insert (one writer at a time holds the table).
    last = session.scalar(select(func.max(table.c.id))) or 0
    insert_rows(
        session,
        table,
        [
            {
                "action": action,
                "entity": entity,
                "entity_id": None if entity_id is None else str(entity_id),
                "field": field,
                "old_value": None if old is None else str(old),
                "new_value": None if new is None else str(new),
            }
            for action, entity, entity_id, field, old, new in lines
        ],
        {"at": now, "actor": actor.name},
    )
    new = select(table.c.id).where(table.c.id > last).order_by(table.c.id).limit(len(lines))
    note_added(session, session.scalars(new).all())


# Reading a record's history needs the right to see the record; the rest is the administrator's.
_READ_PERMISSION = {"employees": Permission.VIEW_EMPLOYEES, "contracts": Permission.VIEW_CONTRACTS}


def entries(
    session: Session,
    actor: Actor,
    entity: str | None = None,
    entity_id: object = None,
    limit: int = 500,
) -> list[AuditLine]:
    """The newest lines first, optionally for one record."""
    actor.require(_READ_PERMISSION.get(entity, Permission.MANAGE_USERS))
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if entity is not None:
        query = query.where(AuditEntry.entity == entity)
    if entity_id is not None:
        query = query.where(AuditEntry.entity_id == str(entity_id))
    return [
        AuditLine(e.at, e.actor, e.action, e.entity, e.entity_id, e.field, e.old_value, e.new_value)
        for e in session.scalars(query)
    ]
