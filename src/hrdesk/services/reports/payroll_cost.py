"""人工成本: labour cost by department and month from approved payroll months — 应发工资 (with
the year-end bonus paid that month: a cost like any wage), the employer's social insurance
and housing fund (单位社保公积金), and their sum."""

import json
from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.services import departments
from hrdesk.services.actor import Actor
from hrdesk.services.reports.chart_data import STACKED, ChartData, Series
from hrdesk.services.reports.common import ZERO, Period, Table, month_label
from hrdesk.storage.base import as_money
from hrdesk.storage.models import Employee, PayrollMonth, Payslip
from hrdesk.storage.payroll_lock import LOCKED_STATUSES

HEADERS = ["月份", "部门", "人数", "应发工资", "单位社保公积金", "人工成本合计"]
DETAIL_HEADERS = ["工号", "姓名", "部门", "应发工资", "单位社保公积金", "人工成本合计"]
EMPLOYER_SUFFIX = "(单位)"
WAN = Decimal(10000)


def employer_contributions(detail: str) -> Decimal:
    """The employer's part of every social insurance item and the housing fund on a payslip."""
    figures = json.loads(detail)
    return sum((Decimal(v) for k, v in figures.items() if k.endswith(EMPLOYER_SUFFIX)), ZERO)


def approved_slips(period: Period, *columns):
    """Month, employee id, 工号, 姓名 and department of every payslip of the period's approved
    months, then `columns`: the query both payroll reports start from."""
    return (
        select(
            PayrollMonth.month,
            Employee.id,
            Employee.employee_no,
            Employee.name,
            Employee.department_id,
            *columns,
        )
        .join(Payslip, Payslip.month_id == PayrollMonth.id)
        .join(Employee, Employee.id == Payslip.employee_id)
        .where(
            PayrollMonth.status.in_(LOCKED_STATUSES),
            PayrollMonth.month >= period.first,
            PayrollMonth.month <= period.last,
        )
    )


def _slips(session: Session, period: Period, department_id: int | None = None):
    query = approved_slips(
        period, as_money(Payslip.gross + Payslip.annual_bonus).label("paid"), Payslip.detail
    )
    if department_id is not None:
        query = query.where(Employee.department_id == department_id)
    return session.execute(query)


def payroll_cost(session: Session, actor: Actor, period: Period) -> Table:
    """One row per approved month × department (by the employee's department today)."""
    actor.require(Permission.VIEW_PAYROLL)
    paths = departments.paths(session)
    sums: dict[tuple[date, int], list] = defaultdict(lambda: [0, ZERO, ZERO])
    for month, _id, _no, _name, department, gross, detail in _slips(session, period):
        entry = sums[month, department]
        entry[0] += 1
        entry[1] += gross
        entry[2] += employer_contributions(detail)
    table = Table("人工成本", HEADERS)
    for (month, department), (count, gross, employer) in sorted(
        sums.items(), key=lambda item: (item[0][0], paths[item[0][1]])
    ):
        table.rows.append(
            [month_label(month), paths[department], count, gross, employer, gross + employer]
        )
        table.keys.append((month, department))
    table.total = [
        "合计",
        "",
        "",
        *[sum((r[i] for r in table.rows), ZERO) for i in (3, 4, 5)],
    ]
    table.note = (
        "仅含已审核的工资月份；应发工资含当月发放的全年一次性奖金；部门按员工当前所属部门归集；"
        "人数为当月有工资条的人数。"
    )
    table.chart = _chart(table, [m for m in period.months()], paths, sums)
    return table


def _chart(table: Table, months: list[date], paths, sums) -> ChartData:
    shown = sorted({d for _m, d in sums}, key=lambda d: paths[d])
    series = [
        Series(
            department,
            paths[department],
            [
                sums[m, department][1] + sums[m, department][2] if (m, department) in sums else 0
                for m in months
            ],
        )
        for department in shown
    ]
    return ChartData(
        STACKED,
        "各部门人工成本（万元）",
        [(m, month_label(m)) for m in months],
        series,
        "万元",
        WAN,
    )


def payroll_cost_detail(
    session: Session, actor: Actor, key: tuple[date, int], period: Period
) -> Table:
    """The employees behind one month × department figure."""
    actor.require(Permission.VIEW_PAYROLL)
    month, department = key
    paths = departments.paths(session)
    table = Table(f"{month_label(month)} {paths[department]} 人工成本明细", DETAIL_HEADERS)
    rows = _slips(session, Period(month, month, month), department)
    for _month, _id, no, name, department_id, gross, detail in sorted(rows, key=lambda r: r[2]):
        employer = employer_contributions(detail)
        table.rows.append([no, name, paths[department_id], gross, employer, gross + employer])
        table.keys.append(None)
    table.total = ["合计", "", "", *[sum((r[i] for r in table.rows), ZERO) for i in (3, 4, 5)]]
    return table
