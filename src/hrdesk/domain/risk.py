"""Collection-risk score (回款风险评分): eight factors from a customer's own history, each
normalised to 0–1, weighted, and summed to 0–100 with a grade 高/中/低.

Every factor is explainable: its value and its points are kept beside the score, so the
screen can say why a customer is 高. The rules (docs/reports.md):
- an invoice overdue and unpaid on the date counts as paid late by its days overdue;
- no payment history is not a good history: a history factor without history takes 0.5;
- a balance with no sales in the last 12 months takes the worst value of balance-to-sales.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from hrdesk.messages import _

ZERO = Decimal(0)
ONE = Decimal(1)
UNKNOWN = Decimal("0.5")  # a history factor of a customer without history
LATE_DAYS_WORST = 90  # average days paid late at which the factor is at its worst
OLDEST_WORST = 365  # days overdue of the oldest open invoice at which the factor is worst
LIMITATION_WINDOW = 730  # days before the limitation period ends at which the factor starts
UNANSWERED_LETTER = Decimal("0.6")  # a sent 对账函 unanswered past the reply days
HIGH, MEDIUM, LOW = "高", "中", "低"


@dataclass(frozen=True)
class Factor:
    key: str
    label: str
    weight: int  # the default weight


FACTORS = (
    Factor("late_days", "平均逾期天数", 20),
    Factor("on_time", "未按时付款比例", 15),
    Factor("oldest_overdue", "最久逾期天数", 15),
    Factor("overdue_share", "逾期占余额比例", 15),
    Factor("partial", "分次付款比例", 5),
    Factor("letters", "对账函不符或未回", 10),
    Factor("limitation", "诉讼时效临近", 10),
    Factor("balance_to_sales", "余额与近12个月销售额之比", 10),
)
DEFAULT_WEIGHTS = {f.key: f.weight for f in FACTORS}
DEFAULT_GRADES = (60, 30)  # 高 at or above the first, 中 at or above the second


@dataclass(frozen=True)
class DueInvoice:
    """An invoice due on or before the date: paid (settled) or still open."""

    amount: Decimal
    days_late: int  # settled: days after the due date it was settled (0 if on time);
    # open: days overdue on the date
    paid_in_parts: bool  # more than one payment, or open with part of it paid


@dataclass(frozen=True)
class History:
    """What the score reads about one customer as of a date."""

    due: list[DueInvoice]
    balance: Decimal
    overdue: Decimal
    oldest_overdue_days: int  # 0 when nothing is overdue
    letter_disputed: bool  # a 不符 reply whose dispute is not closed
    letter_unanswered: bool  # a sent letter unanswered past the reply days
    limitation_days_left: int | None  # None when nothing is overdue
    sales_12_months: Decimal


@dataclass(frozen=True)
class Score:
    score: int  # 0–100
    grade: str
    values: dict[str, Decimal]  # factor key → normalised value 0–1
    points: dict[str, Decimal]  # factor key → its points of the score, to 0.1


def _capped(value: Decimal) -> Decimal:
    return min(ONE, max(ZERO, value))


def factor_values(history: History) -> dict[str, Decimal]:
    """Each factor normalised to 0 (good) … 1 (bad)."""
    due_total = sum((d.amount for d in history.due), ZERO)
    if due_total > 0:
        late = sum((d.amount * d.days_late for d in history.due), ZERO) / due_total
        late_days = _capped(late / LATE_DAYS_WORST)
        on_time = sum((d.amount for d in history.due if d.days_late == 0), ZERO) / due_total
        not_on_time = ONE - on_time
        partial = Decimal(sum(d.paid_in_parts for d in history.due)) / len(history.due)
    else:
        late_days = not_on_time = partial = UNKNOWN
    overdue_share = history.overdue / history.balance if history.balance > 0 else ZERO
    if history.letter_disputed:
        letters = ONE
    elif history.letter_unanswered:
        letters = UNANSWERED_LETTER
    else:
        letters = ZERO
    left = history.limitation_days_left
    limitation = ZERO if left is None else _capped(ONE - Decimal(left) / LIMITATION_WINDOW)
    if history.balance <= 0:
        to_sales = ZERO
    elif history.sales_12_months <= 0:
        to_sales = ONE
    else:
        to_sales = _capped(history.balance / history.sales_12_months)
    return {
        "late_days": late_days,
        "on_time": not_on_time,
        "oldest_overdue": _capped(Decimal(history.oldest_overdue_days) / OLDEST_WORST),
        "overdue_share": _capped(overdue_share),
        "partial": partial,
        "letters": letters,
        "limitation": limitation,
        "balance_to_sales": to_sales,
    }


def check_weights(weights: dict[str, int]) -> dict[str, int]:
    """Every factor a whole weight 0–100, at least one above zero; returns them in order."""
    unknown = set(weights) - set(DEFAULT_WEIGHTS)
    if unknown:
        raise ValueError(_("未知的风险因素：{factors}").format(factors="、".join(sorted(unknown))))
    checked = {}
    for factor in FACTORS:
        weight = weights.get(factor.key, 0)
        if not isinstance(weight, int) or not 0 <= weight <= 100:
            raise ValueError(_("{label}的权重应是0到100的整数").format(label=factor.label))
        checked[factor.key] = weight
    if not any(checked.values()):
        raise ValueError(_("至少一个风险因素的权重应大于0"))
    return checked


def check_grades(high: int, medium: int) -> tuple[int, int]:
    if not 0 < medium < high <= 100:
        raise ValueError(_("等级分数线应满足 0 < 中 < 高 ≤ 100"))
    return high, medium


def grade(score: int, grades: tuple[int, int] = DEFAULT_GRADES) -> str:
    high, medium = grades
    return HIGH if score >= high else MEDIUM if score >= medium else LOW


# Read from every invoice of the last year (the costly part): paid history and sales.
YEAR_FACTORS = ("late_days", "on_time", "partial", "balance_to_sales")


def highest_possible(history: History, weights: dict[str, int]) -> Decimal:
    """The score this customer would get were its last year the worst: a bound that lets a
    caller skip reading the year of customers who cannot reach a grade anyway."""
    values = factor_values(history) | {key: ONE for key in YEAR_FACTORS}
    total_weight = sum(weights.values())
    return sum((values[k] * weights.get(k, 0) for k in values), ZERO) * 100 / total_weight


def score(
    history: History,
    weights: dict[str, int] | None = None,
    grades: tuple[int, int] = DEFAULT_GRADES,
) -> Score:
    """The weighted sum of the factors scaled to 0–100; points show each factor's part."""
    weights = weights or DEFAULT_WEIGHTS
    total_weight = sum(weights.values())
    values = factor_values(history)
    raw = {key: values[key] * weights.get(key, 0) * 100 / total_weight for key in values}
    total = int(sum(raw.values(), ZERO).quantize(ONE, ROUND_HALF_UP))
    points = {key: value.quantize(Decimal("0.1"), ROUND_HALF_UP) for key, value in raw.items()}
    return Score(total, grade(total, grades), values, points)
