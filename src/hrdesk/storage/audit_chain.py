"""The audit trail as a hash chain (审计链): each record carries the hash of the one before.

A record's hash is sha256 of the previous record's hash and the record's canonical form
(its id and every field, as JSON). Editing a record changes its hash; deleting one leaves
the next pointing at a hash no record has. Records are chained when their transaction
commits (a before_commit hook on every session), after the inserts took the write lock,
so two writers never chain onto the same record.

chain_hash() is the one way an entry's hash is computed: sealing at commit, the whole walk
and 首页's check all hand it rows whose first columns are an entry's fields in one order
(_FIELDS). Migration 0014 repeats it (migrations import no app code); a test keeps the two
equal.
"""

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

from sqlalchemy import bindparam, case, func, or_, select, text, update
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


# A record's fields in the order of its canonical form, then its seal: rows read by index,
# not by name.
_FIELDS = ("id", "at", "actor", "action", "entity", "entity_id", "field", "old_value", "new_value")
_SEALED = select(*(_TABLE.c[name] for name in _FIELDS), _TABLE.c.prev_hash, _TABLE.c.hash)


def chain_hash(previous: str, row) -> str:
    """sha256 of the previous record's hash and this record's canonical form, the JSON text
    [id, at, actor, action, entity, entity_id, field, old, new]; row: its fields first, in
    _FIELDS order (a _SEALED row)."""
    text = _JSON.encode([row[0], _moment(row[1]), *row[2:9]])
    return hashlib.sha256(f"{previous}\n{text}".encode()).hexdigest()


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
        _SEALED.where(_TABLE.c.id.between(ids[0], ids[-1]))
        .order_by(_TABLE.c.id)
        .execution_options(yield_per=1000)  # fetched a thousand at a time, not row by row
    )
    sealed = []
    for row in rows:
        if row[0] in wanted:
            digest = chain_hash(previous, row)
            sealed.append((row[0], previous, digest))
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


RECENT = 5_000  # 首页 recomputes the content of this many of the newest records


def chain_breaks(connection: Connection, limit: int = 50) -> tuple[list[ChainBreak], int]:
    """Walk the whole chain once, oldest first: (the first breaks, records checked). After a
    break the walk goes on from the record as stored, so each tampered place is named once."""
    previous, previous_id, count, found = GENESIS, 0, 0, []
    # The option on the statement, not the connection: Connection.execution_options() sets it
    # in place, and on PostgreSQL every later statement of the transaction became a cursor.
    result = connection.execute(_SEALED.order_by(_TABLE.c.id).execution_options(yield_per=5000))
    for row in result:
        count += 1
        reason = _reason(previous, previous_id, row)
        if reason is not None and len(found) < limit:
            found.append(_break(row, reason))
        previous, previous_id = row[10] or GENESIS, row[0]
    return found, count


def first_break(connection: Connection, recent: int = RECENT) -> ChainBreak | None:
    """首页's check, the first break the whole walk would find among: every record's link to
    the one before (a record deleted, inserted or sealed again after an edit, anywhere: one
    statement of the database's) and the content of the newest `recent` records. A record
    further back edited in place, its seal left as it was, is found by chain_breaks
    (hrdesk audit verify)."""
    candidates = [_first_unlinked(connection), _first_altered(connection, recent)]
    found = [record_id for record_id in candidates if record_id is not None]
    if not found:
        return None
    record_id = min(found)
    row = connection.execute(_SEALED.where(_TABLE.c.id == record_id)).one()
    before = connection.execute(
        select(_TABLE.c.id, _TABLE.c.hash)
        .where(_TABLE.c.id < record_id)
        .order_by(_TABLE.c.id.desc())
        .limit(1)
    ).first()
    previous, previous_id = (before[1] or GENESIS, before[0]) if before else (GENESIS, 0)
    return _break(row, _reason(previous, previous_id, row))


def _first_unlinked(connection: Connection) -> int | None:
    """The first record not sealed, or whose prev_hash is not the hash of the record before it
    (GENESIS for the first; a record without a hash counts as GENESIS, as in the walk). The
    record before is found by id - 1, and only across a gap in the ids by a lookup."""
    record, before, earlier = _TABLE.alias("record"), _TABLE.alias("before"), _TABLE.alias()
    across_gap = (
        select(earlier.c.hash)
        .where(earlier.c.id < record.c.id)
        .order_by(earlier.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    previous = case(
        (before.c.id.is_not(None), func.coalesce(before.c.hash, GENESIS)),
        else_=func.coalesce(across_gap, GENESIS),
    )
    query = (
        select(record.c.id)
        .select_from(record.outerjoin(before, before.c.id == record.c.id - 1))
        .where(or_(record.c.hash.is_(None), record.c.prev_hash.is_distinct_from(previous)))
        .order_by(record.c.id)
        .limit(1)
    )
    return connection.execute(query).scalar()


def _first_altered(connection: Connection, recent: int) -> int | None:
    """The first of the newest `recent` records whose content no longer gives its hash (its
    link to the record before is _first_unlinked's part)."""
    newest = select(_TABLE.c.id).order_by(_TABLE.c.id.desc()).offset(recent - 1).limit(1)
    start = connection.execute(newest).scalar() or 0
    rows = connection.execute(
        _SEALED.where(_TABLE.c.id >= start).order_by(_TABLE.c.id).execution_options(yield_per=5000)
    )
    for row in rows:
        if row[10] is not None and chain_hash(row[9], row) != row[10]:
            return row[0]
    return None


def _break(row, reason: str) -> ChainBreak:
    shown = _moment(row[1])[:16].replace("T", " ")
    return ChainBreak(row[0], shown, row[2], row[3], reason)


def _reason(previous: str, previous_id: int, row) -> str | None:
    """Why a _SEALED row breaks the chain after the record (previous_id, previous), or None."""
    record_id, prev_hash, sealed = row[0], row[9], row[10]
    if sealed is None:
        return "没有封存（不是本程序写入的记录）"
    if prev_hash != previous:
        gap = record_id - previous_id - 1
        if gap == 1:
            return f"之前的一条记录 #{previous_id + 1} 已被删除"
        if gap > 1:
            return f"之前的 {gap} 条记录（#{previous_id + 1}–#{record_id - 1}）已被删除"
        return "与前一条记录接不上：前一条被改动或删除"
    if chain_hash(previous, row) != sealed:
        return "的内容已被改动，与封存不符"
    return None
