"""回款风险: every customer with a balance scored 0–100 from its own history (domain/risk.py),
with each factor's points beside the score, as of any date (the backtest scores the past)."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hrdesk.domain import risk as rules
from hrdesk.domain.letters import LetterStatus
from hrdesk.domain.money import format_money
from hrdesk.domain.phrases import Phrase
from hrdesk.domain.receivables import limitation_end
from hrdesk.domain.roles import Permission
from hrdesk.services import settings
from hrdesk.services.actor import Actor
from hrdesk.services.receivables import balance_query, chunks
from hrdesk.services.reports.chart_data import STACKED, ChartData, Series
from hrdesk.services.reports.common import ZERO, Period, Table
from hrdesk.storage.base import as_money
from hrdesk.storage.models import (
    Acknowledgement,
    Allocation,
    Customer,
    Employee,
    Invoice,
    Letter,
    Receipt,
)

HISTORY_DAYS = 365  # invoices due within this many days before the date are its history
HEADERS = [
    "客户编码",
    "客户名称",
    "业务员",
    "未收余额",
    "风险分",
    "等级",
    *[f.label for f in rules.FACTORS],
]
DETAIL_HEADERS = ["单号", "开票日期", "到期日期", "金额", "结清日期", "逾期天数", "未收余额"]


@dataclass(frozen=True)
class CustomerRisk:
    customer_id: int
    code: str
    name: str
    salesperson: str
    balance: Decimal
    result: rules.Score


def weights(session: Session) -> dict[str, int]:
    return rules.check_weights(settings.get(session, "risk_weights"))


def grades(session: Session) -> tuple[int, int]:
    high, medium = settings.get(session, "risk_grades")
    return rules.check_grades(high, medium)


def set_weights(session: Session, actor: Actor, new_weights: dict[str, int], new_grades) -> None:
    """Change the factors' weights and the grade lines (设置 → 回款风险), audited."""
    actor.require(Permission.MANAGE_SETTINGS)
    checked = rules.check_weights(new_weights)
    high, medium = rules.check_grades(*new_grades)
    settings.put(session, actor, "risk_weights", checked)
    settings.put(session, actor, "risk_grades", [high, medium])


def _open_on(session: Session, as_of: date) -> dict[int, tuple[int, date, Decimal, Decimal]]:
    """invoice id → (customer, due date, amount, balance) of invoices open on the date."""
    query, balance = balance_query(as_of)
    query = query.with_only_columns(
        Invoice.id, Invoice.customer_id, Invoice.due_on, Invoice.amount, as_money(balance)
    ).where(balance != 0)
    return {row[0]: tuple(row[1:]) for row in session.execute(query)}


def _in_window(query, as_of: date, customers: list[int] | None):
    """The query over invoices due in the history window, for these customers (all if None),
    as one query or one per chunk of customers."""
    query = query.where(
        Invoice.due_on >= as_of - timedelta(days=HISTORY_DAYS), Invoice.due_on <= as_of
    )
    if customers is None:
        return [query]
    return [query.where(Invoice.customer_id.in_(chunk)) for chunk in chunks(customers)]


def _settled(session: Session, as_of: date, customers: list[int] | None = None):
    """(invoice id, customer, due, amount, settled) of invoices due in the history window and
    settled by the date."""
    query = select(
        Invoice.id, Invoice.customer_id, Invoice.due_on, Invoice.amount, Invoice.settled_on
    ).where(Invoice.settled_on <= as_of)
    return [row for each in _in_window(query, as_of, customers) for row in session.execute(each)]


def _payments_counted(
    session: Session, as_of: date, customers: list[int] | None = None
) -> dict[int, int]:
    """invoice id → payments applied by the date, for invoices due in the history window."""
    query = (
        select(Allocation.invoice_id, func.count())
        .join(Invoice, Invoice.id == Allocation.invoice_id)
        .where(Allocation.applied_on <= as_of)
        .group_by(Allocation.invoice_id)
    )
    found: dict[int, int] = {}
    for each in _in_window(query, as_of, customers):
        found.update(session.execute(each).all())
    return found


def _letters(session: Session, as_of: date, reply_days: int) -> tuple[set[int], set[int]]:
    """(customers with a 不符 reply not closed on the date, customers with a letter sent and
    unanswered past the reply days on the date)."""
    disputed, unanswered = set(), set()
    query = select(
        Letter.customer_id,
        Letter.status,
        Letter.sent_on,
        Letter.replied_on,
        Letter.dispute_closed_on,
    ).where(Letter.sent_on <= as_of, Letter.status != LetterStatus.VOID.value)
    for customer, status, sent, replied, closed in session.execute(query):
        if replied is not None and replied <= as_of:
            if status == LetterStatus.DISPUTED.value and (closed is None or closed > as_of):
                disputed.add(customer)
        elif (as_of - sent).days > reply_days:
            unanswered.add(customer)
    return disputed, unanswered


