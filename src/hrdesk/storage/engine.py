"""Opening a database: one engine and session factory, safe SQLite settings, upgrade on open."""

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from hrdesk.storage.audit_chain import chain_pending, forget_pending
from hrdesk.storage.payroll_lock import refuse_locked_changes
from hrdesk.storage.private import private_file, private_folder
from hrdesk.storage.schema import SCHEMA_HEAD, SCHEMA_REVISIONS

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


class StorageError(Exception):
    """A database problem to show the user as it is (the message is Chinese)."""


class StaleRecord(StorageError):
    """A record changed since it was read, so a save was refused (message in Chinese)."""


class HrdeskSession(Session):
    """Sessions of the app: losing a race on a versioned row is told, not raised as a crash."""

    def flush(self, objects=None) -> None:
        try:
            super().flush(objects)
        except StaleDataError as exc:
            raise StaleRecord(
                "这条记录刚刚被另一位用户修改，本次保存没有写入；请重新打开后再改"
            ) from exc


@dataclass
class Database:
    """An open database: where it is, its engine, and the factory for sessions."""

    url: URL | str
    path: Path | None  # the file, for SQLite; None for a server database
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def location(self) -> str:
        """The file, or the server URL without its password, as the status bar shows it."""
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record):
        # Let SQLAlchemy emit BEGIN itself: pysqlite's own transaction handling would
        # commit before DDL, leaving a half-applied migration after a crash.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL syncs the WAL at every commit: a committed payroll survives a killed
        # process and a power cut, at a cost a desktop app does not notice.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection):
        connection.exec_driver_sql("BEGIN")

    @event.listens_for(engine, "handle_error")
    def on_error(context):
        # Another window or a scheduled command held the file past the busy timeout: say so,
        # rather than let a driver message reach the clerk. Nothing was written.
        if "database is locked" in str(context.original_exception):
            raise StorageError(
                "数据库正被另一个 hrdesk 窗口或程序写入，等待后仍未完成，本次操作没有保存；请稍后再试"
            ) from context.original_exception


def database_url(target: str | Path) -> tuple[URL | str, Path | None]:
    """A SQLAlchemy URL for a file path, or for a server URL with its stored password."""
    if isinstance(target, str) and "://" in target:
        from hrdesk.storage import server
        from hrdesk.storage.keystore import KeyStore

        if target.startswith("sqlite:"):  # tests and tools name files this way too
            return target, None
        return server.with_stored_password(server.parse_server_url(target), KeyStore()), None
    path = Path(target).expanduser().resolve()
    return f"sqlite:///{path}", path


def current_revision(engine: Engine) -> str | None:
    """The schema revision stamped in the database (one query), or None for an empty one."""
    try:
        with engine.connect() as connection:
            try:
                return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except (OperationalError, ProgrammingError):
                connection.rollback()  # PostgreSQL refuses more in a failed transaction
                tables = inspect(connection).get_table_names()
                if "alembic_version" in tables:
                    raise  # the table is there: the failure is something else
                if tables:
                    raise StorageError("该文件不是 hrdesk 数据库（缺少版本信息）") from None
                return None
    except SQLAlchemyDatabaseError as exc:
        if engine.dialect.name == "sqlite":
            raise StorageError(f"无法读取数据库文件：{exc.orig}") from exc
        where = engine.url.render_as_string(hide_password=True)
        raise StorageError(f"无法连接数据库服务器 {where}：{exc.orig}") from exc


def backup_path_beside(path: Path, label: str, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")


def copy_sqlite_file(source: Path, destination: Path) -> None:
    """A consistent copy through SQLite's online backup, safe while others write; the copy
    is readable by its owner alone, as the database is."""
    if not destination.parent.exists():
        private_folder(destination.parent)
    private_file(destination)
    src = sqlite3.connect(source)
    dst = sqlite3.connect(destination)
    try:
        src.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def open_database(target: str | Path, *, upgrade: bool = True) -> Database:
    """Open (creating if missing) and bring the schema to this build's head.

    A pending upgrade of an existing file first copies the file beside itself.
    """
    url, path = database_url(target)
    if path is not None and not path.exists():
        # A new database is the owner's alone; SQLite gives -wal and -shm the same mode.
        if not path.parent.exists():
            private_folder(path.parent)
        private_file(path)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    try:
        revision = current_revision(engine)
        if revision is not None and revision not in SCHEMA_REVISIONS:
            raise StorageError(f"数据库版本（{revision}）比本程序新，请升级 hrdesk 后再打开")
        if upgrade and revision != SCHEMA_HEAD:
            if revision is not None and path is not None:
                backup = backup_path_beside(path, f"before-upgrade-{revision}")
                copy_sqlite_file(path, backup)
                log.info("升级前已备份数据库到 %s", backup)
            from hrdesk.storage.migrations import upgrade_to_head

            upgrade_to_head(engine)
            log.info("数据库已从版本 %s 升级到 %s", revision, SCHEMA_HEAD)
    except Exception:
        engine.dispose()
        raise
    sessions = sessionmaker(engine, class_=HrdeskSession, expire_on_commit=False)
    event.listen(sessions, "before_flush", refuse_locked_changes)
    event.listen(sessions, "before_commit", chain_pending)
    event.listen(sessions, "after_rollback", forget_pending)
    return Database(url, path, engine, sessions)
