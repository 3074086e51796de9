"""考勤汇总 and 休假汇总 against hand calculations: three people in two departments, two months of
attendance imported from hrdesk's template, one annual leave request (issue 16)."""

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook

from hrdesk.domain.employees import EmployeeRecord
from hrdesk.services import attendance, employees, leave, reports
from hrdesk.services.actor import PermissionDenied
from hrdesk.services.calendar import work_calendar
from hrdesk.services.reports.common import Period
from hrdesk.spreadsheets.templates import ATTENDANCE
from tests.services.sales_team import MANAGER
from tests.services.test_attendance import ADMIN, _id

D = Decimal
MARCH, APRIL = date(2026, 3, 1), date(2026, 4, 1)
AS_OF = date(2026, 11, 27)
MONTHS = {
    MARCH: [
        {
            "工号": "E001",
            "应出勤天数": 22,
            "出勤天数": 20,
            "事假天数": 1,
            "旷工天数": 1,
            "迟到次数": 2,
            "工作日加班小时": 4,
        },
        {"工号": "E002", "应出勤天数": 22, "出勤天数": 21, "病假天数": 1, "休息日加班小时": 8},
        {"工号": "E003", "应出勤天数": 22, "出勤天数": 22, "迟到次数": 1, "法定节假日加班小时": 8},
    ],
    APRIL: [
        {"工号": "E001", "应出勤天数": 22, "出勤天数": 22, "工作日加班小时": 2},
        {"工号": "E002", "应出勤天数": 22, "出勤天数": 21, "年休假天数": 1},
        {"工号": "E003", "应出勤天数": 22, "出勤天数": 20, "病假天数": 2},
    ],
}


def _month_file(path, month: date, rows) -> None:
    book = Workbook()
    sheet = book.active
    headers = [c.header for c in ATTENDANCE.columns]
    sheet.append(headers)
    for row in rows:
        sheet.append([row.get(h, f"{month:%Y-%m}" if h == "月份" else None) for h in headers])
    book.save(path)


@pytest.fixture
def staff(database, tmp_path):
    """E001 张三 销售部, work since 2010 (15 years: 10 days); E002 李四 销售部, first job 2020
    (6 years: 5 days); E003 王五 综合部, work since 2000 (26 years: 15 days)."""
    people = [
        ("E001", "张三", "销售部", date(2010, 3, 1)),
        ("E002", "李四", "销售部", None),
        ("E003", "王五", "综合部", date(2000, 1, 1)),
    ]
    ids = {}
    with database.sessions.begin() as session:
        for serial, (number, name, department, first_day) in enumerate(people, start=1):
            record = EmployeeRecord(
                number,
                name,
                _id(serial),
                department,
                date(2020, 1, 1),
                D(8700),
                housing_fund_rate=D(0),
                work_start_date=first_day,
            )
            result = employees.save(session, ADMIN, record, None, date(2026, 3, 1))
            assert result.errors == []
            ids[number] = result.employee_id
    for month, rows in MONTHS.items():
        path = tmp_path / f"{month:%Y-%m}.xlsx"
        _month_file(path, month, rows)
        with database.sessions.begin() as session:
            result = attendance.import_attendance(session, ADMIN, path, month, AS_OF)
            assert result.ok, result.problems
    with database.sessions.begin() as session:
        leave.balances(session, ADMIN, 2026)  # the year's grants
        calendar = work_calendar(session, [2026])
        # Monday 1 and Tuesday 2 June: two working days of annual leave
        entry = leave.add_request(
            session, ADMIN, ids["E001"], "年休假", date(2026, 6, 1), date(2026, 6, 2), calendar
        )
        assert entry.days == D(-2)
    database.ids = ids
    return database


def run(database, name, first=MARCH, last=APRIL, actor=ADMIN):
    with database.sessions() as session:
        return reports.build(session, actor, name, Period(first, last, AS_OF))


def detail(database, name, key, first=MARCH, last=APRIL):
    with database.sessions() as session:
        return reports.detail(session, ADMIN, name, key, Period(first, last, AS_OF))


def test_attendance_by_month_and_department(staff):
    table = run(staff, "attendance")
    assert table.headers == [
        "月份", "部门", "人数", "应出勤天数", "出勤天数", "事假天数", "病假天数", "旷工天数",
        "迟到次数", "加班小时", "工作日加班小时", "休息日加班小时", "节假日加班小时",
    ]  # fmt: skip
    # 综合部 sorts before 销售部 (综 U+7EFC < 销 U+9500)
    assert table.rows == [
        ["2026-03", "综合部", 1, D(22), D(22), D(0), D(0), D(0), 1, D(8), D(0), D(0), D(8)],
        ["2026-03", "销售部", 2, D(44), D(41), D(1), D(1), D(1), 2, D(12), D(4), D(8), D(0)],
        ["2026-04", "综合部", 1, D(22), D(20), D(0), D(2), D(0), 0, D(0), D(0), D(0), D(0)],
        ["2026-04", "销售部", 2, D(44), D(43), D(0), D(0), D(0), 0, D(2), D(2), D(0), D(0)],
    ]
    # 6 person-months × 22 = 132 due; 20 + 21 + 22 + 22 + 21 + 20 = 126 attended
    assert table.total == ["合计", "", "", D(132), D(126), D(1), D(3), D(1), 3, D(22), D(6), D(8), D(8)]  # fmt: skip
    chart = table.chart
    assert [label for _key, label in chart.categories] == ["2026-03", "2026-04"]
    assert {s.label: s.values for s in chart.series} == {
        "事假": [D(1), D(0)],
        "病假": [D(1), D(2)],
        "旷工": [D(1), D(0)],
    }


