"""A month of attendance from each layout gives the payroll a clerk works out by hand; a month
re-imported is replaced, not doubled; an approved month is refused (issue 15)."""

import json
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from hrdesk.domain.employees import EmployeeRecord
from hrdesk.domain.identifiers import resident_id_check_character
from hrdesk.domain.roles import Role
from hrdesk.services import attendance, employees, payroll, settings
from hrdesk.services.actor import Actor, command_line_actor
from hrdesk.storage.models import (
    AttendanceRecord,
    AuditEntry,
    Employee,
    LeaveEntry,
    MinimumWage,
    PayrollInput,
    Payslip,
)
from tests.data.attendance import make_samples

ADMIN = command_line_actor()
CLERK = Actor("人事小王", Role.HR, 1)
FINANCE = Actor("财务小李", Role.FINANCE, 2)
MARCH = date(2026, 3, 1)
TODAY = date(2026, 4, 2)
D = Decimal


def _id(serial: int) -> str:
    first17 = f"11010519850101{serial:03d}"
    return first17 + resident_id_check_character(first17)


@pytest.fixture
def roster(database):
    """张三 8,700 (400 a day, 50 an hour), 李四 10,875 (500 a day), 王五 4,350 (200 a day)."""
    return add_three(database)


def add_three(database):
    with database.sessions.begin() as session:
        for serial, (number, name, salary) in enumerate(
            [("E001", "张三", 8700), ("E002", "李四", 10875), ("E003", "王五", 4350)], start=1
        ):
            record = EmployeeRecord(
                number,
                name,
                _id(serial),
                "综合部",
                date(2020, 1, 1),
                D(salary),
                housing_fund_rate=D(0),
            )
            assert employees.save(session, ADMIN, record, None, TODAY).errors == []
    return database


@pytest.fixture
def samples(tmp_path):
    return make_samples.all_samples(tmp_path / "samples")


def load(database, path, month=MARCH, actor=CLERK, dry_run=False):
    with database.sessions.begin() as session:
        return attendance.import_attendance(session, actor, path, month, TODAY, dry_run=dry_run)


def pay(database, month=MARCH) -> dict[str, dict[str, Decimal]]:
    with database.sessions.begin() as session:
        payroll.run(session, CLERK, month)
    with database.sessions() as session:
        rows = session.execute(
            select(Employee.employee_no, Payslip.detail).join(
                Employee, Payslip.employee_id == Employee.id
            )
        )
        return {number: {k: D(v) for k, v in json.loads(detail).items()} for number, detail in rows}


def test_dingtalk_month_pays_what_the_clerk_works_out(roster, samples):
    result = load(roster, samples["钉钉"])
    assert result.ok, result.problems
    assert result.added == 3
    slips = pay(roster)
    # 张三: 事假 8 hours = 1 day and 旷工 half a day at 400 → 600; weekday 4 h × 50 × 150% = 300,
    # rest day paid 8 h × 50 × 200% = 800; the 8 rest-day hours to 调休 are not paid.
    assert slips["E001"]["缺勤扣款"] == D("600.00")
    assert slips["E001"]["加班费"] == D("1100.00")
    assert slips["E001"]["应发工资"] == D("9200.00")
    assert slips["E001"]["考勤·休息日加班转调休天数"] == D(1)
    # 李四: 病假 16 hours = 2 days paid at 60%: 2 × 500 × 40% = 400 deducted.
    assert slips["E002"]["缺勤扣款"] == D("400.00")
    assert slips["E002"]["应发工资"] == D("10475.00")
    # 王五（离职）matched by name: 事假 4 hours = half a day at 200.
    assert slips["E003"]["应发工资"] == D("4250.00")


