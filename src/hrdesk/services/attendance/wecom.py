"""企业微信's two attendance exports, a day (or a punch) per row, gathered into one month per person.

The daily summary (每日统计) has a two-row header — 基础信息 over 部门/职务/工号, 上班1 over
打卡时间/打卡状态 — and the older layout a row per punch (日期, 姓名, 部门, 打卡类型, 应打卡时间,
实际打卡时间, 打卡地点, 打卡状态, 备注, 假勤申请). “--” means empty. Overtime is typed by the
official calendar, since neither file says which kind of day it was.
"""

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from hrdesk.domain.attendance import (
    HOURS_PER_DAY,
    LEAVE_NAMES,
    ZERO,
    MonthAttendance,
    OvertimeHours,
)
from hrdesk.domain.attendance import leave_in_text as leave_named
from hrdesk.messages import _
from hrdesk.services.attendance.layouts import (
    WECOM,
    WECOM_PUNCHES,
    DayKind,
    FileRow,
    LayoutRead,
    base_name,
    header_rows,
    is_empty,
    number,
    person_name,
)
from hrdesk.spreadsheets import cells
from hrdesk.spreadsheets.errors import Problem

_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")


@dataclass
class _Person:
    row: int
    user_id: str = ""
    employee_no: str = ""
    name: str = ""
    late: int = 0
    late_minutes: int = 0
    early: int = 0
    missing: int = 0
    absent: set = field(default_factory=set)
    attended: set = field(default_factory=set)
    leave_hours: dict[str, Decimal] = field(default_factory=dict)
    overtime: dict[str, Decimal] = field(default_factory=dict)  # 工作日/休息日/节假日 → hours
    days: dict[int, list[str]] = field(default_factory=dict)
    applications: set = field(default_factory=set)  # (day, text) already counted


def _day(value, row: int, problems: list[Problem]) -> date | None:
    if isinstance(value, date):
        return value
    found = _DATE.search(cells.text(value))
    if found is None:
        try:
            return cells.parse_date(value)
        except cells.CellError:
            problems.append(
                Problem(row, "日期", _("“{value}”不是日期").format(value=cells.text(value)))
            )
            return None
    return date(*(int(part) for part in found.groups()))


def _column(names: list[str], *wanted: str) -> int | None:
    """The first column whose name (or sub-name after the group) is one of wanted."""
    for index, name in enumerate(names):
        own = name.rpartition("|")[2]
        if base_name(own) in wanted or base_name(name) in wanted:
            return index
    return None


def _note_status(person: _Person, day: date, status: str, punch: str) -> None:
    """A punch status: 迟到, 早退, 缺卡, 旷工 counted once per day and kind."""
    marks = person.days.setdefault(day.day, [])
    if "旷工" in status:
        person.absent.add(day)
        word = "旷工"
    elif "迟到" in status and punch != "下班":
        person.late += 1
        minutes = re.search(r"(\d+)\s*分", status)
        person.late_minutes += int(minutes.group(1)) if minutes else 0
        word = "迟到"
    elif "早退" in status and punch != "上班":
        person.early += 1
        word = "早退"
    elif "缺卡" in status or "未打卡" in status:
        person.missing += 1
        word = "缺卡"
    else:
        return
    if word not in marks:
        marks.append(word)


def _note_application(
    person: _Person, day: date, text: str, kind_of: DayKind, leave: Mapping[str, str]
) -> None:
    """A leave or overtime application shown on a day's row: a day's share at most per row,
    and the same text on the day's other rows counted once."""
    if (day, text) in person.applications:
        return
    person.applications.add((day, text))
    for name, amount, unit in leave_named(text, leave):
        hours = min(amount * HOURS_PER_DAY if unit == "天" else amount, HOURS_PER_DAY)
        if name == "加班":
            kind = kind_of(day)
            person.overtime[kind] = person.overtime.get(kind, ZERO) + amount * (
                HOURS_PER_DAY if unit == "天" else 1
            )
            person.days.setdefault(day.day, []).append(f"加班{amount}{unit}")
            continue
        person.leave_hours[name] = person.leave_hours.get(name, ZERO) + hours
        person.days.setdefault(day.day, []).append(f"{name}{hours}时")


def _rows_of(people: dict[str, _Person]) -> list[FileRow]:
    rows = []
    for person in people.values():
        overtime = person.overtime
        figures = MonthAttendance(
            attended_days=Decimal(len(person.attended)),
            absent_days=Decimal(len(person.absent)),
            late_count=person.late,
            late_minutes=person.late_minutes,
            early_count=person.early,
            missing_punches=person.missing,
            leave_days={k: v / HOURS_PER_DAY for k, v in person.leave_hours.items() if v},
            overtime=OvertimeHours(
                workday=overtime.get("工作日", ZERO),
                rest_day=overtime.get("休息日", ZERO),
                holiday=overtime.get("节假日", ZERO),
            ),
            days={day: "、".join(marks) or "√" for day, marks in person.days.items()},
        )
        rows.append(FileRow(person.row, person.user_id, person.employee_no, person.name, figures))
    return rows


