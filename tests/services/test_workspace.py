"""Backup and restore as the app does them, and the 首页 backup reminder."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from hrdesk.domain.roles import Role
from hrdesk.services import attention, audit, settings
from hrdesk.services import database as workspace
from hrdesk.services.actor import Actor, command_line_actor
from hrdesk.storage.models import Employee
from hrdesk.storage.schema import SCHEMA_HEAD
from tests.conftest import DEMO_DAY

ADMIN_VIEW = command_line_actor()  # reads what an administrator may read

CLERK = Actor("人事小王", Role.HR, 1)
MANAGER = Actor("销售李经理", Role.SALES_MANAGER, 2)


def renamed_count(database):
    with database.sessions() as session:
        return session.scalar(select(func.count()).where(Employee.name == "改名"))


def test_backup_then_restore_brings_back_the_data_and_keeps_the_replaced_file(
    demo_database, tmp_path, sqlite_only
):
    backup_file = tmp_path / "backup.db"
    check = workspace.backup(demo_database, backup_file, CLERK)
    assert check.employees == 40
    with demo_database.sessions.begin() as session:
        session.execute(update(Employee).where(Employee.id <= 10).values(name="改名"))
    assert renamed_count(demo_database) == 10

    kept = workspace.restore(demo_database, backup_file, CLERK)
    restored = workspace.open_workspace(demo_database.path)
    assert renamed_count(restored) == 0
    with restored.sessions() as session:
        assert [line.action for line in audit.entries(session, ADMIN_VIEW, "database")][:2] == [
            "恢复",
            "生成演示数据",
        ]
    restored.close()
    replaced = workspace.open_workspace(kept)
    assert renamed_count(replaced) == 10
    replaced.close()


def test_restore_refuses_a_file_that_is_not_a_backup(database, tmp_path, sqlite_only):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"PK\x03\x04 not a database")
    with pytest.raises(workspace.StorageError, match="不是 SQLite"):
        workspace.restore(database, junk, CLERK)
    assert list(tmp_path.glob("*before-restore*")) == []


def reminders(database, actor, today):
    """The backup reminders among 首页's items."""
    with database.sessions() as session:
        return [item for item in attention.items_for(session, actor, today) if "备份" in item.title]


def test_home_reminds_of_a_missing_or_old_backup(database, tmp_path, sqlite_only):
    today = DEMO_DAY
    first = reminders(database, CLERK, today)
    assert [(item.title, item.urgent) for item in first] == [("从未备份数据", True)]
    assert reminders(database, MANAGER, today) == []  # not theirs to do

    workspace.backup(database, tmp_path / "b.db", CLERK)
    with database.sessions() as session:  # a backup is stamped with the real time
        backed_up = datetime.fromisoformat(settings.get(session, "last_backup_at")).date()
    assert reminders(database, CLERK, backed_up) == []
    later = reminders(database, CLERK, backed_up + timedelta(days=8))
    assert later[0].title == "已有8天未备份" and later[0].page == "settings"


def test_demo_databases_do_not_nag_about_backups(demo_database):
    assert not [item for item in reminders(demo_database, CLERK, DEMO_DAY) if "备份" in item.title]


def test_settings_changes_by_people_are_audited(database):
    with database.sessions.begin() as session:
        settings.put(session, CLERK, "backup_reminder_days", 14)
        settings.put(session, None, "last_backup_at", datetime.now(UTC).isoformat())
    with database.sessions() as session:
        assert settings.get(session, "backup_reminder_days") == 14
        lines = audit.entries(session, ADMIN_VIEW, "settings")
    assert [(line.actor, line.old_value, line.new_value) for line in lines] == [
        ("人事小王", "7", "14")
    ]


def test_one_automatic_backup_a_day_keeping_the_last_n(database, sqlite_only):
    with database.sessions.begin() as session:
        settings.put(session, command_line_actor(), "auto_backup_keep", 3)  # audited
    made = [workspace.daily_backup(database, date(2026, 11, day)) for day in range(1, 6)]
    assert all(path is not None for path in made)
    assert workspace.daily_backup(database, date(2026, 11, 5)) is None  # today's is there
    folder = workspace.automatic_backups(database)
    assert sorted(p.name for p in folder.glob("*.db")) == [
        "hrdesk-auto-20261103.db",
        "hrdesk-auto-20261104.db",
        "hrdesk-auto-20261105.db",
    ]
    # and the newest restores: the round trip, with its preview
    check = workspace.check_database_file(made[-1])
    assert check.revision == SCHEMA_HEAD and check.last_change
    workspace.restore(database, made[-1], command_line_actor())


def test_demo_databases_are_not_backed_up_automatically(demo_database, sqlite_only):
    assert workspace.daily_backup(demo_database, date(2026, 11, 27)) is None


def test_the_restore_preview_says_what_the_backup_holds(demo_database, tmp_path, sqlite_only):
    target = tmp_path / "copy.db"
    check = workspace.backup(demo_database, target, command_line_actor())
    assert (check.employees, check.customers) == (40, 30)
    assert check.invoices > 200 and check.last_change


def test_a_backup_to_a_folder_is_a_dated_file_inside_it(demo_database, tmp_path, sqlite_only):
    """Issue 19: the service (window and command line alike) never writes a file named after
    the folder; the check says where the copy went."""
    folder = tmp_path / "U盘"
    folder.mkdir()
    check = workspace.backup(demo_database, folder, CLERK)
    assert check.path.parent == folder and check.path.name.startswith("hrdesk-")
    assert check.path.suffix == ".db" and check.employees == 40
    assert [p.name for p in folder.glob("*.db")] == [check.path.name]
    assert workspace.backup_target(folder, datetime(2026, 11, 27, 18, 30)).name == (
        "hrdesk-20261127-183000.db"
    )
