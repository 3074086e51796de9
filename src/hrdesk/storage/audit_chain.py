"""The audit trail as a hash chain (审计链): each record carries the hash of the one before.

A record's hash is sha256 of the previous record's hash and the record's canonical form
(its id and every field, as JSON). Editing a record changes its hash; deleting one leaves
the next pointing at a hash no record has. Records are chained when their transaction
commits (a before_commit hook on every session), after the inserts took the write lock,
so two writers never chain onto the same record.

Migration 0014 repeats canonical() and chain_hash() (migrations import no app code); a test
keeps the two equal.
"""

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

from sqlalchemy import bindparam, select, text, update
from sqlalchemy import inspect as orm_inspect
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, object_session

from hrdesk.storage.models import AuditEntry

GENESIS = "0" * 64
PENDING = "hrdesk_audit_new"  # session.info: the entries (or ids) this transaction added
_LOCKED = "hrdesk_audit_locked"
_PG_LOCK_ID = 1_970_119  # serialises audit writers on PostgreSQL for one transaction
_TABLE = AuditEntry.__table__
# What json.dumps(values, ensure_ascii=False, separators=(",", ":")) builds anew each call.
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


@lru_cache(maxsize=1024)  # the records of one transaction share their moment
def _moment(value) -> str:
    """The time as stored, in UTC to the microsecond, whatever the driver hands back."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.strftime("%Y-%m-%dT%H:%M:%S.%f")


def canonical(row) -> str:
    """One record as JSON text: [id, at, actor, action, entity, entity_id, field, old, new]."""
    values = [
        row.id,
        _moment(row.at),
        row.actor,
        row.action,
        row.entity,
        row.entity_id,
        row.field,
        row.old_value,
        row.new_value,
    ]
    return _JSON.encode(values)


def chain_hash(previous: str, row) -> str:
    return hashlib.sha256(f"{previous}\n{canonical(row)}".encode()).hexdigest()


def before_write(session: Session) -> None:
    """Call before adding records: on PostgreSQL one audit writer at a time, in id order.
    (SQLite's single writer lock already orders them.)"""
    if session.info.get(_LOCKED) or session.get_bind().dialect.name != "postgresql":
        return
    session.execute(text(f"SELECT pg_advisory_xact_lock({_PG_LOCK_ID})"))
    session.info[_LOCKED] = True


def note_added(session: Session, entries: Iterable) -> None:
    """Remember records (objects or ids) this transaction added, to chain them at commit."""
    session.info.setdefault(PENDING, []).extend(entries)


def _ids(pending: list) -> list[int]:
    found = set()
    for entry in pending:
        if isinstance(entry, int):
            found.add(entry)
        else:
            identity = orm_inspect(entry).identity
            if identity is not None and object_session(entry) is not None:
                found.add(identity[0])
    return sorted(found)


def chain_pending(session: Session) -> None:
    """before_commit: give this transaction's new records their place in the chain."""
    pending = session.info.pop(PENDING, None)
    session.info.pop(_LOCKED, None)
    if not pending:
        return
    session.flush()
    ids = _ids(pending)
    if not ids:
        return
    connection = session.connection()
    previous = connection.execute(
        select(_TABLE.c.hash)
        .where(_TABLE.c.id < ids[0], _TABLE.c.hash.is_not(None))
        .order_by(_TABLE.c.id.desc())
        .limit(1)
    ).scalar()
    previous = previous or GENESIS
    # One range read: a transaction's records are consecutive (one audit writer at a time).
    wanted = set(ids)
    rows = connection.execute(
        select(_TABLE)
        .where(_TABLE.c.id.between(ids[0], ids[-1]))
        .order_by(_TABLE.c.id)
        .execution_options(yield_per=1000)  # fetched a thousand at a time, not row by row
    )
    sealed = []
    for row in rows:
        if row.id in wanted:
            digest = chain_hash(previous, row)
            sealed.append((row.id, previous, digest))
            previous = digest
    if sealed:
        _seal(connection, sealed)


def _seal(connection: Connection, sealed: list[tuple[int, str, str]]) -> None:
    """Set (id, prev_hash, hash) of each record: one statement compiled once, its parameter
    sets handed to the driver as they are (text and ids need no conversion)."""
    statement = (
        update(_TABLE)
        .where(_TABLE.c.id == bindparam("_id"))
        .values(prev_hash=bindparam("prev_hash"), hash=bindparam("hash"))
    )
    compiled = statement.compile(dialect=connection.dialect)
    names = ("_id", "prev_hash", "hash")
    if compiled.positional:
        order = [names.index(name) for name in compiled.positiontup]
        parameters = [tuple(values[i] for i in order) for values in sealed]
    else:
        parameters = [dict(zip(names, values, strict=True)) for values in sealed]
    connection.exec_driver_sql(str(compiled), parameters)


def forget_pending(session: Session, *_args) -> None:
    """after_rollback: nothing of the rolled-back transaction is chained."""
    session.info.pop(PENDING, None)
    session.info.pop(_LOCKED, None)


@dataclass(frozen=True)
class ChainBreak:
    """The first record that no longer matches the chain, and how."""

    record_id: int
    at: str
    actor: str
    action: str
    reason: str

    def __str__(self) -> str:
        return f"审计记录 #{self.record_id}（{self.at} {self.actor} {self.action}）{self.reason}"


def chain_breaks(connection: Connection, limit: int = 50) -> tuple[list[ChainBreak], int]:
    """Walk the whole chain once, oldest first: (the first breaks, records checked). After a
    break the walk goes on from the record as stored, so each tampered place is named once."""
    previous, previous_id, count, found = GENESIS, 0, 0, []
    # The option on the statement, not the connection: Connection.execution_options() sets it
    # in place, and on PostgreSQL every later statement of the transaction became a cursor.
    result = connection.execute(
        select(_TABLE).order_by(_TABLE.c.id).execution_options(yield_per=5000)
    )
    for row in result:
        count += 1
        reason = _reason(previous, previous_id, row)
        if reason is not None and len(found) < limit:
            shown = _moment(row.at)[:16].replace("T", " ")
            found.append(ChainBreak(row.id, shown, row.actor, row.action, reason))
        previous, previous_id = row.hash or GENESIS, row.id
    return found, count


def _reason(previous: str, previous_id: int, row) -> str | None:
    if row.hash is None:
        return "没有封存（不是本程序写入的记录）"
    if row.prev_hash != previous:
        gap = row.id - previous_id - 1
        if gap == 1:
            return f"之前的一条记录 #{previous_id + 1} 已被删除"
        if gap > 1:
            return f"之前的 {gap} 条记录（#{previous_id + 1}–#{row.id - 1}）已被删除"
        return "与前一条记录接不上：前一条被改动或删除"
    if chain_hash(previous, row) != row.hash:
        return "的内容已被改动，与封存不符"
    return None
