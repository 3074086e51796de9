"""Demo attendance: last month as a 钉钉 月度汇总 would give it, imported the way a clerk would,
so the demo's 考勤 and 休假 screens and last month's payroll show it."""

import random
from datetime import date, timedelta

from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.services import payroll
from hrdesk.services.actor import Actor
from hrdesk.services.attendance.importing import plan_month, write_month
from hrdesk.services.calendar import work_calendar
from hrdesk.spreadsheets.reading import Sheet

HEADER = ["姓名", "工号", "UserId", "出勤天数", "迟到次数", "旷工天数"]
LEAVE = ["事假（时）", "病假（时）", "年假（天）"]
# Marks of a working day not worked at all: 出勤天数 leaves them out, as 钉钉 does.
FULL_DAYS_AWAY = {"事假8小时", "病假8小时", "年假1天"}
OVERTIME = ["工作日（转加班费）", "休息日（转加班费）", "节假日（转加班费）", "休息日（转调休）"]


def demo_month_sheet(session: Session, month: date, seed: int) -> Sheet:
    """Everyone employed in the month, mostly present, a few absences, leave and overtime."""
    rng = random.Random(seed)
    calendar = work_calendar(session, [month.year])
    days = [month + timedelta(days=n) for n in range((add_months(month, 1) - month).days)]
    rows = [
        [f"月度汇总  统计日期：{month:%Y-%m-%d} 至 {days[-1]:%Y-%m-%d}"],
        HEADER + ["请假"] * len(LEAVE) + ["加班"] * len(OVERTIME) + [str(d.day) for d in days],
        HEADER + LEAVE + OVERTIME + ["一二三四五六日"[d.weekday()] for d in days],
    ]
    workdays = [i for i, d in enumerate(days) if calendar.is_working_day(d)]
    for employee in payroll.employed_in(session, month):
        marks = ["正常" if calendar.is_working_day(d) else "休息" for d in days]
        personal = rng.choice((0, 0, 0, 0, 0, 4, 8))
        sick = rng.choice((0,) * 9 + (8, 16))
        annual = rng.choice((0,) * 7 + (1, 2))
        late = rng.choice((0, 0, 0, 0, 1, 2))
        workday_ot = rng.choice((0, 0, 0, 2, 4))
        rest_ot = rng.choice((0,) * 5 + (8,))
        picks = iter(rng.sample(workdays, 6))
        for text, present in (
            (f"事假{personal}小时", personal),
            *[("病假8小时", True)] * (sick // 8),
            *[("年假1天", True)] * annual,
            *[("迟到", True)] * late,
        ):
            spot = next(picks, None) if present else None  # 7 marks on 6 days: no 7th cell
            if spot is not None:
                marks[spot] = text
        away = sum(mark in FULL_DAYS_AWAY for mark in marks)
        rows.append(
            [employee.name, employee.employee_no, employee.employee_no, len(workdays) - away, late, 0,
             personal, sick, annual, workday_ot, rest_ot, 0, 0, *marks]
        )  # fmt: skip
    return Sheet("月度汇总", rows)


def build_attendance(session: Session, actor: Actor, month: date, today: date, seed: int) -> None:
    """Import the demo month as a clerk would, then calculate the month's payroll again."""
    result = plan_month(session, actor, demo_month_sheet(session, month, seed), month, today)
    if not result.ok:
        raise ValueError("；".join(str(p) for p in result.problems[:3]))
    write_month(session, actor, result, today)
    payroll.run(session, actor, month)
