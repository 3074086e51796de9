"""What leaving owes (domain-cn.md §13): held commission paid with the final wages, commission
collected after the last day, a leaver hired in 2005 under each reason, the agreed amount,
the city's average wage, and severance's own sheet in the tax file."""

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from hrdesk.domain.employees import EmployeeRecord
from hrdesk.domain.grounds import Ground
from hrdesk.services import commission, payroll, separations, settings, settlement
from hrdesk.storage.models import AverageWage, Employee, MinimumWage
from tests.services.sales_team import ADMIN, OWNER, _id, load
from tests.services.test_separations import leaving  # noqa: F401 — the fixture

D = Decimal
MAY, JUNE, JULY, AUGUST = (date(2026, m, 1) for m in (5, 6, 7, 8))


def _row(database, month, number):
    with database.sessions() as session:
        view = payroll.month_view(session, ADMIN, month)
    return next((r for r in view.rows if r.employee_no == number), None)


def test_held_commission_is_paid_with_the_final_wages_not_forfeited(leaving):  # noqa: F811
    database, separation, people = leaving
    # May: 2,000 collected against a 10,000 target — under half, so the 60 earned is held
    assert load(database, "receipts", [["2026-05-20", "B5", "甲贸易有限公司", "2000", "", "", "F2"]], today=date(2026, 5, 31)).ok  # fmt: skip
    with database.sessions.begin() as session:
        for month in (MAY, JUNE):
            payroll.run(session, ADMIN, month)
            payroll.approve(session, OWNER, month)
        assert commission.month_commissions(session, MAY)[people["S01"]].held
        found = settlement.assess(session, ADMIN, separation)
        assert found.commission_held == [(MAY, D("60.00"))]
        assert ("提成", D("60.00")) in [(label, amount) for label, amount, _how in settlement.settlement_lines(found)]  # fmt: skip
        payroll.run(session, ADMIN, JULY)
    july = _row(database, JULY, "S01")
    assert july.figures["提成"] == D("60.00") and july.figures["其中离职补发暂扣提成"] == D("60.00")
    with database.sessions.begin() as session:
        payroll.approve(session, OWNER, JULY)
        # approved: recorded as released into July, never held or paid again
        assert separations.held_months(session, people["S01"], JULY) == []
        assert settlement.assess(session, ADMIN, separation).commission_held == []


def test_commission_collected_after_the_last_day_is_an_extra_payment_that_month(leaving):  # noqa: F811
    database, separation, people = leaving
    with database.sessions.begin() as session:
        customers = [c.id for c in separations.customers_of(session, ADMIN, people["S01"])]
        separations.hand_over(
            session, ADMIN, separation, customers, people["S02"], date(2026, 7, 15)
        )
        # the written policy: the leaver earns on collections within 60 days of the handover
        settings.put(session, ADMIN, "handover_commission", {"to": "leaver", "days": 60})
    # F3 (500, due 31 July) paid on 10 August: 10 days late → 0.8 × 3% = 12.00
    assert load(database, "receipts", [["2026-08-10", "B6", "乙科技（上海）有限公司", "500", "", "", "F3"]], today=date(2026, 8, 31)).ok  # fmt: skip
    with database.sessions.begin() as session:
        summary = payroll.run(session, ADMIN, AUGUST)
    extra = _row(database, AUGUST, "S01")
    assert extra is not None, summary.warnings
    assert extra.figures["提成"] == D("12.00") and extra.figures["基本工资"] == D(0)
    assert extra.figures["应发工资"] == D("12.00")
    # 5,000 a month for January to July only: August is not a month employed
    assert extra.figures["累计减除费用"] == D(35000)
    assert not any(
        k.endswith("(个人)") and v for k, v in extra.figures.items()
    )  # insurance stopped
    # under the default policy the successor earns it, and the leaver is not paid
    with database.sessions.begin() as session:
        settings.put(session, ADMIN, "handover_commission", {"to": "successor", "days": 30})
        payroll.run(session, ADMIN, AUGUST)
    assert _row(database, AUGUST, "S01") is None


@pytest.fixture
def veteran(database):
    """Hired 2005-03-01 at 8,000 in 测试市: minimum wage 2,690, average wage 12,000."""
    with database.sessions.begin() as session:
        session.add(MinimumWage(city="测试市", effective_from=date(2025, 1, 1), amount=D(2690)))
        session.add(AverageWage(city="测试市", effective_from=date(2026, 7, 1), amount=D(12000)))
        record = EmployeeRecord(
            "V01", "老员工", _id(90), "销售部", date(2005, 3, 1), D(8000), social_city="测试市"
        )
        from hrdesk.services import employees

        assert employees.save(session, ADMIN, record, None, date(2026, 1, 1)).errors == []
    return database


@pytest.mark.parametrize(
    ("reason", "items"),
    [
        ("协商解除", {"工资": "8000.00", "经济补偿": "176000.00"}),
        ("第40条", {"工资": "8000.00", "代通知金": "8000.00", "经济补偿": "176000.00"}),
        ("第41条", {"工资": "8000.00", "经济补偿": "176000.00"}),
        ("合同到期不续签", {"工资": "8000.00", "经济补偿": "152000.00"}),
        ("违法解除", {"工资": "8000.00", "赔偿金": "352000.00"}),
        ("个人辞职", {"工资": "8000.00"}),
        ("试用期不合格", {"工资": "8000.00"}),
    ],
)
def test_a_leaver_hired_in_2005_under_each_reason(veteran, reason, items):
    with veteran.sessions.begin() as session:
        found = settlement.quote(
            session, ADMIN, "V01", date(2026, 11, 30), reason, date(2026, 11, 27)
        )
    lines = {label: amount for label, amount, _how in settlement.settlement_lines(found)}
    leave = lines.pop("未休年休假工资")
    # 21 years with this employer: 15 days; 334/365 × 15 = 13.7 → 13 days × 8,000 ÷ 21.75 × 2
    assert leave == D("9563.22")
    assert lines == {label: D(amount) for label, amount in items.items()}
    assert found.settlement_total == sum(lines.values()) + leave
    assert not any("平均工资" in w for w in found.warnings)  # the city's figure is on file


