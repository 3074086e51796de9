"""English is selectable: every visible string is in the .ts, translated, and compiled."""

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from hrdesk.ui.dialogs.login import LoginDialog
from hrdesk.ui.i18n import install_translator
from hrdesk.ui.main_window import MainWindow
from hrdesk.ui.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
TS = resource_path("translations/hrdesk_en.ts")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in tree.iter("context")
        for message in context.iter("message")
    }


def test_every_string_in_the_code_is_in_the_ts_file(tmp_path):
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (ROOT / "src" / "hrdesk" / "ui").rglob("*.py"))
    subprocess.run(
        ["pyside6-lupdate", "-no-obsolete", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert set(messages(fresh)) == set(messages(TS)), "run scripts/update_translations.py"


def test_every_string_is_translated():
    unfinished = [
        source
        for source, translation in messages(TS).items()
        if translation.get("type") or not translation.text
    ]
    assert unfinished == []


def test_compiled_file_matches_the_source(tmp_path):
    compiled = tmp_path / "hrdesk_en.qm"
    subprocess.run(
        ["pyside6-lrelease", str(TS), "-qm", str(compiled)], check=True, capture_output=True
    )
    assert compiled.read_bytes() == TS.with_suffix(".qm").read_bytes(), (
        "run scripts/update_translations.py"
    )


@pytest.fixture
def english(qapp):
    translator = install_translator(qapp, "en")
    assert translator is not None
    yield
    QCoreApplication.removeTranslator(translator)


def test_window_and_dialogs_speak_english(qtbot, english, demo_database):
    from hrdesk.services.auth import demo_administrator

    with demo_database.sessions.begin() as session:
        admin = demo_administrator(session)
    window = MainWindow(demo_database, admin)
    qtbot.addWidget(window)
    pages = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert pages[0] == "Home" and pages[-2:] == ["Users", "Settings"] and "Reports" in pages
    assert "Recruitment" in pages and "Appraisal" in pages
    assert "Attendance" in pages and "Leave" in pages
    assert window.menuBar().actions()[0].text() == "&File"
    dialog = LoginDialog(demo_database)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Sign in to hrdesk"
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "OK"  # a string of the base class, looked up in its own context
