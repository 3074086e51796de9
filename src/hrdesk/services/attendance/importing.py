"""Importing a month's attendance (导入考勤): recognise the file, match the people, check the
month is open, then replace the month at once — records, payroll inputs, leave ledger — audited.

Re-importing a month replaces it, so importing the same file twice changes nothing.
"""

from __future__ import annotations  # imports → payroll → attendance.feed: ImportPlan at call time

import json
import re
from datetime import date
from pathlib import Path

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from hrdesk.domain.attendance import (
    ZERO,
    MonthAttendance,
    OvertimeHours,
    PayrollFeed,
    hours_to_days,
    leave_names,
    payroll_feed,
)
from hrdesk.domain.leave import unpaid_names
from hrdesk.domain.roles import Permission
from hrdesk.domain.work_calendar import OutsideCalendar
from hrdesk.messages import _
from hrdesk.services import audit, imports, payroll
from hrdesk.services.actor import Actor
from hrdesk.services.attendance import layouts, wecom
from hrdesk.services.attendance.people import Matched, match_people
from hrdesk.services.attendance.rules import policy_of
from hrdesk.services.calendar import work_calendar
from hrdesk.services.leave import ledger
from hrdesk.services.leave.leave_types import company_types
from hrdesk.spreadsheets.errors import Problem
from hrdesk.spreadsheets.reading import Sheet, read_sheets
from hrdesk.storage.base import utc_now
from hrdesk.storage.models import AttendanceRecord, PayrollInput, PayrollMonth
from hrdesk.storage.payroll_lock import LOCKED_STATUSES, LockedMonthError

ENTITY = "attendance"
FED_FIELDS = (
    "personal_leave_days",
    "sick_leave_days",
    "workday_overtime_hours",
    "rest_day_overtime_hours",
    "holiday_overtime_hours",
)
_TITLE_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")


def read_file(session: Session, actor: Actor, sheet: Sheet, month: date, today: date):
    """(layout read, the template plan when the file is hrdesk's own template)."""
    layout = layouts.recognise(sheet.rows)
    calendar = work_calendar(session, [month.year])
    leave = leave_names(company_types(session))
    if layout in (layouts.WECOM, layouts.WECOM_PUNCHES):
        try:
            calendar.is_working_day(month)
        except OutsideCalendar as exc:  # overtime is typed by the calendar: it must be known
            read = layouts.LayoutRead(layout)
            read.problems.append(Problem(None, "日期", str(exc)))
            return read, None
    if layout == layouts.DINGTALK:
        read = layouts.read_dingtalk(sheet.rows, leave)
        read.problems += _title_month(sheet.rows, month)
        return read, None
    if layout == layouts.WECOM:
        return wecom.read_daily(sheet.rows, calendar.day_kind, leave), None
    if layout == layouts.WECOM_PUNCHES:
        return wecom.read_punches(sheet.rows, calendar.day_kind, leave), None
    if layout == layouts.TEMPLATE:
        found = imports.plan(session, actor, "attendance", sheet, today)
        return _from_template(found, month), found
    read = layouts.LayoutRead("")
    read.problems.append(
        Problem(
            None,
            None,
            _(
                "无法识别的考勤文件：请用钉钉“月度汇总”、企业微信“每日统计”或“打卡记录”导出，"
                "或hrdesk的考勤模板（hrdesk template attendance）"
            ),
        )
    )
    return read, None


def _title_month(rows: list[list], month: date) -> list[Problem]:
    """钉钉 titles say the dates they cover: a file of another month is refused."""
    for index, row in enumerate(rows[:3]):
        for cell in row:
            found = _TITLE_DATE.search(layouts.clean(cell))
            if found and "日期" in layouts.clean(cell):
                covered = date(int(found.group(1)), int(found.group(2)), 1)
                if covered != month:
                    return [
                        Problem(
                            index + 1,
                            None,
                            _(
                                "文件的统计月份是{covered:%Y-%m}，与导入的月份{month:%Y-%m}不符"
                            ).format(covered=covered, month=month),
                        )
                    ]
                return []
    return []


