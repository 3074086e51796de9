"""The floors of architecture.md: a forbidden import anywhere fails this test."""

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "hrdesk"

FORBIDDEN = {
    "domain": (
        "PySide6",
        "sqlalchemy",
        "alembic",
        "openpyxl",
        "reportlab",
        "hrdesk.storage",
        "hrdesk.services",
        "hrdesk.ui",
        "hrdesk.spreadsheets",
        "hrdesk.documents",
    ),
    "storage": (
        "PySide6",
        "hrdesk.services",
        "hrdesk.ui",
        "hrdesk.spreadsheets",
        "hrdesk.documents",
    ),
    "spreadsheets": (
        "PySide6.QtWidgets",
        "sqlalchemy",
        "hrdesk.storage",
        "hrdesk.services",
        "hrdesk.ui",
    ),
    "documents": (
        "PySide6.QtWidgets",
        "sqlalchemy",
        "hrdesk.storage",
        "hrdesk.services",
        "hrdesk.ui",
    ),
    "services": ("PySide6", "hrdesk.ui"),
    "ui": ("hrdesk.storage", "sqlalchemy", "sqlite3"),
    "cli": ("hrdesk.storage", "sqlalchemy", "sqlite3"),
}


def imported_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module)
    return modules


def violations(floor: str) -> list[str]:
    found = []
    for path in sorted((PACKAGE / floor).rglob("*.py")):
        for module in imported_modules(path):
            for banned in FORBIDDEN[floor]:
                if module == banned or module.startswith(banned + "."):
                    found.append(f"{path.relative_to(PACKAGE)} imports {module}")
    return found


@pytest.mark.parametrize("floor", sorted(FORBIDDEN))
def test_floor_imports_nothing_from_above(floor):
    assert violations(floor) == []


def test_every_command_group_is_registered():
    from hrdesk.cli import GROUPS

    modules = {path.stem for path in (PACKAGE / "cli").glob("*.py")} - {"__init__", "common"}
    assert {group.__name__.rsplit(".", 1)[1] for group in GROUPS} == modules


def test_the_check_catches_a_forbidden_import(tmp_path, monkeypatch):
    floor = tmp_path / "domain"
    floor.mkdir()
    (floor / "bad.py").write_text("from PySide6.QtWidgets import QWidget\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", tmp_path)
    assert violations("domain") == ["domain/bad.py imports PySide6.QtWidgets"]
