"""The letters list as shown (未回函 included), and 首页's reminder of letters waiting."""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk.domain.letters import LetterStatus, difference, shown_status
from hrdesk.domain.phrases import Phrase
from hrdesk.domain.roles import Permission
from hrdesk.messages import _
from hrdesk.services import attention, settings
from hrdesk.services.actor import Actor
from hrdesk.storage.models import Customer, Employee, Letter


@dataclass(frozen=True)
class LetterRow:
    id: int
    number: str
    customer_code: str
    customer: str
    salesperson: str
    as_of: date
    balance: Decimal
    status: str  # as shown: 未回函 for a sent letter waiting too long
    sent_on: date | None
    sent_via: str
    tracking_no: str
    replied_on: date | None
    stated_balance: Decimal | None
    has_scan: bool
    dispute_open: bool
    delivered_on: date | None = None
    delivery_proof: str = ""

    @property
    def difference(self) -> Decimal | None:
        if self.stated_balance is None:
            return None
        return difference(self.balance, self.stated_balance)


def letter_rows(
    session: Session,
    actor: Actor,
    today: date,
    *,
    status: str | None = None,
    salesperson_id: int | None = None,
    since: date | None = None,
) -> list[LetterRow]:
    """Letters newest first, filtered by status as shown (未回函 included), salesperson, date."""
    actor.require(Permission.MANAGE_LETTERS)
    reply_days = settings.get(session, "letter_reply_days")
    query = (
        select(Letter, Customer.code, Customer.name, Employee.name, Letter.reply_sha256)
        .join(Customer, Customer.id == Letter.customer_id)
        .join(Employee, Employee.id == Letter.salesperson_id)
        .order_by(Letter.number.desc())
    )
    if salesperson_id is not None:
        query = query.where(Letter.salesperson_id == salesperson_id)
    if since is not None:
        query = query.where(Letter.as_of >= since)
    rows = []
    for letter, code, name, salesperson, sha in session.execute(query):
        shown = shown_status(LetterStatus(letter.status), letter.sent_on, today, reply_days)
        if status is not None and shown != status:
            continue
        rows.append(
            LetterRow(
                letter.id,
                letter.number,
                code,
                name,
                salesperson,
                letter.as_of,
                letter.balance,
                shown,
                letter.sent_on,
                letter.sent_via or "",
                letter.tracking_no or "",
                letter.replied_on,
                letter.stated_balance,
                sha is not None,
                letter.status == LetterStatus.DISPUTED and letter.dispute_closed_on is None,
                letter.delivered_on,
                letter.delivery_proof or "",
            )
        )
    return rows


def set_reply_days(session: Session, actor: Actor, days: int) -> None:
    actor.require(Permission.MANAGE_SETTINGS)
    if not 7 <= days <= 180:
        raise ValueError(_("未回函提醒天数应在7到180天之间"))
    settings.put(session, actor, "letter_reply_days", days)


@attention.register(Permission.MANAGE_LETTERS)
def letters_waiting(session: Session, today: date) -> list[attention.AttentionItem]:
    """首页: letters unanswered too long, and disputes not yet resolved."""
    reply_days = settings.get(session, "letter_reply_days")
    unanswered = session.scalar(
        select(func.count(Letter.id)).where(
            Letter.status == LetterStatus.SENT,
            Letter.sent_on < today - timedelta(days=reply_days),
        )
    )
    disputes = session.scalar(
        select(func.count(Letter.id)).where(
            Letter.status == LetterStatus.DISPUTED, Letter.dispute_closed_on.is_(None)
        )
    )
    items = []
    if unanswered:
        items.append(
            attention.AttentionItem(
                Phrase("对账函未回函：{count} 封", count=unanswered),
                Phrase("寄出超过{days}天仍未收到回函，请电话跟进或再次寄送", days=reply_days),
                "letters",
            )
        )
    if disputes:
        items.append(
            attention.AttentionItem(
                Phrase("对账差异待处理：{count} 封", count=disputes),
                Phrase("客户回函余额与账面不符，请核对并登记处理结果"),
                "letters",
                urgent=True,
            )
        )
    return items
