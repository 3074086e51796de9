"""Reports against hand calculations on a small company: two salespeople, four invoices,
three receipts, one approved pay month and one that is not."""

import json
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from hrdesk.domain.employees import EmployeeRecord, EmployeeStatus
from hrdesk.services import employees, reports
from hrdesk.services.actor import PermissionDenied
from hrdesk.services.reports import risk
from hrdesk.services.reports.common import Period
from hrdesk.storage.models import Employee, PayrollMonth, Payslip
from tests.services.sales_team import ADMIN, MANAGER, _id, customer_id, load

D = Decimal
MARCH, APRIL = date(2026, 3, 1), date(2026, 4, 1)
ZERO = D(0)


@pytest.fixture
def company(sales):
    """F1 paid on time, F2 part-paid, F3 paid 29 days late, F4 unpaid (see each test)."""
    assert load(
        sales,
        "invoices",
        [
            ["F1", "C1", "", "2026-01-10", "2026-02-09", "1000", ""],
            ["F2", "C1", "", "2026-02-15", "2026-03-17", "3000", ""],
            ["F3", "C3", "", "2026-02-20", "2026-03-22", "2000", ""],
            ["F4", "C2", "", "2026-03-05", "2026-05-04", "4000", ""],
        ],
    ).ok
    assert load(
        sales,
        "receipts",
        [
            ["2026-02-05", "B1", "甲贸易有限公司", "1000", "", "C1", "F1"],
            ["2026-03-31", "B2", "甲贸易有限公司", "1000", "", "C1", "F2"],
            ["2026-04-20", "B3", "丙商行", "2000", "", "C3", "F3"],
        ],
    ).ok
    return sales


def period(first, last, as_of=date(2026, 6, 30)):
    return Period(first, last, as_of)


def run(database, name, first, last, as_of=date(2026, 6, 30), actor=ADMIN):
    with database.sessions() as session:
        return reports.build(session, actor, name, period(first, last, as_of))


def test_collection_against_target_per_salesperson_and_month(company):
    table = run(company, "collection", date(2026, 2, 1), APRIL)
    assert table.headers == ["月份", "业务员工号", "业务员", "回款目标", "实际回款", "达成率"]
    assert [r[:2] + r[3:] for r in table.rows] == [
        ["2026-02", "S01", D(10000), D(1000), D("0.1")],
        ["2026-02", "S02", D(10000), D(0), D(0)],
        ["2026-03", "S01", D(10000), D(1000), D("0.1")],
        ["2026-03", "S02", D(10000), D(0), D(0)],
        ["2026-04", "S01", D(10000), D(0), D(0)],
        ["2026-04", "S02", D(10000), D(2000), D("0.2")],
    ]
    assert table.total == ["合计", "", "", D(60000), D(4000), D("0.0667")]
    with company.sessions() as session:
        receipts = reports.detail(session, ADMIN, "collection", table.keys[5], period(APRIL, APRIL))
    assert [(r[0], r[4], r[5]) for r in receipts.rows] == [(date(2026, 4, 20), "F3", D(2000))]


def test_dso_counts_back_from_the_month_end(company):
    table = run(company, "dso", MARCH, MARCH)
    # S01 owes F2 2,000 + F4 4,000 = 6,000 at 31 March; March invoiced 4,000 (31 days),
    # February 3,000 (28 days): 31 + 28 × 2,000/3,000 = 49.67 days.
    # S02 owes F3 2,000; March invoiced nothing: 31 + 28 × 2,000/2,000 = 59.
    # The company: 8,000; 31 + 28 × 4,000/5,000 = 53.4.
    assert [r[1:] for r in table.rows] == [
        ["S01", "王销售", D(6000), D(4000), D("49.7")],
        ["S02", "李销售", D(2000), D(0), D("59.0")],
        ["全公司", "", D(8000), D(4000), D("53.4")],
    ]
    with company.sessions() as session:
        behind = reports.detail(session, ADMIN, "dso", table.keys[0], period(MARCH, MARCH))
    assert [(r[0], r[6]) for r in behind.rows] == [("F4", D(4000)), ("F2", D(2000))]


