"""UI fixtures: QSettings in a temporary folder, so tests never touch the user's own."""

import pytest
from PySide6.QtCore import QCoreApplication, QSettings


@pytest.fixture(autouse=True)
def private_qsettings(qapp, tmp_path):
    QCoreApplication.setOrganizationName("hrdesk-tests")
    QCoreApplication.setApplicationName("hrdesk-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield
    QSettings().clear()
