"""诉讼时效: acknowledgements that restart the limitation period, and the watch on it."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk.domain.money import format_money
from hrdesk.domain.phrases import Phrase
from hrdesk.domain.receivables import ZERO, limitation_end
from hrdesk.domain.roles import Permission
from hrdesk.messages import _
from hrdesk.services import attention, audit, settings
from hrdesk.services.actor import Actor
from hrdesk.services.receivables.balances import open_balances
from hrdesk.storage.models import Acknowledgement, Customer, Employee, Receipt

# Overdue this long with nothing on file since the due date: a third of the period gone silent.
SILENT_AFTER_DAYS = 365
# 对账函送达: a letter shown to have reached the customer is a demand (诉讼时效规定 第8条).
ACKNOWLEDGEMENT_KINDS = ("对账函确认", "对账函送达", "催款函", "还款计划")


def add_acknowledgement(
    session: Session, actor: Actor, customer_id: int, on_date: date, kind: str, note: str
) -> None:
    """Record a signed confirmation, a written demand or a repayment plan (时效中断)."""
    actor.require(Permission.EDIT_RECEIVABLES)
    record_acknowledgement(session, actor, customer_id, on_date, kind, note)


def record_acknowledgement(
    session: Session, actor: Actor, customer_id: int, on_date: date, kind: str, note: str
) -> int:
    """Keep an acknowledgement; the caller has checked the actor's right (a letter's reply is
    recorded by whoever manages letters). Returns its id."""
    if kind not in ACKNOWLEDGEMENT_KINDS:
        raise ValueError(
            _("时效中断事由只能是：{kinds}").format(kinds="、".join(ACKNOWLEDGEMENT_KINDS))
        )
    row = Acknowledgement(
        customer_id=customer_id, on_date=on_date, kind=kind, note=note, created_by=actor.name
    )
    session.add(row)
    audit.record(
        session, actor, "时效中断", "customer", customer_id, kind, None, f"{on_date}（{note}）"
    )
    session.flush()
    return row.id


def withdraw_acknowledgement(
    session: Session, actor: Actor, acknowledgement_id: int, reason: str
) -> None:
    """Take back an acknowledgement recorded by mistake (a reply entered as 相符 that was not)."""
    row = session.get(Acknowledgement, acknowledgement_id)
    if row is None:
        return
    audit.record(
        session,
        actor,
        "撤销时效中断",
        "customer",
        row.customer_id,
        row.kind,
        f"{row.on_date}（{row.note}）",
        reason,
    )
    session.delete(row)
    session.flush()


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
    def reason(self) -> Phrase:
        if self.days_left < 0:
            ends = Phrase("诉讼时效已于{day}届满", day=self.ends_on)
        else:
            ends = Phrase("诉讼时效{day}届满，还有{days}天", day=self.ends_on, days=self.days_left)
        if not self.nothing_since_due:
            return ends
        return Phrase(
            "{ends}；到期日{day}后没有收款、对账或催款记录", ends=ends, day=self.oldest_due
        )


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
        raise ValueError(_("提前提醒天数应在30到730天之间"))
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
                Phrase("诉讼时效：{customer}", customer=row.customer),
                Phrase(
                    "未收{amount} 元，业务员{salesperson}；{reason}；请尽快寄对账函或催款",
                    amount=format_money(row.balance),
                    salesperson=row.salesperson,
                    reason=row.reason,
                ),
                "receivables",
                urgent=row.days_left <= 90,
                record_id=row.customer_id,
            )
        )
    return items
