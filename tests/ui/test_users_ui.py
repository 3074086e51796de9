"""The 用户 page: add, re-role, deactivate and reactivate, reset a password; the last
administrator is kept, and the refusal is said."""

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from hrdesk.domain.roles import Role
from hrdesk.services import auth
from hrdesk.ui.dialogs.users import ResetPasswordDialog
from hrdesk.ui.screens.users import UsersPage
from tests.ui.test_login import press_ok


@pytest.fixture
def admin(database):
    with database.sessions.begin() as session:
        admin = auth.create_administrator(
            session, "admin", "王会计", "correct horse", "correct horse"
        )
        auth.add_user(session, admin, "li", "李人事", Role.HR, "12345678", "12345678")
    return admin


def page_with(qtbot, database, admin, username) -> UsersPage:
    page = UsersPage(database, admin)
    qtbot.addWidget(page)
    page.select(username)
    return page


def states(page) -> dict:
    return {row.username: (row.role, row.active) for row in page.model.rows}


def test_deactivating_and_reactivating_a_leaver(qtbot, database, admin, monkeypatch):
    page = page_with(qtbot, database, admin, "li")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.active_button, qtbot_left())
    assert states(page)["li"] == (Role.HR, False)
    assert page.active_button.text() == "重新启用"
    with database.sessions.begin() as session:
        assert "已停用" in auth.authenticate(session, "li", "12345678").message
    qtbot.mouseClick(page.active_button, qtbot_left())
    assert states(page)["li"] == (Role.HR, True)


def test_the_last_administrator_is_kept_and_the_refusal_said(qtbot, database, admin, monkeypatch):
    page = page_with(qtbot, database, admin, "admin")
    told = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
    page.toggle_active()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: ("财务", True))
    page.change_role()
    assert len(told) == 2 and all("唯一启用的管理员" in text for text in told)
    assert states(page)["admin"] == (Role.ADMIN, True)


def test_re_roling_a_user(qtbot, database, admin, monkeypatch):
    page = page_with(qtbot, database, admin, "li")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: ("财务", True))
    page.change_role()
    assert states(page)["li"] == (Role.FINANCE, True)


def test_resetting_a_password(qtbot, database, admin):
    dialog = ResetPasswordDialog(database, admin, "li")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.password, "new secret 1")
    qtbot.keyClicks(dialog.repeated, "new secret 2")
    press_ok(qtbot, dialog)
    assert "不一致" in dialog.problem.text() and dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, "new secret 1")
    qtbot.keyClicks(dialog.repeated, "new secret 1")
    press_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with database.sessions.begin() as session:
        assert auth.authenticate(session, "li", "new secret 1").actor is not None


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