def test_attendance_drills_down_to_the_people_of_a_department_month(staff):
    table = run(staff, "attendance")
    people = detail(staff, "attendance", table.keys[1])
    assert people.title == "2026-03 销售部 考勤明细"
    assert [r[:9] for r in people.rows] == [
        ["E001", "张三", "销售部", D(22), D(20), D(1), D(0), D(1), 2],
        ["E002", "李四", "销售部", D(22), D(21), D(0), D(1), D(0), 0],
    ]
    assert people.total[3:] == table.rows[1][3:]


def test_attendance_period_keeps_to_its_months(staff):
    table = run(staff, "attendance", APRIL, APRIL)
    assert [r[:2] for r in table.rows] == [["2026-04", "综合部"], ["2026-04", "销售部"]]
    assert table.total[:5] == ["合计", "", "", D(66), D(63)]  # no 人数 summed across months


def test_days_not_given_stay_blank_rather_than_nought(staff, tmp_path):
    """钉钉 gives no 应出勤天数: a month without it shows blank, not 0 days due."""
    may = date(2026, 5, 1)
    _month_file(tmp_path / "may.xlsx", may, [{"工号": "E003", "病假天数": 1}])
    with staff.sessions.begin() as session:
        assert attendance.import_attendance(session, ADMIN, tmp_path / "may.xlsx", may, AS_OF).ok
    table = run(staff, "attendance", APRIL, may)
    assert table.rows[-1][:7] == ["2026-05", "综合部", 1, None, None, D(0), D(1)]
    assert table.total[3:7] == [D(66), D(63), D(0), D(3)]  # April's days; May adds none


def test_leave_balances_and_days_taken_by_type(staff):
    table = run(staff, "leave")
    assert table.title == "2026年休假汇总"
    assert table.headers[:8] == [
        "工号", "姓名", "部门", "累计工作年限", "年休假应休", "年休假已休", "年休假剩余", "调休余额",
    ]  # fmt: skip
    taken = {h: i for i, h in enumerate(table.headers)}
    assert {"病假已休", "事假已休", "婚假已休", "调休已休", "其他假已休"} <= taken.keys()
    assert [r[:8] for r in table.rows] == [
        ["E001", "张三", "销售部", 15, D(10), D(2), D(8), D(0)],
        ["E002", "李四", "销售部", 6, D(5), D(1), D(4), D(0)],
        ["E003", "王五", "综合部", 26, D(15), D(0), D(15), D(0)],
    ]
    by_person = {r[0]: r for r in table.rows}
    assert by_person["E001"][taken["事假已休"]] == D(1)
    assert by_person["E002"][taken["病假已休"]] == D(1)
    assert by_person["E003"][taken["病假已休"]] == D(2)
    assert table.total[4:8] == [D(30), D(3), D(27), D(0)]
    assert table.total[taken["病假已休"]] == D(3)
    bars = table.chart
    assert [label for _key, label in bars.categories] == ["综合部", "销售部"]
    assert bars.series[0].values == [D(15), D(12)]  # 销售部 8 + 4


def test_leave_figures_are_those_of_the_balances_export(staff, tmp_path):
    with staff.sessions() as session:
        leave.write_balances(session, ADMIN, 2026, tmp_path / "b.xlsx")
    exported = list(load_workbook(tmp_path / "b.xlsx").active.iter_rows(values_only=True))[1:]
    table = run(staff, "leave")
    for sheet_row, row in zip(exported, table.rows, strict=True):
        assert sheet_row[0] == row[0]
        assert [D(str(v)) for v in sheet_row[2:7]] == [D(v) for v in row[3:8]]


def test_leave_drills_down_to_the_ledger(staff):
    table = run(staff, "leave")
    ledger = detail(staff, "leave", table.keys[0])
    assert ledger.title == "E001 张三 2026年假期台账"
    assert [(r[1], r[2], r[3]) for r in ledger.rows] == [
        ("年休假", "发放", D(10)),
        ("年休假", "使用", D(-2)),
        ("事假", "使用", D(-1)),
    ]
    assert ledger.rows[1][0] == date(2026, 6, 1)


def test_who_may_see_them(staff):
    with pytest.raises(PermissionDenied):
        run(staff, "attendance", actor=MANAGER)
    with pytest.raises(PermissionDenied):
        run(staff, "leave", actor=MANAGER)


def test_both_export_to_xlsx_with_a_total_row(staff, tmp_path):
    for name in ("attendance", "leave"):
        table = run(staff, name)
        path = tmp_path / f"{name}.xlsx"
        reports.write_xlsx(path, table)
        rows = list(load_workbook(path).active.iter_rows(values_only=True))
        assert list(rows[0]) == table.headers
        assert rows[-1][0] == "合计"
        assert len(rows) == len(table.rows) + 2


def test_the_demo_month_survives_someone_with_every_kind_of_mark(staff, monkeypatch):
    """事假, two sick days, two annual leave days and two late arrivals are seven marks on six
    sampled days: the demo of 1,000 staff or more stopped there (StopIteration)."""
    from hrdesk.services.attendance import demo as demo_attendance

    class Busiest:
        def choice(self, values):
            return max(values)

        def sample(self, values, count):
            return list(values)[:count]

    monkeypatch.setattr(demo_attendance.random, "Random", lambda _seed: Busiest())
    with staff.sessions() as session:
        sheet = demo_attendance.demo_month_sheet(session, ADMIN, date(2026, 10, 1), 1)
        left = leave.balance(session, 1, "年休假", 2026)
    row = next(r for r in sheet.rows if len(r) > 1 and r[1] == "E001")
    # 事假 hours, 病假 hours, 年假 days as the totals say; annual leave only from what is left
    assert row[6:9] == [20, 16, min(3, int(left))]
