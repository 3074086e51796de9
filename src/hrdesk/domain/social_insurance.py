"""Social insurance and housing fund (五险一金): contributions from a city's policy in force.

Rates, floors, caps and rounding are the city's data, never constants here (domain-cn.md §4).
"""

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from hrdesk.domain.money import FEN
from hrdesk.messages import _


class InsuranceItem(StrEnum):
    PENSION = "养老保险"
    MEDICAL = "医疗保险"
    UNEMPLOYMENT = "失业保险"
    WORK_INJURY = "工伤保险"
    MATERNITY = "生育保险"
    HOUSING_FUND = "住房公积金"


class Rounding(StrEnum):
    """How a city rounds each contribution."""

    FEN = "到分"
    JIAO = "到角"
    YUAN = "到元"

    def apply(self, amount: Decimal) -> Decimal:
        step = {Rounding.FEN: FEN, Rounding.JIAO: Decimal("0.1"), Rounding.YUAN: Decimal(1)}[self]
        return amount.quantize(step, rounding=ROUND_HALF_UP).quantize(FEN)


@dataclass(frozen=True)
class ItemPolicy:
    """One item of a city's policy from a date."""

    city: str
    item: InsuranceItem
    effective_from: date
    personal_rate: Decimal
    employer_rate: Decimal
    base_floor: Decimal
    base_cap: Decimal
    personal_fixed: Decimal = Decimal(
        0
    )  # a fixed monthly amount some cities add (Beijing medical: 3)
    rounding: Rounding = Rounding.FEN
    source: str = ""


@dataclass(frozen=True)
class Contribution:
    item: InsuranceItem
    declared_base: Decimal
    base: Decimal  # the declared base clamped to [floor, cap]
    personal_rate: Decimal
    employer_rate: Decimal
    personal: Decimal
    employer: Decimal

    @property
    def clamped(self) -> str:
        if self.base > self.declared_base:
            return "按下限"
        if self.base < self.declared_base:
            return "按上限"
        return ""


def policies_in_force(
    policies: list[ItemPolicy], city: str, on: date
) -> dict[InsuranceItem, ItemPolicy]:
    """Each item's latest policy for the city that has begun by the day."""
    found: dict[InsuranceItem, ItemPolicy] = {}
    for policy in sorted(policies, key=lambda p: p.effective_from):
        if policy.city == city and policy.effective_from <= on:
            found[policy.item] = policy
    return found


def contribution(
    policy: ItemPolicy, declared_base: Decimal, rate_override: Decimal | None = None
) -> Contribution:
    """One item: base clamped to the policy's floor and cap, each side rounded as the city does.

    rate_override is the employee's own housing-fund rate (5%–12%, the same for both sides).
    """
    base = min(max(declared_base, policy.base_floor), policy.base_cap)
    personal_rate = rate_override if rate_override is not None else policy.personal_rate
    employer_rate = rate_override if rate_override is not None else policy.employer_rate
    personal = policy.rounding.apply(base * personal_rate + policy.personal_fixed)
    employer = policy.rounding.apply(base * employer_rate)
    return Contribution(
        policy.item, declared_base, base, personal_rate, employer_rate, personal, employer
    )


def contributions(
    in_force: dict[InsuranceItem, ItemPolicy],
    social_base: Decimal,
    housing_fund_base: Decimal | None,
    housing_fund_rate: Decimal | None,
) -> list[Contribution]:
    """Every item the city's policy has, in the order the register shows them."""
    found = []
    for item in InsuranceItem:
        policy = in_force.get(item)
        if policy is None:
            continue
        if item is InsuranceItem.HOUSING_FUND:
            if housing_fund_rate == 0:
                continue  # the employee does not pay into the fund
            found.append(contribution(policy, housing_fund_base or social_base, housing_fund_rate))
        else:
            found.append(contribution(policy, social_base))
    return found


HOUSING_FUND_RATES = (Decimal("0.05"), Decimal("0.12"))  # 住房公积金 5%–12%, both sides


def housing_fund_rate_problem(rate: Decimal) -> str | None:
    """Why a housing-fund rate outside 5–12% (建金〔2005〕5号) needs a look; None when inside."""
    low, high = HOUSING_FUND_RATES
    if low <= rate <= high:
        return None
    return _("住房公积金比例{rate:f}%不在5%–12%之间，请核对").format(rate=(rate * 100).normalize())