def test_without_the_citys_average_wage_the_quote_warns(database):
    with database.sessions.begin() as session:
        record = EmployeeRecord("V02", "无城市", _id(91), "销售部", date(2020, 1, 1), D(6000))
        from hrdesk.services import employees

        assert employees.save(session, ADMIN, record, None, date(2026, 1, 1)).errors == []
        found = settlement.quote(
            session, ADMIN, "V02", date(2026, 11, 30), "协商解除", date(2026, 11, 27)
        )
    assert any("上年职工月平均工资" in w for w in found.warnings)
    assert found.severance_tax.exempt == D(0)  # nothing can be exempted without it


def test_the_quote_sheet_lists_the_items_and_a_total(veteran, tmp_path):
    with veteran.sessions.begin() as session:
        settlement.write_quote(
            session,
            ADMIN,
            "V01",
            tmp_path / "q.xlsx",
            last_day=date(2026, 11, 30),
            reason="违法解除",
            today=date(2026, 11, 27),
        )
    sheet = load_workbook(tmp_path / "q.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("项目", "金额", "计算依据")
    items = {row[0]: row for row in rows[1:]}
    assert list(items)[:4] == ["工资", "未休年休假工资", "赔偿金", "合计"]
    assert items["合计"][1] == 8000 + 9563.22 + 352000
    assert "实施条例第25条" in items["赔偿金"][2]


def test_an_agreed_amount_is_kept_with_its_agreement_and_taxed(veteran, tmp_path):
    with veteran.sessions.begin() as session:
        employee = session.scalar(select(Employee.id).where(Employee.employee_no == "V01"))
        with pytest.raises(ValueError, match="协议"):
            separations.start(
                session, ADMIN, employee, Ground.AGREED_BY_EMPLOYER, date(2026, 11, 1),
                date(2026, 11, 30), None, agreed_amount=D(500000),
            )  # fmt: skip
        separation = separations.start(
            session, ADMIN, employee, Ground.AGREED_BY_EMPLOYER, date(2026, 11, 1),
            date(2026, 11, 30), None, agreed_amount=D(500000), agreement="2026-11-01 协商解除协议第2条",
        )  # fmt: skip
        found = settlement.assess(session, ADMIN, separation)
        payroll.run(session, ADMIN, date(2026, 11, 1))
        payroll.write_tax_file(session, ADMIN, date(2026, 11, 1), tmp_path / "tax.xlsx")
    assert found.termination.amount == D(500000) and found.termination.agreed
    assert "协商解除协议第2条" in found.termination.basis
    # exempt up to 3 × 12,000 × 12 = 432,000; 68,000 taxed at 10% − 2,520
    assert (found.severance_tax.exempt, found.severance_tax.tax) == (D(432000), D(4280))
    sheet = load_workbook(tmp_path / "tax.xlsx")["解除劳动合同一次性补偿金"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:6] == ("工号", "姓名", "证件类型", "证件号码", "本期收入", "本期免税收入")
    assert rows[1][0] == "V01" and rows[1][4:6] == (500000, 432000)


def test_the_citys_average_wage_is_policy_data_by_date(database):
    from hrdesk.domain.roles import Role
    from hrdesk.services import average_wages
    from hrdesk.services.actor import Actor, PermissionDenied

    with database.sessions.begin() as session:
        assert average_wages.add(session, ADMIN, "上海", date(2025, 7, 1), D(12183), "沪人社〔2025〕") == []  # fmt: skip
        assert average_wages.add(session, ADMIN, "上海", date(2026, 7, 1), D(12434), "") == []
        problems = average_wages.add(session, ADMIN, " 上海 ", date(2026, 7, 1), D(0), "")
        assert [field for field, _why in problems] == ["月平均工资", "生效日期"]
        with pytest.raises(PermissionDenied, match="无权限：修改设置"):
            average_wages.add(
                session, Actor("小王", Role.HR, 9), "北京", date(2026, 1, 1), D(1), ""
            )
        assert separations.local_average_wage(session, "上海", date(2026, 6, 30)) == D(12183)
        assert separations.local_average_wage(session, "上海", date(2026, 7, 1)) == D(12434)
        assert separations.local_average_wage(session, "北京", date(2026, 7, 1)) is None
        settings.put(session, ADMIN, "local_average_wage", "11000")  # the company-wide fallback
        assert separations.local_average_wage(session, "北京", date(2026, 7, 1)) == D(11000)
        assert [r.amount for r in average_wages.rows(session)] == [D(12434), D(12183)]


def test_only_an_agreed_ending_takes_an_agreed_amount(leaving):  # noqa: F811
    database, separation, _people = leaving  # 第40条第2项
    with database.sessions.begin() as session, pytest.raises(ValueError, match="协商一致"):
        separations.update_figures(
            session, ADMIN, separation, D(5000), None, D(0), agreed_amount=D(1), agreement="x"
        )
    with database.sessions.begin() as session:
        separations.update_figures(
            session, ADMIN, separation, D(5000), None, D(0), leave_average=D(4350)
        )
        found = settlement.assess(session, ADMIN, separation)
    # the leave pay follows the average without overtime: 4,350 ÷ 21.75 = 200 a day, × 200%
    assert (found.leave_days, found.leave_pay) == (2, D(800))
