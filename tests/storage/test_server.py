"""A server database named by URL: refused plainly when wrong, its password kept in the keyring."""

import os
import subprocess
import sys

import pytest

from hrdesk.storage import server
from hrdesk.storage.engine import StorageError
from hrdesk.storage.keystore import KeyStore
from tests.conftest import DEMO_DAY, TEST_DB_URL


def test_a_postgresql_url_gets_the_psycopg_driver():
    url = server.parse_server_url("postgresql://hr@office-nas:5433/hrdesk")
    assert url.drivername == "postgresql+psycopg"
    assert (url.username, url.host, url.port, url.database) == ("hr", "office-nas", 5433, "hrdesk")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("mysql://hr@host/hrdesk", "只支持 PostgreSQL"),
        ("postgresql+psycopg://host/hrdesk", "缺少用户名"),
        ("postgresql+psycopg://hr@host", "缺少用户名、主机或数据库名"),
        ("not a url://", "无法识别"),
    ],
)
def test_other_urls_are_refused_with_an_example(text, says):
    with pytest.raises(StorageError, match=says) as refused:
        server.parse_server_url(text)
    assert "postgresql+psycopg://用户名@服务器/数据库" in str(refused.value)


def test_the_password_comes_from_the_keyring_never_from_a_file(private_environment):
    url = server.parse_server_url("postgresql+psycopg://hr@nas/hrdesk")
    store = KeyStore()
    assert server.with_stored_password(url, store).password is None
    server.remember_password(url, "s3cret", store)
    assert server.with_stored_password(url, store).password == "s3cret"
    assert private_environment.secrets  # in the (test's) OS keyring
    given = server.parse_server_url("postgresql+psycopg://hr:other@nas/hrdesk")
    assert server.with_stored_password(given, store).password == "other"  # the URL's wins


def test_a_server_url_in_db_is_never_a_file_in_the_current_folder(tmp_path):
    """Before, --db postgresql+psycopg://… made a SQLite file named after the URL, and said OK."""
    result = subprocess.run(
        [sys.executable, "-m", "hrdesk", "--db", "postgresql+psycopg://hr:pw@127.0.0.1:1/hrdesk",
         "export", "employees", str(tmp_path / "out.xlsx")],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
        env=dict(os.environ, HRDESK_TODAY=DEMO_DAY.isoformat()),
    )  # fmt: skip
    assert result.returncode == 1
    assert "无法连接数据库服务器" in result.stderr and "pw" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.fixture
def server_url_without_password(monkeypatch):
    if not TEST_DB_URL or not TEST_DB_URL.startswith("postgresql"):
        pytest.skip("需要 PostgreSQL 服务器（HRDESK_TEST_DB_URL）")
    from tests.conftest import _empty_server_database

    _empty_server_database(TEST_DB_URL)
    url = server.parse_server_url(TEST_DB_URL)
    return url, url._replace(password=None).render_as_string(hide_password=False)


def test_server_init_then_commands_sign_in_with_the_stored_password(
    server_url_without_password, tmp_path
):
    url, bare = server_url_without_password
    # a private config folder: the keyring-less fallback store of the commands started here
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path), HRDESK_TODAY=DEMO_DAY.isoformat())

    def hrdesk(*args):
        return subprocess.run(
            [sys.executable, "-m", "hrdesk", *args], capture_output=True, text=True, env=env,
            timeout=300,
        )  # fmt: skip

    refused = hrdesk("--db", bare, "export", "employees", str(tmp_path / "x.xlsx"))
    assert refused.returncode == 1 and "无法连接数据库服务器" in refused.stderr
    assert hrdesk("server", "password", bare, "--password", url.password).returncode == 0
    made = hrdesk("server", "init", bare, "--admin", "boss", "--password", "Correct-horse-9")
    assert made.returncode == 0, made.stderr
    again = hrdesk("server", "init", bare, "--admin", "boss", "--password", "Correct-horse-9")
    assert again.returncode == 1 and "已有用户" in again.stderr
    env.update(HRDESK_USER="boss", HRDESK_PASSWORD="Correct-horse-9")
    exported = hrdesk("--db", bare, "export", "employees", str(tmp_path / "e.xlsx"))
    assert exported.returncode == 0, exported.stderr


def id_numbers(path) -> list[str]:
    from openpyxl import load_workbook

    sheet = load_workbook(path).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    column = header.index("身份证号")
    return [row[column] for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]]


