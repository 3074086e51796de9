"""Demo data: deterministic, realistic, and valid by the same rules real data must pass."""

import random
from collections import Counter

import pytest
from sqlalchemy import select

from hrdesk.domain.identifiers import parse_credit_code, parse_resident_id
from hrdesk.services import database as workspace
from hrdesk.services import demo
from hrdesk.services.actor import command_line_actor
from hrdesk.services.employees import id_number_of
from hrdesk.services.overview import overview
from hrdesk.storage.models import Customer, DeclaredDeduction, Department, Employee
from tests.conftest import DEMO_DAY

ADMIN_VIEW = command_line_actor()  # reads what an administrator may read


def snapshot(database):
    with database.sessions() as session:
        cipher = workspace.field_cipher(session)
        employees = [
            (e.employee_no, e.name, id_number_of(cipher, e), e.hire_date, e.base_salary)
            for e in session.scalars(select(Employee).order_by(Employee.id))
        ]
        customers = [(c.code, c.name, c.credit_code) for c in session.scalars(select(Customer))]
        deductions = session.execute(
            select(
                DeclaredDeduction.employee_id,
                DeclaredDeduction.kind,
                DeclaredDeduction.effective_from,
            )
        ).all()
    return employees, customers, sorted(deductions)


def test_same_seed_gives_the_same_company(tmp_path):
    made = []
    for name in ("a.db", "b.db"):
        database = workspace.open_workspace(tmp_path / name)
        with database.sessions.begin() as session:
            demo.build(session, None, demo.DemoSize(30, 20, seed=5), DEMO_DAY)
        made.append(snapshot(database))
        database.close()
    assert made[0] == made[1]


def test_demo_people_and_customers_pass_the_real_checks(demo_database):
    employees, customers, _deductions = snapshot(demo_database)
    assert len(employees) == 40 and len(customers) == 30
    for _no, name, id_number, _hire, salary in employees:
        person = parse_resident_id(id_number)
        assert 18 <= (DEMO_DAY - person.birth_date).days // 365 <= 60
        assert 2 <= len(name) <= 3
        assert salary > 0
    for _code, name, credit_code in customers:
        assert parse_credit_code(credit_code) == credit_code
        assert name.endswith("有限公司")
    assert len({e[2] for e in employees}) == len(employees)
    assert len({e[1] for e in employees}) == len(employees)


def test_no_two_demo_colleagues_share_a_name():
    """Two 赵丽 on the aging chart look like one salesperson's bars under two numbers."""
    for seed in range(5):  # 200 people from ~2,600 name pairs: a repeat is near certain by chance
        people = demo._people(random.Random(seed), demo.DemoSize(200, seed=seed), DEMO_DAY)
        assert len({person.name for person in people}) == 200


def test_structure_of_the_demo_company(demo_database):
    with demo_database.sessions() as session:
        assert workspace.is_demo(session)
        departments = {d.id: d for d in session.scalars(select(Department))}
        staff = session.scalars(select(Employee)).all()
        salespeople = {e.id for e in staff if e.is_salesperson}
        owners = Counter(c.salesperson_id for c in session.scalars(select(Customer)))
        facts = overview(session, ADMIN_VIEW)
    assert {d.name for d in departments.values()} >= {"财务部", "销售一部", "销售二部"}
    assert (
        departments[next(e.department_id for e in staff if e.is_salesperson)].parent_id is not None
    )
    assert set(owners) <= salespeople
    assert all(e.manager_id is not None for e in staff if e.position not in demo.HEAD_TITLES)
    assert facts.customers == 30 and facts.salespeople == len(
        [e for e in staff if e.is_salesperson and e.status != "离职"]
    )


def test_id_numbers_are_encrypted_at_rest(demo_database):
    with demo_database.engine.connect() as connection:
        stored = connection.exec_driver_sql(
            "SELECT id_number_cipher, id_number_masked FROM employees"
        ).all()
    assert all(cipher.startswith("v2:") and "*" * 8 in masked for cipher, masked in stored)


def test_demo_deductions_start_when_their_reason_began_and_show_on_every_payslip(database):
    import json
    from datetime import date
    from decimal import Decimal

    from hrdesk.storage.models import DeclaredDeduction, Payslip

    size = demo.DemoSize(employees=12, customers=4, invoices=10, payroll_months=3)
    with database.sessions.begin() as session:
        demo.build(session, None, size, DEMO_DAY)
    with database.sessions() as session:
        items = session.scalars(select(DeclaredDeduction)).all()
        hired = {e.id: e.hire_date for e in session.scalars(select(Employee))}
        slips = session.scalars(select(Payslip)).all()
    first_paid = date(2026, 8, 1)  # three months before DEMO_DAY's
    starts = [item.effective_from for item in items]
    # A month of its own for each item (a child turned three, a loan's first repayment), from
    # January 2019 when the deductions began, and no later than the first month paid here.
    assert items and all(start.day == 1 and start >= date(2019, 1, 1) for start in starts)
    assert all(
        item.effective_from <= max(first_paid, hired[item.employee_id].replace(day=1))
        for item in items
    )
    assert sum(start < date(2026, 1, 1) for start in starts) > len(items) // 2, starts
    assert len(set(starts)) > len(items) // 2, starts
    declared = {item.employee_id for item in items}
    shown = [json.loads(s.detail)["累计专项附加扣除"] for s in slips if s.employee_id in declared]
    assert shown and all(Decimal(value) > 0 for value in shown), shown


