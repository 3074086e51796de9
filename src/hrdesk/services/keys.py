"""The field-encryption key (证件号加密密钥) of a database: where it is, export and import.

A real database's key lives in this computer's key store, never in the file, so a copied
database or a stolen backup does not carry it. A demo database carries its own key in the
file (its data is fictional): "demo" is that origin, and a key in this computer's store
always wins over one found in a file, so writing a key or a flag into a real database's
settings grants nothing. A database whose data was encrypted never gets a second key: a
seat without the key stops and says how to import it.
"""

import base64
import secrets
from datetime import datetime
from pathlib import Path

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.services import audit, settings
from hrdesk.services.actor import Actor
from hrdesk.storage.base import utc_now
from hrdesk.storage.engine import StorageError
from hrdesk.storage.keyfile import KeyFileError, fingerprint, unwrap, wrap
from hrdesk.storage.keystore import KeyStore
from hrdesk.storage.models import Employee
from hrdesk.storage.private import write_private

__all__ = ["FieldKeyMissing", "KeyFileError"]


class FieldKeyMissing(StorageError):
    """This computer has no key for a database whose data was encrypted with one."""


def _name(session: Session) -> str:
    return f"field-key-{settings.get(session, 'database_id')}"


def _stored_key(session: Session, keystore_factory) -> bytes | None:
    stored = keystore_factory().get(_name(session))
    return None if stored is None else base64.b64decode(stored)


def _file_key(session: Session) -> bytes | None:
    stored = settings.get(session, "demo_field_key")
    return None if stored is None else base64.b64decode(stored)


def missing_key_message(session: Session) -> str:
    return (
        f"本机没有此数据库（编号 {settings.get(session, 'database_id')}）的证件号加密密钥。"
        "身份证号和银行卡号只能用原来的密钥读取，hrdesk 不会另建新密钥。"
        "请在保存着密钥的电脑上用“文件 → 导出密钥”或 hrdesk key export 密钥文件 --passphrase 口令 "
        "导出，再在本机用“文件 → 导入密钥”或 hrdesk key import 密钥文件 --passphrase 口令 导入。"
    )


def has_encrypted_data(session: Session) -> bool:
    """Whether a key was ever made for this database, or anything was encrypted with one."""
    return settings.get(session, "field_key_id") is not None or bool(
        session.scalar(select(exists().where(Employee.id.is_not(None))))
    )


def is_demo(session: Session, keystore_factory=KeyStore) -> bool:
    """A demo database: it carries its own key, and this computer keeps none for it."""
    key = _file_key(session)
    return (
        key is not None
        and settings.get(session, "field_key_id") in (None, fingerprint(key))
        and _stored_key(session, keystore_factory) is None
    )


def field_key(session: Session, keystore_factory=KeyStore) -> bytes:
    """The key of this database's encrypted fields; made here only for a database that
    has never had one. Raises FieldKeyMissing rather than make a second key."""
    key = _stored_key(session, keystore_factory)
    if key is not None:
        return key
    recorded = settings.get(session, "field_key_id")
    key = _file_key(session)
    if key is not None and recorded in (None, fingerprint(key)):
        return key
    if key is not None or has_encrypted_data(session):
        raise FieldKeyMissing(missing_key_message(session))
    key = secrets.token_bytes(32)
    keystore_factory().set(_name(session), base64.b64encode(key).decode("ascii"))
    settings.put(session, None, "field_key_id", fingerprint(key))
    return key


def missing(session: Session, keystore_factory=KeyStore) -> bool:
    """Whether this computer lacks the key of data already encrypted (nothing is made)."""
    try:
        if _stored_key(session, keystore_factory) is not None:
            return False
        key = _file_key(session)
        if key is not None:
            return settings.get(session, "field_key_id") not in (None, fingerprint(key))
        return has_encrypted_data(session)
    except ValueError:  # a stored key that is not base64
        return True


