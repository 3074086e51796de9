"""The open database as the app uses it: identity, field encryption key, backup and restore."""

import errno
import logging
import uuid
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.services import audit, keys, settings
from hrdesk.services.actor import Actor
from hrdesk.storage.backup import (
    BackupCheck,
    backup_database,
    backup_server,
    check_database_file,
    restore_database,
    restore_server,
)
from hrdesk.storage.base import utc_now
from hrdesk.storage.engine import Database, StaleRecord, StorageError, open_database
from hrdesk.storage.keystore import KeyStore
from hrdesk.storage.location import resolve_database_target
from hrdesk.storage.payroll_lock import LockedMonthError
from hrdesk.storage.private import private_folder
from hrdesk.storage.server import parse_server_url, remember_password

# What screens and commands use of the storage floor, named here so they need nothing below.
__all__ = [
    "BackupCheck",
    "Database",
    "LockedMonthError",
    "StaleRecord",
    "StorageError",
    "check_database_file",
]


_OS_ERRORS = {
    errno.EISDIR: "这是一个文件夹，不是文件",
    errno.ENOENT: "文件或文件夹不存在",
    errno.EACCES: "没有权限（文件是否正在 Excel 中打开？）",
    errno.EPERM: "没有权限",
    errno.ENOSPC: "磁盘已满",
}


def describe_file_error(error: OSError) -> str:
    """A file error as the clerk can act on it, in Chinese."""
    reason = _OS_ERRORS.get(error.errno, error.strerror or str(error))
    return f"无法读写 {error.filename}：{reason}" if error.filename else f"无法读写文件：{reason}"


def database_target(explicit: str | None) -> Path | str:
    """--db, else HRDESK_DB, else the user's data folder: a file, or a server URL."""
    return resolve_database_target(explicit)


def key_store_description(session: Session) -> str:
    """Where this database's field-encryption key is kept, in words for the settings page."""
    return keys.description(session)


def key_export_state(session: Session) -> str:
    """Whether and when the key was exported, in words for the settings page."""
    return keys.export_state(session)


log = logging.getLogger(__name__)


def open_workspace(target: str | Path) -> Database:
    """Open or create the database, upgraded, with its identity recorded."""
    database = open_database(target)
    with database.sessions.begin() as session:
        if settings.get(session, "database_id") is None:
            settings.put(session, None, "database_id", uuid.uuid4().hex)
        keys.note_key(session)
    from hrdesk.services.integrity import upgrade_if_pending, upgrade_pending

    try:
        with database.sessions.begin() as session:
            # A seat without the key leaves the conversion to one with it; the credential
            # store is asked only when there is a conversion to do.
            if upgrade_pending(session) and not keys.missing(session):
                upgrade_if_pending(session, field_cipher)
    except Exception:
        database.close()
        raise
    return database


def mark_as_demo(session: Session) -> None:
    """A new database becomes a demo one: its key is kept in the file (see services.keys)."""
    keys.make_demo_key(session)


def is_demo(session: Session) -> bool:
    """Whether this is a demo database by its origin (its key travels in the file), never
    by a setting anyone could write."""
    return keys.is_demo(session)


def field_cipher(session: Session, keystore_factory=KeyStore):
    """The cipher for ID and bank card numbers of this database (FieldKeyMissing when this
    computer lacks the key of data already encrypted)."""
    from hrdesk.storage.crypto import FieldCipher

    return FieldCipher(keys.field_key(session, keystore_factory))


def missing_key_message(database: Database) -> str | None:
    """How to import the key when this computer lacks the key of data already encrypted."""
    with database.sessions() as session:
        return keys.missing_key_message(session) if keys.missing(session) else None


def key_backup_warning(database: Database) -> str | None:
    """What a backup must say while its key exists on this computer alone."""
    with database.sessions() as session:
        return keys.backup_warning(session)


def server_url(text: str) -> str:
    """A server URL checked and shown without its password."""
    return parse_server_url(text).render_as_string(hide_password=True)


def with_password(text: str, password: str) -> str:
    """The server URL carrying a password for this connection only (never stored)."""
    return parse_server_url(text).set(password=password).render_as_string(hide_password=False)


def reopen_target(database: Database) -> str:
    """What opens this database again: its file, or its server URL without the password."""
    if database.path is not None:
        return str(database.path)
    return database.engine.url._replace(password=None).render_as_string(hide_password=False)


def remember_server_password(text: str, password: str) -> None:
    """Keep the database user's password in this PC's credential store, not in the URL."""
    remember_password(parse_server_url(text), password, KeyStore())


def backup_target(destination: Path, now: datetime | None = None, dump: bool = False) -> Path:
    """A folder means a dated file inside it (hrdesk-20261127-183000.db, .dump for a server),
    never a file named after the folder; a file path is used as it is."""
    if destination.is_dir():
        suffix = ".dump" if dump else ".db"
        return destination / f"hrdesk-{(now or datetime.now()):%Y%m%d-%H%M%S}{suffix}"
    return destination


def backup(database: Database, destination: Path, actor: Actor) -> BackupCheck:
    """Copy the database to a file (pg_dump for a server), or to a dated file when given a
    folder; check it, note when it was done. The check's path says where the copy went."""
    actor.require(Permission.BACKUP_RESTORE)
    destination = backup_target(destination, dump=database.path is None)
    if database.path is None:
        check = backup_server(database.engine, destination)
    else:
        check = backup_database(database.path, destination)
    check = replace(check, path=destination)
    with database.sessions.begin() as session:
        settings.put(session, None, "last_backup_at", utc_now().isoformat())
        audit.record(session, actor, "备份", "database", None, "file", None, str(destination))
    log.info("已备份到 %s", destination)
    return check


AUTO_BACKUP_FOLDER = "backups"  # beside the database file


def automatic_backups(database: Database) -> Path | None:
    """Where the daily backups go: a folder beside the database (none for a server database)."""
    return None if database.path is None else database.path.parent / AUTO_BACKUP_FOLDER


def daily_backup(database: Database, today: date) -> Path | None:
    """Once a day, at start: copy the database beside itself and keep the last N (a setting).

    Returns the new backup, or None when today's exists (or the database is not a file).
    Demo databases are not backed up.
    """
    folder = automatic_backups(database)
    if folder is None:
        return None
    with database.sessions() as session:
        if keys.is_demo(session):
            return None
        keep = settings.get(session, "auto_backup_keep")
    target = folder / f"hrdesk-auto-{today:%Y%m%d}.db"
    if target.exists():
        return None
    private_folder(folder)
    backup_database(database.path, target)
    with database.sessions.begin() as session:
        settings.put(session, None, "last_backup_at", utc_now().isoformat())
    for old in sorted(folder.glob("hrdesk-auto-*.db"))[:-keep]:
        old.unlink()
    log.info("每日自动备份：%s", target)
    return target


def restore(database: Database, source: Path, actor: Actor) -> Path | None:
    """Replace the database with a backup; returns where the replaced one was kept.

    The engine is closed first; the caller opens the database again afterwards.
    """
    actor.require(Permission.BACKUP_RESTORE)
    if database.path is None:
        kept = restore_server(database.engine, source)
        database.close()
        target = database.engine.url.render_as_string(hide_password=False)
    else:
        database.close()
        kept = restore_database(source, database.path)
        target = database.path
    restored = open_workspace(target)
    try:
        with restored.sessions.begin() as session:
            audit.record(session, actor, "恢复", "database", None, "file", kept, str(source))
    finally:
        restored.close()
    log.info("已从 %s 恢复，原数据库保留在 %s", source, kept)
    return kept
