"""文件 → 导出密钥/导入密钥 (管理员), the backup's warning while the key was never exported,
and the warning at start on a PC without the key."""

import stat

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from hrdesk.domain.roles import Role
from hrdesk.services import auth
from hrdesk.services import database as workspace
from hrdesk.services.actor import Actor
from hrdesk.ui.dialogs.keys import KeyExportDialog, KeyImportDialog
from hrdesk.ui.main_window import MainWindow
from tests.ui.test_login import press_ok

PASSPHRASE = "long enough passphrase"


@pytest.fixture
def admin(database):
    with database.sessions.begin() as session:
        admin = auth.create_administrator(
            session, "admin", "王会计", "correct horse", "correct horse"
        )
        workspace.field_cipher(session)  # the key, made with the first encrypted number
    return admin


def window_for(qtbot, database, actor) -> MainWindow:
    window = MainWindow(database, actor)
    qtbot.addWidget(window)
    return window


def test_the_key_menu_is_for_administrators_only(qtbot, database, admin):
    window = window_for(qtbot, database, admin)
    assert all(action.isVisible() for action in window.key_actions)
    clerk = window_for(qtbot, database, Actor("李人事(li)", Role.HR, 2))
    assert not any(action.isVisible() for action in clerk.key_actions)


def test_export_then_import_through_the_dialogs(
    qtbot, database, admin, tmp_path, private_environment
):
    target = tmp_path / "hrdesk.key"
    export = KeyExportDialog(database, admin, target, None)
    qtbot.addWidget(export)
    qtbot.keyClicks(export.passphrase, PASSPHRASE)
    qtbot.keyClicks(export.repeated, PASSPHRASE + "x")
    press_ok(qtbot, export)
    assert "不一致" in export.problem.text() and not target.exists()
    assert export.passphrase.text() == export.repeated.text() == ""  # never left in a field
    qtbot.keyClicks(export.passphrase, PASSPHRASE)
    qtbot.keyClicks(export.repeated, PASSPHRASE)
    press_ok(qtbot, export)
    assert export.result() == QDialog.DialogCode.Accepted and len(export.fingerprint) == 16
    assert stat.S_IMODE(target.stat().st_mode) == 0o600

    private_environment.secrets.clear()
    assert workspace.missing_key_message(database) is not None
    imported = KeyImportDialog(database, admin, target, None)
    qtbot.addWidget(imported)
    qtbot.keyClicks(imported.passphrase, "not the passphrase")
    press_ok(qtbot, imported)
    assert "口令不正确" in imported.problem.text() and imported.passphrase.text() == ""
    qtbot.keyClicks(imported.passphrase, PASSPHRASE)
    press_ok(qtbot, imported)
    assert imported.result() == QDialog.DialogCode.Accepted
    assert workspace.missing_key_message(database) is None


def test_a_backup_from_the_menu_warns_while_the_key_was_never_exported(
    qtbot, database, admin, tmp_path, monkeypatch
):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    window = window_for(qtbot, database, admin)
    window._backed_up(str(tmp_path / "b.db"))
    assert "加密密钥从未导出" in warned[0] and "导出密钥" in warned[0]


def test_a_pc_without_the_key_is_told_how_to_import_it(
    qtbot, database, admin, monkeypatch, private_environment
):
    private_environment.secrets.clear()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    window_for(qtbot, database, admin).warn_if_key_missing()
    assert "导入密钥" in warned[0] and "不会另建新密钥" in warned[0]
