"""The field key: never a second key for encrypted data, export and import by passphrase,
backups that say when the key is nowhere else, and a demo that no setting can fake."""

import stat
from datetime import date

import pytest
from sqlalchemy import delete, func, select

from hrdesk.domain.roles import Role
from hrdesk.services import attention, auth, keys, settings
from hrdesk.services import database as workspace
from hrdesk.services.actor import Actor, PermissionDenied, command_line_actor
from hrdesk.storage.crypto import id_number_context
from hrdesk.storage.keyfile import KeyFileError
from hrdesk.storage.models import Setting, User

ADMIN = command_line_actor()
PASSPHRASE = "long enough passphrase"
CONTEXT = id_number_context("E0001")  # an ID number as employee E0001's row holds it


def sealed_value(database) -> str:
    """Something encrypted with the database's key, as an ID number would be."""
    with database.sessions.begin() as session:
        return workspace.field_cipher(session).encrypt("11010519491231002X", CONTEXT)


def test_a_lost_key_stops_with_instructions_and_no_second_key_is_made(
    database, private_environment
):
    sealed_value(database)
    private_environment.secrets.clear()  # the key file or keyring entry is gone
    with database.sessions() as session, pytest.raises(keys.FieldKeyMissing) as refused:
        workspace.field_cipher(session)
    assert "hrdesk key import" in str(refused.value) and "不会另建新密钥" in str(refused.value)
    assert private_environment.secrets == {}
    assert workspace.missing_key_message(database) is not None


def test_a_database_from_before_fingerprints_with_employees_never_gets_a_new_key(demo_database):
    with demo_database.sessions.begin() as session:  # what an older real database looks like
        session.execute(
            delete(Setting).where(Setting.key.in_(["demo_field_key", "field_key_id", "is_demo"]))
        )
    with demo_database.sessions() as session, pytest.raises(keys.FieldKeyMissing):
        workspace.field_cipher(session)


def test_export_then_import_on_a_seat_without_the_key(database, private_environment, tmp_path):
    sealed = sealed_value(database)
    target = tmp_path / "hrdesk.key"
    with database.sessions.begin() as session:
        keys.export_key(session, ADMIN, target, PASSPHRASE)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "11010519491231002X" not in target.read_text()
    private_environment.secrets.clear()

    with database.sessions.begin() as session, pytest.raises(KeyFileError, match="口令不正确"):
        keys.import_key(session, ADMIN, target, "wrong passphrase")
    with database.sessions.begin() as session:
        keys.import_key(session, ADMIN, target, PASSPHRASE)
    with database.sessions() as session:
        assert workspace.field_cipher(session).decrypt(sealed, CONTEXT) == "11010519491231002X"


def test_import_refuses_another_databases_key_and_an_edited_file(
    database, tmp_path, database_target
):
    sealed_value(database)
    target = tmp_path / "hrdesk.key"
    with database.sessions.begin() as session:
        keys.export_key(session, ADMIN, target, PASSPHRASE)
    other = workspace.open_workspace(tmp_path / "other.db")
    try:
        with other.sessions.begin() as session, pytest.raises(KeyFileError, match="另一个数据库"):
            keys.import_key(session, ADMIN, target, PASSPHRASE)
    finally:
        other.close()
    edited = target.read_text().replace('"fingerprint": "', '"fingerprint": "0')
    (tmp_path / "edited.key").write_text(edited)
    with database.sessions.begin() as session, pytest.raises(KeyFileError):
        keys.import_key(session, ADMIN, tmp_path / "edited.key", PASSPHRASE)


def test_a_short_passphrase_and_a_clerk_are_refused(database, tmp_path):
    sealed_value(database)
    with database.sessions.begin() as session:
        with pytest.raises(KeyFileError, match="口令至少8位"):
            keys.export_key(session, ADMIN, tmp_path / "k", "short")
        with pytest.raises(PermissionDenied, match="无权限：管理密钥"):
            keys.export_key(session, Actor("人事", Role.HR, 2), tmp_path / "k", PASSPHRASE)
    assert not (tmp_path / "k").exists()


def test_backups_warn_until_the_key_is_exported(database, tmp_path):
    assert workspace.key_backup_warning(database) is None  # no key yet: nothing to lose
    sealed_value(database)
    assert "从未导出" in workspace.key_backup_warning(database)
    with database.sessions.begin() as session:
        keys.export_key(session, ADMIN, tmp_path / "hrdesk.key", PASSPHRASE)
    assert workspace.key_backup_warning(database) is None
    with database.sessions() as session:
        assert workspace.key_export_state(session).startswith("已于 ")


def test_a_demo_database_carries_its_key_and_says_nothing(demo_database):
    with demo_database.sessions() as session:
        assert workspace.is_demo(session)
    assert workspace.key_backup_warning(demo_database) is None
    assert workspace.missing_key_message(demo_database) is None


def flip_to_demo(database) -> None:
    """What someone with SQL access to the file would write."""
    with database.sessions.begin() as session:
        settings.put(session, None, "is_demo", True)


def test_flipping_is_demo_in_sql_grants_nothing(database, sqlite_only):
    with database.sessions.begin() as session:
        auth.create_administrator(session, "admin", "", "correct horse", "correct horse")
    sealed_value(database)
    flip_to_demo(database)
    with database.sessions() as session:
        assert not workspace.is_demo(session)
        assert session.scalar(select(func.count()).select_from(User)) == 1  # no demo user
        reminders = attention.items_for(session, ADMIN, date(2026, 11, 27))
    assert any(item.title == "从未备份数据" for item in reminders)
    assert workspace.daily_backup(database, date(2026, 11, 27)) is not None
    assert workspace.key_backup_warning(database) is not None


def test_a_key_written_into_a_real_databases_settings_is_ignored(database):
    sealed = sealed_value(database)
    flip_to_demo(database)
    with database.sessions.begin() as session:
        keys.make_demo_key(session)  # a key of the intruder's choosing, and its fingerprint
    with database.sessions() as session:
        assert not workspace.is_demo(session)
        assert workspace.field_cipher(session).decrypt(sealed, CONTEXT) == "11010519491231002X"