def _cell(row: list, index: int | None):
    return row[index] if index is not None and index < len(row) else ""


def read_daily(
    rows: list[list], kind_of: DayKind, leave: Mapping[str, str] = LEAVE_NAMES
) -> LayoutRead:
    """每日统计: a row per person per day; leave as LEAVE names it."""
    read = LayoutRead(WECOM)
    first, names = header_rows(rows, "姓名", leave)
    at = {
        "date": _column(names, "日期", "时间"),
        "name": _column(names, "姓名"),
        "user_id": _column(names, "账号", "UserId"),
        "employee_no": _column(names, "工号"),
        "overtime": _column(names, "加班时长"),
        "application": _column(names, "假勤申请", "审批单"),
    }
    statuses = [
        (i, "下班" if "下班" in name else "上班")
        for i, name in enumerate(names)
        if base_name(name.rpartition("|")[2]) == "打卡状态"
    ]
    times = [i for i, name in enumerate(names) if base_name(name.rpartition("|")[2]) == "打卡时间"]
    people: dict[str, _Person] = {}
    for row, number_, day, person in _dated_rows(rows, first, at, people, read.problems):
        if any(not is_empty(_cell(row, i)) for i in times):
            person.attended.add(day)
        for i, punch in statuses:
            _note_status(person, day, cells.text(_cell(row, i)), punch)
        hours = number(_cell(row, at["overtime"]), "加班时长", number_, read.problems)
        if hours:
            kind = kind_of(day)
            person.overtime[kind] = person.overtime.get(kind, ZERO) + hours
            person.days.setdefault(day.day, []).append(f"加班{hours}时")
        text = _cell(row, at["application"])
        if not is_empty(text):
            _note_application(person, day, cells.text(text), kind_of, leave)
        person.days.setdefault(day.day, [])
    read.rows = _rows_of(people)
    return read


def _dated_rows(
    rows: list[list], first: int, at: dict, people: dict[str, _Person], problems: list[Problem]
) -> Iterator[tuple[list, int, date, _Person]]:
    """Each row with a name, 账号 or 工号 and a readable date (a bad date is a problem, the
    row skipped): the row, its number, its day and its person, the one both 企业微信 exports
    share. A day's figures with nobody to them is a problem, never dropped in silence."""
    for index in range(first, len(rows)):
        row, number_ = rows[index], index + 1
        if all(is_empty(_cell(row, at.get(key))) for key in ("name", "user_id", "employee_no")):
            if _day_of_nobody(row, at["date"]):
                problems.append(Problem(number_, "姓名", _("有考勤数据，但没有姓名、账号或工号")))
            continue
        day = _day(_cell(row, at["date"]), number_, problems)
        if day is not None:
            yield row, number_, day, _person(people, row, at, number_)


def _day_of_nobody(row: list, date_at: int | None) -> bool:
    """A dated row with something more in it: a blank line or a note under the table is not."""
    value = _cell(row, date_at)
    dated = isinstance(value, date) or _DATE.search(cells.text(value)) is not None
    return dated and any(not is_empty(cell) for i, cell in enumerate(row) if i != date_at)


def _person(people: dict[str, _Person], row: list, at: dict, number_: int) -> _Person:
    user_id = (
        "" if is_empty(_cell(row, at.get("user_id"))) else cells.text(_cell(row, at["user_id"]))
    )
    employee_no = (
        ""
        if is_empty(_cell(row, at.get("employee_no")))
        else cells.text(_cell(row, at["employee_no"]))
    )
    name = person_name(_cell(row, at["name"]))
    key = user_id or employee_no or name
    if key not in people:
        people[key] = _Person(number_, user_id, employee_no, name)
    person = people[key]
    # a day whose row lacks the name (or 工号) still belongs to the person its 账号 names
    person.name = person.name or name
    person.employee_no = person.employee_no or employee_no
    return person


def read_punches(
    rows: list[list], kind_of: DayKind, leave: Mapping[str, str] = LEAVE_NAMES
) -> LayoutRead:
    """The older export: a row per punch, people known by name (and 部门); leave as LEAVE
    names it."""
    read = LayoutRead(WECOM_PUNCHES)
    first, names = header_rows(rows, "打卡类型", leave)
    at = {
        "date": _column(names, "日期"),
        "name": _column(names, "姓名"),
        "type": _column(names, "打卡类型"),
        "time": _column(names, "实际打卡时间"),
        "status": _column(names, "打卡状态"),
        "application": _column(names, "假勤申请"),
        "employee_no": _column(names, "工号"),
        "user_id": _column(names, "账号"),
    }
    people: dict[str, _Person] = {}
    for row, _number, day, person in _dated_rows(rows, first, at, people, read.problems):
        if not is_empty(_cell(row, at["time"])):
            person.attended.add(day)
        punch = "下班" if "下班" in cells.text(_cell(row, at["type"])) else "上班"
        _note_status(person, day, cells.text(_cell(row, at["status"])), punch)
        text = _cell(row, at["application"])
        if not is_empty(text):
            _note_application(person, day, cells.text(text), kind_of, leave)
        person.days.setdefault(day.day, [])
    read.rows = _rows_of(people)
    return read
