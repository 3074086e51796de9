"""Backtesting the risk score (回测): score every customer as of a past date, then look at how
much of that day's balance was still unpaid some days later, grade by grade."""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func
from sqlalchemy.orm import Session

from hrdesk.domain import risk as rules
from hrdesk.services.receivables import balance_query
from hrdesk.services.reports.common import ZERO
from hrdesk.services.reports.risk import scores_of
from hrdesk.storage.base import as_money
from hrdesk.storage.models import Invoice


@dataclass(frozen=True)
class GradeOutcome:
    grade: str
    customers: int
    balance: Decimal  # owed on the scoring date
    unpaid_later: Decimal  # of that, still owed `horizon` days later

    @property
    def share_unpaid(self) -> Decimal | None:
        if not self.balance:
            return None
        return (self.unpaid_later / self.balance).quantize(Decimal("0.001"), ROUND_HALF_UP)


def _still_owed(session: Session, as_of: date, later: date) -> dict[int, Decimal]:
    """customer → what it still owed on `later` of the invoices issued by `as_of`."""
    query, balance = balance_query(later)
    query = (
        query.with_only_columns(Invoice.customer_id, as_money(func.sum(balance)))
        .where(Invoice.issued_on <= as_of, balance != 0)
        .group_by(Invoice.customer_id)
    )
    return dict(session.execute(query).all())


def backtest(session: Session, as_of: date, horizon: int = 180) -> list[GradeOutcome]:
    """One line per grade (高, 中, 低): customers, their balance on as_of, and how much of it
    was still unpaid `horizon` days later. A score that works leaves more unpaid at 高."""
    later = as_of + timedelta(days=horizon)
    owed_later = _still_owed(session, as_of, later)
    totals = {g: [0, ZERO, ZERO] for g in (rules.HIGH, rules.MEDIUM, rules.LOW)}
    for entry in scores_of(session, as_of):
        line = totals[entry.result.grade]
        line[0] += 1
        line[1] += entry.balance
        line[2] += min(entry.balance, max(ZERO, owed_later.get(entry.customer_id, ZERO)))
    return [GradeOutcome(g, *values) for g, values in totals.items()]
