"""The people screens in the window: a candidate from CV to employee with a contract draft,
appraisals with missed targets marked, payslips e-mailed in the background, certificates."""

from datetime import date
from decimal import Decimal

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from hrdesk.domain.identifiers import resident_id_check_character
from hrdesk.domain.people import Stage
from hrdesk.services import payroll
from hrdesk.services.auth import demo_administrator
from hrdesk.services.people import certificates, mail, onboarding
from hrdesk.storage.models import Candidate, Contract, Employee
from hrdesk.ui.dialogs.candidate import CandidateDialog
from hrdesk.ui.dialogs.employee import EmployeeDialog
from hrdesk.ui.screens.appraisal import AppraisalPage
from hrdesk.ui.screens.recruitment import RecruitmentPage
from tests.conftest import DEMO_DAY
from tests.services.test_people_mail import Controller, Inbox, _free_port


def admin_of(database):
    with database.sessions.begin() as session:
        return demo_administrator(session)


def select_candidate(page, name):
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data() == name:
            page.view.selectRow(row)
            return
    raise AssertionError(f"{name} not listed")


def test_a_candidate_goes_from_cv_to_employee_with_a_contract_draft(
    qtbot, demo_database, monkeypatch, tmp_path
):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, _text: told.append(title))
    admin = admin_of(demo_database)
    page = RecruitmentPage(demo_database, admin)
    qtbot.addWidget(page)
    before = page.model.rowCount()
    # the CV comes in
    dialog = CandidateDialog(demo_database, admin, None, DEMO_DAY, page)
    qtbot.addWidget(dialog)
    dialog.name.setText("林晓")
    dialog.phone.setText("13812345678")
    dialog.position.setText("销售代表")
    dialog.department.setText("销售部/销售一部")
    dialog.expected.setText("9000")
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.problem.text()
    page.refresh()
    assert page.model.rowCount() == before + 1
    lin = dialog.candidate_id
    for stage in (Stage.SCREENING, Stage.INTERVIEW, Stage.OFFERED):
        page.move(lin, stage)
    select_candidate(page, "林晓")
    page.write_offer(str(tmp_path / "offer.pdf"))
    assert "录用通知书" in PdfReader(tmp_path / "offer.pdf").pages[0].extract_text()

    first17 = "44030519960101003"

    def fill_and_save(dialog: EmployeeDialog) -> int:
        assert dialog.name.text() == "林晓" and dialog.phone.text() == "13812345678"
        dialog.employee_no.setText("E9001")
        dialog.id_number.setText(first17 + resident_id_check_character(first17))
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(EmployeeDialog, "exec", fill_and_save)
    select_candidate(page, "林晓")
    employee_id = page.hire(str(tmp_path / "draft.pdf"))
    assert employee_id is not None and "已入职" in told
    assert "草稿" in PdfReader(tmp_path / "draft.pdf").pages[0].extract_text()
    with demo_database.sessions() as session:
        assert session.get(Candidate, lin).stage == Stage.HIRED.value
        assert session.get(Employee, employee_id).base_salary == Decimal(9000)
        assert onboarding.draft_terms(session, admin, employee_id).contract_wage == Decimal(9000)
        assert session.scalar(select(Contract).where(Contract.employee_id == employee_id)) is None
    titles = {(r.name, r.title) for r in page.items.rows}
    assert {("林晓", "签订书面劳动合同"), ("林晓", "办理社会保险登记")} <= titles
    page.resize(1100, 700)
    page.grab().save(str(tmp_path / "recruitment.png"))


def test_appraisals_show_missed_targets_in_red(qtbot, demo_database):
    from PySide6.QtCore import Qt

    page = AppraisalPage(demo_database, admin_of(demo_database))
    qtbot.addWidget(page)
    assert page.model.rowCount() > 0
    missed = [i for i, r in enumerate(page.model.rows) if r.missed]
    assert missed, "the demo has salespeople under target"
    brush = page.model.data(page.model.index(missed[0], 0), Qt.ItemDataRole.ForegroundRole)
    assert brush is not None