def _from_template(found: imports.ImportPlan, month: date) -> layouts.LayoutRead:
    read = layouts.LayoutRead(layouts.TEMPLATE, problems=list(found.problems))
    for parsed in found.rows:
        values = parsed.values
        if values.get("month") not in (None, month):
            read.problems.append(
                Problem(
                    parsed.row,
                    "月份",
                    _("{found:%Y-%m} 与导入的月份{month:%Y-%m}不符").format(
                        found=values["month"], month=month
                    ),
                )
            )
            continue
        get = lambda name, values=values: values.get(name, ZERO)  # noqa: E731
        leave = {
            "事假": get("personal_leave_days"),
            "病假": get("sick_leave_days"),
            "年休假": get("annual_leave_days"),
            "调休": get("lieu_days"),
            **{k[6:]: v for k, v in values.items() if k.startswith("leave:")},
        }
        figures = MonthAttendance(
            required_days=values.get("required_days"),
            attended_days=values.get("attended_days"),
            absent_days=get("absent_days"),
            late_count=int(get("late_count")),
            leave_days={k: v for k, v in leave.items() if v},
            overtime=OvertimeHours(
                workday=get("workday_overtime_hours"),
                rest_day=get("rest_day_overtime_hours"),
                holiday=get("holiday_overtime_hours"),
                rest_day_lieu=get("rest_day_lieu_hours"),
            ),
        )
        read.rows.append(
            layouts.FileRow(parsed.row, "", values["employee_no"], values.get("name", ""), figures)
        )
    return read


def month_closed(session: Session, month: date) -> str | None:
    """Why a month's attendance may no longer change: its payroll, or a later one, is approved."""
    locked = session.scalar(
        select(PayrollMonth.month)
        .where(PayrollMonth.month >= month, PayrollMonth.status.in_(LOCKED_STATUSES))
        .order_by(PayrollMonth.month)
    )
    if locked is None:
        return None
    if locked == month:
        return _("{month:%Y-%m} 工资已审核锁定，不能再导入该月考勤").format(month=month)
    return _("{locked:%Y-%m} 工资已审核，{month:%Y-%m} 的考勤不能再改动").format(
        locked=locked, month=month
    )


def record_values(month: date, source: str, matched: Matched, feed: PayrollFeed) -> dict:
    """The attendance_records row for one person, leave rounded down to the hundredth."""
    figures = matched.row.figures
    hours = figures.overtime
    return {
        "month": month,
        "employee_id": matched.employee_id,
        "source": source,
        "file_row": matched.row.row,
        "required_days": figures.required_days,
        "attended_days": figures.attended_days,
        "absent_days": hours_to_days(figures.absent_days * 8),
        "late_count": figures.late_count,
        "late_minutes": figures.late_minutes,
        "early_count": figures.early_count,
        "missing_punches": figures.missing_punches,
        "workday_overtime_hours": hours.workday,
        "rest_day_overtime_hours": hours.rest_day,
        "holiday_overtime_hours": hours.holiday,
        "rest_day_lieu_hours": hours.rest_day_lieu,
        "other_lieu_hours": hours.workday_lieu + hours.holiday_lieu,
        "leave_days": json.dumps(
            {k: str(hours_to_days(v * 8)) for k, v in sorted(figures.leave_days.items())},
            ensure_ascii=False,
        ),
        "day_cells": json.dumps(
            {str(k): v for k, v in sorted(figures.days.items())}, ensure_ascii=False
        ),
        "fed": json.dumps(
            {
                **{name: str(getattr(feed, name)) for name in FED_FIELDS},
                "lieu_credit_days": str(feed.lieu_credit_days),
                "late_count": feed.late_count,
            },
            ensure_ascii=False,
        ),
        "late_deduction": feed.late_deduction,
    }


def rounded(figures: MonthAttendance) -> MonthAttendance:
    """Days to the hundredth, rounded down (a deduction or a use never exceeds the file)."""
    return MonthAttendance(
        figures.required_days,
        figures.attended_days,
        hours_to_days(figures.absent_days * 8),
        figures.late_count,
        figures.late_minutes,
        figures.early_count,
        figures.missing_punches,
        {k: hours_to_days(v * 8) for k, v in figures.leave_days.items()},
        figures.overtime,
        figures.days,
    )


def plan_month(
    session: Session, actor: Actor, sheet: Sheet, month: date, today: date
) -> imports.ImportPlan:
    """Everything an import would do, worked out without writing."""
    actor.require(Permission.IMPORT_EXPORT)
    actor.require(Permission.RUN_PAYROLL)
    read, template = read_file(session, actor, sheet, month, today)
    result = imports.ImportPlan(
        "attendance",
        sheet.name,
        template.header_row if template else 0,
        template.header if template else [],
        template.mapping if template else {},
    )
    result.warnings += read.warnings
    closed = month_closed(session, month)
    if closed:
        result.problems.append(Problem(None, "月份", closed))
    matched = match_people(session, read, month) if read.layout else []
    result.problems += read.problems
    if not read.rows and not result.problems:
        result.problems.append(Problem(None, None, _("文件中没有考勤数据行")))
    policy, rule = policy_of(session)
    unpaid = unpaid_names(company_types(session))  # 事假 and the company's unpaid types
    existing = {
        r.employee_id: r
        for r in session.scalars(select(AttendanceRecord).where(AttendanceRecord.month == month))
    }
    records = []
    for person in matched:
        person = Matched(person.employee_id, _with_rounding(person.row))
        feed = payroll_feed(person.row.figures, policy, rule, unpaid)
        for note in feed.notes:
            result.warnings.append(Problem(person.row.row, None, note))
        values = record_values(month, read.layout, person, feed)
        old = existing.get(person.employee_id)
        if old is None:
            result.added += 1
        elif _same(old, values):
            result.unchanged += 1
        else:
            result.updated += 1
        records.append((values, feed, person.row.figures))
    if rule.enabled:
        result.notes.append(
            _("迟到扣款按公司制度（{rule}）计入缺勤扣款").format(
                rule=rule.written_rule or _("未写明出处")
            )
        )
    result.writes = [(month, read.layout, records, set(existing))]
    return result


