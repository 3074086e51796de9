"""The chart adapter: bars keyed by id, labels unique, drawn offscreen and as a PNG."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from hrdesk.services import receivables
from hrdesk.services.reports.chart_data import BAR, ChartData, Series
from hrdesk.storage.models import Employee
from hrdesk.ui.charts import ChartView, chart_png
from hrdesk.ui.screens.receivables import aging_chart
from tests.services.sales_team import ADMIN, load, sales  # noqa: F401  (sales is a fixture)


def test_two_salespeople_of_the_same_name_get_their_own_correct_bars(qtbot, sales):  # noqa: F811
    with sales.sessions.begin() as session:
        session.scalar(select(Employee).where(Employee.employee_no == "S02")).name = "王销售"
    assert load(
        sales,
        "invoices",
        [
            ["F1", "C1", "", "2026-06-01", "2026-07-01", "1000", ""],  # S01, not yet due
            ["F2", "C3", "", "2026-03-01", "2026-03-31", "2000", ""],  # S02, 91 days overdue
        ],
    ).ok
    with sales.sessions() as session:
        report = receivables.aging(session, ADMIN, date(2026, 6, 30))
    view = ChartView()
    qtbot.addWidget(view)
    view.show_data(aging_chart(report, "账龄"))
    # largest balance first; the shared name carries each one's 工号
    assert view.tick_labels() == ["王销售(S02)", "王销售(S01)"]
    bars = view.drawn_bars()
    assert bars["未到期"] == {"王销售(S02)": 0.0, "王销售(S01)": 0.1}  # 万元
    assert bars["91-180天"] == {"王销售(S02)": 0.2, "王销售(S01)": 0.0}


def test_repeated_category_labels_are_refused():
    with pytest.raises(ValueError):
        ChartData(BAR, "t", [(1, "王伟"), (2, "王伟")], [Series("s", "s", [1, 2])])


def test_a_chart_renders_to_png_without_a_window():
    data = ChartData(
        BAR, "回款", [(1, "一月"), (2, "二月")], [Series("a", "实际", [Decimal(3), None])]
    )
    png = chart_png(data, 400, 200)
    assert png.startswith(b"\x89PNG")