def test_the_performance_pay_rule_is_read_from_what_the_clerk_types(qtbot, demo_database):
    from hrdesk.ui.dialogs.appraisal import RuleDialog

    dialog = RuleDialog(demo_database, admin_of(demo_database))
    qtbot.addWidget(dialog)
    dialog.enabled.setChecked(True)
    dialog.grades.setText("A=2000；B=1000, C=0")
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.problem.text()
    with demo_database.sessions() as session:
        from hrdesk.services.people import appraisal

        rule = appraisal.rule(session)
    assert rule.enabled and rule.grades == (
        ("A", Decimal(2000)),
        ("B", Decimal(1000)),
        ("C", Decimal(0)),
    )
    dialog.grades.setText("A=两千")
    dialog.submit()
    assert "等级=数值" in dialog.problem.text()


def test_payslips_are_emailed_from_the_window_in_the_background(qtbot, demo_database, monkeypatch):
    from hrdesk.ui.dialogs.mail import PayslipMailDialog

    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: None)
    admin = admin_of(demo_database)
    inbox, port = Inbox(), _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        month = date(2026, 10, 1)
        with demo_database.sessions.begin() as session:
            for name, value in (
                ("SMTP服务器", "127.0.0.1"),
                ("SMTP端口", str(port)),
                ("SMTP加密", "无"),
                ("发件人", "hr@example.com"),
            ):
                mail.set_setting(session, admin, name, value)
            payroll.run(session, admin, month)
            payroll.approve(session, admin, month)
            paid = len(payroll.payslip_documents(session, admin, month))
        dialog = PayslipMailDialog(demo_database, admin, month)
        qtbot.addWidget(dialog)
        dialog.send()
        qtbot.waitUntil(lambda: "已发送" in dialog.result.toPlainText(), timeout=60_000)
        assert f"已发送 {paid} 封" in dialog.result.toPlainText()
        assert len(inbox.envelopes) == paid
        dialog.send()  # nothing twice
        qtbot.waitUntil(lambda: "跳过 " + str(paid) in dialog.result.toPlainText(), timeout=60_000)
        assert len(inbox.envelopes) == paid
    finally:
        controller.stop()


def test_the_employee_form_keeps_the_email_and_issues_certificates(
    qtbot, demo_database, monkeypatch, tmp_path
):
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    admin = admin_of(demo_database)
    with demo_database.sessions() as session:
        employee = session.scalar(
            select(Employee).where(Employee.status != "离职").order_by(Employee.employee_no)
        )
    dialog = EmployeeDialog(demo_database, admin, employee.id, DEMO_DAY)
    qtbot.addWidget(dialog)
    assert dialog.email.text().endswith("@demo.example.com")
    dialog.email.setText("new.address@example.com")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.problem.text()
    employment = dialog.certificate_buttons[1]
    number = employment.save(str(tmp_path / "zm.pdf"))
    assert number == "ZM-2026-0001"
    assert "在职证明" in PdfReader(tmp_path / "zm.pdf").pages[0].extract_text()
    with demo_database.sessions() as session:
        assert session.get(Employee, employee.id).email == "new.address@example.com"
        assert [r.number for r in certificates.issued(session, admin, employee.id)] == [number]


def test_the_window_removes_overdue_candidates_at_start_only_when_set(qtbot, demo_database):
    from hrdesk.services import settings
    from hrdesk.services.people import recruitment
    from hrdesk.ui.main_window import MainWindow

    admin = admin_of(demo_database)
    window = MainWindow(demo_database, admin)
    qtbot.addWidget(window)
    with demo_database.sessions() as session:
        overdue = recruitment.overdue(session, DEMO_DAY)
    assert len(overdue) == 1  # the demo's candidate turned down 217 days ago
    window.remove_overdue_candidates()
    with demo_database.sessions.begin() as session:
        assert recruitment.overdue(session, DEMO_DAY) == overdue  # off by default
        settings.put(session, admin, "candidate_purge_on_start", True)
    window.remove_overdue_candidates()
    with demo_database.sessions() as session:
        assert recruitment.overdue(session, DEMO_DAY) == []
        assert session.get(Candidate, overdue[0]) is None
    assert "1 名" in window.statusBar().currentMessage()
