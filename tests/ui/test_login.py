"""Signing in through the dialogs: first administrator, refusals, the lock, new users."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from sqlalchemy import text

from hrdesk.domain.roles import Role
from hrdesk.services import auth
from hrdesk.services.actor import command_line_actor
from hrdesk.ui.dialogs.login import (
    FirstAdministratorDialog,
    LoginDialog,
    environment_sign_in,
    sign_in_dialog,
)
from hrdesk.ui.dialogs.users import NewUserDialog

ADMIN_VIEW = command_line_actor()  # reads what an administrator may read


def press_ok(qtbot, dialog):
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_first_start_asks_for_the_administrator_twice(qtbot, database):
    dialog = sign_in_dialog(database)
    assert isinstance(dialog, FirstAdministratorDialog)
    qtbot.addWidget(dialog)
    dialog.display_name.setText("王会计")  # QTest types only Latin keys
    qtbot.keyClicks(dialog.password, "correct horse")
    qtbot.keyClicks(dialog.repeated, "correct hors")
    press_ok(qtbot, dialog)
    assert "两次输入的密码不一致" in dialog.problem.text()
    assert dialog.actor is None
    qtbot.keyClicks(dialog.repeated, "e")
    press_ok(qtbot, dialog)
    assert dialog.actor is not None and dialog.actor.role is Role.ADMIN
    assert isinstance(sign_in_dialog(database), LoginDialog)


def test_login_refuses_a_wrong_password_and_locks_after_five(qtbot, database):
    with database.sessions.begin() as session:
        auth.create_administrator(session, "admin", "王会计", "correct horse", "correct horse")
    dialog = LoginDialog(database)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "admin")
    for _ in range(5):
        qtbot.keyClicks(dialog.password, "guess")
        press_ok(qtbot, dialog)
    assert "账户已锁定" in dialog.problem.text()
    assert dialog.password.text() == ""  # never left in the field
    qtbot.keyClicks(dialog.password, "correct horse")
    press_ok(qtbot, dialog)
    assert dialog.actor is None and "账户已锁定" in dialog.problem.text()


def test_login_with_the_right_password(qtbot, database):
    with database.sessions.begin() as session:
        auth.create_administrator(session, "admin", "王会计", "correct horse", "correct horse")
    dialog = LoginDialog(database)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "correct horse")
    press_ok(qtbot, dialog)
    assert dialog.actor.name == "王会计(admin)"


def test_a_demo_database_signs_in_as_the_published_demo_administrator(qtbot, demo_database):
    dialog = sign_in_dialog(demo_database)
    assert isinstance(dialog, LoginDialog)  # nothing in the file skips the sign-in
    assert "用户名 demo，密码 demo" in dialog.findChild(QLabel).text()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "demo")
    qtbot.keyClicks(dialog.password, "demo")
    press_ok(qtbot, dialog)
    assert dialog.actor is not None and dialog.actor.role is Role.ADMIN


def test_flipping_is_demo_in_sql_neither_skips_sign_in_nor_adds_a_demo_user(qtbot, database):
    with database.sessions.begin() as session:
        auth.create_administrator(session, "admin", "", "correct horse", "correct horse")
        session.execute(text("INSERT INTO settings (key, value) VALUES ('is_demo', 'true')"))
    dialog = sign_in_dialog(database)
    assert isinstance(dialog, LoginDialog) and "demo" not in dialog.findChild(QLabel).text()
    with database.sessions() as session:
        assert [row.username for row in auth.list_users(session, ADMIN_VIEW)] == ["admin"]


def test_the_window_signs_in_from_the_environment_when_both_are_set(database, monkeypatch):
    with database.sessions.begin() as session:
        auth.create_administrator(session, "admin", "王会计", "correct horse", "correct horse")
    monkeypatch.setenv("HRDESK_USER", "admin")
    monkeypatch.delenv("HRDESK_PASSWORD", raising=False)
    assert environment_sign_in(database) is None  # then the dialog asks
    monkeypatch.setenv("HRDESK_PASSWORD", "wrong guess")
    refused = environment_sign_in(database)
    assert refused.actor is None and "用户名或密码错误" in refused.message
    monkeypatch.setenv("HRDESK_PASSWORD", "correct horse")
    assert environment_sign_in(database).actor.name == "王会计(admin)"


def test_administrator_adds_a_sales_manager(qtbot, database):
    with database.sessions.begin() as session:
        admin = auth.create_administrator(session, "admin", "", "correct horse", "correct horse")
    dialog = NewUserDialog(database, admin)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "li")
    dialog.display_name.setText("李经理")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.SALES_MANAGER))
    qtbot.keyClicks(dialog.password, "12345678")
    qtbot.keyClicks(dialog.repeated, "12345678")
    press_ok(qtbot, dialog)
    assert dialog.problem.text() == ""
    with database.sessions() as session:
        roles = {row.username: row.role for row in auth.list_users(session, ADMIN_VIEW)}
    assert roles == {"admin": Role.ADMIN, "li": Role.SALES_MANAGER}