def test_overdue_trend_by_bucket(company):
    table = run(company, "overdue", MARCH, APRIL)
    assert table.headers[:4] == ["月份", "月末应收", "未到期", "1-30天"]
    # 31 March: F4 not due (4,000); F2 14 days and F3 9 days overdue (2,000 each)
    march = table.rows[0]
    assert march[:4] == ["2026-03", D(8000), D(4000), D(4000)]
    assert march[-2:] == [D(4000), D("0.5")]
    # 30 April: F3 paid; F2 44 days overdue (31-60), F4 still not due
    april = table.rows[1]
    assert april[:5] == ["2026-04", D(6000), D(4000), D(0), D(2000)]


def test_risk_scores_each_customer_by_hand(company):
    table = run(company, "risk", APRIL, APRIL, as_of=date(2026, 6, 30))
    assert table.headers[:6] == ["客户编码", "客户名称", "业务员", "未收余额", "风险分", "等级"]
    rows = {r[0]: r for r in table.rows}
    assert set(rows) == {"C1", "C2"}  # C3 owes nothing
    # C1: F1 1,000 on time; F2 3,000 open 105 days overdue, part paid; last payment 31 March.
    # late (0×1000 + 105×3000)/4000 = 78.75 → 0.875×20 = 17.5; not on time 0.75×15 = 11.25;
    # oldest 105/365×15 = 4.32; all of it overdue 15; one of two in parts 2.5; letters 0;
    # limitation ends 2029-03-31, far: 0; balance 2,000 / a year's sales 4,000 → 5.0.
    # 55.57 → 56, 中
    c1 = rows["C1"]
    assert c1[3:6] == [D(2000), 56, "中"]
    assert c1[6:] == [D("17.5"), D("11.3"), D("4.3"), D("15.0"), D("2.5"), D("0.0"), D("0.0"), D("5.0")]  # fmt: skip
    # C2: F4 4,000 unpaid, 57 days overdue: 12.67 + 15 + 2.34 + 15 + 0 + 0 + 0 + 10 = 55.01
    assert rows["C2"][3:6] == [D(4000), 55, "中"]


def test_risk_weights_and_grades_come_from_settings(company):
    with company.sessions.begin() as session:
        risk.set_weights(
            session, ADMIN, {"overdue_share": 1}, (50, 20)
        )  # only the share overdue counts
    table = run(company, "risk", APRIL, APRIL)
    assert {r[0]: (r[4], r[5]) for r in table.rows} == {"C1": (100, "高"), "C2": (100, "高")}
    with company.sessions() as session, pytest.raises(PermissionDenied):
        risk.set_weights(session, MANAGER, {"overdue_share": 1}, (50, 20))


def _payslip(month_id, employee_id, gross, detail, bonus=ZERO):
    return Payslip(
        month_id=month_id,
        employee_id=employee_id,
        gross=gross,
        personal_contributions=D(0),
        income_tax=D(0),
        annual_bonus=bonus,
        bonus_tax=D(0),
        net_pay=gross,
        tax_income=gross,
        tax_special_deduction=D(0),
        tax_additional_deduction=D(0),
        detail=json.dumps(detail, ensure_ascii=False),
    )


@pytest.fixture
def paid(sales):
    """March approved: S01 8,000 with 1,840 employer contributions, S02 5,000 and a 1,000
    year-end bonus with 600; April calculated but not approved."""
    with sales.sessions.begin() as session:
        people = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
        march = PayrollMonth(month=MARCH, status="已计算")
        april = PayrollMonth(month=APRIL, status="已计算")
        session.add_all([march, april])
        session.flush()
        session.add_all(
            [
                _payslip(
                    march.id,
                    people["S01"],
                    D(8000),
                    {
                        "养老保险(单位)": "1280.00",
                        "住房公积金(单位)": "560.00",
                        "养老保险(个人)": "640.00",
                    },
                ),
                _payslip(march.id, people["S02"], D(5000), {"医疗保险(单位)": "600.00"}, D(1000)),
                _payslip(april.id, people["S01"], D(9999), {"养老保险(单位)": "1.00"}),
            ]
        )
        session.flush()
        march.status = "已审核"  # approved once its payslips are in
    return sales


