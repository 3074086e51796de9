"""An import pauses the cyclic garbage collector while it works, and leaves it as it found it:
on after an import (whether it wrote, found problems or failed), off when the caller had
paused it (the window pauses it until 首页 is drawn)."""

import gc

import pytest

from hrdesk.services import imports
from tests.services.test_imports import CLERK, TODAY, messy_roster


@pytest.fixture
def collector_on():
    gc.enable()
    yield
    gc.enable()


def _import(database, path, **options):
    with database.sessions.begin() as session:
        return imports.import_file(session, CLERK, "employees", path, TODAY, **options)


def test_the_collector_is_on_again_after_an_import_and_paused_during_it(
    database, tmp_path, collector_on, monkeypatch
):
    seen = []
    check = imports.run.checker("employees")
    monkeypatch.setattr(
        imports.run, "checker", lambda kind: lambda *a: (seen.append(gc.isenabled()), check(*a))
    )
    result = _import(database, messy_roster(tmp_path / "roster.xlsx"))
    assert result.ok and result.added > 0
    assert seen == [False] and gc.isenabled()


def test_the_collector_is_on_again_after_an_import_that_fails(database, tmp_path, collector_on):
    with pytest.raises(ValueError, match="工作表"):
        _import(database, messy_roster(tmp_path / "roster.xlsx"), sheet_name="无此工作表")
    assert gc.isenabled()


def test_an_import_leaves_a_paused_collector_paused(database, tmp_path, collector_on):
    gc.disable()
    assert _import(database, messy_roster(tmp_path / "roster.xlsx")).ok
    assert not gc.isenabled()
