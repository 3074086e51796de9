"""The password check start-up makes before the models load (services/sign_in_ahead.py):
read with sqlite3 alone, and trusted by the sign-in only for the very hash it checked."""

import pytest

from hrdesk.services import auth, password_hash, sign_in_ahead
from hrdesk.services.database import open_workspace
from hrdesk.storage.stored_hash import stored_password_hash


@pytest.fixture
def file_with_admin(tmp_path):
    """A SQLite database file whose administrator is admin / correct horse, in a folder named
    as clerks name them (Chinese, a space, a # that a file URI would otherwise cut at)."""
    path = tmp_path / "人事 资料#1" / "office.db"
    path.parent.mkdir()
    database = open_workspace(path)
    with database.sessions.begin() as session:
        auth.create_administrator(session, "admin", "王会计", "correct horse", "correct horse")
    database.close()
    return path


def test_the_stored_hash_is_read_without_the_models(file_with_admin, tmp_path):
    assert stored_password_hash(file_with_admin, "admin").startswith("$argon2id$")
    assert stored_password_hash(file_with_admin, "nobody") is None
    assert stored_password_hash(tmp_path / "missing.db", "admin") is None
    assert not (tmp_path / "missing.db").exists()  # read-only: never creates a file
    (tmp_path / "other.db").write_bytes(b"not a database at all")
    assert stored_password_hash(tmp_path / "other.db", "admin") is None


def test_the_check_answers_only_for_its_user_password_and_hash(file_with_admin):
    stored = stored_password_hash(file_with_admin, "admin")
    right = sign_in_ahead.start(str(file_with_admin), " admin ", "correct horse", find_store=False)
    assert right.password_matches("admin", "correct horse", stored) is True
    assert right.password_matches("admin", "correct horse", stored + "x") is None
    assert right.password_matches("admin", "another", stored) is None
    assert right.password_matches("other", "correct horse", stored) is None
    wrong = sign_in_ahead.start(str(file_with_admin), "admin", "wrong", find_store=False)
    assert wrong.password_matches("admin", "wrong", stored) is False


def test_nothing_is_checked_ahead_for_a_server_or_a_missing_file(tmp_path):
    server = "postgresql+psycopg://hr@db.example/hrdesk"
    for target in (server, str(tmp_path / "missing.db")):
        ahead = sign_in_ahead.start(target, "admin", "correct horse", find_store=False)
        assert ahead.password_matches("admin", "correct horse", "$argon2id$…") is None


def test_the_sign_in_takes_the_answer_checked_ahead(file_with_admin, monkeypatch):
    ahead = sign_in_ahead.start(str(file_with_admin), "admin", "correct horse", find_store=False)
    ahead.password_matches("admin", "", "")  # the check is done before argon2 is taken away

    def not_again(*_args):
        raise AssertionError("the password was checked a second time")

    monkeypatch.setattr(auth, "matches", not_again)
    database = open_workspace(file_with_admin)
    with database.sessions.begin() as session:
        result = auth.authenticate(session, "admin", "correct horse", ahead=ahead)
    database.close()
    assert result.actor is not None and result.actor.name == "王会计(admin)"


def test_a_password_changed_since_the_check_is_checked_again(file_with_admin):
    ahead = sign_in_ahead.start(str(file_with_admin), "admin", "correct horse", find_store=False)
    database = open_workspace(file_with_admin)
    with database.sessions.begin() as session:
        from hrdesk.storage.models import User

        session.query(User).one().password_hash = password_hash.hasher().hash("new secret")
    with database.sessions.begin() as session:
        refused = auth.authenticate(session, "admin", "correct horse", ahead=ahead)
    database.close()
    assert refused.actor is None and "再错4次" in refused.message


def test_a_wrong_password_checked_ahead_still_counts_towards_the_lock(file_with_admin):
    database = open_workspace(file_with_admin)
    for _attempt in range(5):
        ahead = sign_in_ahead.start(str(file_with_admin), "admin", "wrong", find_store=False)
        with database.sessions.begin() as session:
            result = auth.authenticate(session, "admin", "wrong", ahead=ahead)
        assert result.actor is None
    database.close()
    assert "已锁定5分钟" in result.message
