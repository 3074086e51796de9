"""考勤汇总: the imported attendance months by month and department — days due and attended,
事假, 病假 and 旷工 days, late arrivals and overtime hours — and the people behind each row."""

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.services import departments
from hrdesk.services.actor import Actor
from hrdesk.services.attendance.sheet import record_totals
from hrdesk.services.reports.chart_data import STACKED, ChartData, Series
from hrdesk.services.reports.common import ZERO, Period, Table, month_label
from hrdesk.storage.models import AttendanceRecord, Employee

# Figures of one person's month, as the monthly attendance sheet (考勤表) names them.
FIGURES = (
    "应出勤天数",
    "出勤天数",
    "事假天数",
    "病假天数",
    "旷工天数",
    "迟到次数",
    "工作日加班小时",
    "休息日加班小时",
    "法定节假日加班小时",
)
OVERTIME = FIGURES[6:]
COLUMNS = [*FIGURES[:6], "加班小时", "工作日加班小时", "休息日加班小时", "节假日加班小时"]
HEADERS = ["月份", "部门", "人数", *COLUMNS]
DETAIL_HEADERS = ["工号", "姓名", "部门", *COLUMNS]
ABSENCES = (("事假天数", "事假", "#4472C4"), ("病假天数", "病假", "#ED7D31"), ("旷工天数", "旷工", "#C00000"))  # fmt: skip


def _figures(record: AttendanceRecord) -> list[Decimal]:
    """One record's figures in COLUMNS order. 应出勤 and 出勤 the file did not give stay None
    (钉钉 gives no days due); any other figure not given counts as 0."""
    totals = record_totals(record)
    values = [totals.get(name) or ZERO for name in FIGURES]
    values[:2] = [totals.get(name) for name in FIGURES[:2]]  # not given: blank, not 0
    values[5] = int(values[5])  # 迟到次数 is a count
    overtime = sum(values[6:], ZERO)
    return [*values[:6], overtime, *values[6:]]


def _records(session: Session, period: Period, department_id: int | None = None):
    query = (
        select(AttendanceRecord, Employee.employee_no, Employee.name, Employee.department_id)
        .join(Employee, Employee.id == AttendanceRecord.employee_id)
        .where(AttendanceRecord.month >= period.first, AttendanceRecord.month <= period.last)
    )
    if department_id is not None:
        query = query.where(Employee.department_id == department_id)
    return session.execute(query)


def _zeros() -> list:
    """人数 and each figure at nought: counts as int, days and hours as Decimal."""
    return [0, None, None, *[0 if name == "迟到次数" else ZERO for name in COLUMNS[2:]]]


def _add(into: list, values: list) -> None:
    """Adds figure by figure; None (not given) adds nothing, and stays None if nothing does."""
    for i, value in enumerate(values):
        if value is not None:
            into[i] = value if into[i] is None else into[i] + value


def attendance_summary(session: Session, actor: Actor, period: Period) -> Table:
    """One row per imported month × department (by the employee's department today)."""
    actor.require(Permission.VIEW_PAYROLL)
    paths = departments.paths(session)
    sums: dict[tuple[date, int], list] = defaultdict(_zeros)
    for record, _no, _name, department in _records(session, period):
        entry = sums[record.month, department]
        entry[0] += 1
        _add(entry, [0, *_figures(record)])
    table = Table("考勤汇总", HEADERS)
    for (month, department), figures in sorted(
        sums.items(), key=lambda item: (item[0][0], paths[item[0][1]])
    ):
        table.rows.append([month_label(month), paths[department], *figures])
        table.keys.append((month, department))
    total = _zeros()
    for row in table.rows:
        _add(total, row[2:])
    table.total = ["合计", "", "", *total[1:]]
    table.note = (
        "来自已导入的考勤月份；部门按员工当前所属部门归集；人数为当月有考勤记录的人数；"
        "文件未给出应出勤或出勤天数时留空（钉钉月度汇总不给应出勤天数），其他未给出的数按0计；加班小时 = 工作日 + 休息日 + 节假日加班小时（含转调休的小时）。"
    )
    table.chart = _chart(period.months(), sums)
    return table


def _chart(months: list[date], sums) -> ChartData:
    at = {name: 1 + COLUMNS.index(name) for name, _label, _colour in ABSENCES}
    series = [
        Series(
            label,
            label,
            [
                sum((v[at[name]] for (m, _d), v in sums.items() if m == month), ZERO)
                for month in months
            ],
            colour,
        )
        for name, label, colour in ABSENCES
    ]
    return ChartData(
        STACKED,
        "每月缺勤天数（事假、病假、旷工）",
        [(m, month_label(m)) for m in months],
        series,
        "天",
    )


def attendance_detail(
    session: Session, actor: Actor, key: tuple[date, int], period: Period
) -> Table:
    """The employees behind one month × department row."""
    actor.require(Permission.VIEW_PAYROLL)
    month, department = key
    paths = departments.paths(session)
    table = Table(f"{month_label(month)} {paths[department]} 考勤明细", DETAIL_HEADERS)
    rows = _records(session, Period(month, month, month), department)
    for record, no, name, department_id in sorted(rows, key=lambda r: r[1]):
        table.rows.append([no, name, paths[department_id], *_figures(record)])
        table.keys.append(None)
    total = _zeros()[1:]
    for row in table.rows:
        _add(total, row[3:])
    table.total = ["合计", "", "", *total]
    return table