def test_wecom_daily_month_types_overtime_by_the_calendar(roster, samples):
    assert load(roster, samples["企业微信"]).ok
    slips = pay(roster)
    # 张三: 事假 one day and 旷工 one day → 800; 4 h on Tuesday 3 March at 150% (300) and 8 h on
    # Saturday 7 March, a rest day, at 200% (800).
    assert slips["E001"]["缺勤扣款"] == D("800.00")
    assert slips["E001"]["加班费"] == D("1100.00")
    assert slips["E001"]["应发工资"] == D("9000.00")
    assert slips["E001"]["考勤·迟到次数"] == D(1)
    assert slips["E002"]["应发工资"] == D("10475.00")  # two sick days: 400
    assert slips["E003"]["应发工资"] == D("4350.00")


def test_wecom_punch_month_counts_an_application_once_per_day(roster, samples):
    assert load(roster, samples["企业微信打卡"]).ok
    slips = pay(roster)
    # 病假 1天 shows on both punches of 5 March: one sick day, 400 × 40% = 160.
    assert slips["E001"]["应发工资"] == D("8540.00")
    assert slips["E002"]["应发工资"] == D("10625.00")  # 事假 4 hours: half of 500
    assert slips["E003"]["应发工资"] == D("4350.00")


def test_template_month(roster, samples):
    assert load(roster, samples["模板"]).ok
    slips = pay(roster)
    assert slips["E001"]["加班费"] == D("1200.00")  # 8 statutory hours × 50 × 300%
    assert slips["E002"]["应发工资"] == D("9875.00")  # two days of 事假 at 500
    assert slips["E003"]["加班费"] == D("200.00")  # 4 rest-day hours × 25 × 200%


def test_reimporting_replaces_the_month_and_is_audited(roster, samples):
    assert load(roster, samples["钉钉"]).ok
    with roster.sessions() as session:
        before = session.execute(
            select(LeaveEntry.employee_id, LeaveEntry.leave, LeaveEntry.days)
        ).all()
    again = load(roster, samples["钉钉"])
    assert again.ok and (again.added, again.updated, again.unchanged) == (0, 0, 3)
    with roster.sessions() as session:
        assert session.scalar(select(func.count()).select_from(AttendanceRecord)) == 3
        assert sorted(
            session.execute(select(LeaveEntry.employee_id, LeaveEntry.leave, LeaveEntry.days)).all()
        ) == sorted(before)
        audited = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "导入考勤")
        )
        assert audited == 2
    # Another layout for the same month replaces the first: 李四's annual leave is gone.
    assert load(roster, samples["企业微信打卡"]).ok
    with roster.sessions() as session:
        annual = session.scalar(
            select(func.count())
            .select_from(LeaveEntry)
            .where(LeaveEntry.leave == "年休假", LeaveEntry.kind == "使用")
        )
        assert annual == 0
        inputs = {i.employee_id: i for i in session.scalars(select(PayrollInput))}
        assert sorted(i.personal_leave_days for i in inputs.values()) == [D(0), D(0), D("0.5")]


def test_import_keeps_what_the_clerk_entered_by_hand(roster, samples):
    with roster.sessions.begin() as session:
        e001 = session.scalar(select(Employee.id).where(Employee.employee_no == "E001"))
        payroll.save_inputs(session, CLERK, MARCH, e001, {"performance_pay": D(500)})
    assert load(roster, samples["钉钉"]).ok
    slips = pay(roster)
    assert slips["E001"]["绩效工资"] == D("500.00")
    assert slips["E001"]["应发工资"] == D("9700.00")


def test_an_approved_month_is_refused(roster, samples):
    with roster.sessions.begin() as session:
        payroll.run(session, CLERK, MARCH)
        payroll.approve(session, FINANCE, MARCH)
    result = load(roster, samples["钉钉"])
    assert not result.ok
    assert any("已审核锁定" in str(p) for p in result.problems)
    with roster.sessions() as session:
        assert session.scalar(select(func.count()).select_from(AttendanceRecord)) == 0