def test_two_seats_share_one_server_after_the_key_is_shared(server_url_without_password, tmp_path):
    """Two PCs, each with its own config folder: import, run payroll, the same register and IDs."""
    url, bare = server_url_without_password
    base = dict(os.environ, HRDESK_TODAY=DEMO_DAY.isoformat())

    def seat(name):
        env = dict(base, XDG_CONFIG_HOME=str(tmp_path / name), HRDESK_USER="boss")
        env["HRDESK_PASSWORD"] = "Correct-horse-9"

        def hrdesk(*args):
            done = subprocess.run(
                [sys.executable, "-m", "hrdesk", *map(str, args)], capture_output=True,
                text=True, env=env, timeout=300,
            )  # fmt: skip
            return done

        assert hrdesk("server", "password", bare, "--password", url.password).returncode == 0
        return hrdesk

    hr, finance = seat("hr-pc"), seat("finance-pc")
    source = tmp_path / "old.db"
    made = hr("demo-data", "--db", source, "--employees", "12", "--customers", "3",
              "--invoices", "10", "--payroll-months", "0")  # fmt: skip
    assert made.returncode == 0, made.stderr
    roster = tmp_path / "roster.xlsx"
    demo_env = {"HRDESK_USER": "demo", "HRDESK_PASSWORD": "demo"}
    exported = subprocess.run(
        [sys.executable, "-m", "hrdesk", "--db", str(source), "export", "employees", str(roster)],
        capture_output=True, text=True, env=dict(base, XDG_CONFIG_HOME=str(tmp_path / "hr-pc"),
        **demo_env), timeout=300,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert (
        hr("server", "init", bare, "--admin", "boss", "--password", "Correct-horse-9").returncode
        == 0
    )
    imported = hr("--db", bare, "import", "employees", roster)
    assert imported.returncode == 0, imported.stderr
    assert hr("--db", bare, "payroll", "run", "2026-10").returncode == 0

    refused = finance("--db", bare, "export", "employees", tmp_path / "f.xlsx")
    assert refused.returncode == 1 and "key import" in refused.stderr  # told how, no new key
    key = tmp_path / "office.key"
    assert (
        hr("--db", bare, "key", "export", key, "--passphrase", "a long passphrase").returncode == 0
    )
    shared = finance("--db", bare, "key", "import", key, "--passphrase", "a long passphrase")
    assert shared.returncode == 0, shared.stderr

    for who, name in ((hr, "hr"), (finance, "finance")):
        assert who("--db", bare, "export", "employees", tmp_path / f"{name}.xlsx").returncode == 0
        assert (
            who(
                "--db", bare, "payroll", "export", "2026-10", tmp_path / f"{name}-pay.xlsx"
            ).returncode
            == 0
        )
    assert id_numbers(tmp_path / "hr.xlsx") == id_numbers(tmp_path / "finance.xlsx")
    assert sorted(id_numbers(tmp_path / "hr.xlsx")) == sorted(id_numbers(roster))
    from openpyxl import load_workbook

    registers = [
        [list(r) for r in load_workbook(tmp_path / f"{n}-pay.xlsx").worksheets[0].values]
        for n in ("hr", "finance")
    ]
    assert registers[0] == registers[1] and len(registers[0]) > 5  # a header, people, 合计


def test_without_pg_dump_a_server_backup_says_what_to_install(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    url = server.parse_server_url("postgresql+psycopg://hr:pw@nas/hrdesk")
    with pytest.raises(StorageError, match="需要 PostgreSQL 的 pg_dump 工具"):
        server.dump(url, tmp_path / "b.dump")


def test_a_server_database_is_backed_up_and_restored_with_pg_dump(database, tmp_path):
    from hrdesk.services import database as workspace
    from hrdesk.services.actor import command_line_actor
    from hrdesk.storage.models import Department

    if database.path is not None:
        pytest.skip("需要 PostgreSQL 服务器（HRDESK_TEST_DB_URL）")
    admin = command_line_actor()
    with database.sessions.begin() as session:
        session.add(Department(name="销售部"))
    check = workspace.backup(database, tmp_path / "office.dump", admin)
    assert (tmp_path / "office.dump").read_bytes()[:5] == b"PGDMP"
    with database.sessions.begin() as session:
        session.add(Department(name="财务部"))
    kept = workspace.restore(database, tmp_path / "office.dump", admin)
    assert kept.read_bytes()[:5] == b"PGDMP"  # the replaced database, dumped first
    again = workspace.open_workspace(TEST_DB_URL)
    try:
        with again.sessions() as session:
            names = sorted(d.name for d in session.query(Department))
    finally:
        again.close()
    assert names == ["销售部"] and check.revision
