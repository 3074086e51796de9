"""Part months (domain-cn.md §11): a hire on the 16th, absences beyond the month's pay, a sick
month at the minimum wage floor — run through payroll."""

import json
from datetime import date
from decimal import Decimal

from openpyxl import load_workbook
from sqlalchemy import select

from hrdesk.domain.employees import EmployeeRecord
from hrdesk.services import employees, payroll
from hrdesk.storage.models import MinimumWage, PayrollMonth, Payslip
from tests.services.test_payroll import ADMIN, CLERK, _valid_id

D = Decimal
MARCH = date(2026, 3, 1)


def _hire(database, number, hired, salary, **extra):
    with database.sessions.begin() as session:
        record = EmployeeRecord(
            number, "新员工", _valid_id(), "销售部", hired, salary, housing_fund_rate=D(0), **extra
        )
        result = employees.save(session, CLERK, record, None, hired)
        assert result.errors == []
        return result.employee_id


def _figures(database, month, employee_id):
    with database.sessions() as session:
        row = session.scalar(select(PayrollMonth).where(PayrollMonth.month == month))
        found = session.scalar(
            select(Payslip).where(Payslip.month_id == row.id, Payslip.employee_id == employee_id)
        )
        return {k: D(v) for k, v in json.loads(found.detail).items()}


def test_a_hire_on_the_16th_is_paid_the_paid_days_at_21_75(database):
    employee = _hire(database, "E100", date(2026, 3, 16), D(10000))
    with database.sessions.begin() as session:
        payroll.run(session, ADMIN, MARCH)
        payroll.run(session, ADMIN, date(2026, 4, 1))
    # domain-cn.md §11: hired Monday 2026-03-16 → 12 paid days → 10,000 ÷ 21.75 × 12
    assert _figures(database, MARCH, employee)["基本工资"] == D("5517.24")
    assert _figures(database, date(2026, 4, 1), employee)["基本工资"] == D(10000)


def test_a_hire_before_a_holiday_is_paid_the_holiday(database):
    # hired Wed 2026-09-30: 30 Sep is a working day, 1–3 Oct are paid statutory holidays,
    # 4–8 Oct days off in lieu; September is 1 paid day, October counts from the 1st in full
    employee = _hire(database, "E101", date(2026, 9, 30), D(8700))
    with database.sessions.begin() as session:
        payroll.run(session, ADMIN, date(2026, 9, 1))
    assert _figures(database, date(2026, 9, 1), employee)["基本工资"] == D(400)


def test_absences_beyond_the_months_pay_leave_nothing_negative(database, tmp_path):
    employee = _hire(database, "E102", date(2025, 1, 1), D(8700))
    with database.sessions.begin() as session:
        # March 2026 has 22 working days: 25 days of 事假 would take 10,000 off 8,700
        payroll.save_inputs(session, CLERK, MARCH, employee, {"personal_leave_days": D(25)})
        summary = payroll.run(session, ADMIN, MARCH)
        payroll.write_tax_file(session, ADMIN, MARCH, tmp_path / "tax.xlsx")
    figures = _figures(database, MARCH, employee)
    assert (figures["缺勤扣款"], figures["应发工资"]) == (D(8700), D(0))
    assert any("应发工资不为负" in w for w in summary.warnings)
    sheet = load_workbook(tmp_path / "tax.xlsx")["正常工资薪金所得"]
    income = [row[4] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert income == [0]


def test_a_sick_month_is_paid_at_the_floor_and_overtime_does_not_count(database):
    with database.sessions.begin() as session:
        session.add(MinimumWage(city="测试市", effective_from=date(2025, 1, 1), amount=D(2690)))
    employee = _hire(database, "E103", date(2025, 1, 1), D(3000), social_city="测试市")
    with database.sessions.begin() as session:
        payroll.save_inputs(
            session,
            CLERK,
            MARCH,
            employee,
            {"sick_leave_days": D(22), "workday_overtime_hours": D(10)},
        )
        payroll.run(session, ADMIN, MARCH)
    figures = _figures(database, MARCH, employee)
    # the whole month sick: 80% of 2,690 = 2,152, however much overtime is paid on top
    assert figures["其中病假工资"] == D("2152.00")
    assert figures["应发工资"] == D("2152.00") + figures["加班费"]
