"""离职交接 through the screen: start, evidence, hand over, work the checklist, complete."""

import re
from datetime import timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QInputDialog

from hrdesk.domain.grounds import Ground
from hrdesk.services import separations, settlement
from hrdesk.ui.dialogs.separations import EvidenceDialog, StartDialog
from hrdesk.ui.screens.handover import HandoverPage
from hrdesk.ui.screens.receivables import ReceivablesPage
from tests.conftest import DEMO_DAY
from tests.ui.test_receivables_ui import ADMIN
from tests.ui.test_terms import english  # noqa: F401 (a fixture)


def test_a_salesperson_leaves_through_the_screen(qtbot, demo_database, monkeypatch):
    page = HandoverPage(demo_database, ADMIN)
    qtbot.addWidget(page)
    assert [r.status for r in page.model.rows] == ["办理中"]  # the demo's resignation
    busy = {r.employee_id for r in page.model.rows}
    with demo_database.sessions() as session:
        staff = separations.staff_choices(session)
        with_customers = [
            e for e, _n in staff if e not in busy and separations.customers_of(session, ADMIN, e)
        ]
    start = StartDialog(demo_database, ADMIN, staff, [], page)
    qtbot.addWidget(start)
    start.employee.setCurrentIndex(start.employee.findData(with_customers[0]))
    start.ground.setCurrentIndex(start.ground.findData(Ground.INCOMPETENCE))
    assert "培训" in start.requires.text()
    start.last_day.set_value(DEMO_DAY + timedelta(days=40))
    start.submit()
    assert start.result() == start.DialogCode.Accepted
    page.refresh()
    page.view.selectRow(
        next(i for i, r in enumerate(page.model.rows) if r.id == start.separation_id)
    )
    assert "没有培训或调岗记录" in page.summary.text()
    employee_id = page.current.employee_id
    note = EvidenceDialog(demo_database, ADMIN, employee_id, page)
    qtbot.addWidget(note)
    note.note.setText("2026年9月销售技巧培训，考核不合格")
    note.submit()
    page.show_selected()
    assert "没有培训或调岗记录" not in page.summary.text()
    # hand over every customer, then work through the list
    leaver = page.current.employee_id
    successor = page.customers.successor
    successor.setCurrentIndex(
        next(i for i in range(successor.count()) if successor.itemData(i) != leaver)
    )
    receivables_page = ReceivablesPage(demo_database, ADMIN)  # open beside it, as in the window
    qtbot.addWidget(receivables_page)
    aging_reloaded = []
    receivables_page.aging_tab.model.modelReset.connect(lambda: aging_reloaded.append(True))
    page.customers.view.selectAll()
    page.customers.hand_over()
    assert page.customers.model.rows == []
    assert aging_reloaded  # the aging by salesperson shows the customers' new owner
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("不适用", True))
    for row in range(page.checklist.model.rowCount()):
        page.checklist.view.selectionModel().select(
            page.checklist.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        page.checklist.waive()
    page.complete()
    assert page.current.status == "已完成"


def test_the_checklist_template_is_edited_for_new_separations(qtbot, database):
    from hrdesk.ui.dialogs.separations import TemplateDialog

    dialog = TemplateDialog(database, ADMIN)
    qtbot.addWidget(dialog)
    count = dialog.table.rowCount()
    dialog.table.item(0, 0).setText("")
    dialog.submit()
    assert "第1项" in dialog.problem.text()
    dialog.table.item(0, 0).setText("归还门禁卡")
    dialog.table.removeRow(count - 1)
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted
    with database.sessions() as session:
        template = separations.checklist_template(session)
    assert len(template) == count - 1 and template[0]["title"] == "归还门禁卡"
    assert any(item.get("check") == "letters" for item in template)  # what hrdesk checks stays


@pytest.mark.usefixtures("english")
def test_the_handover_summary_in_english(qtbot, demo_database):
    """The ground, what it needs on file, the settlement's items and workings: all in English,
    the leaver's name aside."""
    page = HandoverPage(demo_database, ADMIN)
    qtbot.addWidget(page)
    row = page.model.rows[0]
    assert page.model.data(page.model.index(0, 2)) == "Art. 37 Resignation with notice"
    assert page.model.data(page.model.index(0, 7)) == "In progress"
    summary = page.summary.text().replace(row.name, "")
    assert "Unused annual leave pay: " in summary and "yuan" in summary
    assert not re.search(r"[\u4e00-\u9fff]", summary), summary


def test_a_sales_manager_runs_a_handover_without_seeing_wages(qtbot, demo_database):
    from hrdesk.services.actor import PermissionDenied
    from tests.ui.test_receivables_ui import MANAGER

    page = HandoverPage(demo_database, MANAGER)
    qtbot.addWidget(page)
    assert "第37条" in page.summary.text() and "元" not in page.summary.text()
    assert not page.settlement_button.isEnabled() and not page.figures_button.isEnabled()
    with demo_database.sessions() as session, pytest.raises(PermissionDenied):
        settlement.assess(session, MANAGER, page.current.id)