def test_payroll_cost_reads_approved_months_only(paid):
    table = run(paid, "payroll-cost", MARCH, APRIL)
    assert table.headers == ["月份", "部门", "人数", "应发工资", "单位社保公积金", "人工成本合计"]
    # 应发 8,000 + 5,000 + the 1,000 bonus; employer 1,840 + 600
    assert table.rows == [["2026-03", "销售部", 2, D(14000), D(2440), D(16440)]]
    assert table.total[3:] == [D(14000), D(2440), D(16440)]
    with paid.sessions() as session:
        people = reports.detail(session, ADMIN, "payroll-cost", table.keys[0], period(MARCH, MARCH))
    assert [r[0] for r in people.rows] == ["S01", "S02"]
    assert people.rows[0][3:] == [D(8000), D(1840), D(9840)]


def test_payroll_register_over_the_year(paid):
    table = run(paid, "register", date(2026, 1, 1), date(2026, 12, 1))
    s01 = table.rows[0]
    assert s01[:4] == ["S01", "王销售", "销售部", 1]
    assert s01[4] == D(8000) and s01[-2:] == [D(1840), D(9840)]
    # S02: 应发 5,000, bonus 1,000, employer 600 → labour cost 6,600
    s02 = table.rows[1]
    assert (s02[4], s02[7], s02[10], s02[11]) == (D(5000), D(1000), D(600), D(6600))
    assert table.total[-1] == D(16440)


def test_sales_managers_see_receivables_reports_but_not_wages(paid):
    assert run(paid, "collection", MARCH, MARCH, actor=MANAGER).rows
    with pytest.raises(PermissionDenied):
        run(paid, "payroll-cost", MARCH, MARCH, actor=MANAGER)


def test_headcount_and_turnover(sales):
    with sales.sessions.begin() as session:
        for serial, (no, hired, status) in enumerate(
            [
                ("S03", date(2026, 3, 10), EmployeeStatus.EMPLOYED),
                ("S04", date(2026, 1, 1), EmployeeStatus.LEFT),
            ]
        ):
            record = EmployeeRecord(no, f"员工{no}", _id(serial + 10), "财务部", hired, D(5000), status=status)  # fmt: skip
            assert employees.save(session, ADMIN, record, None, date(2026, 6, 30)).errors == []
        s02 = session.scalar(select(Employee).where(Employee.employee_no == "S02"))
        s02.status, s02.leaving_date = EmployeeStatus.LEFT.value, date(2026, 4, 30)
    table = run(sales, "headcount", MARCH, APRIL)
    # S04 is 离职 without a last working day: when is unknown, so never counted
    assert table.rows == [
        ["2026-03", 2, 1, 0, 3, D(0)],
        ["2026-04", 3, 0, 1, 2, D("0.4")],  # 1 ÷ (3 + 2)/2
    ]
    assert table.total == ["合计", 2, 1, 1, 2, D("0.5")]
    with sales.sessions() as session:
        moves = reports.detail(session, ADMIN, "headcount", table.keys[1], period(APRIL, APRIL))
    assert moves.rows == [["S02", "李销售", "销售部", "离职", date(2026, 4, 30)]]


def test_export_writes_the_interface_headers_and_a_total_row(company, tmp_path):
    table = run(company, "collection", MARCH, MARCH)
    path = tmp_path / "collection.xlsx"
    reports.write_xlsx(path, table)
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("月份", "业务员工号", "业务员", "回款目标", "实际回款", "达成率")
    assert rows[-1][0] == "合计" and rows[-1][4] == 1000


