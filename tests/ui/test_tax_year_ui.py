"""期初与扣除 and the employee's deductions tab: what the clerk sees and changes."""

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QMessageBox

from hrdesk.domain.deductions import DeductionKind
from hrdesk.services import setting_names
from hrdesk.services.auth import demo_administrator
from hrdesk.services.tax_year import declarations
from hrdesk.storage.models import Employee
from hrdesk.ui.dialogs.tax_year import DeclarationDialog, DeclarationsTab, TaxYearDialog
from hrdesk.ui.screens.settings import SettingsPage


def _admin_and_employee(database):
    with database.sessions.begin() as session:
        admin = demo_administrator(session)
        employee_id = session.query(Employee.id).order_by(Employee.id).first()[0]
    return admin, employee_id


def test_a_declaration_reaching_back_is_added_from_the_employees_tab(qtbot, demo_database):
    admin, employee_id = _admin_and_employee(demo_database)
    tab = DeclarationsTab(demo_database, admin, employee_id)
    qtbot.addWidget(tab)
    before = tab.model.rowCount()
    dialog = DeclarationDialog(demo_database, admin, employee_id, None, tab)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("继续教育职业资格"))
    assert dialog.amount.amount() == Decimal(3600)  # filled in: the certificate's fixed amount
    dialog.start.set_value(date(2026, 4, 1))
    dialog.submit()
    assert dialog.problem.text() == "" and dialog.result()
    tab.refresh()
    assert tab.model.rowCount() == before + 1
    with demo_database.sessions() as session:
        kinds = [r.declaration.kind for r in declarations.rows(session, admin, employee_id)]
    assert DeductionKind.CERTIFICATE in kinds


def test_a_wrong_amount_stays_in_the_dialog_with_the_reason(qtbot, demo_database):
    admin, employee_id = _admin_and_employee(demo_database)
    dialog = DeclarationDialog(demo_database, admin, employee_id)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("住房租金"))
    dialog.amount.set_amount(Decimal(1200))
    dialog.submit()
    assert "1500、1100或800" in dialog.problem.text() and not dialog.result()


def test_the_tax_year_dialog_lists_and_confirms(qtbot, demo_database, monkeypatch):
    admin, _employee_id = _admin_and_employee(demo_database)
    dialog = TaxYearDialog(demo_database, admin)
    qtbot.addWidget(dialog)
    assert dialog.items.rowCount() > 0
    assert "未确认2027年度" in dialog.lapsing.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    dialog._confirm()
    assert dialog.lapsing.text() == "没有待确认的扣除"


def test_the_settings_screen_saves_the_credit_code_and_other_settings(
    qtbot, demo_database, monkeypatch
):
    admin, _employee_id = _admin_and_employee(demo_database)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    page = SettingsPage(demo_database, admin)
    qtbot.addWidget(page)
    page.credit_code.setText("91350100M000100Y43")
    page._save_letterhead()
    assert page.head_problem.text() == ""
    page.other_fields["contract_reminder_days"][0].setText("45")
    page._save_other_settings()
    page.other_fields["sick_pay_ratio"][0].setText("2")
    page._save_other_settings()
    assert "0到1之间" in page.other_problem.text()
    with demo_database.sessions() as session:
        values = {spec.name: value for spec, value in setting_names.listing(session)}
    assert values["统一社会信用代码"] == "91350100M000100Y43"
    assert values["合同到期提醒天数"] == "45" and values["病假工资比例"] == "0.6"
