"""报表 and 首页 as the owner uses them: pick a report, see chart and table, open the rows
behind a figure; 首页's figures open their reports."""

import pytest
from PySide6.QtCore import Qt

from hrdesk.domain.roles import Role
from hrdesk.services import demo
from hrdesk.services.actor import Actor, command_line_actor
from hrdesk.ui.screens.home import FigureCard, HomePage
from hrdesk.ui.screens.reports import DetailDialog, ReportsPage
from tests.conftest import DEMO_DAY

ADMIN = command_line_actor()
MANAGER = Actor("销售经理老周", Role.SALES_MANAGER, 4)


@pytest.fixture
def paid_demo(database):
    """A small demo company with one approved pay month (October) and November calculated."""
    with database.sessions.begin() as session:
        demo.build(
            session,
            None,
            demo.DemoSize(employees=30, customers=30, invoices=300, payroll_months=2),
            DEMO_DAY,
        )
    return database


def test_each_report_shows_a_chart_and_a_table(qtbot, paid_demo):
    page = ReportsPage(paid_demo, ADMIN)
    qtbot.addWidget(page)
    names = [page.picker.itemData(i) for i in range(page.picker.count())]
    assert names == ["payroll-cost", "headcount", "collection", "dso", "overdue", "risk", "register",
                     "attendance", "leave"]  # fmt: skip
    for name in names:
        page.open_record(name)
        assert page.table is not None and page.table.rows, name
        assert page.chart.data is page.table.chart
    # the payroll reports print; the as-of date replaces the months for the risk score
    page.open_record("risk")
    assert page.as_of.isVisibleTo(page) and not page.first.isVisibleTo(page)
    assert not page.print_button.isEnabled()
    page.open_record("payroll-cost")
    assert page.print_button.isEnabled()


def test_attendance_and_leave_summaries_open_their_people(qtbot, paid_demo):
    page = ReportsPage(paid_demo, ADMIN)
    qtbot.addWidget(page)
    page.open_record("attendance")  # the demo imported October's attendance
    assert page.table.title == "考勤汇总" and page.table.rows[0][0] == "2026-10"
    assert page.first.isVisibleTo(page) and page.print_button.isEnabled()
    page.open_detail(0)
    dialog = page.findChild(DetailDialog)
    assert len(dialog.table.rows) == page.table.rows[0][2]  # the department-month's people
    assert dialog.table.total[4] == page.table.rows[0][4]  # and their 出勤天数
    dialog.close()
    page.open_record("leave")
    assert page.table.title == "2026年休假汇总"
    assert page.as_of.isVisibleTo(page) and not page.first.isVisibleTo(page)
    page.open_detail(0)
    ledgers = [d for d in page.findChildren(DetailDialog) if "假期台账" in d.table.title]
    assert ledgers and ledgers[0].table.rows[0][2] == "发放"


def test_a_row_opens_the_rows_behind_it(qtbot, paid_demo):
    page = ReportsPage(paid_demo, ADMIN)
    qtbot.addWidget(page)
    page.open_record("payroll-cost")
    first = page.table.rows[0]
    page.open_detail(0)
    dialog = page.findChild(DetailDialog)
    qtbot.addWidget(dialog)
    # the department-month's employees add up to its figure
    assert len(dialog.table.rows) == first[2]
    assert dialog.table.total[-1] == first[-1]
    assert page.model.key(page.model.rowCount() - 1) is None  # the 合计 row opens nothing


def test_a_bar_opens_its_month_and_department(qtbot, paid_demo):
    page = ReportsPage(paid_demo, ADMIN)
    qtbot.addWidget(page)
    page.open_record("payroll-cost")
    month, department = page.table.keys[0]
    page.chart.picked.emit(month, department)
    dialog = page.findChild(DetailDialog)
    qtbot.addWidget(dialog)
    assert dialog.table.title.startswith(page.table.rows[0][0])


def test_a_sales_manager_picks_only_receivables_reports(qtbot, paid_demo):
    page = ReportsPage(paid_demo, MANAGER)
    qtbot.addWidget(page)
    names = [page.picker.itemData(i) for i in range(page.picker.count())]
    assert names == ["collection", "dso", "overdue", "risk"]


def test_home_figures_open_their_reports(qtbot, paid_demo):
    home = HomePage(paid_demo, ADMIN)
    qtbot.addWidget(home)
    cards = home.findChildren(FigureCard)
    titles = [card.findChildren(type(card.value))[0].text() for card in cards]
    assert titles == ["人工成本", "逾期应收", "本月回款达成", "高风险客户", "合同与对账函待处理"]
    with qtbot.waitSignal(home.open_page) as opened:
        qtbot.mouseClick(cards[0], Qt.MouseButton.LeftButton)
    assert opened.args == ["reports", "payroll-cost"]
    assert cards[0].trend.text() == ""  # one approved month: nothing to compare with
    assert "较上月" in cards[1].trend.text()  # overdue today against the same day last month


def test_the_risk_weights_are_edited_in_settings(qtbot, paid_demo):
    from hrdesk.services.reports import risk
    from hrdesk.ui.widgets.risk_settings import RiskSettingsGroup

    group = RiskSettingsGroup(paid_demo, ADMIN)
    qtbot.addWidget(group)
    assert group.weights["late_days"].value() == 20 and group.high.value() == 60
    group.weights["letters"].setValue(30)
    group.high.setValue(70)
    assert group.save()
    with paid_demo.sessions() as session:
        assert risk.weights(session)["letters"] == 30 and risk.grades(session) == (70, 30)
    group.show_defaults()
    assert group.weights["letters"].value() == 10
    manager = RiskSettingsGroup(paid_demo, MANAGER)
    qtbot.addWidget(manager)
    assert not manager.weights["letters"].isEnabled()


def test_a_shown_page_reads_the_report_off_the_ui_thread(qtbot, paid_demo):
    page = ReportsPage(paid_demo, ADMIN)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.open_record("overdue")
    qtbot.waitUntil(lambda: page.table.title == "逾期趋势", timeout=20000)
    assert page.chart.data is page.table.chart and page.model.rowCount() == 12  # month-ends


def test_a_report_is_exported_in_the_background(qtbot, paid_demo, tmp_path, monkeypatch):
    page = ReportsPage(paid_demo, ADMIN)
    qtbot.addWidget(page)
    assert page.table is not None
    for export, name in ((page.export_xlsx, "report.xlsx"), (page.export_pdf, "report.pdf")):
        target = tmp_path / name
        monkeypatch.setattr("hrdesk.ui.screens.reports._save_path", lambda *_a, t=target: t)
        export()
        qtbot.waitUntil(lambda t=target: t.exists() and t.stat().st_size > 0, timeout=20_000)
