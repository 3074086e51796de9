"""The leave ledger: requests with their days by the calendar, balances by years of work, the
`leave` import, and the leaver's unused annual leave (domain-cn.md §12, 实施办法 第12条)."""

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook

from hrdesk.domain.employees import EmployeeRecord
from hrdesk.domain.grounds import Ground
from hrdesk.services import employees, imports, leave, separations, settlement
from hrdesk.services.actor import command_line_actor
from hrdesk.services.calendar import work_calendar
from hrdesk.spreadsheets.reading import read_sheets
from tests.services.test_attendance import _id

ADMIN = command_line_actor()
TODAY = date(2026, 11, 27)
D = Decimal


@pytest.fixture
def people(database):
    """E001 hired 2024 with work since 2010 (10 days); E002 first job, hired 1 July 2026."""
    ids = {}
    with database.sessions.begin() as session:
        for serial, (number, hired, first_day) in enumerate(
            [("E001", date(2024, 5, 6), date(2010, 3, 1)), ("E002", date(2026, 7, 1), None)],
            start=1,
        ):
            record = EmployeeRecord(
                number,
                f"员工{serial}",
                _id(serial),
                "综合部",
                hired,
                D(10875),
                housing_fund_rate=D(0),
                work_start_date=first_day,
            )
            result = employees.save(session, ADMIN, record, None, TODAY)
            assert result.errors == []
            ids[number] = result.employee_id
    return ids


def test_balances_by_years_of_work_and_the_export(database, people, tmp_path):
    with database.sessions.begin() as session:
        calendar = work_calendar(session, [2026])
        leave.balances(session, ADMIN, 2026)  # the year's grants
        # National Day week: 1–7 October are days off; Thursday 8 and Friday 9 are worked.
        entry = leave.add_request(
            session, ADMIN, people["E001"], "年休假", date(2026, 10, 1), date(2026, 10, 9), calendar
        )
        assert entry.days == D(-2)
        rows = {r.employee_no: r for r in leave.balances(session, ADMIN, 2026)}
        leave.write_balances(session, ADMIN, 2026, tmp_path / "b.xlsx")
    assert (rows["E001"].years_of_work, rows["E001"].entitled, rows["E001"].remaining) == (
        15,
        D(10),
        D(8),
    )
    assert rows["E002"].entitled == 0  # a first job: no annual leave before twelve months
    sheet = read_sheets(tmp_path / "b.xlsx")[0].rows
    assert sheet[0] == [
        "工号",
        "姓名",
        "累计工作年限",
        "年休假应休",
        "年休假已休",
        "年休假剩余",
        "调休余额",
    ]


def test_annual_leave_beyond_the_balance_is_refused(database, people):
    with database.sessions.begin() as session:
        calendar = work_calendar(session, [2026])
        leave.balances(session, ADMIN, 2026)
        with pytest.raises(ValueError, match="余额不足"):
            leave.add_request(
                session,
                ADMIN,
                people["E001"],
                "年休假",
                date(2026, 3, 2),
                date(2026, 3, 20),
                calendar,
            )


def test_leave_import_is_idempotent_and_checks_rows(database, people, tmp_path):
    book = Workbook()
    book.active.append(["工号", "假期类型", "开始日期", "结束日期", "天数", "备注"])
    book.active.append(["E001", "年休假", "2026-03-02", "2026-03-04", None, "春季"])
    book.active.append(["E001", "婚假", "2026-05-11", "2026-05-13", None, ""])
    book.active.append(["E009", "病假", "2026-05-11", "2026-05-11", None, ""])
    path = tmp_path / "leave.xlsx"
    book.save(path)
    with database.sessions.begin() as session:
        result = imports.import_file(session, ADMIN, "leave", path, TODAY)
    assert [str(p) for p in result.problems] == ["第4行 工号: 没有工号为E009的员工"]
    book.active.delete_rows(4)
    book.save(path)
    with database.sessions.begin() as session:
        first = imports.import_file(session, ADMIN, "leave", path, TODAY)
    with database.sessions.begin() as session:
        second = imports.import_file(session, ADMIN, "leave", path, TODAY)
        assert leave.balance(session, people["E001"], "年休假", 2026) == D(7)
    assert (first.added, second.added, second.unchanged) == (2, 0, 2)


def test_a_leavers_unused_annual_leave_feeds_the_separation(database, people):
    with database.sessions.begin() as session:
        calendar = work_calendar(session, [2026])
        leave.balances(session, ADMIN, 2026)
        leave.add_request(
            session, ADMIN, people["E001"], "年休假", date(2026, 3, 2), date(2026, 3, 3), calendar
        )
        # Leaving 30 June: 181 ÷ 365 × 10 = 4.96 → 4 days, 2 taken → 2 owed.
        owed = leave.unused_annual_leave_days(session, people["E001"], date(2026, 6, 30))
        assert (owed.entitlement.days, owed.taken, owed.unused) == (4, D(2), 2)
        separation_id = separations.start(
            session,
            ADMIN,
            people["E001"],
            Ground.AGREED_BY_EMPLOYEE,
            date(2026, 6, 1),
            date(2026, 6, 30),
            None,
        )
        assessed = settlement.assess(session, ADMIN, separation_id)
    assert assessed.leave_taken_days == D(2)  # from the ledger
    assert assessed.leave_days == 2


def test_leave_taken_before_hrdesk_counts_from_the_opening_balances(database, people):
    from hrdesk.storage.models import OpeningBalance

    with database.sessions.begin() as session:
        session.add(
            OpeningBalance(
                employee_id=people["E001"],
                year=2026,
                through_month=6,
                income=D(60000),
                withheld=D(0),
                leave_days_taken=D(3),
                created_by="测试",
            )
        )
    with database.sessions.begin() as session:
        row = next(r for r in leave.balances(session, ADMIN, 2026) if r.employee_no == "E001")
        assert (row.taken, row.remaining) == (D(3), D(7))
        assert leave.balance(session, people["E001"], "年休假", 2026) == D(7)
        notes = [e.note for e in leave.entries(session, people["E001"], "年休假", 2026)]
        assert "期初数据：1至6月已休" in notes
        # Leaving 30 June: 4 days due, 3 taken under the old system → 1 owed.
        assert (
            leave.unused_annual_leave_days(session, people["E001"], date(2026, 6, 30)).unused == 1
        )


def test_carry_over_and_expiry_are_signed_entries(database, people):
    with database.sessions.begin() as session:
        leave.balances(session, ADMIN, 2026)
        leave.carry_over(session, ADMIN, people["E001"], 2026, D(3), "员工同意跨年安排")
        with pytest.raises(ValueError, match="原因"):
            leave.expire(session, ADMIN, people["E001"], "年休假", 2026, D(1), " ")
        leave.expire(session, ADMIN, people["E001"], "年休假", 2026, D(2), "员工书面放弃")
        assert leave.balance(session, people["E001"], "年休假", 2026) == D(5)
        leave.balances(session, ADMIN, 2027)
        assert leave.balance(session, people["E001"], "年休假", 2027) == D(13)  # 10 + 3 carried
        with pytest.raises(ValueError, match="不超过"):
            leave.carry_over(session, ADMIN, people["E001"], 2026, D(6), "")
