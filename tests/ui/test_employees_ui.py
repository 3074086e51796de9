"""The roster, the employee form and 合同提醒 as the clerk uses them, keyboard first."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from hrdesk.services import audit, employees
from hrdesk.services.actor import command_line_actor
from hrdesk.services.auth import demo_administrator
from hrdesk.ui.dialogs.employee import EmployeeDialog
from hrdesk.ui.screens.contracts import ContractsPage
from hrdesk.ui.screens.employees import EmployeesPage
from tests.conftest import DEMO_DAY

ADMIN_VIEW = command_line_actor()  # reads what an administrator may read


@pytest.fixture
def admin(demo_database):
    with demo_database.sessions.begin() as session:
        return demo_administrator(session)


def row_of(database, actor, employee_no):
    with database.sessions() as session:
        return next(r for r in employees.roster(session, actor) if r.employee_no == employee_no)


def test_editing_an_employee_shows_in_the_change_record(qtbot, demo_database, admin):
    zhang = row_of(demo_database, admin, "E0010")
    dialog = EmployeeDialog(demo_database, admin, zhang.id, DEMO_DAY)
    qtbot.addWidget(dialog)
    assert "********" in dialog.id_number.text() and dialog.id_number.isReadOnly()
    dialog.base_salary.clear()
    qtbot.keyClicks(dialog.base_salary, "12345.60")
    dialog.position.setText("大客户经理")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    again = EmployeeDialog(demo_database, admin, zhang.id, DEMO_DAY)
    qtbot.addWidget(again)
    shown = {
        (again.history_tab.model.rows[i].field, again.history_tab.model.rows[i].new_value)
        for i in range(len(again.history_tab.model.rows))
    }
    assert ("基本工资", "12345.60") in shown and ("岗位", "大客户经理") in shown
    assert again.history_tab.model.rows[0].actor == admin.name


def test_a_new_employee_can_be_entered_with_the_keyboard_alone(qtbot, demo_database, admin):
    dialog = EmployeeDialog(demo_database, admin, None, DEMO_DAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.employee_no.setFocus()
    qtbot.keyClicks(dialog.employee_no, "E9001")
    qtbot.keyClick(dialog.employee_no, Qt.Key.Key_Tab)
    dialog.focusWidget().setText(
        "孙小美"
    )  # QTest types only Latin keys; the focus moved here by Tab
    assert dialog.focusWidget() is dialog.name
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.id_number
    qtbot.keyClicks(dialog.id_number, "11010519491231002X")
    dialog.department.setCurrentText("财务部")
    dialog.base_salary.setText("6000")
    qtbot.keyClick(dialog.id_number, Qt.Key.Key_Return)  # Enter saves
    assert dialog.result() == QDialog.DialogCode.Accepted
    created = row_of(demo_database, admin, "E9001")
    assert created.name == "孙小美" and created.id_masked == "110105********002X"


def test_problems_point_at_their_fields_and_nothing_is_saved(qtbot, demo_database, admin):
    dialog = EmployeeDialog(demo_database, admin, None, DEMO_DAY)
    qtbot.addWidget(dialog)
    dialog.employee_no.setText("E9002")
    dialog.id_number.setText("110105194912310021")
    dialog.save()
    assert "身份证号：身份证号校验位不正确" in dialog.problem.text()
    assert "基本工资：必须大于0" in dialog.problem.text()
    assert dialog.id_number.styleSheet() and dialog.result() != QDialog.DialogCode.Accepted
    with demo_database.sessions() as session:
        assert "E9002" not in {r.employee_no for r in employees.roster(session, admin)}


def test_revealing_the_full_number_is_recorded(qtbot, demo_database, admin):
    zhang = row_of(demo_database, admin, "E0010")
    dialog = EmployeeDialog(demo_database, admin, zhang.id, DEMO_DAY)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.reveal_button, Qt.MouseButton.LeftButton)
    assert "*" not in dialog.id_number.text() and not dialog.id_number.isReadOnly()
    with demo_database.sessions() as session:
        assert (
            audit.entries(session, ADMIN_VIEW, "employees", zhang.id)[0].action == "查看完整证件号"
        )


def test_roster_search_and_filters(qtbot, demo_database, admin):
    page = EmployeesPage(demo_database, admin)
    qtbot.addWidget(page)
    assert page.add_button.isVisibleTo(page) and page.import_button.isVisibleTo(page)
    total = page.model.rowCount()
    assert total == 40
    qtbot.keyClicks(page.search, "E0010")
    assert page.proxy.rowCount() == 1
    page.search.clear()
    page.salespeople.setChecked(True)
    salespeople = page.proxy.rowCount()
    assert 0 < salespeople < total
    page.department.setCurrentIndex(
        page.department.findData("销售部")
    )  # the parent takes in both sales teams
    assert page.proxy.rowCount() == salespeople
    page.department.setCurrentIndex(page.department.findData("销售部/销售一部"))
    assert 0 < page.proxy.rowCount() < salespeople
    assert "显示" in page.count.text()


def test_reminders_open_the_employee_on_the_contracts_tab(qtbot, demo_database, admin, monkeypatch):
    page = ContractsPage(demo_database, admin)
    qtbot.addWidget(page)
    rows = page.model.rows
    assert rows and rows[0].finding.urgent
    assert {r.finding.rule for r in rows} >= {
        "no_written_contract",
        "contract_due",
        "expired_still_working",
    }
    opened = []
    monkeypatch.setattr(
        EmployeeDialog, "exec", lambda dialog: opened.append(dialog.tabs.currentWidget()) or 0
    )
    page.open_record(rows[0].employee_id)
    assert opened and opened[0].__class__.__name__ == "ContractsTab"
    page.urgent_only.setChecked(True)
    assert page.proxy.rowCount() == sum(1 for r in rows if r.finding.urgent)


def test_finance_opens_an_employee_without_the_contract_tabs_and_cannot_import_the_roster(
    qtbot, demo_database
):
    from hrdesk.domain.roles import Role
    from hrdesk.services.actor import Actor
    from hrdesk.ui.dialogs.import_wizard import KIND_TITLES
    from hrdesk.ui.screens.imports import ImportsPage

    finance = Actor("财务小李", Role.FINANCE, 7)
    with demo_database.sessions() as session:
        first = employees.roster(session, finance)[0]
    dialog = EmployeeDialog(demo_database, finance, first.id, DEMO_DAY)
    qtbot.addWidget(dialog)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "合同" not in tabs and "变更记录" in tabs and not dialog.save_button.isEnabled()
    page = ImportsPage(demo_database, finance)
    qtbot.addWidget(page)
    imports = [b for b in page.findChildren(type(dialog.save_button)) if b.text() == "导入…"]
    assert len(imports) == len(KIND_TITLES) and not imports[0].isEnabled()  # 员工 first
