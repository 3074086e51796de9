"""The attendance files clerks bring (domain-cn.md §14): 钉钉 月度汇总 and 企业微信's daily
summary, recognised by their headers through a synonym table and read into one month per person.

Pure reading: rows of cells in, FileRows and problems out. 企业微信's punch-per-row layout is in
`punches`; hrdesk's own template is read by the import pipeline.
"""

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from hrdesk.domain.attendance import LEAVE_NAMES, ZERO, MonthAttendance, OvertimeHours
from hrdesk.messages import _
from hrdesk.spreadsheets import cells
from hrdesk.spreadsheets.errors import Problem

DINGTALK, WECOM, WECOM_PUNCHES, TEMPLATE = "钉钉", "企业微信", "企业微信打卡", "模板"
HEADER_SEARCH_ROWS = 30
LEAVER_MARK = re.compile(r"[(（]\s*(已)?离职\s*[)）]")
EMPTY = {"", "--", "-", "—", "/"}
_SPACES = re.compile(r"\s+")
# Which day a date is, for overtime a file does not type itself: 工作日, 休息日 or 节假日.
DayKind = Callable[[date], str]


@dataclass
class FileRow:
    """One person's month as a file gave it."""

    row: int  # Excel's row number (the person's first row)
    user_id: str = ""
    employee_no: str = ""
    name: str = ""
    figures: MonthAttendance = field(default_factory=MonthAttendance)