def _last_events(session: Session, as_of: date, customers: list[int]) -> dict[int, date]:
    """customer → the last payment or acknowledgement on or before the date."""
    last: dict[int, date] = {}
    for chunk in chunks(customers):
        for table, day in (
            (Receipt, Receipt.received_on),
            (Acknowledgement, Acknowledgement.on_date),
        ):
            query = (
                select(table.customer_id, func.max(day))
                .where(table.customer_id.in_(chunk), day <= as_of)
                .group_by(table.customer_id)
            )
            for customer, when in session.execute(query):
                if customer not in last or when > last[customer]:
                    last[customer] = when
    return last


def _sales(session: Session, as_of: date, customers: list[int] | None = None):
    """customer → invoiced in the year up to the date."""
    query = (
        select(Invoice.customer_id, as_money(func.sum(Invoice.amount)))
        .where(Invoice.issued_on > as_of - timedelta(days=365), Invoice.issued_on <= as_of)
        .group_by(Invoice.customer_id)
    )
    if customers is None:
        return dict(session.execute(query).all())
    found = {}
    for chunk in chunks(customers):
        found.update(session.execute(query.where(Invoice.customer_id.in_(chunk))).all())
    return found


def histories(
    session: Session, as_of: date, at_least: int | None = None, chosen: dict | None = None
) -> dict[int, rules.History]:
    """Every customer with a balance on the date → what the score reads about it. With
    at_least, only customers who could score that much whatever their paid history (the
    costly part to read) are kept, and only their history is read (首页's 高 list)."""
    open_ = _open_on(session, as_of)
    due: dict[int, list[rules.DueInvoice]] = defaultdict(list)
    balance: dict[int, Decimal] = defaultdict(lambda: ZERO)
    overdue: dict[int, Decimal] = defaultdict(lambda: ZERO)
    oldest: dict[int, date] = {}
    for customer, due_on, amount, owed in open_.values():
        balance[customer] += owed
        if due_on < as_of and owed > 0:
            overdue[customer] += owed
            oldest[customer] = min(oldest.get(customer, due_on), due_on)
            due[customer].append(rules.DueInvoice(amount, (as_of - due_on).days, owed < amount))
    customers = [c for c, owed in balance.items() if owed > 0]
    disputed, unanswered = _letters(session, as_of, settings.get(session, "letter_reply_days"))
    last = _last_events(session, as_of, [c for c in customers if c in oldest])
    sales: dict[int, Decimal] = {}

    def history(customer: int) -> rules.History:
        left = None
        if customer in oldest:
            left = (limitation_end(oldest[customer], last.get(customer)) - as_of).days
        return rules.History(
            due=due.get(customer, []),
            balance=balance[customer],
            overdue=overdue[customer],
            oldest_overdue_days=(as_of - oldest[customer]).days if customer in oldest else 0,
            letter_disputed=customer in disputed,
            letter_unanswered=customer in unanswered,
            limitation_days_left=left,
            sales_12_months=sales.get(customer, ZERO),
        )

    wanted = None
    if at_least is not None:
        chosen = chosen or rules.DEFAULT_WEIGHTS
        customers = [c for c in customers if rules.highest_possible(history(c), chosen) >= at_least]
        wanted = customers
    if customers:
        sales = _sales(session, as_of, wanted)
        payments = _payments_counted(session, as_of, wanted)
        for invoice, customer, due_on, amount, settled in _settled(session, as_of, wanted):
            late = max(0, (settled - due_on).days)
            due[customer].append(rules.DueInvoice(amount, late, payments.get(invoice, 0) > 1))
    return {customer: history(customer) for customer in customers}


def scores_of(session: Session, as_of: date, high_only: bool = False) -> list[CustomerRisk]:
    """Every customer with a balance on the date, scored; highest score first (with
    high_only, only those graded 高). The caller has checked the right to see receivables."""
    chosen, lines = weights(session), grades(session)
    found = histories(session, as_of, lines[0] if high_only else None, chosen)
    names = {}
    for chunk in chunks(list(found)):
        query = (
            select(Customer.id, Customer.code, Customer.name, Employee.name)
            .join(Employee, Employee.id == Customer.salesperson_id)
            .where(Customer.id.in_(chunk))
        )
        names.update({row[0]: row[1:] for row in session.execute(query)})
    scored = [
        CustomerRisk(c, *names[c], history.balance, rules.score(history, chosen, lines))
        for c, history in found.items()
    ]
    scored.sort(key=lambda r: (-r.result.score, -r.balance, r.code))
    if high_only:
        return [r for r in scored if r.result.grade == rules.HIGH]
    return scored


