"""Accounts: the first administrator, login refusals, and the five-try lock."""

from datetime import UTC, datetime, timedelta

import pytest

from hrdesk.domain.roles import Role
from hrdesk.services import audit, auth
from hrdesk.services.actor import PermissionDenied, command_line_actor

ADMIN_VIEW = command_line_actor()  # reads what an administrator may read

T0 = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


@pytest.fixture
def admin(database):
    with database.sessions.begin() as session:
        return auth.create_administrator(
            session, "admin", "王会计", "correct horse", "correct horse"
        )


def login(database, password, now, username="admin"):
    with database.sessions.begin() as session:
        return auth.authenticate(session, username, password, now)


def test_first_administrator_needs_the_password_twice(database):
    with database.sessions.begin() as session:
        with pytest.raises(auth.AccountError, match="不一致"):
            auth.create_administrator(session, "admin", "", "correct horse", "correct house")
        assert not auth.has_users(session)


def test_only_one_first_administrator(database, admin):
    with database.sessions.begin() as session, pytest.raises(auth.AccountError, match="已经创建"):
        auth.create_administrator(session, "other", "", "12345678", "12345678")


def test_right_password_logs_in_and_wrong_one_is_refused(database, admin):
    assert login(database, "correct horse", T0).actor.role is Role.ADMIN
    refused = login(database, "wrong", T0)
    assert refused.actor is None
    assert "用户名或密码错误" in refused.message
    assert login(database, "correct horse", T0, username="nobody").actor is None


def test_five_wrong_tries_lock_for_five_minutes_even_with_the_right_password(database, admin):
    for attempt in range(4):
        assert f"再错{4 - attempt}次" in login(database, "wrong", T0).message
    assert "已锁定" in login(database, "wrong", T0).message
    assert login(database, "correct horse", T0 + timedelta(minutes=4)).actor is None
    assert login(database, "correct horse", T0 + timedelta(minutes=5, seconds=1)).actor is not None
    with database.sessions() as session:
        assert audit.entries(session, ADMIN_VIEW, "users")[0].action == "账户锁定"


def test_success_resets_the_count(database, admin):
    for _ in range(4):
        login(database, "wrong", T0)
    assert login(database, "correct horse", T0).actor is not None
    for _ in range(4):
        login(database, "wrong", T0)
    assert login(database, "correct horse", T0).actor is not None


def test_passwords_are_stored_as_argon2_hashes(database, admin):
    with database.sessions() as session:
        from hrdesk.storage.models import User

        stored = session.query(User).one().password_hash
    assert stored.startswith("$argon2id$") and "correct horse" not in stored


def test_only_administrators_add_users(database, admin):
    with database.sessions.begin() as session:
        auth.add_user(session, admin, "li", "李经理", Role.SALES_MANAGER, "12345678", "12345678")
    manager = login(database, "12345678", T0, username="li").actor
    assert manager.role is Role.SALES_MANAGER
    with database.sessions.begin() as session, pytest.raises(PermissionDenied):
        auth.add_user(session, manager, "x", "", Role.HR, "12345678", "12345678")
    with database.sessions.begin() as session, pytest.raises(auth.AccountError, match="已存在"):
        auth.add_user(session, admin, "li", "", Role.HR, "12345678", "12345678")
