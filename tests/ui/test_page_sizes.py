"""Every page fits a 1366×768 laptop screen at 100% scaling: opening it never grows the window."""

import pytest
from PySide6.QtWidgets import QApplication

from hrdesk.services.auth import demo_administrator
from hrdesk.ui.main_window import PAGE_NAMES, MainWindow

LAPTOP = (1366, 768)


@pytest.mark.parametrize("page", PAGE_NAMES)
def test_the_page_fits_a_laptop_screen(qtbot, demo_database, page):
    with demo_database.sessions.begin() as session:
        admin = demo_administrator(session)
    window = MainWindow(demo_database, admin)
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    assert window.show_page(page)
    QApplication.processEvents()
    needed = window.centralWidget().minimumSizeHint()
    assert needed.width() <= LAPTOP[0], f"{page} needs {needed.width()} px wide"
    assert window.minimumSizeHint().height() <= LAPTOP[1], f"{page} needs more height"
    assert (window.width(), window.height()) == LAPTOP, f"{page} grew the window"
