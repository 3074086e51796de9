"""Days sales outstanding (应收账款周转天数) by the count-back method, and turnover (离职率).

Count-back: from the month's end take each month's invoicing off the balance, newest month
first, counting that month's calendar days, and the last month's days in proportion to the
part of its invoicing the balance still covers. Unlike balance ÷ average daily sales, a
seasonal rush of invoicing does not flatter or darken the figure.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

ZERO = Decimal(0)
TENTH = Decimal("0.1")


@dataclass(frozen=True)
class MonthSales:
    days: int  # the month's calendar days
    sales: Decimal  # invoiced in the month


@dataclass(frozen=True)
class CountBack:
    days: Decimal  # DSO, to a tenth of a day
    months_used: int
    covered: bool  # False when the balance is more than every month given could explain


def count_back(balance: Decimal, months: list[MonthSales]) -> CountBack:
    """DSO of a balance at a month's end; months are newest first, the balance's month first.

    Worked example: balance 150,000; November invoiced 100,000 (30 days), October 80,000
    (31 days): 30 + 31 × 50,000 / 80,000 = 49.375 → 49.4 days.
    """
    left = balance
    days = ZERO
    used = 0
    if left <= 0:
        return CountBack(ZERO, 0, True)
    for month in months:
        used += 1
        if month.sales >= left:
            days += Decimal(month.days) * left / month.sales
            return CountBack(days.quantize(TENTH, ROUND_HALF_UP), used, True)
        days += month.days
        left -= max(month.sales, ZERO)
    return CountBack(days.quantize(TENTH, ROUND_HALF_UP), used, False)


def turnover_rate(leavers: int, opening: int, closing: int) -> Decimal | None:
    """离职率: leavers over the average of opening and closing headcount, as a fraction
    to four places (0.0123 = 1.23%); None when nobody was employed."""
    average = Decimal(opening + closing) / 2
    if average == 0:
        return None
    return (Decimal(leavers) / average).quantize(Decimal("0.0001"), ROUND_HALF_UP)


def achievement(actual: Decimal, target: Decimal | None) -> Decimal | None:
    """达成率: collected over target as a fraction to four places; None without a target."""
    if not target:
        return None
    return (actual / target).quantize(Decimal("0.0001"), ROUND_HALF_UP)
