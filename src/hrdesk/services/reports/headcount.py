"""人数与离职率: headcount at each month's start and end, who joined and who left."""

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.dso import turnover_rate
from hrdesk.domain.employees import EmployeeStatus
from hrdesk.domain.roles import Permission
from hrdesk.services import departments
from hrdesk.services.actor import Actor
from hrdesk.services.reports.chart_data import BAR, ChartData, Series
from hrdesk.services.reports.common import Period, Table, month_end, month_label
from hrdesk.storage.models import Employee

HEADERS = ["月份", "期初人数", "入职人数", "离职人数", "期末人数", "离职率"]
DETAIL_HEADERS = ["工号", "姓名", "部门", "变动", "日期"]
JOINED, LEFT = "入职", "离职"


def _people(session: Session):
    """(id, 工号, 姓名, department, hire date, last day or None) of everyone ever employed.
    Someone marked 离职 without a last working day is left out: when they left is unknown,
    and payroll does not count them either."""
    rows = session.execute(
        select(
            Employee.id,
            Employee.employee_no,
            Employee.name,
            Employee.department_id,
            Employee.hire_date,
            Employee.leaving_date,
            Employee.status,
        )
    )
    return [r[:6] for r in rows if not (r[6] == EmployeeStatus.LEFT.value and r[5] is None)]


def employed_at_end(hire: date, last_day: date | None, day: date) -> bool:
    """On the books when the day ends: hired by then and not left on or before it."""
    return hire <= day and (last_day is None or last_day > day)


def headcount(session: Session, actor: Actor, period: Period) -> Table:
    """One row per month: 期初 (the end of the month before), 入职, 离职, 期末, 离职率 = 离职 ÷
    the average of 期初 and 期末. 期末 = 期初 + 入职 − 离职."""
    actor.require(Permission.VIEW_EMPLOYEES)
    people = _people(session)
    table = Table("人数与离职率", HEADERS, percent_columns=(5,))
    for month in period.months():
        end = month_end(month)
        opening = sum(employed_at_end(p[4], p[5], month - timedelta(days=1)) for p in people)
        joined = sum(month <= p[4] <= end for p in people)
        left = sum(p[5] is not None and month <= p[5] <= end for p in people)
        closing = sum(employed_at_end(p[4], p[5], end) for p in people)
        table.rows.append(
            [
                month_label(month),
                opening,
                joined,
                left,
                closing,
                turnover_rate(left, opening, closing),
            ]
        )
        table.keys.append(month)
    if table.rows:
        joined = sum(r[2] for r in table.rows)
        left = sum(r[3] for r in table.rows)
        opening, closing = table.rows[0][1], table.rows[-1][4]
        table.total = [
            "合计",
            opening,
            joined,
            left,
            closing,
            turnover_rate(left, opening, closing),
        ]
    table.note = (
        "期初人数为上月末在册人数；离职按最后工作日计入当月；离职率 = 离职人数 ÷ (期初 + 期末) / 2；"
        "合计行为整个期间。"
    )
    months = period.months()
    table.chart = ChartData(
        BAR,
        "每月入职与离职人数",
        [(m, month_label(m)) for m in months],
        [
            Series(JOINED, "入职人数", [r[2] for r in table.rows], "#4472C4"),
            Series(LEFT, "离职人数", [r[3] for r in table.rows], "#C00000"),
        ],
        "人",
    )
    return table


def headcount_detail(session: Session, actor: Actor, key: date, period: Period) -> Table:
    """Who joined and who left in the month."""
    actor.require(Permission.VIEW_EMPLOYEES)
    month, end = key, month_end(key)
    paths = departments.paths(session)
    table = Table(f"{month_label(month)} 入职与离职名单", DETAIL_HEADERS)
    moves = []
    for _id, no, name, department, hire, last_day in _people(session):
        if month <= hire <= end:
            moves.append([no, name, paths[department], JOINED, hire])
        if last_day is not None and month <= last_day <= end:
            moves.append([no, name, paths[department], LEFT, last_day])
    moves.sort(key=lambda r: (r[3], r[4], r[0]))
    table.rows = moves
    table.keys = [None] * len(moves)
    return table
