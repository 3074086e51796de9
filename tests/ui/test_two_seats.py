"""Two seats open the same employee: the second save is refused, never restores the first's edit."""

from PySide6.QtWidgets import QDialog, QMessageBox

from hrdesk.domain.roles import Role
from hrdesk.services import employees
from hrdesk.services.actor import Actor
from hrdesk.services.auth import demo_administrator
from hrdesk.ui.dialogs.employee import EmployeeDialog
from tests.conftest import DEMO_DAY

CLERK = Actor("人事小王", Role.HR, 1)
CLERK_ADMIN = Actor("财务小李", Role.ADMIN, 1)  # another seat that may change settings


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


def test_a_second_seat_s_bank_layouts_are_not_lost_to_a_stale_editor(qtbot, demo_database):
    from hrdesk.services import bank_files
    from hrdesk.ui.dialogs.bank_templates import BankTemplatesDialog

    with demo_database.sessions.begin() as session:
        admin = demo_administrator(session)
    first = BankTemplatesDialog(demo_database, admin)
    second = BankTemplatesDialog(demo_database, admin)  # both open on no layouts of their own
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    for editor, bank in ((first, "中国银行"), (second, "建设银行")):
        editor.example.setCurrentIndex(editor.example.findText(bank))
        editor._add(editor.example.currentData())
        editor.name.setText(f"{bank}代发")
    first.save()
    second.save()  # would have saved its one layout over the first seat's
    assert f"已被 {admin.name} 于" in second.problem.text()
    assert second.result() != BankTemplatesDialog.DialogCode.Accepted
    with demo_database.sessions() as session:
        assert [t.name for t in bank_files.own_templates(session)] == ["中国银行代发"]
    again = BankTemplatesDialog(demo_database, admin)  # reopened: both can be kept
    qtbot.addWidget(again)
    again.example.setCurrentIndex(again.example.findText("建设银行"))
    again._add(again.example.currentData())
    again.name.setText("建设银行代发")
    again.save()
    with demo_database.sessions() as session:
        kept = [t.name for t in bank_files.own_templates(session)]
    assert kept == ["中国银行代发", "建设银行代发"]


def test_a_settings_form_opened_before_another_seat_saved_is_refused(qtbot, demo_database):
    from hrdesk.services import receivables
    from hrdesk.ui.dialogs.receivables import BucketsDialog

    with demo_database.sessions.begin() as session:
        admin = demo_administrator(session)
    stale = BucketsDialog(demo_database, admin)
    qtbot.addWidget(stale)
    with demo_database.sessions.begin() as session:  # the other seat, meanwhile
        receivables.set_bucket_bounds(session, CLERK_ADMIN, [30, 90, 365])
    stale.bounds.setText("15, 30, 60")
    assert "已被 财务小李 于" in stale.attempt()
    with demo_database.sessions() as session:
        assert receivables.bucket_bounds(session) == (30, 90, 365)
    fresh = BucketsDialog(demo_database, admin)
    qtbot.addWidget(fresh)
    fresh.bounds.setText("15, 30, 60")
    assert fresh.attempt() == ""
