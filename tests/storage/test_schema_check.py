"""Start-up's schema check: one query against the known head; Alembic only for a migration."""

import sqlite3
import subprocess
import sys

import pytest

from hrdesk.services import database as workspace
from hrdesk.storage.engine import StorageError, current_revision, open_database
from hrdesk.storage.schema import SCHEMA_HEAD


def test_an_up_to_date_database_opens_without_starting_alembic(tmp_path):
    path = tmp_path / "head.db"
    open_database(path).close()
    check = (
        "import sys; from hrdesk.storage.engine import open_database; "
        f"open_database({str(path)!r}).close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_revision_of_a_new_and_of_an_empty_file(tmp_path):
    database = open_database(tmp_path / "new.db")
    assert current_revision(database.engine) == SCHEMA_HEAD
    database.close()
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    database = open_database(empty, upgrade=False)
    assert current_revision(database.engine) is None
    database.close()


def test_a_sqlite_file_of_another_program_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(StorageError, match="不是 hrdesk 数据库"):
        open_database(path)
    connection = sqlite3.connect(path)
    tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master")]
    connection.close()
    assert tables == ["notes"]


def test_opening_asks_the_credential_store_only_for_a_conversion(tmp_path, private_environment):
    path = tmp_path / "keyed.db"
    database = workspace.open_workspace(path)
    with database.sessions.begin() as session:
        workspace.field_cipher(session)  # makes the key, kept in the credential store
    database.close()
    asked = []
    ask = private_environment.get_password
    private_environment.get_password = lambda *names: asked.append(names) or ask(*names)
    workspace.open_workspace(path).close()
    assert asked == []
