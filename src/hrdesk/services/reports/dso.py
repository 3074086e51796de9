"""DSO (应收账款周转天数) per salesperson and for the company, by the count-back method.

At each month's end the salesperson's open balance is counted back against the invoicing of
the invoices they own on that day, month by month, up to twelve months (domain/dso.py).
"""

from collections import defaultdict
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.dso import MonthSales, count_back
from hrdesk.domain.phrases import Phrase
from hrdesk.domain.roles import Permission
from hrdesk.services.actor import Actor
from hrdesk.services.receivables import balance_query, owner_on
from hrdesk.services.reports.chart_data import LINE, ChartData, Series, unique_labels
from hrdesk.services.reports.common import ZERO, Period, Table, month_end, month_label
from hrdesk.storage.base import as_money
from hrdesk.storage.models import Customer, Employee, Invoice, InvoiceOwner

HEADERS = ["月份", "业务员工号", "业务员", "期末应收", "当月开票", "DSO"]
DETAIL_HEADERS = ["单号", "客户编码", "客户名称", "开票日期", "到期日期", "金额", "期末余额"]
LOOKBACK_MONTHS = 12
COMPANY = 0  # the key of the company's row


def _balances(session: Session, day: date) -> dict[int, object]:
    query, balance = balance_query(day)
    owner = owner_on(day).label("owner")
    query = (
        query.with_only_columns(owner, as_money(func.sum(balance)))
        .where(balance != 0)
        .group_by(owner)
    )
    return dict(session.execute(query).all())


def _sales_by_owner(session: Session, period: Period):
    """(salesperson, owned from, owned until, issued on, invoiced) over every invoice issued in
    the months any of the period's count-backs reads, in one grouped query; _sales() picks
    each month-end's owners from it."""
    first = add_months(period.first, -(LOOKBACK_MONTHS - 1))
    last = month_end(period.last)
    query = (
        select(
            InvoiceOwner.salesperson_id,
            InvoiceOwner.from_date,
            InvoiceOwner.until_date,
            Invoice.issued_on,
            as_money(func.sum(Invoice.amount)),
        )
        .join(InvoiceOwner, InvoiceOwner.invoice_id == Invoice.id)
        .where(
            Invoice.issued_on >= first,
            Invoice.issued_on <= last,
            InvoiceOwner.from_date <= last,
            or_(InvoiceOwner.until_date.is_(None), InvoiceOwner.until_date > first),
        )
        .group_by(
            InvoiceOwner.salesperson_id,
            InvoiceOwner.from_date,
            InvoiceOwner.until_date,
            Invoice.issued_on,
        )
    )
    return session.execute(query).all()


def _sales(rows, month: date) -> dict[int, dict[date, object]]:
    """salesperson → month → invoiced, for the invoices they own at the month's end, over the
    twelve months up to it."""
    end = month_end(month)
    first = add_months(month, -(LOOKBACK_MONTHS - 1))
    found: dict[int, dict[date, object]] = defaultdict(lambda: defaultdict(lambda: ZERO))
    for salesperson, since, until, issued, amount in rows:
        if first <= issued <= end and since <= end and (until is None or until > end):
            found[salesperson][issued.replace(day=1)] += amount
    return found


def _months_back(month: date) -> list[date]:
    return [add_months(month, -back) for back in range(LOOKBACK_MONTHS)]


def _dso(balance, sales: dict[date, object], month: date):
    months = [
        MonthSales((month_end(m) - m).days + 1, sales.get(m, ZERO)) for m in _months_back(month)
    ]
    return count_back(balance, months)


