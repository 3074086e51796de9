"""对账函 rules (domain-cn.md §8): the letter's life, its number, what a reply means.

A letter is generated, sent, then returned confirmed (相符) or disputed (不符, with the
customer's own balance). A sent letter with no reply after the set days shows as 未回函.
A confirmed reply is the customer agreeing to the debt: it restarts the limitation period.
A letter shown to have arrived is a demand for payment: it restarts the period from the day
it arrived, reply or not, and a 不符 reply proves it arrived (诉讼时效规定 第8条).
"""

from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from hrdesk.messages import _


class LetterStatus(StrEnum):
    GENERATED = "已生成"
    SENT = "已寄出"
    CONFIRMED = "已回函·相符"
    DISPUTED = "已回函·不符"
    VOID = "已作废"


NO_REPLY = "未回函"  # shown for a sent letter unanswered too long; not stored
SEND_WAYS = ("快递", "挂号信", "当面递交", "电子邮件", "传真")
# What shows a letter reached the customer (最高人民法院 诉讼时效规定 第8条).
DELIVERY_PROOFS = ("快递查询已签收", "签收回执", "电子邮件已送达", "当面递交签收")
DISPUTED_REPLY_PROOF = "回函不符"  # the reply itself shows the letter arrived


def arrival_by_reply(sent_on: date | None, delivered_on: date | None, replied_on: date) -> date:
    """The day a letter answered 不符 counts as having arrived: the recorded delivery day, else
    the day it was sent — the earliest it can have arrived, so the watch never runs late."""
    if delivered_on is not None:
        return delivered_on
    return sent_on or replied_on


def check_delivery(proof: str, delivered_on: date, sent_on: date | None, today: date) -> None:
    """A delivery is recorded with its proof, on or after the sending and not in the future."""
    if proof not in DELIVERY_PROOFS:
        raise ValueError(_("送达凭证只能是：{proofs}").format(proofs="、".join(DELIVERY_PROOFS)))
    if sent_on is None:
        raise ValueError(_("请先登记寄出，再登记送达"))
    if delivered_on < sent_on:
        raise ValueError(_("送达日期不能早于寄出日期{sent_on}").format(sent_on=sent_on))
    if delivered_on > today:
        raise ValueError(_("送达日期不能晚于今天"))


# Which status may follow which. A reply entered by mistake goes back to 已寄出 (and is then
# entered again); a sent letter that came back undelivered is voided.
TRANSITIONS = {
    LetterStatus.GENERATED: {LetterStatus.SENT, LetterStatus.VOID},
    LetterStatus.SENT: {LetterStatus.CONFIRMED, LetterStatus.DISPUTED, LetterStatus.VOID},
    LetterStatus.CONFIRMED: {LetterStatus.SENT},
    LetterStatus.DISPUTED: {LetterStatus.SENT},
    LetterStatus.VOID: set(),
}


def check_transition(current: LetterStatus, target: LetterStatus) -> None:
    if target not in TRANSITIONS[current]:
        raise ValueError(
            _("对账函状态不能从“{current}”改为“{target}”").format(current=current, target=target)
        )


def shown_status(status: LetterStatus, sent_on: date | None, today: date, reply_days: int) -> str:
    """The status as the clerk sees it: a sent letter waiting past the reply days is 未回函."""
    if status is LetterStatus.SENT and sent_on is not None and (today - sent_on).days > reply_days:
        return NO_REPLY
    return status.value


def pay_by_date(as_of: date, made_on: date, pay_days: int, due_dates: list[date]) -> date:
    """付款期限: the set days after the letter is made (or after its as-of date, if later),
    but never before any listed invoice falls due.

    The letter confirms the whole balance and asks for it by one date. Asking for an invoice
    before its due date asks for money the customer does not yet owe (and a court would not
    count it as overdue), so the date waits for the latest due invoice on the letter.
    """
    usual = max(as_of, made_on) + timedelta(days=pay_days)
    return max([usual, *due_dates])


def letter_number(year: int, serial: int) -> str:
    """DZ-2026-0001: the year and a serial that is never reused."""
    return f"DZ-{year}-{serial:04d}"


def difference(our_balance: Decimal, stated: Decimal) -> Decimal:
    """How much more we say the customer owes than the customer does (negative: less)."""
    return our_balance - stated
