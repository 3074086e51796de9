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


# A newcomer finds code by the question it answers: no module grows past this, no function
# past that (the goal is 400 and 60). Migrations are history, written once and never edited.
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 80


def oversized(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        name = path.relative_to(root).as_posix()
        if text.count("\n") > MAX_MODULE_LINES:
            found.append(f"{name}: {text.count(chr(10))} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    found.append(f"{name}:{node.lineno} {node.name}: {length} lines")
    return found


def test_no_module_or_function_outgrows_its_limit():
    assert oversized(PACKAGE) == []


def test_the_size_check_catches_a_long_function(tmp_path):
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES))
    (tmp_path / "long.py").write_text(f"def long():\n{body}\n", encoding="utf-8")
    assert oversized(tmp_path) == [f"long.py:1 long: {MAX_FUNCTION_LINES + 1} lines"]