def risk(session: Session, actor: Actor, period: Period) -> Table:
    """`hrdesk report risk`: one row per customer with a balance on the period's as-of date."""
    actor.require(Permission.VIEW_RECEIVABLES)
    scored = scores_of(session, period.as_of)
    table = Table(f"回款风险 {period.as_of}", HEADERS, tenths_columns=tuple(range(6, len(HEADERS))))
    for entry in scored:
        table.rows.append(
            [
                entry.code,
                entry.name,
                entry.salesperson,
                entry.balance,
                entry.result.score,
                entry.result.grade,
                *[entry.result.points[f.key] for f in rules.FACTORS],
            ]
        )
        table.keys.append(entry.customer_id)
    high, medium = grades(session)
    table.note = Phrase(
        "风险分 0–100：各因素按客户自身历史归一到 0–1，乘以权重；高 ≥ {high}，中 ≥ {medium}。"
        "右侧各列为该因素在风险分中所占的分数。",
        high=high,
        medium=medium,
    )
    table.chart = _chart(scored)
    return table


def _chart(scored: list[CustomerRisk]) -> ChartData:
    """Balance by grade."""
    by_grade = {g: ZERO for g in (rules.HIGH, rules.MEDIUM, rules.LOW)}
    counts = {g: 0 for g in by_grade}
    for entry in scored:
        by_grade[entry.result.grade] += entry.balance
        counts[entry.result.grade] += 1
    colours = {rules.HIGH: "#C00000", rules.MEDIUM: "#ED7D31", rules.LOW: "#70AD47"}
    grades = list(by_grade)
    # one series per grade, each with a value only in its own bar, so each bar has its colour
    series = [
        Series(g, g, [by_grade[g] if other == g else ZERO for other in grades], colours[g])
        for g in grades
    ]
    return ChartData(
        STACKED,
        "各风险等级的未收余额（万元）",
        [(g, f"{g}（{counts[g]}家）") for g in grades],
        series,
        "万元",
        Decimal(10000),
    )


def risk_detail(session: Session, actor: Actor, key: int, period: Period) -> Table:
    """The customer's invoices the score read: due in the history window, or open on the date."""
    actor.require(Permission.VIEW_RECEIVABLES)
    as_of = period.as_of
    open_ = _open_on(session, as_of)
    query = (
        select(
            Invoice.id,
            Invoice.number,
            Invoice.issued_on,
            Invoice.due_on,
            Invoice.amount,
            Invoice.settled_on,
        )
        .where(
            Invoice.customer_id == key,
            Invoice.issued_on <= as_of,
            or_(
                Invoice.due_on >= as_of - timedelta(days=HISTORY_DAYS),
                Invoice.settled_on.is_(None),
                Invoice.settled_on > as_of,
            ),
        )
        .order_by(Invoice.due_on, Invoice.number)
    )
    name = session.scalar(select(Customer.name).where(Customer.id == key))
    table = Table(f"{name} 付款记录（截至{as_of}）", DETAIL_HEADERS)
    for invoice, number, issued, due, amount, settled in session.execute(query):
        owed = open_[invoice][3] if invoice in open_ else ZERO
        settled_shown = settled if settled is not None and settled <= as_of else None
        end = settled_shown or as_of
        late = max(0, (end - due).days) if due <= as_of or settled_shown else 0
        table.rows.append([number, issued, due, amount, settled_shown, late, owed])
        table.keys.append(None)
    table.total = [
        "合计",
        "",
        "",
        sum((r[3] for r in table.rows), ZERO),
        "",
        "",
        sum((r[6] for r in table.rows), ZERO),
    ]
    return table


def explain(entry: CustomerRisk, factors: int = 3) -> str:
    """One line: the customer, its score and grade, and the factors that weigh most."""
    labels = {f.key: f.label for f in rules.FACTORS}
    top = sorted(entry.result.points.items(), key=lambda item: item[1], reverse=True)[:factors]
    reasons = "、".join(f"{labels[key]} {points}分" for key, points in top if points > 0)
    return (
        f"{entry.code} {entry.name}：风险分{entry.result.score}（{entry.result.grade}），"
        f"未收{format_money(entry.balance)}元；主要因素：{reasons or '无'}"
    )


def high_risk_lines(session: Session, as_of: date, customer_ids: set[int]) -> list[str]:
    """The customers among these graded 高 on the date, explained (the handover report)."""
    return [
        explain(entry)
        for entry in scores_of(session, as_of, high_only=True)
        if entry.customer_id in customer_ids
    ]
