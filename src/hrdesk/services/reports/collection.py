"""回款达成: money collected per salesperson and month against the month's collection target.

实际回款 is what receipts applied to the salesperson's invoices in the month (by the day the
money paid the invoice, the invoice's owner on that day); 回款目标 is the salesperson's
monthly target as it stands today.
"""

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.dso import achievement
from hrdesk.domain.phrases import Phrase
from hrdesk.domain.roles import Permission
from hrdesk.services.actor import Actor
from hrdesk.services.receivables import owner_on
from hrdesk.services.reports.chart_data import BAR, ChartData, Series, unique_labels
from hrdesk.services.reports.common import ZERO, Period, Table, month_end, month_label
from hrdesk.storage.base import as_money
from hrdesk.storage.models import Allocation, Customer, Employee, Invoice, Receipt

WAN = Decimal(10000)
CHART_PEOPLE = 15
HEADERS = ["月份", "业务员工号", "业务员", "回款目标", "实际回款", "达成率"]
DETAIL_HEADERS = ["收款日期", "流水号", "客户编码", "客户名称", "单号", "核销金额"]


def collected(session: Session, first: date, last_day: date) -> dict[tuple[date, int], object]:
    """(month, salesperson id) → collected between the dates: one grouped query a month, so
    the rows read are salespeople × months, whatever the number of receipts."""
    owner = owner_on(Allocation.applied_on).label("owner")
    sums: dict[tuple[date, int], object] = {}
    month = first.replace(day=1)
    while month <= last_day:
        query = (
            select(owner, as_money(func.sum(Allocation.amount)))
            .join(Invoice, Invoice.id == Allocation.invoice_id)
            .where(
                Allocation.applied_on >= max(first, month),
                Allocation.applied_on <= min(last_day, month_end(month)),
            )
            .group_by(owner)
        )
        for salesperson, amount in session.execute(query):
            sums[month, salesperson] = amount
        month = add_months(month, 1)
    return sums


def collection(session: Session, actor: Actor, period: Period) -> Table:
    """One row per month × salesperson who had a target or collected anything."""
    actor.require(Permission.VIEW_RECEIVABLES)
    sums = collected(session, period.first, month_end(period.last))
    people = {
        e.id: e
        for e in session.execute(
            select(
                Employee.id,
                Employee.employee_no,
                Employee.name,
                Employee.collection_target,
                Employee.is_salesperson,
                Employee.hire_date,
                Employee.leaving_date,
            )
        )
    }
    table = Table("回款达成", HEADERS, percent_columns=(5,))
    for month in period.months():
        shown = {s for (m, s) in sums if m == month} | {
            p.id
            for p in people.values()
            if p.is_salesperson
            and p.collection_target
            and p.hire_date <= month_end(month)
            and (p.leaving_date is None or p.leaving_date >= month)
        }
        for salesperson in sorted(shown, key=lambda s: people[s].employee_no):
            person = people[salesperson]
            actual = sums.get((month, salesperson), ZERO)
            target = person.collection_target
            table.rows.append(
                [
                    month_label(month),
                    person.employee_no,
                    person.name,
                    target,
                    actual,
                    achievement(actual, target),
                ]
            )
            table.keys.append((month, salesperson))
    target = sum((r[3] or ZERO for r in table.rows), ZERO)
    actual = sum((r[4] for r in table.rows), ZERO)
    table.total = ["合计", "", "", target, actual, achievement(actual, target)]
    table.note = (
        "实际回款按收款核销到应收单的日期、当日该单的业务员归集；回款目标为业务员当前的月目标。"
    )
    table.chart = _chart(table, people)
    return table


def _chart(table: Table, people) -> ChartData:
    """The period's target against what was collected, per salesperson."""
    totals: dict[int, list] = {}
    for key, row in zip(table.keys, table.rows, strict=True):
        entry = totals.setdefault(key[1], [ZERO, ZERO])
        entry[0] += row[3] or ZERO
        entry[1] += row[4]
    biggest = sorted(totals, key=lambda s: (totals[s][1], totals[s][0]), reverse=True)[
        :CHART_PEOPLE
    ]
    order = sorted(biggest, key=lambda s: people[s].employee_no)
    categories = unique_labels([(s, people[s].name, people[s].employee_no) for s in order])
    return ChartData(
        BAR,
        Phrase("期间回款目标与实际回款（万元，回款最多的{people}人）", people=CHART_PEOPLE),
        categories,
        [
            Series("target", "回款目标", [totals[s][0] for s in order], "#A5A5A5"),
            Series("actual", "实际回款", [totals[s][1] for s in order], "#4472C4"),
        ],
        "万元",
        WAN,
    )


def collection_detail(
    session: Session, actor: Actor, key: tuple[date, int], period: Period
) -> Table:
    """The receipts behind one salesperson's month."""
    actor.require(Permission.VIEW_RECEIVABLES)
    month, salesperson = key
    name = session.scalar(select(Employee.name).where(Employee.id == salesperson))
    query = (
        select(
            Allocation.applied_on,
            Receipt.transaction_no,
            Customer.code,
            Customer.name,
            Invoice.number,
            Allocation.amount,
        )
        .join(Receipt, Receipt.id == Allocation.receipt_id)
        .join(Invoice, Invoice.id == Allocation.invoice_id)
        .join(Customer, Customer.id == Invoice.customer_id)
        .where(
            Allocation.applied_on >= month,
            Allocation.applied_on <= month_end(month),
            owner_on(Allocation.applied_on) == salesperson,
        )
        .order_by(Allocation.applied_on, Invoice.number)
    )
    table = Table(f"{month_label(month)} {name} 回款明细", DETAIL_HEADERS)
    table.rows = [list(r) for r in session.execute(query)]
    table.keys = [None] * len(table.rows)
    table.total = ["合计", "", "", "", "", sum((r[5] for r in table.rows), ZERO)]
    return table