def _with_rounding(row: layouts.FileRow) -> layouts.FileRow:
    return layouts.FileRow(row.row, row.user_id, row.employee_no, row.name, rounded(row.figures))


def _same(old: AttendanceRecord, values: dict) -> bool:
    keep = {"imported_at", "imported_by", "file_row"}
    return all(getattr(old, k) == v for k, v in values.items() if k not in keep)


def write_month(session: Session, actor: Actor, result: imports.ImportPlan, today: date) -> None:
    """Replace the month: its records, the attendance-fed payroll inputs, its ledger entries."""
    month, source, records, before = result.writes[0]
    closed = month_closed(session, month)
    if closed:  # approved since the plan was made
        raise LockedMonthError(closed)
    session.execute(delete(AttendanceRecord).where(AttendanceRecord.month == month))
    now = utc_now()
    if records:
        session.execute(
            insert(AttendanceRecord.__table__),
            [
                {**values, "imported_by": actor.name, "imported_at": now}
                for values, _f, _m in records
            ],
        )
    fed = {values["employee_id"]: feed for values, feed, _m in records}
    feed_payroll(session, actor, month, {i: fed.get(i) for i in set(fed) | before})
    ledger.replace_attendance_entries(
        session,
        actor,
        month,
        {
            values["employee_id"]: (figures, fed[values["employee_id"]])
            for values, _f, figures in records
        },
    )
    audit.record(
        session,
        actor,
        "导入考勤",
        ENTITY,
        f"{month:%Y-%m}",
        "来源",
        None,
        f"{source}：{len(records)}人",
    )
    session.flush()


def feed_payroll(session: Session, actor: Actor, month: date, feeds: dict) -> None:
    """Set the attendance fields of the month's payroll inputs in one pass, keeping what the
    clerk entered by hand (performance pay, bonuses, other items); someone no longer in the
    file gets 0. Each changed figure is audited as a payroll input change is."""
    row = payroll.month_row(session, month)
    current = {
        i.employee_id: i
        for i in session.scalars(select(PayrollInput).where(PayrollInput.month_id == row.id))
    }
    lines, added = [], []
    for employee_id, feed in sorted(feeds.items()):
        values = {n: getattr(feed, n) if feed is not None else ZERO for n in FED_FIELDS}
        entered = current.get(employee_id)
        if entered is None:
            if any(values.values()):  # nothing entered and nothing to take: no empty row
                fields = dict.fromkeys(payroll.INPUT_FIELDS, ZERO) | values
                added.append({"month_id": row.id, "employee_id": employee_id, **fields})
            continue
        for name, value in values.items():
            old = getattr(entered, name)
            if old != value:
                where = f"{month:%Y-%m}/{employee_id}"
                lines.append(("修改工资录入", payroll.ENTITY, where, name, old, value))
                setattr(entered, name, value)
    if added:
        session.execute(insert(PayrollInput.__table__), added)
    audit.record_many(session, actor, lines)
    if (lines or added) and row.status == payroll.CALCULATED:
        row.status = payroll.DRAFT  # the figures no longer match the inputs: run again
    session.flush()


def attendance_sheet(sheets: list[Sheet]) -> Sheet:
    """The first sheet that looks like attendance (the 钉钉 export has a notes sheet too)."""
    return next((s for s in sheets if layouts.recognise(s.rows)), sheets[0])


def commit_month(
    session: Session, actor: Actor, sheet_name: str, result: imports.ImportPlan, today: date
) -> None:
    """Write a plan that checked out, and say which sheet it came from in the audit trail."""
    write_month(session, actor, result, today)
    audit.record(
        session,
        actor,
        "导入",
        "attendance",
        None,
        "工作表",
        None,
        f"{sheet_name}：{result.summary()}",
    )


def import_attendance(
    session: Session,
    actor: Actor,
    path: Path,
    month: date,
    today: date,
    *,
    dry_run: bool = False,
) -> imports.ImportPlan:
    """The command line's import: the first sheet that looks like attendance, all or nothing."""
    sheet = attendance_sheet(read_sheets(path))
    result = plan_month(session, actor, sheet, month, today)
    if result.ok and not dry_run:
        commit_month(session, actor, sheet.name, result, today)
    return result
