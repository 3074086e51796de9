"""Shared fixtures: offscreen Qt, a private log folder, an in-memory keyring, a fresh database."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import MetaData, create_engine

TEST_DB_URL = os.environ.get("HRDESK_TEST_DB_URL")  # e.g. postgresql+psycopg://… for a server run
DEMO_DAY = date(2026, 11, 27)


class MemoryKeyring(KeyringBackend):
    """Secrets in a dict: the OS store stays untouched and nothing is written in plain text."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def private_environment(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("HRDESK_LOG_DIR", str(tmp_path_factory.mktemp("logs")))
    monkeypatch.delenv("HRDESK_DB", raising=False)
    # Every test, and every command a test starts, lives on DEMO_DAY: never on the real date.
    monkeypatch.setenv("HRDESK_TODAY", DEMO_DAY.isoformat())
    # …and speaks Chinese, whatever language this machine's window was set to.
    monkeypatch.setenv("HRDESK_LANG", "zh")
    memory = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


def _empty_server_database(url: str) -> str:
    engine = create_engine(url)
    metadata = MetaData()
    metadata.reflect(engine)
    metadata.drop_all(engine)
    engine.dispose()
    return url


@pytest.fixture
def database_target(tmp_path):
    """Where a test's database lives: a new SQLite file, or the server named by HRDESK_TEST_DB_URL."""
    return _empty_server_database(TEST_DB_URL) if TEST_DB_URL else tmp_path / "hrdesk.db"


@pytest.fixture
def database(database_target):
    from hrdesk.services.database import open_workspace

    opened = open_workspace(database_target)
    yield opened
    opened.close()


@pytest.fixture
def demo_database(database):
    from hrdesk.services import demo

    with database.sessions.begin() as session:
        demo.build(
            session,
            None,
            demo.DemoSize(employees=40, customers=30, invoices=300, payroll_months=0),
            DEMO_DAY,
        )
    return database


@pytest.fixture
def sqlite_only():
    if TEST_DB_URL:
        pytest.skip("SQLite 文件专用（备份、崩溃安全）；服务器数据库由其自身工具负责")