def test_someone_not_on_the_roster_stops_the_import_with_the_row(roster, tmp_path):
    book = Workbook()
    book.active.append(["工号", "月份", "事假天数"])
    book.active.append(["E001", "2026-03", 1])
    book.active.append(["E099", "2026-03", 1])
    book.save(tmp_path / "t.xlsx")
    result = load(roster, tmp_path / "t.xlsx")
    assert [str(p) for p in result.problems] == ["第3行 工号: 没有工号为E099的员工"]
    with roster.sessions() as session:
        assert session.scalar(select(func.count()).select_from(AttendanceRecord)) == 0


def test_a_file_of_another_month_is_refused(roster, samples):
    result = load(roster, samples["钉钉"], month=date(2026, 4, 1))
    assert any("2026-03" in str(p) and "不符" in str(p) for p in result.problems)


def test_rest_day_overtime_as_time_off_by_company_rule(roster, samples):
    with roster.sessions.begin() as session:
        settings.put(session, ADMIN, "rest_day_overtime", "调休")
    assert load(roster, samples["钉钉"]).ok
    slips = pay(roster)
    assert slips["E001"]["加班费"] == D("300.00")  # only the weekday hours are paid
    assert slips["E001"]["考勤·休息日加班转调休天数"] == D(2)  # 16 rest-day hours


def test_late_deduction_only_under_the_written_rule(roster, samples):
    assert load(roster, samples["钉钉"]).ok
    assert pay(roster)["E001"]["缺勤扣款"] == D("600.00")  # off by default
    with roster.sessions.begin() as session:
        # the fines are held to the minimum wage, so it must be known (test_late_deduction.py)
        session.scalar(select(Employee).where(Employee.employee_no == "E001")).social_city = "上海"
        session.add(MinimumWage(city="上海", effective_from=MARCH, amount=D(2690), source="测试"))
        rule = {
            "enabled": True,
            "free_times": 1,
            "per_time": "20",
            "written_rule": "员工手册第12条",
        }
        settings.put(session, ADMIN, "late_rule", rule)
    assert load(roster, samples["钉钉"]).ok
    slips = pay(roster)
    assert slips["E001"]["其中迟到扣款"] == D(20)  # 2 late arrivals, 1 free
    assert slips["E001"]["缺勤扣款"] == D("620.00")


def test_leave_from_attendance_reaches_the_ledger(roster, samples):
    assert load(roster, samples["钉钉"]).ok
    with roster.sessions() as session:
        entries = session.execute(
            select(Employee.employee_no, LeaveEntry.leave, LeaveEntry.kind, LeaveEntry.days)
            .join(Employee, LeaveEntry.employee_id == Employee.id)
            .order_by(Employee.employee_no, LeaveEntry.leave)
        ).all()
    assert ("E002", "年休假", "使用", D(-2)) in entries
    assert ("E001", "调休", "调休", D(1)) in entries


def test_monthly_sheet_and_export(roster, samples, tmp_path):
    assert load(roster, samples["钉钉"]).ok
    with roster.sessions.begin() as session:
        view = attendance.month_sheet(session, CLERK, MARCH)
        count = attendance.write_sheet(session, CLERK, MARCH, tmp_path / "sheet.xlsx")
    assert count == 3
    assert view.rows[0].days[10] == "事假8小时"
    assert view.total("事假天数") == D("1.5")
    from hrdesk.spreadsheets.reading import read_sheets

    rows = read_sheets(tmp_path / "sheet.xlsx")[0].rows
    assert rows[0][:4] == ["工号", "姓名", "部门", "1"]
    assert rows[-1][0] == "合计"


def test_the_payslip_says_what_payroll_took_from_attendance(roster, samples):
    assert load(roster, samples["钉钉"]).ok
    pay(roster)
    with roster.sessions.begin() as session:
        documents = payroll.payslip_documents(session, CLERK, MARCH, "E001")
    notes = documents[0][0].notes
    assert (
        "考勤计入：事假及旷工 1.5 天，工作日加班 4 小时，休息日加班 8 小时，休息日加班转调休 1 天，迟到 2 次，其中旷工 0.5 天。"
        in notes
    )


