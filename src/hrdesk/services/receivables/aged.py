"""Aged balances (账龄) as of any date: what is owed by days past due, per salesperson × customer.

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

from hrdesk.domain.receivables import (
    ZERO,
    bucket_index,
    bucket_labels,
    check_bounds,
    days_sales_outstanding,
)
from hrdesk.domain.roles import Permission
from hrdesk.services import settings
from hrdesk.services.actor import Actor
from hrdesk.services.receivables.balances import balance_query
from hrdesk.services.receivables.ownership import owner_on
from hrdesk.spreadsheets.writing import SheetData, write_workbook
from hrdesk.storage.base import as_money
from hrdesk.storage.models import Customer, Employee, Invoice

DSO_DAYS = 90  # DSO compares the balance with the sales of the last 90 days


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
