"""企业微信 每日统计 as offices export it: a leaver's name with its suffix and no 账号 left, a
day's row missing the name or the 账号 — matched, or refused with the row named, never a day
dropped in silence."""

import json

from openpyxl import load_workbook
from sqlalchemy import select

from hrdesk.storage.models import AttendanceRecord, Employee
from tests.services.test_attendance import load, pay, roster, samples  # noqa: F401

NAME, ACCOUNT = 2, 3  # 姓名, 账号 columns of the sample
LI_SI_FRIDAY = 40  # 李四's row of Friday 6 March: his rows start at 35, after 张三's 31


def variant(samples, tmp_path, change):  # noqa: F811
    book = load_workbook(samples["企业微信"])
    change(book.active)
    book.save(tmp_path / "wecom.xlsx")
    return tmp_path / "wecom.xlsx"


def rows_of(sheet, name):
    return [r for r in range(4, sheet.max_row + 1) if sheet.cell(r, NAME).value == name]


def record(database, employee_no):
    with database.sessions() as session:
        return session.scalar(
            select(AttendanceRecord)
            .join(Employee, AttendanceRecord.employee_id == Employee.id)
            .where(Employee.employee_no == employee_no)
        )


def test_a_leaver_without_an_account_is_matched_by_name(roster, samples, tmp_path):  # noqa: F811
    def leaver(sheet):
        for row, suffix in zip(rows_of(sheet, "王五"), ["（已离职）", "(离职)"] * 16, strict=False):
            sheet.cell(row, NAME).value = f"王五{suffix}"
            sheet.cell(row, ACCOUNT).value = "--"

    result = load(roster, variant(samples, tmp_path, leaver))
    assert result.ok, result.problems
    assert result.added == 3
    assert record(roster, "E003").attended_days == 22  # every working day of March 2026
    assert pay(roster)["E003"]["应发工资"] == 4350


def test_a_day_without_the_name_still_counts_for_its_account(roster, samples, tmp_path):  # noqa: F811
    def nameless(sheet):
        assert sheet.cell(LI_SI_FRIDAY, ACCOUNT).value == "E002"
        sheet.cell(LI_SI_FRIDAY, NAME).value = None

    assert load(roster, variant(samples, tmp_path, nameless)).ok
    li_si = record(roster, "E002")
    assert json.loads(li_si.day_cells)["6"] == "√"
    assert li_si.attended_days == 20  # 22 working days less two sick days, Friday included


def test_a_day_of_nobody_is_refused_with_its_row(roster, samples, tmp_path):  # noqa: F811
    def nobody(sheet):
        sheet.cell(LI_SI_FRIDAY, NAME).value = None
        sheet.cell(LI_SI_FRIDAY, ACCOUNT).value = "--"
        sheet.append([None] * 13)  # a blank line and a note under the table are no one's days
        sheet.append(["注：本表由企业微信导出"])

    result = load(roster, variant(samples, tmp_path, nobody))
    assert [str(p) for p in result.problems] == ["第40行 姓名: 有考勤数据，但没有姓名、账号或工号"]
    assert record(roster, "E002") is None


def test_a_day_without_the_account_is_refused_naming_both_rows(roster, samples, tmp_path):  # noqa: F811
    """Without its 账号 the row is known by name only: the same person twice, which the clerk
    settles in the file rather than hrdesk guessing."""

    def no_account(sheet):
        sheet.cell(LI_SI_FRIDAY, ACCOUNT).value = None

    result = load(roster, variant(samples, tmp_path, no_account))
    assert [str(p) for p in result.problems] == ["第40行 姓名: “李四”与第35行是同一人"]
