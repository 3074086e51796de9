"""Managing accounts: roles, deactivation, password resets, and the last administrator kept."""

import pytest

from hrdesk.domain.roles import Role
from hrdesk.services import audit, auth, users
from hrdesk.services.actor import Actor, PermissionDenied, command_line_actor

ADMIN_VIEW = command_line_actor()


@pytest.fixture
def admin(database):
    with database.sessions.begin() as session:
        admin = auth.create_administrator(
            session, "admin", "王会计", "correct horse", "correct horse"
        )
        auth.add_user(session, admin, "li", "李人事", Role.HR, "12345678", "12345678")
    return admin


def login(database, username, password):
    with database.sessions.begin() as session:
        return auth.authenticate(session, username, password)


def roles(database):
    with database.sessions() as session:
        return {
            row.username: (row.role, row.active) for row in users.list_users(session, ADMIN_VIEW)
        }


def test_a_deactivated_user_cannot_sign_in_and_is_told_only_with_the_right_password(
    database, admin
):
    with database.sessions.begin() as session:
        users.deactivate(session, admin, "li")
    assert roles(database)["li"] == (Role.HR, False)
    refused = login(database, "li", "12345678")
    assert refused.actor is None and "已停用" in refused.message
    guessed = login(database, "li", "wrong guess")
    assert guessed.actor is None and guessed.message == "用户名或密码错误"  # no probing of names
    with database.sessions.begin() as session:
        users.reactivate(session, admin, "li")
    assert login(database, "li", "12345678").actor.role is Role.HR


def test_the_last_active_administrator_can_be_neither_deactivated_nor_re_roled(database, admin):
    with database.sessions.begin() as session:
        with pytest.raises(auth.AccountError, match="唯一启用的管理员"):
            users.deactivate(session, admin, "admin")
        with pytest.raises(auth.AccountError, match="唯一启用的管理员"):
            users.set_role(session, admin, "admin", Role.FINANCE)
        users.set_role(session, admin, "li", Role.ADMIN)  # a second administrator …
        users.set_role(session, admin, "admin", Role.FINANCE)  # … lets the first step down
    assert roles(database) == {"admin": (Role.FINANCE, True), "li": (Role.ADMIN, True)}


def test_a_deactivated_administrator_does_not_count_as_the_one_kept(database, admin):
    with database.sessions.begin() as session:
        users.set_role(session, admin, "li", Role.ADMIN)
        users.deactivate(session, admin, "li")
        with pytest.raises(auth.AccountError, match="唯一启用的管理员"):
            users.deactivate(session, admin, "admin")


def test_reset_password_replaces_the_old_one_and_lifts_a_lock(database, admin):
    for _ in range(5):
        login(database, "li", "wrong guess")
    assert "锁定" in login(database, "li", "12345678").message
    with database.sessions.begin() as session:
        with pytest.raises(auth.AccountError, match="至少8位"):
            users.reset_password(session, admin, "li", "short", "short")
        users.reset_password(session, admin, "li", "new secret 1", "new secret 1")
    assert login(database, "li", "12345678").actor is None
    assert login(database, "li", "new secret 1").actor is not None


def test_every_change_is_audited_without_the_password(database, admin):
    with database.sessions.begin() as session:
        users.set_role(session, admin, "li", Role.FINANCE)
        users.deactivate(session, admin, "li")
        users.reactivate(session, admin, "li")
        users.reset_password(session, admin, "li", "new secret 1", "new secret 1")
    with database.sessions() as session:
        lines = audit.entries(session, ADMIN_VIEW, "users")
    assert [line.action for line in lines[:4]] == ["重置密码", "启用用户", "停用用户", "更改角色"]
    assert all(line.actor == "王会计(admin)" for line in lines[:4])
    assert (lines[3].old_value, lines[3].new_value) == ("人事", "财务")
    assert not any("new secret" in str(line.new_value) for line in lines)


def test_only_an_administrator_manages_users(database, admin):
    clerk = Actor("李人事(li)", Role.HR, 2)
    with database.sessions.begin() as session:
        for change in (
            lambda: users.set_role(session, clerk, "li", Role.ADMIN),
            lambda: users.deactivate(session, clerk, "admin"),
            lambda: users.reset_password(session, clerk, "admin", "12345678", "12345678"),
        ):
            with pytest.raises(PermissionDenied, match="无权限：管理用户"):
                change()


def test_an_unknown_user_is_named(database, admin):
    with (
        database.sessions.begin() as session,
        pytest.raises(auth.AccountError, match="没有用户“wang”"),
    ):
        users.deactivate(session, admin, "wang")
