"""What a command loads: one that imports or reads never loads Qt, nor the PDF and xlsx writers."""

import json
import subprocess
import sys

import pytest

from tests.test_cli import hrdesk

HEAVY = ("PySide6", "reportlab", "openpyxl", "alembic", "matplotlib")

# Runs `hrdesk ARGS...` in this process, then prints the top-level packages it loaded.
LOADED_AFTER = """
import atexit, json, runpy, sys
atexit.register(lambda: print(json.dumps(sorted({name.split(".")[0] for name in sys.modules}))))
sys.argv[0] = "hrdesk"
runpy.run_module("hrdesk", run_name="__main__")
"""


def loaded_by(*args: str, among: tuple[str, ...] = HEAVY) -> list[str]:
    """Which of the packages AMONG `hrdesk ARGS...` loaded."""
    result = subprocess.run(
        [sys.executable, "-c", LOADED_AFTER, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return [name for name in json.loads(result.stdout.splitlines()[-1]) if name in among]


def test_parsing_an_import_command_loads_no_qt():
    check = (
        "import sys; from hrdesk.cli import build_parser; "
        "build_parser().parse_args(['import', 'employees', 'roster.xlsx']); "
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))"
    )
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr


@pytest.fixture(scope="module")
def roster(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli-startup")
    database = folder / "demo.db"
    built = hrdesk("demo-data", "--db", database, "--employees", "6", "--customers", "2",
                   "--payroll-months", "0")  # fmt: skip
    assert built.returncode == 0, built.stderr
    assert hrdesk("--db", database, "export", "employees", folder / "roster.xlsx").returncode == 0
    return database, folder / "roster.xlsx"


def test_an_import_loads_neither_qt_nor_the_writers(roster, monkeypatch):
    database, file = roster
    monkeypatch.setenv("HRDESK_USER", "demo")
    monkeypatch.setenv("HRDESK_PASSWORD", "demo")
    assert loaded_by("--db", database, "import", "employees", file) == []


def test_a_receivables_import_does_not_look_for_the_key(roster, tmp_path, monkeypatch):
    database, roster_file = roster
    monkeypatch.setenv("HRDESK_USER", "demo")
    monkeypatch.setenv("HRDESK_PASSWORD", "demo")
    statement = tmp_path / "bank.csv"
    statement.write_text("交易日期,流水号,付款方名称,金额\n2026-11-02,B001,某客户,1200.00\n")
    args = ("--db", database, "import", "receipts", statement, "--dry-run")
    assert loaded_by(*args, among=("keyring",)) == []
    # the employees' import encrypts ID numbers: it needs the key, wherever it is kept
    employees = ("--db", database, "import", "employees", roster_file, "--dry-run")
    assert loaded_by(*employees, among=("keyring",)) == ["keyring"]


def test_reading_commands_load_no_qt(roster, monkeypatch):
    database, _file = roster
    monkeypatch.setenv("HRDESK_USER", "demo")
    monkeypatch.setenv("HRDESK_PASSWORD", "demo")
    assert loaded_by("--version") == []
    assert loaded_by("--db", database, "users", "list") == []
    assert loaded_by("--db", database, "aging", "--help") == []


# Runs `hrdesk ARGS...` in this process, then prints on which threads a password was checked
# and whether SQLAlchemy's ORM had loaded by the time the process started checking.
CHECKS_AFTER = """
import atexit, json, runpy, sys, threading
import argon2
checked, verify = [], argon2.PasswordHasher.verify
def counted(self, *args):
    checked.append(threading.current_thread().name)
    return verify(self, *args)
argon2.PasswordHasher.verify = counted
atexit.register(lambda: print(json.dumps(checked)))
sys.argv[0] = "hrdesk"
runpy.run_module("hrdesk", run_name="__main__")
"""


@pytest.mark.parametrize(
    "args",
    [("import", "employees", "{roster}"), ("--page", "home", "--screenshot", "{shot}")],
    ids=["import", "window"],
)
def test_the_password_is_checked_once_while_the_models_load(roster, tmp_path, monkeypatch, args):
    database, file = roster
    monkeypatch.setenv("HRDESK_USER", "demo")
    monkeypatch.setenv("HRDESK_PASSWORD", "demo")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    command = [arg.format(roster=file, shot=tmp_path / "home.png") for arg in args]
    result = subprocess.run(
        [sys.executable, "-c", CHECKS_AFTER, "--db", str(database), *command],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    # on the thread start-up began before SQLAlchemy loaded, and not again by the sign-in
    assert json.loads(result.stdout.splitlines()[-1]) == ["ahead_0"]