def test_the_owners_month_on_the_home_page(company, paid):
    from hrdesk.services.overview import dashboard

    with company.sessions() as session:
        month = dashboard(session, ADMIN, date(2026, 6, 30))
    figures = {f.key: f for f in month.figures}
    # the last approved month (March) and none before it
    assert figures["labour_cost"].value == D(16440) and figures["labour_cost"].previous is None
    # 30 June: F2's 2,000 and F4's 4,000 overdue; 30 May: the same two (F4 due 4 May)
    assert figures["overdue"].value == D(6000) and figures["overdue"].previous == D(6000)
    # nothing collected in June, nor in May up to the 30th; targets 2 × 10,000
    assert figures["collection"].value == D(0)
    assert figures["high_risk"].value == 0 and month.high_risk == []
    with company.sessions() as session:
        shown = {f.key for f in dashboard(session, MANAGER, date(2026, 6, 30)).figures}
    assert shown == {"overdue", "collection", "high_risk"}  # no wages for a sales manager


def test_a_customer_at_high_risk_reaches_the_home_page(company):
    from hrdesk.services.overview import dashboard

    # 30 November. C2: F4 210 days overdue, unpaid: 20 + 15 + 8.6 + 15 + 0 + 0 + 0 + 10 = 68.6.
    # C1: F2 258 days overdue: late 193.5 days → 20; 11.25; 258/365×15 = 10.6; 15; 2.5; 0; 0;
    # 2,000 / 4,000 → 5: 64.35. Both 高, the higher first.
    with company.sessions() as session:
        month = dashboard(session, ADMIN, date(2026, 11, 30))
    assert [(r.code, r.result.score, r.result.grade) for r in month.high_risk] == [
        ("C2", 69, "高"),
        ("C1", 64, "高"),
    ]
    # 首页 reads a year of history only for customers who could reach 高 whatever that year
    with company.sessions() as session:
        everyone = risk.scores_of(session, date(2026, 11, 30))
        assert month.high_risk == [r for r in everyone if r.result.grade == "高"]
        # 30 April: C2 owes only F4, not yet due: at worst 50 (the year's four factors), so it
        # is skipped; C1 could reach 50 + 15 (all overdue) + 1.8 (44 days) = 66.8
        could = risk.histories(session, date(2026, 4, 30), 60)
        assert set(could) == {customer_id(company, "C1")}


def test_the_leavers_handover_report_names_the_customers_at_high_risk(company, tmp_path):
    from pypdf import PdfReader

    from hrdesk.services import separations

    day = date(2026, 11, 30)
    with company.sessions() as session:
        data = separations.report(session, ADMIN, "S01", day)
        separations.write_report(session, ADMIN, "S01", day, tmp_path / "交接.pdf")
    assert [line.split("：")[0] for line in data.high_risk] == ["C2 乙科技（上海）有限公司", "C1 甲贸易有限公司"]  # fmt: skip
    assert "风险分69（高），未收4,000.00元；主要因素：平均逾期天数 20.0分" in data.high_risk[0]
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "交接.pdf").pages)
    assert "回款风险高的客户" in text and "风险分69" in text
    with company.sessions() as session:  # S02's customer owes nothing: no risk section
        assert separations.report(session, ADMIN, "S02", day).high_risk == []


def test_backtest_compares_grades_with_what_was_paid_later(company):
    from hrdesk.services.reports.backtest import backtest

    # 30 April: C1 owes F2's 2,000 (43 points, 中), C2 owes F4's 4,000, not yet due and
    # without history (20 + 10 for a balance equal to its year's sales = 30, 中).
    # Sixty days on, neither has paid anything more.
    with company.sessions() as session:
        lines = {line.grade: line for line in backtest(session, date(2026, 4, 30), 60)}
    assert (lines["中"].customers, lines["中"].balance, lines["中"].unpaid_later) == (2, D(6000), D(6000))  # fmt: skip
    assert lines["中"].share_unpaid == 1
    assert lines["高"].customers == 0 and lines["高"].share_unpaid is None