def dso(session: Session, actor: Actor, period: Period) -> Table:
    """One row per month × salesperson with a balance or invoicing, and the company's row."""
    actor.require(Permission.VIEW_RECEIVABLES)
    people = {
        e.id: e for e in session.execute(select(Employee.id, Employee.employee_no, Employee.name))
    }
    table = Table("DSO 应收账款周转天数", HEADERS, tenths_columns=(5,))
    owned = _sales_by_owner(session, period)
    for month in period.months():
        balances = _balances(session, month_end(month))
        sales = _sales(owned, month)
        company_sales: dict[date, object] = defaultdict(lambda: ZERO)
        for by_month in sales.values():
            for m, amount in by_month.items():
                company_sales[m] += amount
        shown = set(balances) | {s for s, by_month in sales.items() if by_month.get(month)}
        for salesperson in sorted(shown, key=lambda s: people[s].employee_no):
            balance = balances.get(salesperson, ZERO)
            own = sales.get(salesperson, {})
            result = _dso(balance, own, month)
            table.rows.append(
                [
                    month_label(month),
                    people[salesperson].employee_no,
                    people[salesperson].name,
                    balance,
                    own.get(month, ZERO),
                    result.days if result.covered else None,
                ]
            )
            table.keys.append((month, salesperson))
        total = sum(balances.values(), ZERO)
        result = _dso(total, company_sales, month)
        table.rows.append(
            [
                month_label(month),
                "全公司",
                "",
                total,
                company_sales.get(month, ZERO),
                result.days if result.covered else None,
            ]
        )
        table.keys.append((month, COMPANY))
    table.note = Phrase(
        "DSO 按倒推法：从月末余额起逐月减去当月开票额、计当月日历天数，最后一个月按比例折算；"
        "最多倒推{months}个月，余额超过{months}个月开票额时显示为空。",
        months=LOOKBACK_MONTHS,
    )
    table.chart = _chart(table, people, period)
    return table


def _chart(table: Table, people, period: Period) -> ChartData:
    """The company's DSO and the five salespeople with the largest balance at the end."""
    months = period.months()
    last = month_label(period.last)
    biggest = sorted(
        (r[3], key[1])
        for key, r in zip(table.keys, table.rows, strict=True)
        if r[0] == last and key[1] != COMPANY
    )[-5:]
    shown = [COMPANY, *[s for _b, s in reversed(biggest)]]
    values = {key: row[5] for key, row in zip(table.keys, table.rows, strict=True)}
    labels = dict(unique_labels([(s, people[s].name, people[s].employee_no) for s in shown[1:]]))
    labels[COMPANY] = "全公司"
    series = [
        Series(
            s, labels[s], [values.get((m, s)) for m in months], "#000000" if s == COMPANY else None
        )
        for s in shown
    ]
    return ChartData(
        LINE,
        "DSO（天）：全公司与期末余额最大的5名业务员",
        [(m, month_label(m)) for m in months],
        series,
        "天",
    )


def dso_detail(session: Session, actor: Actor, key: tuple[date, int], period: Period) -> Table:
    """The invoices open at the month's end behind a salesperson's (or the company's) balance."""
    actor.require(Permission.VIEW_RECEIVABLES)
    month, salesperson = key
    end = month_end(month)
    query, balance = balance_query(end)
    query = (
        query.with_only_columns(
            Invoice.number,
            Customer.code,
            Customer.name,
            Invoice.issued_on,
            Invoice.due_on,
            Invoice.amount,
            as_money(balance),
        )
        .join(Customer, Customer.id == Invoice.customer_id)
        .where(balance != 0)
        .order_by(Invoice.issued_on.desc(), Invoice.number)
    )
    who = "全公司"
    if salesperson != COMPANY:
        query = query.where(owner_on(end) == salesperson)
        who = session.scalar(select(Employee.name).where(Employee.id == salesperson))
    table = Table(f"{month_label(month)} {who} 月末未收应收单", DETAIL_HEADERS)
    table.rows = [list(r) for r in session.execute(query)]
    table.keys = [None] * len(table.rows)
    table.total = [
        "合计",
        "",
        "",
        "",
        "",
        sum((r[5] for r in table.rows), ZERO),
        sum((r[6] for r in table.rows), ZERO),
    ]
    return table
