"""The reports the screen and `hrdesk report NAME` offer (`REPORTS`), each built by its module."""

from collections.abc import Callable
from dataclasses import dataclass

from hrdesk.domain.roles import Permission
from hrdesk.services.reports import (
    attendance,
    collection,
    dso,
    headcount,
    leave,
    overdue,
    payroll_cost,
    register,
    risk,
)
from hrdesk.services.reports.common import Period, Table


@dataclass(frozen=True)
class Report:
    name: str  # as `hrdesk report NAME` and the screen's picker know it
    title: str
    build: Callable  # (session, actor, period) -> Table
    detail: Callable  # (session, actor, key, period) -> Table
    permission: Permission
    uses_months: bool = True  # False: only the as-of date matters
    printable: bool = False  # offered as PDF too


REPORTS = (
    Report("payroll-cost", "人工成本", payroll_cost.payroll_cost, payroll_cost.payroll_cost_detail, Permission.VIEW_PAYROLL, printable=True),
    Report("headcount", "人数与离职率", headcount.headcount, headcount.headcount_detail, Permission.VIEW_EMPLOYEES),
    Report("collection", "回款达成", collection.collection, collection.collection_detail, Permission.VIEW_RECEIVABLES),
    Report("dso", "DSO 周转天数", dso.dso, dso.dso_detail, Permission.VIEW_RECEIVABLES),
    Report("overdue", "逾期趋势", overdue.overdue_trend, overdue.overdue_detail, Permission.VIEW_RECEIVABLES),
    Report("risk", "回款风险", risk.risk, risk.risk_detail, Permission.VIEW_RECEIVABLES, uses_months=False),
    Report("register", "年度工资汇总", register.register, register.register_detail, Permission.VIEW_PAYROLL, printable=True),
    Report("attendance", "考勤汇总", attendance.attendance_summary, attendance.attendance_detail, Permission.VIEW_PAYROLL, printable=True),
    Report("leave", "休假汇总", leave.leave_summary, leave.leave_detail, Permission.VIEW_EMPLOYEES, uses_months=False, printable=True),
)  # fmt: skip
BY_NAME = {report.name: report for report in REPORTS}


def subtitle(report: Report, period: Period) -> str:
    """The period line under a report's title."""
    if not report.uses_months:
        return f"截至 {period.as_of}"
    return (
        f"{period.first:%Y-%m} 至 {period.last:%Y-%m}（已审核工资月份）"
        if report.permission == Permission.VIEW_PAYROLL and report.name != "attendance"
        else f"{period.first:%Y-%m} 至 {period.last:%Y-%m}"
    )


def build(session, actor, name: str, period: Period) -> Table:
    return BY_NAME[name].build(session, actor, period)


def detail(session, actor, name: str, key, period: Period) -> Table:
    return BY_NAME[name].detail(session, actor, key, period)
