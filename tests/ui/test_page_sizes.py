"""Every page fits a 1366×768 laptop screen at 100% scaling, in Chinese and in English:
opening it never grows the window."""

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from hrdesk.services.auth import demo_administrator
from hrdesk.ui.i18n import install_translator
from hrdesk.ui.main_window import MainWindow
from hrdesk.ui.pages import PAGE_NAMES

LAPTOP = (1366, 768)


@pytest.fixture(params=["zh_CN", "en"])
def language(request, qapp):
    translator = install_translator(qapp, request.param)
    yield request.param
    if translator is not None:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("page", PAGE_NAMES)
def test_the_page_fits_a_laptop_screen(qtbot, demo_database, language, page):
    with demo_database.sessions.begin() as session:
        admin = demo_administrator(session)
    window = MainWindow(demo_database, admin)
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    assert window.show_page(page)
    QApplication.processEvents()
    needed = window.centralWidget().minimumSizeHint()
    assert needed.width() <= LAPTOP[0], f"{page} ({language}) needs {needed.width()} px"
    assert window.minimumSizeHint().height() <= LAPTOP[1], f"{page} ({language}) too tall"
    assert (window.width(), window.height()) == LAPTOP, f"{page} ({language}) grew the window"


def test_screenshots_take_a_size_and_a_language():
    from hrdesk.cli import build_parser
    from hrdesk.ui.i18n import chosen_language, use_language_this_run

    args = build_parser().parse_args(["--size", "1366x768", "--lang", "en"])
    assert args.size == LAPTOP and args.lang == "en"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--size", "1366*768"])
    use_language_this_run(args.lang)
    try:
        assert chosen_language() == "en"
    finally:
        use_language_this_run(None)
    assert chosen_language() == "zh_CN"  # 设置's choice, untouched
