"""Starting the window: `--demo` builds its database in a temporary folder and removes it;
首页 is drawn without loading what only other screens use."""

import argparse
import functools
import os
import subprocess
import sys
import tempfile

import pytest
from PySide6.QtWidgets import QApplication

from hrdesk.cli import build_parser
from hrdesk.services import demo
from hrdesk.services.sign_in_ahead import Ahead
from hrdesk.ui import app as app_module
from tests.conftest import TEST_DB_URL


@pytest.fixture
def temporary_folder(tmp_path, monkeypatch, qapp):
    """Where tempfile puts folders, watched; a small demo; the test's own QApplication."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setattr(
        demo,
        "DemoSize",
        functools.partial(demo.DemoSize, employees=8, customers=3, invoices=20, payroll_months=0),
    )
    monkeypatch.setattr(app_module, "make_application", lambda _language=None: qapp)
    yield folder
    for widget in QApplication.topLevelWidgets():
        widget.close()


def demo_arguments(screenshot=None) -> argparse.Namespace:
    """What `hrdesk --demo [--screenshot FILE]` hands the window, from the real parser."""
    return build_parser().parse_args(
        ["--demo", *(["--screenshot", str(screenshot)] if screenshot else [])]
    )


def test_demo_removes_its_folder_at_exit(temporary_folder, tmp_path):
    shot = tmp_path / "demo.png"
    assert app_module.run_app(demo_arguments(shot), Ahead()) == 0
    assert shot.stat().st_size > 0  # the window did open on the demo
    assert list(temporary_folder.iterdir()) == []


def test_demo_removes_its_folder_when_building_fails(temporary_folder, monkeypatch):
    def broken(*_args):
        raise RuntimeError("演示数据生成失败")

    monkeypatch.setattr(demo, "build", broken)
    with pytest.raises(RuntimeError):
        app_module.run_app(demo_arguments(), Ahead())
    assert list(temporary_folder.iterdir()) == []


def test_a_demo_is_not_offered_among_recent_databases(temporary_folder, tmp_path):
    from hrdesk.ui.dialogs.open_database import recent_databases

    app_module.run_app(demo_arguments(tmp_path / "demo.png"), Ahead())
    assert recent_databases() == []


# Runs `hrdesk ARGS...` in a process of its own, then prints which of these it loaded.
OTHER_SCREENS = ("reportlab", "openpyxl", "alembic", "matplotlib", "python_calamine")
# hrdesk's own, which only other screens and commands use (首页 reads their areas' months,
# balances and reminders through modules of their own)
OTHER_MODULES = (
    "hrdesk.documents.letters",
    "hrdesk.services.payroll.calculation",
    "hrdesk.services.receivables.aged",
    "hrdesk.services.separations.checklist",
    "hrdesk.services.settlement.owed",
    "hrdesk.spreadsheets.column_parsing",
    "hrdesk.spreadsheets.headers",
    "hrdesk.spreadsheets.tabular",
    "hrdesk.spreadsheets.writing",
)
LOADED_AFTER = f"""
import atexit, runpy, sys
import gc
atexit.register(lambda: print(sorted(
    {{name.split(".")[0] for name in sys.modules}} & set({OTHER_SCREENS!r})),
    sorted(set(sys.modules) & set({OTHER_MODULES!r})),
    "PySide6.QtPdf" in sys.modules, gc.isenabled()))
sys.argv[0] = "hrdesk"
runpy.run_module("hrdesk", run_name="__main__")
"""


@pytest.mark.skipif(TEST_DB_URL is not None, reason="a file database")
def test_the_window_draws_home_without_what_only_other_screens_use_and_collects_again(
    demo_database, database_target, tmp_path
):
    shot = tmp_path / "home.png"
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            LOADED_AFTER,
            "--db",
            str(database_target),
            "--screenshot",
            str(shot),
        ],
        capture_output=True,
        text=True,
        env=dict(os.environ, HRDESK_USER="demo", HRDESK_PASSWORD="demo"),
        timeout=120,
    )
    assert shot.stat().st_size > 0, result.stderr
    # nothing of other screens, and the collector paused for start-up is back on
    assert result.stdout.splitlines()[-1] == "[] [] False True"