def test_wecom_needs_the_year_calendar(roster, samples, tmp_path):
    """企业微信 overtime is typed by the calendar: a year nobody published stops the import."""
    from datetime import timedelta

    book = make_samples.Workbook()
    book.active.append(
        ["日期", "姓名", "部门", "打卡类型", "应打卡时间", "实际打卡时间", "打卡状态", "假勤申请"]
    )
    book.active.append(["2031-03-03", "张三", "综合部", "上班打卡", "09:00", "09:01", "正常", "--"])
    book.save(tmp_path / "p.xlsx")
    result = load(roster, tmp_path / "p.xlsx", month=date(2031, 3, 1))
    assert any("2031" in str(p) and "录入" in str(p) for p in result.problems)
    from hrdesk.services import calendar

    days = [
        calendar.EnteredDay(date(2031, 1, 1) + timedelta(days=n), "休", "元旦", n == 0)
        for n in range(1)
    ]
    with roster.sessions.begin() as session:
        calendar.save_year(session, ADMIN, 2031, days)
    assert load(roster, tmp_path / "p.xlsx", month=date(2031, 3, 1)).ok
    with roster.sessions() as session:
        known = calendar.work_calendar(session, [2031])
    assert known.is_statutory(date(2031, 1, 1)) and not known.is_working_day(date(2031, 1, 1))


def test_a_late_deduction_needs_its_written_rule(roster):
    from hrdesk.domain.attendance import LateRule, RestDayOvertime
    from hrdesk.services.attendance.rules import policy_of, save_rules

    with roster.sessions.begin() as session:
        with pytest.raises(ValueError, match="规章制度"):
            save_rules(session, ADMIN, RestDayOvertime.PAY, LateRule(True, 0, D(10), " "))
        save_rules(session, ADMIN, RestDayOvertime.LIEU, LateRule(True, 1, D(10), "员工手册第12条"))
    with roster.sessions() as session:
        policy, rule = policy_of(session)
        changed = session.scalar(
            select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "修改设置")
        )
    assert policy is RestDayOvertime.LIEU and rule == LateRule(True, 1, D(10), "员工手册第12条")
    assert changed == 2


def test_a_company_type_from_dingtalk_is_read_ledgered_and_paid(roster, samples, tmp_path):
    """钉钉 set up with the company's own 家事假 (unpaid): its column and day marks are read."""
    from openpyxl import load_workbook

    from hrdesk.domain.leave import CompanyLeave
    from hrdesk.services.leave import leave_types

    book = load_workbook(samples["钉钉"])
    sheet = book.active
    column = next(c.column for c in sheet[4] if c.value == "丧假（天）")
    sheet.cell(4, column, "家事假（天）")
    row = next(r[0].row for r in sheet.iter_rows(min_row=5) if r[0].value == "李四")
    sheet.cell(row, column, 1)
    day = next(c.column for c in sheet[3] if c.value == "24")  # Tuesday 24 March
    sheet.cell(row, day, "家事假1天")
    file = tmp_path / "家事假.xlsx"
    book.save(file)
    with roster.sessions.begin() as session:
        leave_types.save_type(session, ADMIN, CompanyLeave("家事假", 5, "员工手册第8条", False))
    assert load(roster, file).ok
    with roster.sessions() as session:
        taken = session.execute(
            select(LeaveEntry.leave, LeaveEntry.days)
            .join(Employee, LeaveEntry.employee_id == Employee.id)
            .where(Employee.employee_no == "E002", LeaveEntry.leave == "家事假")
        ).all()
    assert taken == [("家事假", D(-1))]
    # 李四: 病假 2 days at 40% = 400, and the unpaid 家事假 day at 500: 900 deducted.
    assert pay(roster)["E002"]["缺勤扣款"] == D("900.00")