def note_key(session: Session, keystore_factory=KeyStore) -> None:
    """Record the fingerprint of a key made before fingerprints were kept."""
    if settings.get(session, "field_key_id") is None:
        key = _stored_key(session, keystore_factory) or _file_key(session)
        if key is not None:
            settings.put(session, None, "field_key_id", fingerprint(key))


def make_demo_key(session: Session) -> None:
    """A new demo database's key, kept in the file: its data is fictional."""
    key = secrets.token_bytes(32)
    settings.put(session, None, "demo_field_key", base64.b64encode(key).decode("ascii"))
    settings.put(session, None, "field_key_id", fingerprint(key))
    settings.put(session, None, "is_demo", True)


def export_key(
    session: Session, actor: Actor, target: Path, passphrase: str, now: datetime | None = None
) -> str:
    """Write the key wrapped by a passphrase to a file readable by its owner alone;
    returns the key's fingerprint. The export is recorded, so backups stop warning."""
    actor.require(Permission.MANAGE_KEYS)
    key = field_key(session)
    database_id = settings.get(session, "database_id")
    write_private(target, wrap(key, database_id, passphrase))
    settings.put(session, None, "field_key_exported_at", (now or utc_now()).isoformat())
    audit.record(session, actor, "导出密钥", "database", None, "file", None, str(target))
    return fingerprint(key)


def import_key(session: Session, actor: Actor, source: Path, passphrase: str) -> str:
    """Put the key from a key file into this computer's key store; returns its fingerprint.

    Refuses a file of another database, a key that is not the one this database's data was
    encrypted with, and a second, different key where this computer has one already."""
    actor.require(Permission.MANAGE_KEYS)
    opened = unwrap(source.read_bytes(), passphrase)
    database_id = settings.get(session, "database_id")
    if opened.database_id != database_id:
        raise KeyFileError(
            f"该密钥文件属于另一个数据库（编号 {opened.database_id}），本数据库编号 {database_id}"
        )
    recorded = settings.get(session, "field_key_id")
    if recorded is not None and recorded != opened.fingerprint:
        raise KeyFileError("该密钥与本数据库的加密数据不符（指纹不同），未导入")
    existing = _stored_key(session, KeyStore)
    if existing is not None and existing != opened.key:
        raise KeyFileError("本机已保存该数据库的另一把密钥，未导入")
    KeyStore().set(_name(session), base64.b64encode(opened.key).decode("ascii"))
    if recorded is None:
        settings.put(session, None, "field_key_id", opened.fingerprint)
    settings.put(session, None, "field_key_exported_at", utc_now().isoformat())
    audit.record(session, actor, "导入密钥", "database", None, "file", None, str(source))
    return opened.fingerprint


def backup_warning(session: Session) -> str | None:
    """What a backup must say while the key it needs exists nowhere but this computer."""
    if is_demo(session) or settings.get(session, "field_key_id") is None:
        return None
    if settings.get(session, "field_key_exported_at") is not None:
        return None
    return (
        "加密密钥从未导出：备份不含密钥，本机损坏或重装后，备份里的身份证号和银行卡号将无法读取。"
        "请用“文件 → 导出密钥”或 hrdesk key export 密钥文件 --passphrase 口令 导出，"
        "并与备份分开保存。"
    )


def export_state(session: Session) -> str:
    """When the key was last exported, in words for the settings page."""
    if is_demo(session):
        return "演示数据库无需导出"
    exported = settings.get(session, "field_key_exported_at")
    if exported is None:
        return "从未导出：备份不含密钥，请用“文件 → 导出密钥”导出"
    return f"已于 {datetime.fromisoformat(exported).astimezone():%Y-%m-%d %H:%M} 导出"


def description(session: Session) -> str:
    """Where this database's key is kept, in words for the settings page."""
    if is_demo(session):
        return "演示数据库：密钥保存在数据库文件内（演示数据均为虚构）"
    return KeyStore().description
