"""Demo attendance: last month as a 钉钉 月度汇总 would give it, imported the way a clerk would,
so the demo's 考勤 and 休假 screens and last month's payroll show it."""

import random
from datetime import date, timedelta

from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.work_calendar import WorkCalendar
from hrdesk.services import leave, payroll
from hrdesk.services.actor import Actor
from hrdesk.services.attendance.importing import plan_month, write_month
from hrdesk.services.calendar import work_calendar
from hrdesk.spreadsheets.reading import Sheet
from hrdesk.storage.models import Employee

HEADER = ["姓名", "工号", "UserId", "出勤天数", "迟到次数", "旷工天数"]
LEAVE = ["事假（时）", "病假（时）", "年假（天）"]
# Marks of a working day not worked at all: 出勤天数 leaves them out, as 钉钉 does.
FULL_DAYS_AWAY = {"事假8小时", "病假8小时", "年假1天", "旷工"}
OVERTIME = ["工作日（转加班费）", "休息日（转加班费）", "节假日（转加班费）", "休息日（转调休）"]
NOT_EMPLOYED = "--"  # a day before joining or after leaving, blank in 钉钉


def demo_month_sheet(session: Session, actor: Actor, month: date, seed: int) -> Sheet:
    """Everyone employed in the month, each their own way: mostly present, a few absences,
    leave, late arrivals and overtime; annual leave only from what the year has left."""
    rng = random.Random(seed)
    calendar = work_calendar(session, [month.year])
    days = [month + timedelta(days=n) for n in range((add_months(month, 1) - month).days)]
    rows = [
        [f"月度汇总  统计日期：{month:%Y-%m-%d} 至 {days[-1]:%Y-%m-%d}"],
        HEADER + ["请假"] * len(LEAVE) + ["加班"] * len(OVERTIME) + [str(d.day) for d in days],
        HEADER + LEAVE + OVERTIME + ["一二三四五六日"[d.weekday()] for d in days],
    ]
    annual_left = {
        row.employee_id: row.remaining for row in leave.balances(session, actor, month.year)
    }
    for employee in payroll.employed_in(session, month):
        left = int(max(annual_left.get(employee.id, 0), 0))
        rows.append(_person_row(rng, employee, days, calendar, left))
    return Sheet("月度汇总", rows)


def _person_row(
    rng: random.Random, employee: Employee, days: list[date], calendar: WorkCalendar, annual: int
) -> list:
    """One person's line: marks on the days employed, and the figures counted from the marks,
    so the totals and the days always agree."""
    employed = [
        employee.hire_date <= day
        and (employee.leaving_date is None or day <= employee.leaving_date)
        for day in days
    ]
    marks = [
        NOT_EMPLOYED if not on else "正常" if calendar.is_working_day(day) else "休息"
        for day, on in zip(days, employed, strict=True)
    ]
    workdays = [i for i, mark in enumerate(marks) if mark == "正常"]
    rest_days = [i for i, mark in enumerate(marks) if mark == "休息"]
    wanted = [
        *["事假8小时"] * rng.choice((0,) * 6 + (1, 2)),
        *["事假4小时"] * rng.choice((0,) * 5 + (1,)),
        *["病假8小时"] * rng.choice((0,) * 9 + (1, 2)),
        *["年假1天"] * min(rng.choice((0,) * 6 + (1, 2, 3)), annual),
        *["旷工"] * rng.choice((0,) * 15 + (1,)),
        *["迟到"] * rng.choice((0, 0, 0, 0, 1, 2, 3)),
    ]
    spots = rng.sample(workdays, min(len(wanted), len(workdays)))
    for spot, text in zip(spots, wanted, strict=False):
        marks[spot] = text
    workday_ot = _overtime(rng, marks, workdays, "正常", rng.choice((0, 0, 0, 2, 3, 4)))
    rest_ot = _overtime(rng, marks, rest_days, "休息", rng.choice((0,) * 5 + (4, 8)))
    lieu_ot = _overtime(rng, marks, rest_days, "休息", rng.choice((0,) * 7 + (8,)), "（转调休）")
    count = marks.count
    return [
        employee.name, employee.employee_no, employee.employee_no,
        sum(mark not in FULL_DAYS_AWAY for mark in (marks[i] for i in workdays)),
        count("迟到"), count("旷工"),
        8 * count("事假8小时") + 4 * count("事假4小时"), 8 * count("病假8小时"), count("年假1天"),
        workday_ot, rest_ot, 0, lieu_ot, *marks,
    ]  # fmt: skip


def _overtime(
    rng: random.Random, marks: list[str], days: list[int], free: str, hours: int, as_: str = ""
) -> int:
    """Hours of overtime on one day still marked free (正常 or 休息); 0 when none is."""
    free_days = [i for i in days if marks[i] == free]
    if not hours or not free_days:
        return 0
    spot = rng.choice(free_days)
    marks[spot] = f"{'正常 ' if free == '正常' else ''}加班{hours}小时{as_}"
    return hours


def build_attendance(session: Session, actor: Actor, month: date, today: date, seed: int) -> None:
    """Import the demo month as a clerk would, then calculate the month's payroll again."""
    sheet = demo_month_sheet(session, actor, month, seed)
    result = plan_month(session, actor, sheet, month, today)
    if not result.ok:
        raise ValueError("；".join(str(p) for p in result.problems[:3]))
    write_month(session, actor, result, today)
    payroll.run(session, actor, month)
