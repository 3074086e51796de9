"""Files holding the company's data are the owner's alone (0600), on Linux and macOS."""

import os
import stat
from datetime import date

import pytest

from hrdesk.services import database as workspace
from hrdesk.services.actor import command_line_actor

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows keeps access in ACLs")


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usual_umask():
    previous = os.umask(0o022)  # the usual one, under which files used to come out 0644
    yield
    os.umask(previous)


def test_database_wal_shm_and_backups_are_readable_by_the_owner_alone(tmp_path, usual_umask):
    path = tmp_path / "data" / "hrdesk.db"
    database = workspace.open_workspace(path)
    try:
        with database.engine.connect():  # WAL and SHM exist while connected
            assert mode(path) == 0o600
            assert mode(path.with_name("hrdesk.db-wal")) == 0o600
            assert mode(path.with_name("hrdesk.db-shm")) == 0o600
        assert mode(path.parent) == 0o700
        workspace.backup(database, tmp_path / "out" / "copy.db", command_line_actor())
        assert mode(tmp_path / "out" / "copy.db") == 0o600
        daily = workspace.daily_backup(database, date(2026, 11, 27))
        assert mode(daily) == 0o600 and mode(daily.parent) == 0o700
    finally:
        database.close()


def test_an_existing_file_chosen_as_backup_is_made_private(
    database, tmp_path, sqlite_only, usual_umask
):
    target = tmp_path / "old-backup.db"
    target.write_bytes(b"")
    target.chmod(0o644)
    workspace.backup(database, target, command_line_actor())
    assert mode(target) == 0o600


def test_a_server_dump_is_made_private_before_pg_dump_writes_it(tmp_path, monkeypatch):
    from sqlalchemy.engine import make_url

    from hrdesk.storage import server

    monkeypatch.setattr(server, "_tool", lambda name: name)
    monkeypatch.setattr(server, "_run", lambda command, url: None)  # pg_dump keeps the mode
    target = tmp_path / "office.dump"
    server.dump(make_url("postgresql+psycopg://hr@nas/hrdesk"), target)
    assert mode(target) == 0o600
