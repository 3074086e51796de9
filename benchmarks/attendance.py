"""Attendance import benchmark: a 钉钉 月度汇总 of 1,000 people × 31 days, the whole process
(read, recognise the layout, match people, check, write records, payroll inputs and the leave
ledger, audit), against the floor any import pays: calamine reading the file plus one
executemany of its rows into a bare table."""

import random
import shutil
import sqlite3
import time
from datetime import date, timedelta
from pathlib import Path

from timing import read_and_insert

MONTH = date(2026, 10, 1)  # 31 days, with the National Day holidays in it
SINGLE = ["姓名", "部门", "工号", "UserId", "出勤天数", "迟到次数", "旷工天数"]
LEAVE = ["事假（时）", "病假（时）", "年假（天）"]
OVERTIME = ["工作日（转加班费）", "休息日（转加班费）", "节假日（转加班费）", "休息日（转调休）"]


def dingtalk_file(path: Path, people: list[tuple[str, str]], month: date = MONTH) -> Path:
    """A 钉钉 月度汇总 for these (工号, 姓名), with a two-row header and a column per day."""
    from chinese_calendar import is_workday
    from openpyxl import Workbook

    rng = random.Random(7)
    days = [
        month + timedelta(days=n)
        for n in range(31)
        if (month + timedelta(days=n)).month == month.month
    ]
    book = Workbook(write_only=True)
    sheet = book.create_sheet("月度汇总")
    sheet.append([f"月度汇总  统计日期：{month:%Y-%m}-01 至 {days[-1]:%Y-%m-%d}"])
    sheet.append(
        SINGLE + ["请假"] * len(LEAVE) + ["加班"] * len(OVERTIME) + [str(d.day) for d in days]
    )
    sheet.append(SINGLE + LEAVE + OVERTIME + ["一二三四五六日"[d.weekday()] for d in days])
    for number, name in people:
        personal = rng.choice((0, 0, 0, 4, 8))
        sick = rng.choice((0, 0, 0, 0, 8, 16))
        cells = ["正常" if is_workday(d) else "休息" for d in days]
        if personal:
            cells[5] = f"事假{personal}小时"
        sheet.append(
            [name, "综合部", number, number, 20, rng.choice((0, 0, 1, 3)), 0,
             personal, sick, rng.choice((0, 0, 1)),
             rng.choice((0, 2, 4)), rng.choice((0, 0, 8)), rng.choice((0, 0, 8)), rng.choice((0, 0, 4)),
             *cells]
        )  # fmt: skip
    book.save(path)
    return path


def people_of(database: Path) -> list[tuple[str, str]]:
    connection = sqlite3.connect(database)
    try:
        return connection.execute(
            "SELECT employee_no, name FROM employees ORDER BY employee_no"
        ).fetchall()
    finally:
        connection.close()


def import_case(
    database_path: Path, workdir: Path, runs: int, median_pair
) -> tuple[float, float, int]:

    from hrdesk.services import attendance
    from hrdesk.services import database as workspace
    from hrdesk.services.actor import command_line_actor

    people = people_of(database_path)
    source = dingtalk_file(workdir / "钉钉月度汇总.xlsx", people)
    serial = iter(range(10**6))

    def ours() -> float:
        copy = workdir / f"attendance-{next(serial)}.db"
        shutil.copyfile(database_path, copy)
        database = workspace.open_workspace(copy)
        started = time.perf_counter()
        with database.sessions.begin() as session:
            plan = attendance.import_attendance(
                session, command_line_actor(), source, MONTH, date(2026, 11, 2)
            )
        elapsed = time.perf_counter() - started
        database.close()
        copy.unlink()
        assert plan.ok and plan.added == len(people), plan.problems[:3]
        return elapsed

    def floor() -> float:
        width = len(SINGLE) + len(LEAVE) + len(OVERTIME) + 31
        target = workdir / f"attendance-floor-{next(serial)}.db"
        return read_and_insert(source, target, 3, width)

    ours_median, floor_median = median_pair(ours, floor, runs)
    return ours_median, floor_median, len(people)
