"""The company's late fines (迟到扣款) never take the wage below the local minimum wage, as a
loss deduction does not (domain-cn.md §6, §11): overtime stays out of the comparison, some
cities compare net of the employee's contributions, and with a loss the fines come first."""

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook

from hrdesk.domain.employees import EmployeeRecord
from hrdesk.domain.social_insurance import InsuranceItem, ItemPolicy, Rounding
from hrdesk.services import employees, losses, payroll, policies, settings
from hrdesk.storage.models import MinimumWage
from tests.services.test_attendance import ADMIN, CLERK, MARCH, TODAY, _id, load, pay

D = Decimal
CITY = "测试市"


@pytest.fixture
def late_rule(database):
    """20 yuan a late arrival from the first: 15 late arrivals are 300 of fines."""
    with database.sessions.begin() as session:
        rule = {
            "enabled": True,
            "free_times": 0,
            "per_time": "20",
            "written_rule": "员工手册第12条",
        }
        settings.put(session, ADMIN, "late_rule", rule)
    return database


def hire(database, salary, minimum_wage="2500", net=False, pension_rate=None) -> int:
    with database.sessions.begin() as session:
        if pension_rate is not None:
            pension = ItemPolicy(
                CITY,
                InsuranceItem.PENSION,
                date(2025, 1, 1),
                D(pension_rate),
                D("0.16"),
                D(1000),
                D(40000),
                D(0),
                Rounding.FEN,
                "测试",
            )
            policies.save(session, ADMIN, [policies.PolicyChange(pension, None, False)])
        if minimum_wage is not None:
            session.add(
                MinimumWage(
                    city=CITY,
                    effective_from=date(2025, 1, 1),
                    amount=D(minimum_wage),
                    excludes_personal_contributions=net,
                    source="测试",
                )
            )
        record = EmployeeRecord(
            "E001",
            "张三",
            _id(1),
            "综合部",
            date(2020, 1, 1),
            D(salary),
            social_city=CITY,
            social_base=D(salary),
            housing_fund_rate=D(0),
        )
        return employees.save(session, ADMIN, record, None, TODAY).employee_id


def late_month(database, tmp_path, late=15, overtime_hours=0):
    book = Workbook()
    book.active.append(["工号", "月份", "迟到次数", "工作日加班小时"])
    book.active.append(["E001", "2026-03", late, overtime_hours])
    book.save(tmp_path / "late.xlsx")
    assert load(database, tmp_path / "late.xlsx").ok


def run(database) -> list[str]:
    with database.sessions.begin() as session:
        return payroll.run(session, CLERK, MARCH).warnings


def test_late_fines_stop_at_the_minimum_wage(late_rule, tmp_path):
    # 2,600 a month, minimum wage 2,500, fines 300: only 100 may go.
    hire(late_rule, 2600)
    late_month(late_rule, tmp_path)
    warnings = run(late_rule)
    slip = pay(late_rule)["E001"]
    assert (slip["其中迟到扣款"], slip["缺勤扣款"], slip["应发工资"]) == (D(100), D(100), D(2500))
    assert slip["迟到扣款因最低工资未扣"] == D(200)
    assert "E001 张三：迟到扣款300.00 元会使工资低于当地最低工资2,500.00 元，本月只扣100.00 元" in (
        warnings
    )


def test_overtime_pay_stays_out_of_the_comparison(late_rule, tmp_path):
    # 4 weekday hours at 150% add 89.66 of overtime pay, not room for fines.
    hire(late_rule, 2600)
    late_month(late_rule, tmp_path, overtime_hours=4)
    slip = pay(late_rule)["E001"]
    assert (slip["加班费"], slip["其中迟到扣款"]) == (D("89.66"), D(100))


def test_a_city_comparing_net_of_contributions(late_rule, tmp_path):
    # 3,000 with 8% pension (240): 500 of room gross, 260 net of the contributions.
    hire(late_rule, 3000, net=True, pension_rate="0.08")
    late_month(late_rule, tmp_path)
    slip = pay(late_rule)["E001"]
    assert (slip["其中迟到扣款"], slip["迟到扣款因最低工资未扣"]) == (D(260), D(40))


def test_fines_within_the_room_are_deducted_whole(late_rule, tmp_path):
    hire(late_rule, 3000)
    late_month(late_rule, tmp_path)
    slip = pay(late_rule)["E001"]
    assert (slip["其中迟到扣款"], slip["应发工资"]) == (D(300), D(2700))
    assert "迟到扣款因最低工资未扣" not in slip


def test_no_minimum_wage_means_no_late_deduction(late_rule, tmp_path):
    hire(late_rule, 3000, minimum_wage=None)
    late_month(late_rule, tmp_path)
    warnings = run(late_rule)
    slip = pay(late_rule)["E001"]
    assert (slip["其中迟到扣款"], slip["应发工资"]) == (D(0), D(3000))
    assert "E001 张三：没有“测试市”的最低工资标准，本月不扣迟到扣款" in warnings


def test_fines_come_before_a_loss_and_both_keep_the_minimum_wage(late_rule, tmp_path):
    # 3,000, minimum 2,500, fines 300 and a loss of 1,000: the fines take 300 of the 500 of
    # room, 应发工资 2,700; the loss then 200 (under its 20%, 540), leaving exactly 2,500.
    employee_id = hire(late_rule, 3000)
    with late_rule.sessions.begin() as session:
        losses.add_loss(session, CLERK, employee_id, date(2026, 2, 1), D(1000), "丢失公司手机")
    late_month(late_rule, tmp_path)
    slip = pay(late_rule)["E001"]
    assert (slip["其中迟到扣款"], slip["应发工资"]) == (D(300), D(2700))
    assert (slip["损失赔偿扣款"], slip["损失赔偿余额"]) == (D(200), D(800))
    assert slip["实发工资"] == D(2500)
