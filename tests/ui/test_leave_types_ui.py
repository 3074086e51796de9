"""假期类型 on the 休假 page: the company's types in one grid; a province's days and the
company's own type are saved and audited, a value under the law's minimum is refused with
nothing written, and who may not edit leave only reads."""

import json
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from hrdesk.services.actor import command_line_actor
from hrdesk.services.leave import leave_types
from hrdesk.storage.models import AuditEntry, Setting
from hrdesk.ui.dialogs.leave_request import LeaveRequestDialog
from hrdesk.ui.dialogs.leave_types import DAYS, NAME, PER, SOURCE, LeaveTypesDialog
from hrdesk.ui.screens.leave import LeavePage
from tests.services.sales_team import FINANCE
from tests.services.test_attendance import roster  # noqa: F401  (a fixture: three employees)

ADMIN = command_line_actor()
GUANGDONG = "广东省人口与计划生育条例"


def open_dialog(qtbot, database, actor=ADMIN) -> LeaveTypesDialog:
    dialog = LeaveTypesDialog(database, actor)
    qtbot.addWidget(dialog)
    return dialog


def row_of(dialog: LeaveTypesDialog, name: str) -> int:
    return next(r for r, kind in enumerate(dialog.kinds) if kind.name == name)


def test_the_provinces_days_and_a_company_type_are_saved(qtbot, roster):  # noqa: F811
    dialog = open_dialog(qtbot, roster)
    marriage = row_of(dialog, "婚假")
    assert dialog.grid.item(marriage, DAYS).text() == "3"
    dialog.grid.item(marriage, DAYS).setText("13")
    dialog.grid.item(marriage, SOURCE).setText(GUANGDONG)
    dialog.add_type()
    new = dialog.grid.rowCount() - 1
    dialog.grid.item(new, NAME).setText("育儿假")
    dialog.grid.item(new, DAYS).setText("10")
    per = dialog.grid.cellWidget(new, PER)
    per.setCurrentIndex(per.findText("每年"))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.problem.text()
    with roster.sessions() as session:
        kinds = {t.name: t for t in leave_types.company_types(session)}
        audited = set(
            session.scalars(select(AuditEntry.entity_id).where(AuditEntry.action == "修改假期类型"))
        )
    assert (kinds["婚假"].days, kinds["婚假"].source) == (13, GUANGDONG)
    assert (kinds["育儿假"].days, kinds["育儿假"].per.value, kinds["育儿假"].added) == (
        10,
        "每年",
        True,
    )
    assert audited == {"婚假", "育儿假"}
    page = LeavePage(roster, ADMIN)
    qtbot.addWidget(page)
    page.year.setValue(2026)
    request = LeaveRequestDialog(roster, ADMIN, page.model.rows)
    qtbot.addWidget(request)
    offered = [request.kind.itemText(i) for i in range(request.kind.count())]
    assert "婚假（全额，每次13天）" in offered and "育儿假（全额，每年10天）" in offered
    request.kind.setCurrentIndex(request.kind.findData("婚假"))
    request.start.set_value(date(2026, 5, 11))
    request.end.set_value(date(2026, 5, 29))  # three working weeks: 15 days, 13 allowed
    assert "本次共15天超出" in request.balance.text()
    request.note.setText("再婚，另有证明")
    assert request.balance.text() == "本次 15 天"


def test_under_the_law_is_refused_and_nothing_is_written(qtbot, roster):  # noqa: F811
    dialog = open_dialog(qtbot, roster)
    dialog.grid.item(row_of(dialog, "产假"), DAYS).setText("90")
    dialog.save()
    assert "产假不能少于法定的98天" in dialog.problem.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    with roster.sessions() as session:
        assert session.get(Setting, "leave_types") is None


def test_a_stopped_company_type_is_kept_in_the_list(qtbot, roster):  # noqa: F811
    with roster.sessions.begin() as session:
        leave_types.set_days(session, ADMIN, "家事假", 3, "员工手册第8条", paid=False)
    dialog = open_dialog(qtbot, roster)
    row = row_of(dialog, "家事假")
    dialog.grid.item(row, dialog.grid.columnCount() - 1).setCheckState(Qt.CheckState.Checked)
    dialog.save()
    with roster.sessions() as session:
        stored = json.loads(session.get(Setting, "leave_types").value)
        assert stored == [
            {
                "name": "家事假",
                "days": 3,
                "source": "员工手册第8条",
                "paid": False,
                "per": "每次",
                "active": False,
            }
        ]
        assert "家事假" not in {t.name for t in leave_types.offered_types(session)}


def test_who_may_not_edit_leave_only_reads(qtbot, roster):  # noqa: F811
    dialog = open_dialog(qtbot, roster, FINANCE)
    assert not dialog.save_button.isEnabled()
    days = dialog.grid.item(row_of(dialog, "婚假"), DAYS)
    assert not days.flags() & Qt.ItemFlag.ItemIsEditable


def test_the_page_opens_the_dialog(qtbot, roster, monkeypatch):  # noqa: F811
    opened = []
    monkeypatch.setattr(LeaveTypesDialog, "exec", lambda self: opened.append(self) or 0)
    page = LeavePage(roster, ADMIN)
    qtbot.addWidget(page)
    page.leave_types()
    assert len(opened) == 1 and opened[0].grid.rowCount() == 8
