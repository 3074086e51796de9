"""Two seats open the same employee: the second save is refused, never restores the first's edit."""

from PySide6.QtWidgets import QDialog, QMessageBox

from hrdesk.domain.roles import Role
from hrdesk.services import employees
from hrdesk.services.actor import Actor
from hrdesk.services.auth import demo_administrator
from hrdesk.ui.dialogs.employee import EmployeeDialog
from tests.conftest import DEMO_DAY

CLERK = Actor("人事小王", Role.HR, 1)


def test_a_stale_employee_form_is_refused_and_offers_to_reload(qtbot, demo_database, monkeypatch):
    with demo_database.sessions.begin() as session:
        admin = demo_administrator(session)
        someone = next(r for r in employees.roster(session, admin) if r.employee_no == "E0010")
    first = EmployeeDialog(demo_database, admin, someone.id, DEMO_DAY)
    second = EmployeeDialog(demo_database, CLERK, someone.id, DEMO_DAY)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    first.position.setText("大客户经理")
    first.save()
    assert first.result() == QDialog.DialogCode.Accepted

    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes,
    )
    second.phone.setText("13800000000")  # another field, on a form showing the old 岗位
    second.save()
    assert second.result() != QDialog.DialogCode.Accepted
    assert asked and f"已被 {admin.name} 于" in asked[0]
    assert second.position.text() == "大客户经理"  # reloaded: the first seat's edit is shown
    with demo_database.sessions() as session:
        kept = employees.detail(session, admin, someone.id, DEMO_DAY).record
    assert kept.position == "大客户经理" and kept.phone != "13800000000"
    second.phone.setText("13800000000")
    second.save()  # from the reloaded form: saved, the first seat's edit kept
    with demo_database.sessions() as session:
        kept = employees.detail(session, admin, someone.id, DEMO_DAY).record
    assert (kept.position, kept.phone) == ("大客户经理", "13800000000")
