"""首页 reminds the clerk of the pay month's attendance, for a company that imports it."""

from datetime import date

from hrdesk.services import attention, payroll
from tests.services.test_attendance import CLERK, FINANCE, MARCH, load, roster, samples  # noqa: F401

APRIL = date(2026, 4, 1)


def attendance_items(database, today):
    with database.sessions() as session:
        return [
            (item.title, item.detail, item.urgent)
            for item in attention.items_for(session, CLERK, today)
            if item.page == "attendance"
        ]


def test_a_pay_month_without_attendance_after_months_with_it(roster, samples):  # noqa: F811
    assert attendance_items(roster, date(2026, 4, 10)) == []  # never imported: not a user
    assert load(roster, samples["钉钉"]).ok  # March
    assert attendance_items(roster, date(2026, 4, 10)) == []  # March imported
    assert attendance_items(roster, date(2026, 5, 10)) == [
        ("2026-04 尚未导入考勤", "上次导入的是 2026-03；在“考勤”中导入后再计算工资", True)
    ]
    with roster.sessions.begin() as session:  # April approved without it: too late to import
        for month in (MARCH, APRIL):
            payroll.run(session, CLERK, month)
            payroll.approve(session, FINANCE, month)
    assert attendance_items(roster, date(2026, 5, 10)) == []


def test_only_whoever_runs_payroll_is_reminded(roster, samples):  # noqa: F811
    assert load(roster, samples["钉钉"]).ok
    with roster.sessions() as session:
        seen = attention.items_for(session, FINANCE, date(2026, 5, 10))
    assert [item for item in seen if item.page == "attendance"] == []
