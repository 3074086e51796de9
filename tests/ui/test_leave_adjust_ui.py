"""年休假结转 and 作废 on the 休假 page: the dialog says what will be written, asks, then writes
the service's signed entries; saying no writes nothing."""

from decimal import Decimal as D

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from hrdesk.services import leave
from hrdesk.services.actor import command_line_actor
from hrdesk.storage.models import AuditEntry
from hrdesk.ui.dialogs.leave_adjust import LeaveAdjustDialog
from hrdesk.ui.screens.leave import LeavePage
from tests.services.test_attendance import roster  # noqa: F401  (a fixture: three employees)

ADMIN = command_line_actor()


def first_person(qtbot, database):
    page = LeavePage(database, ADMIN)
    qtbot.addWidget(page)
    page.year.setValue(2026)
    return page, next(r for r in page.model.rows if r.employee_no == "E001")


def test_carry_over_says_what_it_writes_and_asks(qtbot, roster, monkeypatch):  # noqa: F811
    page, person = first_person(qtbot, roster)
    dialog = LeaveAdjustDialog(roster, ADMIN, "carry", person, 2026, page)
    qtbot.addWidget(dialog)
    dialog.days.setText("3")
    dialog.note.setText("员工同意跨年安排")
    said = dialog.effect.text()
    assert "2026年年休假 −3 天（余额 5 → 2 天），2027年年休假 +3 天" in said
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    dialog.submit()
    assert "E001 张三" in asked[0]
    with roster.sessions() as session:
        assert leave.balance(session, person.employee_id, "年休假", 2026) == D(5)  # said no
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted
    with roster.sessions() as session:
        assert leave.balance(session, person.employee_id, "年休假", 2026) == D(2)
        assert "年休假结转" in set(session.scalars(select(AuditEntry.action)))


def test_expiry_needs_a_reason(qtbot, roster, monkeypatch):  # noqa: F811
    page, person = first_person(qtbot, roster)
    dialog = LeaveAdjustDialog(roster, ADMIN, "expire", person, 2026, page)
    qtbot.addWidget(dialog)
    dialog.days.setText("1")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog.submit()
    assert "原因" in dialog.problem.text()
    dialog.note.setText("员工书面放弃")
    dialog.submit()
    with roster.sessions() as session:
        assert leave.balance(session, person.employee_id, "年休假", 2026) == D(4)
        assert "假期作废" in set(session.scalars(select(AuditEntry.action)))
