"""UI fixtures: QSettings in a temporary folder, so tests never touch the user's own."""

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def private_qsettings(qapp, tmp_path):
    QCoreApplication.setOrganizationName("hrdesk-tests")
    QCoreApplication.setApplicationName("hrdesk-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch):
    """A modal box nobody expected would hang an offscreen run: fail the test instead."""

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("critical", "warning", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