@dataclass
class LayoutRead:
    layout: str
    rows: list[FileRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def clean(value) -> str:
    """A header or cell as compared: half-width, no spaces, Chinese brackets unified."""
    if isinstance(value, str) and value.isascii():
        return value.replace(" ", "").strip()
    text = unicodedata.normalize("NFKC", cells.text(value))
    return _SPACES.sub("", text)


def person_name(value) -> str:
    """姓名 without a leaver's “（离职）”."""
    return LEAVER_MARK.sub("", cells.text(value)).strip()


def is_empty(value) -> bool:
    if value is None or value == "":
        return True
    if isinstance(value, int | float):
        return False
    return clean(value) in EMPTY


def number(value, header: str, row: int, problems: list[Problem]) -> Decimal:
    """A figure cell: blank and “--” are 0; anything else must be a number."""
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return Decimal(int(value)) if float(value).is_integer() else Decimal(str(value))
    if is_empty(value):
        return ZERO
    text = clean(value).rstrip("天时小分钟次")
    try:
        found = Decimal(text)
    except InvalidOperation:
        problems.append(
            Problem(row, header, _("“{value}”不是数字").format(value=cells.text(value)))
        )
        return ZERO
    if found < 0:
        problems.append(Problem(row, header, _("不能为负数")))
        return ZERO
    return found


def unit_of(header: str) -> str | None:
    """The unit a header names: 时, 天 or 分."""
    found = re.search(r"\((小时|时|h|天|日|d|分钟|分)\)", header, re.I)
    if found is None:
        return None
    unit = found.group(1).lower()
    return "时" if unit in ("小时", "时", "h") else "天" if unit in ("天", "日", "d") else "分"


def base_name(header: str) -> str:
    """A header without its bracketed unit or note: 事假(时) → 事假."""
    return re.sub(r"\(.*?\)", "", header)


def recognise(rows: list[list]) -> str | None:
    """The layout, by which headers the first rows carry; None when none fits."""
    seen = {clean(cell) for row in rows[:HEADER_SEARCH_ROWS] for cell in row}
    seen_bare = {base_name(text) for text in seen}
    if {"打卡类型", "实际打卡时间"} <= seen_bare:
        return WECOM_PUNCHES
    if "打卡状态" in seen_bare and ({"上班1", "基础信息"} & seen_bare):
        return WECOM
    if (
        "姓名" in seen_bare
        and ({"UserId", "userid", "考勤组", "出勤天数"} & seen_bare)
        and ("月份" not in seen_bare)
    ):
        return DINGTALK
    if {"工号", "月份"} <= seen_bare:
        return TEMPLATE
    return None


def header_rows(
    rows: list[list], anchor: str, leave: Mapping[str, str] = LEAVE_NAMES
) -> tuple[int, list[str]]:
    """(the index of the first data row, one name per column) for a two-row header whose first
    row holds anchor. Merged cells arrive filled; a group over sub-headers (请假 over 事假…,
    the names LEAVE gives leave) gives way to the sub-header, a column merged down keeps its
    one name."""
    top_index = next(
        i
        for i, row in enumerate(rows[:HEADER_SEARCH_ROWS])
        if anchor in {base_name(clean(c)) for c in row}
    )
    top = [clean(c) for c in rows[top_index]]
    below = rows[top_index + 1] if top_index + 1 < len(rows) else []
    second = [clean(c) for c in below] + [""] * (len(top) - len(below))
    bare = {base_name(text) for text in second}
    two_rows = (
        "姓名" in bare
        or bool({"打卡状态", "打卡时间", "部门"} & bare)
        or any(_WEEKDAY.match(text) for text in second)
        or any(name in leave for name in bare)
    )
    if not two_rows:
        return top_index + 1, top
    names, group = [], ""
    for index, upper in enumerate(top):
        group = upper or group
        lower = second[index] if index < len(second) else ""
        if lower and lower != upper:
            names.append(f"{group}|{lower}" if group else lower)
        else:
            names.append(upper or group)
    return top_index + 2, names


_WEEKDAY = re.compile(r"^(星期|周)?[一二三四五六日天]$")


def day_number(name: str) -> int | None:
    """The day of the month a day column stands for: “3”, “3日”, “03|二”, “3|星期二”."""
    head, _, tail = name.partition("|")
    found = re.fullmatch(r"0?([1-9]|[12]\d|3[01])日?", head)
    if found and (not tail or _WEEKDAY.match(tail)):
        return int(found.group(1))
    return None


# 钉钉's summary columns: the header without its unit → (field, the unit when none is given).
DINGTALK_FIELDS = {
    "UserId": ("user_id", None),
    "userid": ("user_id", None),
    "用户ID": ("user_id", None),
    "工号": ("employee_no", None),
    "姓名": ("name", None),
    "应出勤天数": ("required_days", "天"),
    "出勤天数": ("attended_days", "天"),
    "迟到次数": ("late_count", None),
    "迟到时长": ("late_minutes", "分"),
    "早退次数": ("early_count", None),
    "上班缺卡次数": ("missing_punches", None),
    "下班缺卡次数": ("missing_punches", None),
    "旷工天数": ("absent_days", "天"),
    "工作日加班": ("workday", "时"),
    "休息日加班": ("rest_day", "时"),
    "节假日加班": ("holiday", "时"),
    "加班总时长": ("overtime_total", "时"),
}
_OVERTIME_DAY = {"工作日": "workday", "休息日": "rest_day", "节假日": "holiday"}


def column_field(
    name: str, leave: Mapping[str, str] = LEAVE_NAMES
) -> tuple[str, str | None] | None:
    """What a 钉钉 column holds: (field, unit). Leave columns (named as LEAVE names leave)
    become leave:NAME; the newer overtime columns 休息日(转调休) become rest_day_lieu and
    休息日(转加班费) rest_day."""
    group, _, own = name.rpartition("|")
    unit = unit_of(own) or unit_of(group)
    bare = base_name(own)
    for day, field_name in _OVERTIME_DAY.items():
        if bare.startswith(day) and ("加班" in name or "调休" in name):
            lieu = "转调休" in name or ("调休" in own and "加班费" not in own)
            return (f"{field_name}_lieu" if lieu else field_name), unit or "时"
    if bare in DINGTALK_FIELDS:
        field_name, default = DINGTALK_FIELDS[bare]
        return field_name, unit or default
    if bare in leave and ("请假" in group or unit is not None):
        return f"leave:{leave[bare]}", unit or "天"
    return None


def _in_unit(amount: Decimal, unit: str | None, wanted: str) -> Decimal:
    """A figure in the unit a field keeps: leave in days, overtime in hours, lateness in minutes."""
    if unit is None or unit == wanted:
        return amount
    hours = amount * 8 if unit == "天" else amount / 60 if unit == "分" else amount
    return {"时": hours, "天": hours / 8, "分": hours * 60}[wanted]


def _leave_in_hours(values: dict[str, Decimal]) -> dict[str, Decimal]:
    return {k[6:]: v for k, v in values.items() if k.startswith("leave:") and v}


def read_dingtalk(rows: list[list], leave: Mapping[str, str] = LEAVE_NAMES) -> LayoutRead:
    """钉钉 月度汇总: title rows, a two-row header, one row per person, a column per day; its
    leave columns as LEAVE names leave (the company's own types among them)."""
    read = LayoutRead(DINGTALK)
    first, names = header_rows(rows, "姓名", leave)
    fields = {index: column_field(name, leave) for index, name in enumerate(names)}
    days = {index: day_number(name) for index, name in enumerate(names)}
    typed = any(f and f[0].startswith(("workday", "rest_day", "holiday")) for f in fields.values())
    if not typed and any(f and f[0] == "overtime_total" for f in fields.values()):
        read.warnings.append(
            Problem(
                first,
                "加班总时长",
                _("文件只有加班总时长，未分工作日/休息日/节假日，按工作日加班计"),
            )
        )
    day_columns = [(i, d) for i, d in days.items() if d is not None]
    plan = _column_plan(names, fields)
    name_index = next((i for i, f in fields.items() if f and f[0] == "name"), None)
    if name_index is None:
        return read
    for index in range(first, len(rows)):
        row = rows[index]
        if name_index >= len(row) or is_empty(row[name_index]):
            continue
        values, texts = _dingtalk_values(row, plan, index + 1, read.problems)
        daily = {}
        for column, day in day_columns:
            value = row[column] if column < len(row) else ""
            text = value.strip() if isinstance(value, str) else cells.text(value)
            if text and text not in EMPTY:
                daily[day] = text
        read.rows.append(_file_row(index + 1, texts, values, daily))
    return read


_TEXT_FIELDS = ("user_id", "employee_no", "name")
_COUNTS = ("late_count", "early_count", "missing_punches")


def _column_plan(names: list[str], fields: dict) -> list[tuple]:
    """(column, field, header, the file's unit, the unit the field keeps) for figure columns."""
    plan = []
    for index, found in fields.items():
        if found is None:
            continue
        field_name, unit = found
        if field_name in _TEXT_FIELDS or field_name in _COUNTS:
            wanted = unit = None
        elif field_name == "late_minutes":
            wanted = "分"
        elif field_name.startswith("leave:") or field_name.endswith("_days"):
            wanted = "天"
        else:
            wanted = "时"
        plan.append((index, field_name, names[index].split("|")[-1], unit, wanted))
    return plan


def _dingtalk_values(row: list, plan: list[tuple], number_: int, problems: list[Problem]):
    values: dict[str, Decimal] = {}
    texts: dict[str, str] = {}
    for index, field_name, header, unit, wanted in plan:
        value = row[index] if index < len(row) else ""
        if field_name in _TEXT_FIELDS:
            texts[field_name] = "" if is_empty(value) else cells.text(value)
            continue
        amount = number(value, header, number_, problems)
        if amount:
            amount = _in_unit(amount, unit, wanted) if wanted else amount
            values[field_name] = values.get(field_name, ZERO) + amount
    return values, texts


def _file_row(row: int, texts: dict, values: dict[str, Decimal], daily: dict[int, str]) -> FileRow:
    get = values.get
    workday = get("workday", ZERO) + (
        get("overtime_total", ZERO)
        if not any(k in values for k in ("workday", "rest_day", "holiday", "rest_day_lieu"))
        else ZERO
    )
    figures = MonthAttendance(
        required_days=values.get("required_days"),
        attended_days=values.get("attended_days"),
        absent_days=get("absent_days", ZERO),
        late_count=int(get("late_count", ZERO)),
        late_minutes=int(get("late_minutes", ZERO)),
        early_count=int(get("early_count", ZERO)),
        missing_punches=int(get("missing_punches", ZERO)),
        leave_days=_leave_in_hours(values),
        overtime=OvertimeHours(
            workday=workday,
            rest_day=get("rest_day", ZERO),
            holiday=get("holiday", ZERO),
            rest_day_lieu=get("rest_day_lieu", ZERO),
            workday_lieu=get("workday_lieu", ZERO),
            holiday_lieu=get("holiday_lieu", ZERO),
        ),
        days=daily,
    )
    return FileRow(
        row,
        texts.get("user_id", ""),
        texts.get("employee_no", ""),
        person_name(texts.get("name", "")),
        figures,
    )
