"""Backup and restore (备份与恢复): a SQLite file copied safely while open, a server by pg_dump."""

import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import text

from hrdesk.storage.engine import StorageError, backup_path_beside, copy_sqlite_file
from hrdesk.storage.schema import SCHEMA_REVISIONS


@dataclass(frozen=True)
class BackupCheck:
    """What a database file holds, checked before it is restored."""

    revision: str
    employees: int
    customers: int = 0
    invoices: int = 0
    last_payroll_month: str = ""  # YYYY-MM of the latest month calculated, if any
    last_change: str = ""  # when the audit trail last recorded something (UTC)
    path: Path | None = None  # the file checked (a backup: where it went)


def check_database_file(path: Path) -> BackupCheck:
    """Refuse a file that is not an intact hrdesk database this build can open."""
    if not path.is_file():
        raise StorageError(f"找不到文件：{path}")
    with path.open("rb") as file:
        if file.read(16) != b"SQLite format 3\x00":
            raise StorageError(f"{path.name} 不是 SQLite 数据库文件")
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            raise StorageError(f"{path.name} 已损坏：{integrity}")
        try:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError:
            revision = None
        if revision is None:
            raise StorageError(f"{path.name} 不是 hrdesk 数据库（缺少版本信息）")
        if revision[0] not in SCHEMA_REVISIONS:
            raise StorageError(f"{path.name} 的版本（{revision[0]}）比本程序新，请先升级 hrdesk")

        def count(table: str, since: str) -> int:
            if SCHEMA_REVISIONS.index(revision[0]) < SCHEMA_REVISIONS.index(since):
                return 0
            return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

        def latest(sql: str, since: str) -> str:
            if SCHEMA_REVISIONS.index(revision[0]) < SCHEMA_REVISIONS.index(since):
                return ""
            value = connection.execute(sql).fetchone()[0]
            return "" if value is None else str(value)

        return BackupCheck(
            revision=revision[0],
            employees=count("employees", "0002"),
            customers=count("customers", "0002"),
            invoices=count("invoices", "0008"),
            last_payroll_month=latest("SELECT max(month) FROM payroll_months", "0005")[:7],
            last_change=latest("SELECT max(at) FROM audit_log", "0001")[:16],
        )
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"无法读取 {path.name}：{exc}") from exc
    finally:
        connection.close()


def backup_database(database: Path, destination: Path) -> BackupCheck:
    """Copy the live database to a file and check the copy."""
    if destination.resolve() == database.resolve():
        raise StorageError("备份文件不能与数据库是同一个文件")
    if not database.is_file():
        raise StorageError(f"找不到数据库：{database}")
    copy_sqlite_file(database, destination)
    return replace(check_database_file(destination), path=destination)


def restore_database(source: Path, database: Path) -> Path | None:
    """Replace the database with a checked backup; the replaced one is kept beside it.

    Returns where the replaced database was kept (None if there was none).
    """
    check_database_file(source)
    if source.resolve() == database.resolve():
        raise StorageError("要恢复的文件就是当前数据库")
    kept = None
    if database.exists():
        kept = backup_path_beside(database, "before-restore")
        copy_sqlite_file(database, kept)
    # Copying page by page through SQLite keeps the WAL and any open readers consistent.
    copy_sqlite_file(source, database)
    return kept


def check_server(engine) -> BackupCheck:
    """The same figures as a file's check, read from an open server database."""
    with engine.connect() as connection:

        def scalar(sql: str):
            return connection.execute(text(sql)).scalar()

        revision = scalar("SELECT version_num FROM alembic_version")
        month, change = (
            scalar("SELECT max(month) FROM payroll_months"),
            scalar("SELECT max(at) FROM audit_log"),
        )
        return BackupCheck(
            revision=revision,
            employees=scalar("SELECT count(*) FROM employees"),
            customers=scalar("SELECT count(*) FROM customers"),
            invoices=scalar("SELECT count(*) FROM invoices"),
            last_payroll_month="" if month is None else str(month)[:7],
            last_change="" if change is None else str(change)[:16],
        )


def _require_dump(path: Path) -> None:
    if not path.is_file():
        raise StorageError(f"找不到文件：{path}")
    with path.open("rb") as file:
        if file.read(5) != b"PGDMP":
            raise StorageError(f"{path.name} 不是 PostgreSQL 备份文件（pg_dump 自定义格式）")


def backup_server(engine, destination: Path) -> BackupCheck:
    """pg_dump of the server database to a file; the figures are the database's at that time."""
    from hrdesk.storage import server

    server.dump(engine.url, destination)
    _require_dump(destination)
    return check_server(engine)


def restore_server(engine, source: Path) -> Path:
    """Replace the server database with a dump; the replaced one is dumped beside the source first."""
    from hrdesk.storage import server

    _require_dump(source)
    kept = backup_path_beside(source, "before-restore")
    server.dump(engine.url, kept)
    server.restore(engine.url, source)
    return kept
