"""Opening, pragmas, exact money, and upgrades that keep data and leave a backup beside."""

from datetime import date
from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Column, Integer, MetaData, Table, insert, select, text
from sqlalchemy.exc import IntegrityError

from hrdesk.storage import models
from hrdesk.storage.base import Base, Money
from hrdesk.storage.engine import StorageError, current_revision, open_database
from hrdesk.storage.migrations import alembic_config, upgrade_to
from hrdesk.storage.models import Customer, Employee
from hrdesk.storage.schema import SCHEMA_HEAD, SCHEMA_REVISIONS


def test_schema_revisions_list_the_alembic_scripts_in_order():
    scripts = ScriptDirectory.from_config(alembic_config())
    chain = [script.revision for script in scripts.walk_revisions()][::-1]
    assert tuple(chain) == SCHEMA_REVISIONS
    assert scripts.get_current_head() == SCHEMA_HEAD


def test_migrations_build_exactly_the_models(database):
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_the_models_package_names_every_table():
    """`from hrdesk.storage.models import X` reaches every table, whichever module declares it."""
    named = {getattr(models, name).__tablename__ for name in models.__all__}
    assert named == set(Base.metadata.tables)


def test_sqlite_settings_for_durability(database, sqlite_only):
    with database.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") >= 5000


def test_foreign_keys_are_enforced(database):
    with pytest.raises(IntegrityError), database.sessions.begin() as session:
        session.add(Customer(code="C1", name="甲", salesperson_id=999, credit_days=30))


def test_money_is_stored_exactly_as_integer_fen(database):
    table = Table(
        "money_probe", MetaData(), Column("id", Integer, primary_key=True), Column("amount", Money)
    )
    table.create(database.engine)
    amounts = [Decimal("0.1") + Decimal("0.2"), Decimal("12345678901.23"), Decimal("-0.01")]
    with database.engine.begin() as connection:
        connection.execute(insert(table), [{"amount": a} for a in amounts])
        stored = (
            connection.execute(text("SELECT amount FROM money_probe ORDER BY id")).scalars().all()
        )
        loaded = connection.execute(select(table.c.amount).order_by(table.c.id)).scalars().all()
    assert stored == [30, 1234567890123, -1]
    assert loaded == [Decimal("0.30"), Decimal("12345678901.23"), Decimal("-0.01")]


def test_money_refuses_floats(database):
    with pytest.raises(Exception, match="Decimal"), database.sessions.begin() as session:
        session.add(
            Employee(
                employee_no="E1",
                name="张三",
                id_number_cipher="x",
                id_number_masked="x",
                gender="男",
                birth_date=date(1990, 1, 1),
                department_id=1,
                hire_date=date(2020, 1, 1),
                status="在职",
                base_salary=5000.1,
            )
        )


def test_missing_file_is_created_at_head(tmp_path):
    path = tmp_path / "sub" / "new.db"
    database = open_database(path)
    assert path.exists()
    assert current_revision(database.engine) == SCHEMA_HEAD
    database.close()


def test_older_database_is_backed_up_then_upgraded_keeping_its_data(tmp_path):
    path = tmp_path / "old.db"
    old = open_database(path, upgrade=False)
    upgrade_to(old.engine, "0001")
    with old.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO settings (key, value) VALUES ('company_name', '\"老数据\"')")
        )
    old.close()

    upgraded = open_database(path)
    assert current_revision(upgraded.engine) == SCHEMA_HEAD
    with upgraded.engine.connect() as connection:
        assert connection.execute(text("SELECT value FROM settings")).scalar() == '"老数据"'
    upgraded.close()

    backups = list(tmp_path.glob("old.before-upgrade-0001-*.db"))
    assert len(backups) == 1
    kept = open_database(backups[0], upgrade=False)
    assert current_revision(kept.engine) == "0001"
    kept.close()


def test_up_to_date_database_opens_without_backup(tmp_path):
    open_database(tmp_path / "a.db").close()
    open_database(tmp_path / "a.db").close()
    assert [p.name for p in tmp_path.glob("*.db")] == ["a.db"]


def test_database_from_a_newer_hrdesk_is_refused(tmp_path):
    path = tmp_path / "new.db"
    database = open_database(path)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    database.close()
    with pytest.raises(StorageError, match="比本程序新"):
        open_database(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("这不是数据库" * 100, encoding="utf-8")
    with pytest.raises(StorageError, match="无法读取"):
        open_database(path)


def test_employees_of_an_0002_database_survive_the_upgrade_to_contracts(tmp_path):
    path = tmp_path / "v2.db"
    old = open_database(path, upgrade=False)
    upgrade_to(old.engine, "0002")
    with old.engine.begin() as connection:
        connection.execute(text("INSERT INTO departments (id, name) VALUES (1, '财务部')"))
        connection.execute(
            text(
                "INSERT INTO employees (id, employee_no, name, id_number_cipher, id_number_masked, gender, birth_date,"
                " department_id, is_salesperson, hire_date, status, base_salary)"
                " VALUES (1, 'E1', '张三', 'v1:x', '110105********002X', '女', '1949-12-31', 1, 0, '2020-01-01', '在职', 800000)"
            )
        )
    old.close()
    upgraded = open_database(path)
    with upgraded.sessions() as session:
        employee = session.get(Employee, 1)
        assert (employee.name, employee.base_salary, employee.position_allowance) == (
            "张三",
            Decimal("8000.00"),
            Decimal("0.00"),
        )
        assert employee.bank_card_cipher is None
    upgraded.close()
    assert len(list(tmp_path.glob("v2.before-upgrade-0002-*.db"))) == 1


def test_a_write_that_meets_a_lock_fails_with_a_message_and_writes_nothing(
    tmp_path, sqlite_only, monkeypatch
):
    import sqlite3

    from hrdesk.storage import engine
    from hrdesk.storage.models import Department

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)  # waits, then gives up
    database = open_database(tmp_path / "shared.db")
    other = sqlite3.connect(tmp_path / "shared.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a second instance in the middle of a save
    try:
        with (
            pytest.raises(StorageError, match="另一个 hrdesk 窗口"),
            database.sessions.begin() as session,
        ):
            session.add(Department(name="销售部"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    with database.sessions() as session:
        assert session.scalars(select(Department)).all() == []
    database.close()
