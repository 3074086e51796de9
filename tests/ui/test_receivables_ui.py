"""应收账款 as finance and the sales manager use it: drill-down, the unmatched queue, limits."""

from PySide6.QtCore import Qt

from hrdesk.domain.roles import Role
from hrdesk.services import receivables
from hrdesk.services.actor import Actor, command_line_actor
from hrdesk.ui.dialogs.receivables import AssignCustomerDialog
from hrdesk.ui.models.table import ROW_ROLE
from hrdesk.ui.screens.receivables import ReceivablesPage
from tests.conftest import DEMO_DAY

ADMIN = command_line_actor()
FINANCE = Actor("财务小李", Role.FINANCE, 2)
MANAGER = Actor("销售经理老周", Role.SALES_MANAGER, 4)


def test_aging_tree_drills_down_to_invoices_only_when_opened(qtbot, demo_database):
    page = ReceivablesPage(demo_database, FINANCE)
    qtbot.addWidget(page)
    tab = page.aging_tab
    model = tab.model
    with demo_database.sessions() as session:
        report = receivables.aging(session, FINANCE, DEMO_DAY)
    assert model.rowCount() == len(report.by_salesperson())
    person = model.index(0, 0)
    assert model.data(person) == f"{report.rows[0].salesperson_no} {report.rows[0].salesperson}"
    customer = model.index(0, 0, person)
    assert model.rowCount(customer) == 0 and model.canFetchMore(customer)
    tab.tree.expand(person)
    tab.tree.expand(customer)
    qtbot.waitUntil(lambda: model.rowCount(customer) > 0)
    customer_row = model.data(customer, ROW_ROLE)
    invoices = [model.data(model.index(i, 0, customer), ROW_ROLE) for i in range(model.rowCount(customer))]  # fmt: skip
    assert sum(i.balance for i in invoices) == customer_row.balance
    # choosing an invoice offers the credit note and the write-off request
    tab.tree.setCurrentIndex(model.index(0, 0, customer))
    assert tab.credit_button.isEnabled() and tab.write_off_button.isEnabled()
    assert "未收合计" in tab.summary.text()


def test_the_clerk_names_the_customer_of_an_unmatched_receipt(qtbot, demo_database):
    page = ReceivablesPage(demo_database, FINANCE)
    qtbot.addWidget(page)
    tab = page.unmatched_tab
    [receipt] = tab.model.rows
    assert receipt.payer_name == "张伟"
    dialog = AssignCustomerDialog(demo_database, FINANCE, receipt, page)
    qtbot.addWidget(dialog)
    dialog.customer.setCurrentIndex(2)
    chosen = dialog.customer.currentData()
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted
    tab.refresh()
    assert tab.model.rows == []
    with demo_database.sessions() as session:
        mine = [r for r in receivables.receipt_list(session, FINANCE, "张伟")]
        assert mine[0].customer.startswith(next(c for i, c, _n in receivables.customer_choices(session) if i == chosen))  # fmt: skip


def test_sales_manager_releases_commission_but_cannot_approve_write_offs(qtbot, demo_database):
    page = ReceivablesPage(demo_database, MANAGER)
    qtbot.addWidget(page)
    assert page.commission_tab.release_button.isEnabled()
    assert not page.write_offs_tab.approve_button.isEnabled()
    assert not page.unmatched_tab.assign_button.isEnabled()
    assert [w.status for w in page.write_offs_tab.model.rows] == ["待审批"]


def test_home_page_item_opens_the_customer_on_the_limitation_tab(qtbot, demo_database):
    page = ReceivablesPage(demo_database, ADMIN)
    qtbot.addWidget(page)
    with demo_database.sessions() as session:
        [item] = receivables.limitation_near(session, DEMO_DAY)
    page.open_record(item.record_id)
    assert page.tabs.currentWidget() is page.limitation_tab
    current = page.limitation_tab.view.currentIndex()
    assert current.data(ROW_ROLE).customer_id == item.record_id
    assert current.siblingAtColumn(0).data(Qt.ItemDataRole.DisplayRole)


def test_the_commission_policy_and_the_warning_days_are_edited_on_the_screen(qtbot, demo_database):
    from decimal import Decimal

    from hrdesk.services import commission, settings
    from hrdesk.ui.dialogs.receivables import CommissionPolicyDialog

    dialog = CommissionPolicyDialog(demo_database, ADMIN)
    qtbot.addWidget(dialog)
    dialog.table.item(1, 1).setText("0.7")  # 1–90 days late
    dialog.table.item(3, 0).setText("365")  # the last step must stay open-ended
    dialog.submit()
    assert "以上" in dialog.problem.text()
    dialog.table.item(3, 0).setText("")
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted
    with demo_database.sessions() as session:
        assert commission.policy(session).steps[1].coefficient == Decimal("0.7")
    page = ReceivablesPage(demo_database, ADMIN)
    qtbot.addWidget(page)
    page.limitation_tab.warning_days.setValue(365)
    page.limitation_tab._warning_days_changed()
    with demo_database.sessions() as session:
        assert settings.get(session, "limitation_warning_days") == 365
    manager_page = ReceivablesPage(demo_database, MANAGER)
    qtbot.addWidget(manager_page)
    assert not manager_page.commission_tab.policy_button.isEnabled()


def test_import_opens_the_wizard_on_the_chosen_receivables_kind(qtbot, demo_database, monkeypatch):
    """Issue 18: the receivables page had no import button."""
    from hrdesk.ui.dialogs.import_wizard import ImportWizard

    opened = []
    monkeypatch.setattr(ImportWizard, "exec", lambda wizard: opened.append(wizard))
    page = ReceivablesPage(demo_database, FINANCE)
    qtbot.addWidget(page)
    actions = {a.text(): a for a in page.import_button.menu().actions()}
    assert list(actions) == ["客户…", "应收单…", "银行收款…"]
    actions["银行收款…"].trigger()
    assert opened[0].file_page.kind.currentData() == "receipts"
    manager = ReceivablesPage(demo_database, MANAGER)  # chases receivables, imports nothing
    qtbot.addWidget(manager)
    assert not manager.import_button.isEnabled()


def test_the_page_refreshes_when_an_operation_changed_receivables(qtbot, demo_database):
    from hrdesk.ui.operations import Area, announce

    page = ReceivablesPage(demo_database, FINANCE)
    qtbot.addWidget(page)
    [receipt] = page.unmatched_tab.model.rows
    with demo_database.sessions.begin() as session:  # as an import or another seat would
        receivables.dismiss_receipt(session, FINANCE, receipt.id, "银行结息")
    announce(Area.RECEIVABLES)
    assert page.unmatched_tab.model.rows == []
    assert page.tabs.tabText(1) == "未匹配收款 (0)"
