"""Aging (账龄) as of any date, and the limitation watch (诉讼时效).

Aging is one grouped SQL query (salesperson × customer × bucket), so ten years of invoices
cost what the database's own aggregation costs; invoices are read only when one customer
is opened.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from hrdesk.domain.money import format_yuan
from hrdesk.domain.receivables import (
    ZERO,
    bucket_index,
    bucket_labels,
    check_bounds,
    days_sales_outstanding,
    limitation_end,
)
from hrdesk.domain.roles import Permission
from hrdesk.services import attention, settings
from hrdesk.services.actor import Actor
from hrdesk.services.receivables import balance_query, open_balances, owner_on
from hrdesk.spreadsheets.writing import SheetData, write_workbook
from hrdesk.storage.base import as_money
from hrdesk.storage.models import (
    Acknowledgement,
    Customer,
    Employee,
    Invoice,
    Receipt,
)

DSO_DAYS = 90  # DSO compares the balance with the sales of the last 90 days
# Overdue this long with nothing on file since the due date: a third of the period gone silent.
SILENT_AFTER_DAYS = 365


def bucket_bounds(session: Session) -> tuple[int, ...]:
    return tuple(settings.get(session, "aging_bucket_bounds"))


def set_bucket_bounds(session: Session, actor: Actor, bounds: list[int]) -> None:
    actor.require(Permission.MANAGE_SETTINGS)
    settings.put(session, actor, "aging_bucket_bounds", list(check_bounds(bounds)))


@dataclass
class AgingRow:
    salesperson_id: int
    salesperson_no: str
    salesperson: str
    customer_id: int | None  # None on a salesperson's own row
    customer_code: str
    customer: str
    balance: Decimal
    buckets: list[Decimal]

    @property
    def overdue(self) -> Decimal:
        return self.balance - self.buckets[0]


@dataclass(frozen=True)
class Aging:
    as_of: date
    labels: list[str]
    rows: list[AgingRow]  # salesperson × customer, ordered by salesperson then customer code
    sales: dict[int, Decimal]  # salesperson id → invoiced in the DSO period

    def by_salesperson(self) -> list[AgingRow]:
        totals: dict[int, AgingRow] = {}
        for row in self.rows:
            total = totals.get(row.salesperson_id)
            if total is None:
                total = totals[row.salesperson_id] = AgingRow(
                    row.salesperson_id,
                    row.salesperson_no,
                    row.salesperson,
                    None,
                    "",
                    "",
                    ZERO,
                    [ZERO] * len(self.labels),
                )
            total.balance += row.balance
            total.buckets = [a + b for a, b in zip(total.buckets, row.buckets, strict=True)]
        return list(totals.values())

    def total(self) -> AgingRow:
        buckets = [sum((r.buckets[i] for r in self.rows), ZERO) for i in range(len(self.labels))]
        return AgingRow(
            0, "", "合计", None, "", "", sum((r.balance for r in self.rows), ZERO), buckets
        )

    def dso(self, salesperson_id: int | None = None) -> Decimal | None:
        """Days sales outstanding, for one salesperson or for all."""
        if salesperson_id is None:
            balance = self.total().balance
            sales = sum(self.sales.values(), ZERO)
        else:
            balance = sum(
                (r.balance for r in self.rows if r.salesperson_id == salesperson_id), ZERO
            )
            sales = self.sales.get(salesperson_id, ZERO)
        return days_sales_outstanding(balance, sales, DSO_DAYS)


def _bucket_case(as_of: date, bounds: tuple[int, ...]):
    """The bucket of an invoice as date comparisons, so SQLite and PostgreSQL agree."""
    whens = [(Invoice.due_on >= as_of, 0)]
    whens += [
        (Invoice.due_on >= as_of - timedelta(days=upper), index)
        for index, upper in enumerate(bounds, start=1)
    ]
    return case(*whens, else_=len(bounds) + 1)


def aging(
    session: Session,
    actor: Actor,
    as_of: date,
    salesperson_id: int | None = None,
) -> Aging:
    """Every open balance as of a date, bucketed by days past due, per salesperson × customer.

    The salesperson is the invoice's owner on that date.
    """
    actor.require(Permission.VIEW_RECEIVABLES)
    return aging_of(session, as_of, salesperson_id)


def aging_of(session: Session, as_of: date, salesperson_id: int | None = None) -> Aging:
    """aging() for a caller that has checked the right itself (a leaver's handover report)."""
    bounds = bucket_bounds(session)
    query, balance = balance_query(as_of)
    bucket = _bucket_case(as_of, bounds)
    sums = [
        as_money(func.sum(case((bucket == i, balance), else_=0))) for i in range(len(bounds) + 2)
    ]
    owner = owner_on(as_of).label("owner")
    query = (
        query.with_only_columns(owner, Invoice.customer_id, as_money(func.sum(balance)), *sums)
        .where(balance != 0)
        .group_by(owner, Invoice.customer_id)
    )
    if salesperson_id is not None:
        query = query.where(owner_on(as_of) == salesperson_id)
    people = {
        e.id: (e.employee_no, e.name)
        for e in session.execute(select(Employee.id, Employee.employee_no, Employee.name))
    }
    customers = {
        c.id: (c.code, c.name)
        for c in session.execute(select(Customer.id, Customer.code, Customer.name))
    }
    rows = []
    for owner_id, customer, total, *buckets in session.execute(query):
        rows.append(
            AgingRow(
                owner_id,
                *people[owner_id],
                customer,
                *customers[customer],
                total,
                buckets,
            )
        )
    rows.sort(key=lambda r: (r.salesperson_no, r.customer_code))
    sales_query = (
        select(owner, as_money(func.sum(Invoice.amount)))
        .where(Invoice.issued_on > as_of - timedelta(days=DSO_DAYS), Invoice.issued_on <= as_of)
        .group_by(owner)
    )
    sales = dict(session.execute(sales_query).all())
    return Aging(as_of, bucket_labels(bounds), rows, sales)


def company_total(session: Session, as_of: date) -> AgingRow:
    """The whole company's balance on a date by bucket, in one ungrouped query (the overdue
    trend asks it for every month's end; no salesperson or customer split needed)."""
    bounds = bucket_bounds(session)
    query, balance = balance_query(as_of)
    bucket = _bucket_case(as_of, bounds)
    sums = [
        as_money(func.sum(case((bucket == i, balance), else_=0))) for i in range(len(bounds) + 2)
    ]
    query = query.with_only_columns(as_money(func.sum(balance)), *sums).where(balance != 0)
    total, *buckets = session.execute(query).one()
    zero = Decimal(0)
    return AgingRow(0, "", "合计", None, "", "", total or zero, [b or zero for b in buckets])


@dataclass(frozen=True)
class AgedInvoice:
    id: int
    number: str
    issued_on: date
    due_on: date
    amount: Decimal
    balance: Decimal
    days_past_due: int
    bucket: int


def aged_invoices(
    session: Session, actor: Actor, as_of: date, salesperson_id: int, customer_id: int
) -> list[AgedInvoice]:
    """One customer's open invoices under one salesperson, as of the date: the drill-down."""
    actor.require(Permission.VIEW_RECEIVABLES)
    return aged_invoices_of(session, as_of, salesperson_id, customer_id)


def aged_invoices_of(
    session: Session, as_of: date, salesperson_id: int, customer_id: int
) -> list[AgedInvoice]:
    bounds = bucket_bounds(session)
    query, balance = balance_query(as_of)
    query = (
        query.with_only_columns(
            Invoice.id,
            Invoice.number,
            Invoice.issued_on,
            Invoice.due_on,
            Invoice.amount,
            as_money(balance),
        )
        .where(
            balance != 0,
            Invoice.customer_id == customer_id,
            owner_on(as_of) == salesperson_id,
        )
        .order_by(Invoice.due_on, Invoice.number)
    )
    found = []
    for invoice_id, number, issued, due, amount, owed in session.execute(query):
        days = (as_of - due).days
        found.append(
            AgedInvoice(
                invoice_id,
                number,
                issued,
                due,
                amount,
                owed,
                days,
                bucket_index(days, bounds),
            )
        )
    return found


AGING_FIXED_HEADERS = ["业务员工号", "业务员", "客户编码", "客户名称", "未收余额"]


def write_aging(
    session: Session, actor: Actor, as_of: date, path: Path, by: str = "customer"
) -> int:
    """`hrdesk aging`: one row per salesperson × customer (or per salesperson) and a 合计 row."""
    if by not in ("customer", "salesperson"):
        raise ValueError("--by 只能是 salesperson 或 customer")
    report = aging(session, actor, as_of)
    lines = report.by_salesperson() if by == "salesperson" else report.rows
    rows = [
        [r.salesperson_no, r.salesperson, r.customer_code, r.customer, r.balance, *r.buckets]
        for r in lines
    ]
    total = report.total()
    rows.append(["合计", "", "", "", total.balance, *total.buckets])
    headers = AGING_FIXED_HEADERS + report.labels
    widths = {0: 10, 1: 10, 2: 12, 3: 30} | {i: 14 for i in range(4, len(headers))}
    write_workbook(path, [SheetData(f"账龄{as_of:%Y-%m-%d}", headers, rows, widths)])
    return len(lines)


# -- limitation watch -------------------------------------------------------------------


@dataclass(frozen=True)
class LimitationRow:
    customer_id: int
    customer_code: str
    customer: str
    salesperson: str
    balance: Decimal
    oldest_due: date
    last_acknowledgement: date | None
    acknowledged_by: str  # 收款 / 对账函确认 / 催款函 / 还款计划
    ends_on: date
    days_left: int
    nothing_since_due: bool

    @property
    def reason(self) -> str:
        if self.days_left < 0:
            parts = [f"诉讼时效已于{self.ends_on}届满"]
        else:
            parts = [f"诉讼时效{self.ends_on}届满，还有{self.days_left}天"]
        if self.nothing_since_due:
            parts.append(f"到期日{self.oldest_due}后没有收款、对账或催款记录")
        return "；".join(parts)


def limitation_watch(session: Session, actor: Actor, today: date) -> list[LimitationRow]:
    """Customers whose oldest overdue debt has the limitation period near, or that have been
    overdue over a year with nothing on file since the due date.

    The period runs three years from the due date and restarts with each payment, signed
    confirmation, written demand or repayment plan (民法典 第188、195条).
    """
    actor.require(Permission.VIEW_RECEIVABLES)
    window = settings.get(session, "limitation_warning_days")
    return [
        row
        for row in limitation_rows(session, today)
        if row.days_left <= window
        or (row.nothing_since_due and (today - row.oldest_due).days > SILENT_AFTER_DAYS)
    ]


def limitation_rows(session: Session, today: date) -> list[LimitationRow]:
    """Every customer with an overdue open balance, with its limitation end date."""
    owed = open_balances(session)
    overdue = {
        customer: min(i[1] for i in invoices if i[2] > 0)
        for customer, invoices in owed.items()
        if any(i[2] > 0 and i[1] < today for i in invoices)
    }
    if not overdue:
        return []
    ids = list(overdue)
    events: dict[int, tuple[date, str]] = {}
    paid = (
        select(Receipt.customer_id, func.max(Receipt.received_on))
        .where(Receipt.customer_id.in_(ids))
        .group_by(Receipt.customer_id)
    )
    for customer, day in session.execute(paid):
        events[customer] = (day, "收款")
    acknowledged = select(
        Acknowledgement.customer_id, Acknowledgement.on_date, Acknowledgement.kind
    ).where(Acknowledgement.customer_id.in_(ids))
    for customer, day, kind in session.execute(acknowledged):
        if customer not in events or day > events[customer][0]:
            events[customer] = (day, kind)
    names = {
        c.id: (c.code, c.name, name)
        for c, name in session.execute(
            select(Customer, Employee.name)
            .join(Employee, Employee.id == Customer.salesperson_id)
            .where(Customer.id.in_(ids))
        )
    }
    rows = []
    for customer, oldest in overdue.items():
        last, kind = events.get(customer, (None, ""))
        ends = limitation_end(oldest, last)
        code, name, salesperson = names[customer]
        balance = sum((i[2] for i in owed[customer]), ZERO)
        rows.append(
            LimitationRow(
                customer,
                code,
                name,
                salesperson,
                balance,
                oldest,
                last,
                kind,
                ends,
                (ends - today).days,
                last is None or last < oldest,
            )
        )
    rows.sort(key=lambda r: r.ends_on)
    return rows


def set_warning_days(session: Session, actor: Actor, days: int) -> None:
    actor.require(Permission.MANAGE_SETTINGS)
    if not 30 <= days <= 730:
        raise ValueError("提前提醒天数应在30到730天之间")
    settings.put(session, actor, "limitation_warning_days", days)


@attention.register(Permission.VIEW_RECEIVABLES)
def limitation_near(session: Session, today: date) -> list[attention.AttentionItem]:
    """首页: customers whose limitation period ends soon or has ended, most urgent first."""
    window = settings.get(session, "limitation_warning_days")
    items = []
    for row in limitation_rows(session, today):
        if row.days_left > window:
            continue
        items.append(
            attention.AttentionItem(
                f"诉讼时效：{row.customer}",
                f"未收{format_yuan(row.balance)}，业务员{row.salesperson}；{row.reason}；请尽快寄对账函或催款",
                "receivables",
                urgent=row.days_left <= 90,
                record_id=row.customer_id,
            )
        )
    return items
