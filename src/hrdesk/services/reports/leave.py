"""休假汇总: per employee, the year's annual leave (due, taken, left) and 调休 balance as the
leave balances work them out, the days taken of every other leave, and the ledger behind them."""

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk.domain.leave import ANNUAL, LIEU, EntryKind
from hrdesk.domain.phrases import Phrase
from hrdesk.domain.roles import Permission
from hrdesk.services import departments
from hrdesk.services.actor import Actor
from hrdesk.services.leave import balances, ensure_grants, entries
from hrdesk.services.leave.leave_types import offered_types
from hrdesk.services.reports.chart_data import BAR, ChartData, Series
from hrdesk.services.reports.common import ZERO, Period, Table
from hrdesk.storage.models import Employee, LeaveEntry

OTHER = "其他假"
BALANCE_HEADERS = [
    "工号",
    "姓名",
    "部门",
    "累计工作年限",
    "年休假应休",
    "年休假已休",
    "年休假剩余",
    "调休余额",
]
DETAIL_HEADERS = ["日期", "假期类型", "类别", "天数", "说明"]
REMAINING = BALANCE_HEADERS.index("年休假剩余")


def _taken_by_type(session: Session, year: int, names: list[str]) -> dict[tuple[int, str], Decimal]:
    """Days used in the year of each of the company's leave types but annual leave, per
    employee (uses are negative); a type no longer offered goes under 其他假."""
    taken: dict[tuple[int, str], Decimal] = defaultdict(lambda: ZERO)
    for employee_id, leave, days in session.execute(
        select(LeaveEntry.employee_id, LeaveEntry.leave, func.sum(LeaveEntry.days))
        .where(
            LeaveEntry.year == year,
            LeaveEntry.kind == EntryKind.USE.value,
            LeaveEntry.leave != ANNUAL,
        )
        .group_by(LeaveEntry.employee_id, LeaveEntry.leave)
    ):
        column = leave if leave in names else OTHER
        taken[employee_id, column] -= Decimal(days)
    return taken


def leave_summary(session: Session, actor: Actor, period: Period) -> Table:
    """One row per employee employed in the as-of date's year, as `hrdesk leave balances`."""
    actor.require(Permission.VIEW_EMPLOYEES)
    year = period.as_of.year
    paths = departments.paths(session)
    department_of = dict(session.execute(select(Employee.id, Employee.department_id)).all())
    names = [t.name for t in offered_types(session) if t.name != ANNUAL] + [OTHER]
    taken = _taken_by_type(session, year, names)
    headers = [*BALANCE_HEADERS, *[f"{name}已休" for name in names]]
    table = Table(f"{year}年休假汇总", headers)
    for row in balances(session, actor, year):
        table.rows.append(
            [
                row.employee_no,
                row.name,
                paths[department_of[row.employee_id]],
                row.years_of_work,
                row.entitled,
                row.taken,
                row.remaining,
                row.lieu,
                *[taken.get((row.employee_id, name), ZERO) for name in names],
            ]
        )
        table.keys.append(row.employee_id)
    table.total = [
        "合计",
        "",
        "",
        "",
        *[sum((r[i] for r in table.rows), ZERO) for i in range(4, len(headers))],
    ]
    table.note = Phrase(
        "{year}年（截止日期所在年度）台账合计，与“假期余额”导出相同：年休假应休 = 当年发放 + "
        "上年结转；已休含期初数据；剩余 = 应休 − 已休 − 作废；含已登记的全部请假（包括截止日期之后的）；"
        "部门按员工当前所属部门。",
        year=year,
    )
    table.chart = _chart(table)
    return table


def _chart(table: Table) -> ChartData:
    remaining: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for row in table.rows:
        remaining[row[2]] += row[REMAINING]
    shown = sorted(remaining)
    return ChartData(
        BAR,
        "各部门年休假剩余天数",
        [(name, name) for name in shown],
        [Series("年休假剩余", "年休假剩余", [remaining[name] for name in shown], "#4472C4")],
        "天",
    )


def leave_detail(session: Session, actor: Actor, key: int, period: Period) -> Table:
    """One employee's ledger entries of the year: grants, uses, carry-overs, expiries, 调休."""
    actor.require(Permission.VIEW_EMPLOYEES)
    year = period.as_of.year
    employee = session.get(Employee, key)
    ensure_grants(session, year, [employee])  # the year's grant, as the summary showed it
    kinds = set(
        session.scalars(
            select(LeaveEntry.leave).where(LeaveEntry.employee_id == key, LeaveEntry.year == year)
        )
    )
    order = [ANNUAL, LIEU, *sorted(kinds - {ANNUAL, LIEU})]
    table = Table(f"{employee.employee_no} {employee.name} {year}年假期台账", DETAIL_HEADERS)
    for leave in order:
        for entry in sorted(entries(session, key, leave, year), key=lambda e: e.on):
            table.rows.append([entry.on, entry.leave, entry.kind.value, entry.days, entry.note])
            table.keys.append(None)
    return table