def test_any_demo_size_builds_and_its_leaver_is_still_employed(database):
    """Once failed at 40 people and 10 customers: the first customer's salesperson had left,
    and a separation cannot start for someone gone."""
    from hrdesk.domain.employees import EmployeeStatus
    from hrdesk.storage.models import Separation

    with database.sessions.begin() as session:
        demo.build(session, None, demo.DemoSize(40, 10, invoices=100), DEMO_DAY)
    with database.sessions() as session:
        separation = session.scalars(select(Separation)).one()
        leaver = session.get(Employee, separation.employee_id)
        successor = session.get(Employee, separation.successor_id)
    assert leaver.is_salesperson and successor.is_salesperson
    assert EmployeeStatus.LEFT not in (leaver.status, successor.status)
    assert leaver.id != successor.id


def test_demo_attendance_counts_days_off_out_of_the_days_attended(database):
    """出勤天数 is the working days a person came in: a whole day of 年假 or 病假 is not one."""
    import json

    from hrdesk.storage.models import AttendanceRecord

    size = demo.DemoSize(employees=30, customers=4, invoices=10, payroll_months=1)
    with database.sessions.begin() as session:
        demo.build(session, None, size, DEMO_DAY)
    with database.sessions() as session:
        records = session.scalars(select(AttendanceRecord)).all()
    came_in = ("正常", "迟到", "事假4小时")  # 正常 加班2小时 too
    assert len(records) >= 25
    for record in records:
        cells = json.loads(record.day_cells).values()
        assert record.attended_days == sum(cell.startswith(came_in) for cell in cells), (
            record.employee_id
        )
    assert len({record.attended_days for record in records}) > 1


def test_a_demo_made_after_the_calendar_package_ends_enters_the_year_as_a_clerk_would(
    database, monkeypatch
):
    """chinese-calendar ends with 2026: a demo made in February 2027 enters 2027's statutory
    days (audited, shown as 录入 under 节假日安排) and pays January 2027 by that calendar."""
    from datetime import date

    from hrdesk.services import calendar
    from hrdesk.storage.models import AuditEntry, PayrollMonth

    monkeypatch.setenv("HRDESK_TODAY", "2027-02-15")  # the day hrdesk --demo is started
    size = demo.DemoSize(employees=12, customers=4, invoices=10, payroll_months=2)
    with database.sessions.begin() as session:
        demo.build(session, None, size, date(2027, 2, 15))
    with database.sessions() as session:
        source, days = calendar.year_days(session, 2027)
        months = session.scalars(select(PayrollMonth.month)).all()
        entered = session.scalars(select(AuditEntry).where(AuditEntry.action == "录入节假日安排"))
        assert [entry.entity_id for entry in entered] == ["2027"]
        assert calendar.year_days(session, 2026)[0] == "日历包"  # the package's year untouched
    assert source == "录入" and len(days) == 13 and all(day.statutory for day in days)
    assert date(2027, 1, 1) in months


def _demo_month(database, size):
    """Last month's attendance records, whom they should cover, and this year's balances."""
    from datetime import date

    from hrdesk.services import leave, payroll
    from hrdesk.storage.models import AttendanceRecord

    with database.sessions.begin() as session:
        demo.build(session, None, size, DEMO_DAY)
    with database.sessions.begin() as session:
        records = session.scalars(select(AttendanceRecord)).all()
        employed = payroll.employed_in(session, date(2026, 10, 1))
        balances = leave.balances(session, ADMIN_VIEW, DEMO_DAY.year)
    assert {r.employee_id for r in records} == {e.id for e in employed}
    return records, balances


def test_demo_attendance_is_each_persons_own_and_leave_comes_from_a_balance(database):
    """Some people absent, some working overtime, most neither; leave taken only from what the
    year has left: nobody's 年休假剩余 or 调休余额 below zero (80 people: two went to −2)."""
    size = demo.DemoSize(employees=80, customers=4, invoices=10, payroll_months=1)
    records, balances = _demo_month(database, size)
    assert len(records) >= 70
    assert len({r.attended_days for r in records}) >= 4
    assert 0 < sum(r.absent_days > 0 for r in records) < len(records) // 4
    assert 0 < sum(r.workday_overtime_hours > 0 for r in records) < len(records)
    assert sum(r.rest_day_overtime_hours + r.rest_day_lieu_hours > 0 for r in records) > 0
    assert sum(r.late_count > 0 for r in records) > 0
    assert [(b.employee_no, b.remaining) for b in balances if b.remaining < 0] == []
    assert [(b.employee_no, b.lieu) for b in balances if b.lieu < 0] == []
    assert sum(b.lieu > 0 for b in balances) > 0  # rest-day overtime taken as 调休


@pytest.mark.parametrize(
    "size",
    [
        demo.DemoSize(employees=40, customers=10),
        demo.DemoSize(employees=7, customers=1, invoices=10, payroll_months=1),
        demo.DemoSize(employees=12, customers=3, invoices=30, payroll_months=2, seed=7),
        demo.DemoSize(employees=20, customers=5, invoices=60, payroll_months=1, seed=11),
    ],
    ids=str,
)
def test_small_demos_build(database, size):
    records, balances = _demo_month(database, size)
    assert records and all(b.remaining >= 0 and b.lieu >= 0 for b in balances)
