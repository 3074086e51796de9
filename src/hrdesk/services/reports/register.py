"""年度工资汇总 (salary register over a year): each employee's approved months added up."""

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.services import departments
from hrdesk.services.actor import Actor
from hrdesk.services.reports.chart_data import STACKED, ChartData, Series
from hrdesk.services.reports.common import ZERO, Period, Table, month_label
from hrdesk.services.reports.payroll_cost import approved_slips, employer_contributions
from hrdesk.storage.models import Employee, Payslip

AMOUNTS = ["应发工资", "个人社保公积金", "个人所得税", "全年一次性奖金", "年终奖个税", "实发工资", "单位社保公积金", "人工成本合计"]  # fmt: skip
HEADERS = ["工号", "姓名", "部门", "月数", *AMOUNTS]
DETAIL_HEADERS = ["月份", *AMOUNTS]
WAN = Decimal(10000)


SLIP_COLUMNS = (
    Payslip.gross,
    Payslip.personal_contributions,
    Payslip.income_tax,
    Payslip.annual_bonus,
    Payslip.bonus_tax,
    Payslip.net_pay,
    Payslip.detail,
)


def _figures(slip) -> list[Decimal]:
    """The AMOUNTS of one payslip row (SLIP_COLUMNS)."""
    employer = employer_contributions(slip[6])
    return [*slip[:6], employer, slip[0] + slip[3] + employer]  # the bonus is a cost too


def _slips(session: Session, period: Period, employee_id: int | None = None):
    query = approved_slips(period, *SLIP_COLUMNS)
    if employee_id is not None:
        query = query.where(Employee.id == employee_id)
    return session.execute(query)


def register(session: Session, actor: Actor, period: Period) -> Table:
    """One row per employee paid in the period's approved months; a 合计 row."""
    actor.require(Permission.VIEW_PAYROLL)
    paths = departments.paths(session)
    people: dict[int, list] = {}
    by_month: dict[date, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    for month, employee_id, no, name, department, *slip in _slips(session, period):
        figures = _figures(slip)
        entry = people.setdefault(
            employee_id, [no, name, paths[department], 0, *[ZERO] * len(AMOUNTS)]
        )
        entry[3] += 1
        for index, value in enumerate(figures):
            entry[4 + index] += value
        by_month[month][0] += figures[0] + figures[3]
        by_month[month][1] += figures[6]
    table = Table(f"工资汇总 {month_label(period.first)}至{month_label(period.last)}", HEADERS)
    for employee_id, row in sorted(people.items(), key=lambda item: item[1][0]):
        table.rows.append(row)
        table.keys.append(employee_id)
    table.total = [
        "合计",
        "",
        "",
        "",
        *[sum((r[i] for r in table.rows), ZERO) for i in range(4, len(HEADERS))],
    ]
    table.note = "仅含已审核的工资月份；人工成本合计 = 应发工资 + 全年一次性奖金 + 单位社保公积金。"
    months = period.months()
    table.chart = ChartData(
        STACKED,
        "每月应发工资（含年终奖）与单位社保公积金（万元）",
        [(m, month_label(m)) for m in months],
        [
            Series(
                "gross",
                "应发工资",
                [by_month[m][0] if m in by_month else 0 for m in months],
                "#4472C4",
            ),
            Series(
                "employer",
                "单位社保公积金",
                [by_month[m][1] if m in by_month else 0 for m in months],
                "#ED7D31",
            ),
        ],
        "万元",
        WAN,
    )
    return table


def register_detail(session: Session, actor: Actor, key: int, period: Period) -> Table:
    """One employee's approved months in the period."""
    actor.require(Permission.VIEW_PAYROLL)
    rows = sorted(_slips(session, period, key), key=lambda r: r[0])
    name = rows[0][3] if rows else ""
    table = Table(f"{name} 各月工资", DETAIL_HEADERS)
    for month, _id, _no, _name, _department, *slip in rows:
        table.rows.append([month_label(month), *_figures(slip)])
        table.keys.append(None)
    table.total = [
        "合计",
        *[sum((r[i] for r in table.rows), ZERO) for i in range(1, len(DETAIL_HEADERS))],
    ]
    return table
