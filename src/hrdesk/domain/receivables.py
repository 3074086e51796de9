"""Receivables rules (应收账款, domain-cn.md §8–9): aging, allocation, limitation, commission.

Pure functions over dates and Decimals; the services feed them stored rows.
"""

import hashlib
import itertools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from hrdesk.domain.money import round_fen
from hrdesk.messages import _

ZERO = Decimal(0)

# Upper bounds (days past due) of the default aging buckets; beyond the last is its own bucket.
DEFAULT_BUCKET_BOUNDS = (30, 60, 90, 180, 365)
NOT_DUE = "未到期"

LIMITATION_YEARS = 3  # 民法典 第188条


def bucket_labels(bounds: tuple[int, ...]) -> list[str]:
    """未到期, 1-30天, 31-60天 … 365天以上: the headers interfaces.md names for the default bounds."""
    labels = [NOT_DUE]
    lower = 1
    for upper in bounds:
        labels.append(f"{lower}-{upper}天")
        lower = upper + 1
    labels.append(f"{bounds[-1]}天以上")
    return labels


def check_bounds(bounds: list[int]) -> tuple[int, ...]:
    """Bucket bounds as the user typed them, refused unless positive and rising."""
    if not bounds:
        raise ValueError(_("账龄区间至少要有一个分界天数"))
    if bounds[0] < 1 or any(b <= a for a, b in itertools.pairwise(bounds)):
        raise ValueError(_("账龄区间的分界天数必须是递增的正整数，如 30、60、90"))
    return tuple(bounds)


def bucket_index(days_past_due: int, bounds: tuple[int, ...]) -> int:
    """0 for not yet due (due today included); then one bucket per bound; the last is beyond."""
    if days_past_due <= 0:
        return 0
    for index, upper in enumerate(bounds, start=1):
        if days_past_due <= upper:
            return index
    return len(bounds) + 1


def oldest_first(
    amount: Decimal, open_invoices: list[tuple[int, date, Decimal]], named: int | None = None
) -> tuple[list[tuple[int, Decimal]], Decimal]:
    """Apply a receipt: the invoice it names first, then the oldest due (§8); (applied, credit left).

    open_invoices are (invoice id, due date, balance); ties on the due date go by id.
    """
    order = sorted(open_invoices, key=lambda i: (i[0] != named, i[1], i[0]))
    applied = []
    left = amount
    for invoice_id, _due, balance in order:
        if left <= 0:
            break
        if balance <= 0:
            continue
        part = min(left, balance)
        applied.append((invoice_id, part))
        left -= part
    return applied, left


def add_years(day: date, years: int) -> date:
    """The same day so many years on; 29 February falls back to the 28th."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def limitation_end(oldest_open_due: date, last_acknowledgement: date | None) -> date:
    """When the 3-year period ends: from the due date, restarted by each later acknowledgement (Art. 195)."""
    start = oldest_open_due
    if last_acknowledgement is not None and last_acknowledgement > start:
        start = last_acknowledgement
    return add_years(start, LIMITATION_YEARS)


@dataclass(frozen=True)
class CoefficientStep:
    """Collections up to max_days late (None: any later) earn this share of the commission."""

    max_days: int | None
    coefficient: Decimal


# domain-cn.md §9: on time 1.0; 1–90 days late 0.8; 91–180 days 0.5; later nothing.
DEFAULT_COEFFICIENTS = (
    CoefficientStep(0, Decimal("1.0")),
    CoefficientStep(90, Decimal("0.8")),
    CoefficientStep(180, Decimal("0.5")),
    CoefficientStep(None, Decimal("0")),
)
DEFAULT_HOLD_BELOW = Decimal("0.5")  # of the month's collection target


def check_coefficients(steps: list[CoefficientStep]) -> tuple[CoefficientStep, ...]:
    """A coefficient table as edited: rising day limits, the last open-ended, each 0–1."""
    if not steps or steps[-1].max_days is not None:
        raise ValueError(_("提成系数表的最后一档必须是“以上”（不填天数）"))
    limits = [s.max_days for s in steps[:-1]]
    if any(limit is None for limit in limits) or any(b <= a for a, b in itertools.pairwise(limits)):
        raise ValueError(_("提成系数表的天数必须逐档递增"))
    if any(not ZERO <= s.coefficient <= 1 for s in steps):
        raise ValueError(_("提成系数必须在0到1之间"))
    return tuple(steps)


def describe_coefficients(steps: tuple[CoefficientStep, ...]) -> str:
    """按时 ×1.0；逾期1-90天 ×0.8；… — the table in words, for statements and screens."""
    parts, start = [], 1
    for step in steps:
        if step.max_days is None:
            parts.append(f"逾期{start - 1}天以上 ×{step.coefficient}")
        elif step.max_days <= 0:
            parts.append(f"按时 ×{step.coefficient}")
        else:
            parts.append(f"逾期{start}-{step.max_days}天 ×{step.coefficient}")
        if step.max_days is not None:
            start = step.max_days + 1
    return "；".join(parts)


def coefficient(days_late: int, steps: tuple[CoefficientStep, ...]) -> Decimal:
    for step in steps:
        if step.max_days is None or days_late <= step.max_days:
            return step.coefficient
    raise ValueError(_("提成系数表没有“以上”一档"))


def commission(amount: Decimal, rate: Decimal, coefficient_: Decimal) -> Decimal:
    """One collected amount's commission, rounded to the fen half up (§1)."""
    return round_fen(amount * rate * coefficient_)


def held(collected: Decimal, target: Decimal | None, hold_below: Decimal) -> bool:
    """Whether the month's commission waits for a manager: collections under the share of target."""
    return bool(target) and collected < target * hold_below


_BRACKETS = str.maketrans({"（": "(", "）": ")", "【": "(", "】": ")", "[": "(", "]": ")"})


def normalise_name(name: str) -> str:
    """A payer or customer name for matching: half-width, no spaces, brackets unified, case folded."""
    folded = unicodedata.normalize("NFKC", name).translate(_BRACKETS)
    return re.sub(r"\s+", "", folded).casefold()


def line_fingerprint(
    received_on: date, amount: Decimal, payer: str, memo: str, balance: Decimal | None
) -> str:
    """A bank line without a 流水号, told apart by what it says: date, amount, payer, memo, balance."""
    # amounts as money (800, 800.0 and 800.00 are one amount, whatever the file type)
    shown_balance = "" if balance is None else f"{balance:.2f}"
    text = "|".join(
        [
            received_on.isoformat(),
            f"{amount:.2f}",
            normalise_name(payer),
            memo.strip(),
            shown_balance,
        ]
    )
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def receipt_key(transaction_no: str, fingerprint: str = "", occurrence: int = 1) -> str:
    """What makes a bank line the same line on a re-import: its 流水号, else its fingerprint and
    a counter, so two real payments alike on one statement both count, and a re-import adds
    neither."""
    return transaction_no or f"H{fingerprint}#{occurrence}"


def days_sales_outstanding(balance: Decimal, sales: Decimal, days: int) -> Decimal | None:
    """DSO = the balance over the period's invoiced sales, times the period's days; None without sales."""
    if sales <= 0:
        return None
    return (balance / sales * days).quantize(Decimal("0.1"))
