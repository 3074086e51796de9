"""The company at a glance for 首页: head count and customers, and the owner's month —
labour cost, overdue receivables, collection against target, customers at 高 risk."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.employees import EmployeeStatus
from hrdesk.domain.money import format_money
from hrdesk.domain.phrases import Phrase
from hrdesk.domain.roles import Permission
from hrdesk.services import settings
from hrdesk.services.actor import Actor
from hrdesk.storage.base import as_money
from hrdesk.storage.models import Customer, Employee, Invoice

ZERO = Decimal(0)


@dataclass(frozen=True)
class Overview:
    company_name: str
    employed: int  # 在职 and 试用
    on_probation: int
    salespeople: int
    customers: int


def overview(session: Session, actor: Actor) -> Overview:
    actor.require(Permission.VIEW_EMPLOYEES)
    by_status = dict(
        session.execute(select(Employee.status, func.count()).group_by(Employee.status)).all()
    )
    salespeople = session.scalar(
        select(func.count())
        .select_from(Employee)
        .where(Employee.is_salesperson, Employee.status != EmployeeStatus.LEFT.value)
    )
    customers = session.scalar(select(func.count()).select_from(Customer))
    return Overview(
        company_name=settings.get(session, "company_name"),
        employed=by_status.get("在职", 0) + by_status.get("试用", 0),
        on_probation=by_status.get("试用", 0),
        salespeople=salespeople,
        customers=customers,
    )


# -- the owner's month at a glance --------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """One figure of 首页 with last month's beside it; clicking it opens `report`."""

    key: str
    title: str
    value: Decimal | int | None  # None: nothing to show yet (no approved month, no target)
    previous: Decimal | int | None
    unit: str  # 元 / 家 / % / 项
    report: str  # a report name, or a page name when page is set
    page: str = "reports"
    higher_is_better: bool | None = None  # None: neither (labour cost)
    note: str = ""

    def change(self) -> Decimal | None:
        """The change against last month as a fraction (0.05 = up 5%), when both are known."""
        if self.value is None or not self.previous:
            return None
        return (Decimal(self.value) - Decimal(self.previous)) / Decimal(self.previous)


@dataclass(frozen=True)
class Dashboard:
    figures: list[Figure]
    high_risk: list  # reports.risk.CustomerRisk graded 高, highest first


def _labour_cost(session: Session) -> Figure:
    from hrdesk.services.reports.payroll_cost import employer_contributions
    from hrdesk.storage.models import PayrollMonth, Payslip
    from hrdesk.storage.payroll_lock import LOCKED_STATUSES

    months = session.scalars(
        select(PayrollMonth)
        .where(PayrollMonth.status.in_(LOCKED_STATUSES))
        .order_by(PayrollMonth.month.desc())
        .limit(2)
    ).all()
    totals = []
    for month in months:
        total = ZERO
        paid = as_money(Payslip.gross + Payslip.annual_bonus)
        for gross, detail in session.execute(
            select(paid, Payslip.detail).where(Payslip.month_id == month.id)
        ):
            total += gross + employer_contributions(detail)
        totals.append(total)
    note = (
        Phrase("{month}，已审核", month=f"{months[0].month:%Y-%m}")
        if months
        else Phrase("还没有已审核的工资月份")
    )
    return Figure(
        "labour_cost",
        "人工成本",
        totals[0] if totals else None,
        totals[1] if len(totals) > 1 else None,
        "元",
        "payroll-cost",
        note=note,
    )


def _overdue_on(session: Session, day: date) -> Decimal:
    from hrdesk.services.receivables import balance_query

    query, balance = balance_query(day)
    # What is overdue is picked inside the sum, not by WHERE: a condition on due_on there led
    # SQLite to read every invoice due before the day (nearly all of ten years) by its index
    # instead of only those open on it by settled_on's.
    overdue = case((and_(Invoice.due_on < day, balance > 0), balance))
    return session.scalar(query.with_only_columns(as_money(func.sum(overdue)))) or ZERO


def _collection(session: Session, today: date) -> Figure:
    from hrdesk.domain.dso import achievement
    from hrdesk.services.reports.collection import collected

    this_month = today.replace(day=1)
    # last month up to the same day (add_months keeps the day, or the month's last)
    same_day = add_months(today, -1)
    now = sum(collected(session, this_month, today).values(), ZERO)
    before = sum(collected(session, same_day.replace(day=1), same_day).values(), ZERO)
    target = session.scalar(
        select(as_money(func.sum(Employee.collection_target))).where(
            Employee.is_salesperson, Employee.status != EmployeeStatus.LEFT.value
        )
    )
    rate = achievement(now, target)
    return Figure(
        "collection",
        "本月回款达成",
        rate,
        achievement(before, target),
        "%",
        "collection",
        higher_is_better=True,
        note=Phrase(
            "已回款 {collected} 元，月目标 {target} 元；与上月同期比",
            collected=format_money(now),
            target=format_money(target),
        )
        if target
        else Phrase("没有回款目标"),
    )


def dashboard(session: Session, actor: Actor, today: date) -> Dashboard:
    """首页's figures this user may see: labour cost, overdue receivables, collection against
    target, customers at 高 risk; contracts and letters come from the attention list."""
    figures = []
    high = []
    if actor.may(Permission.VIEW_PAYROLL):
        figures.append(_labour_cost(session))
    if actor.may(Permission.VIEW_RECEIVABLES):
        from hrdesk.services.reports.risk import scores_of

        figures.append(
            Figure(
                "overdue",
                "逾期应收",
                _overdue_on(session, today),
                _overdue_on(session, add_months(today, -1)),
                "元",
                "overdue",
                higher_is_better=False,
                note=Phrase("今天与上月同日"),
            )
        )
        figures.append(_collection(session, today))
        high = scores_of(session, today, high_only=True)
        figures.append(
            Figure(
                "high_risk",
                "高风险客户",
                len(high),
                None,
                "家",
                "risk",
                note=Phrase(
                    "未收 {amount} 元", amount=format_money(sum((r.balance for r in high), ZERO))
                )
                if high
                else "",
            )
        )
    return Dashboard(figures, high)
