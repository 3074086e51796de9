"""Social insurance, overtime and absence, and loss deductions."""

from datetime import date
from decimal import Decimal

import pytest

from hrdesk.domain.losses import instalment
from hrdesk.domain.social_insurance import (
    InsuranceItem,
    ItemPolicy,
    Rounding,
    contribution,
    contributions,
    policies_in_force,
)
from hrdesk.domain.wages import Overtime, absence_deduction, daily_wage, overtime_pay

D = Decimal
CITY = "示例市"
SINCE = date(2025, 7, 1)


def policy(item, personal, employer, rounding=Rounding.FEN, fixed="0", since=SINCE):
    return ItemPolicy(
        CITY, item, since, D(personal), D(employer), D(7460), D(37302), D(fixed), rounding
    )


POLICY = [
    policy(InsuranceItem.PENSION, "0.08", "0.16"),
    policy(InsuranceItem.MEDICAL, "0.02", "0.09", fixed="3"),
    policy(InsuranceItem.UNEMPLOYMENT, "0.005", "0.005"),
    policy(InsuranceItem.WORK_INJURY, "0", "0.002"),
    policy(InsuranceItem.HOUSING_FUND, "0.07", "0.07", Rounding.YUAN),
]


def test_base_below_the_floor_and_above_the_cap():
    low = contribution(POLICY[0], D(5000))
    assert (low.base, low.personal, low.employer, low.clamped) == (
        D(7460),
        D("596.80"),
        D("1193.60"),
        "按下限",
    )
    high = contribution(POLICY[0], D(50000))
    assert (high.base, high.personal, high.clamped) == (D(37302), D("2984.16"), "按上限")
    inside = contribution(POLICY[0], D(10000))
    assert inside.clamped == "" and inside.personal == D("800.00")


def test_rounding_fixed_amounts_and_the_employees_housing_fund_rate():
    medical = contribution(POLICY[1], D(10000))
    assert medical.personal == D("203.00")  # 2% + 3 yuan
    fund = contribution(POLICY[4], D("10005"), rate_override=D("0.12"))
    assert (fund.personal, fund.employer) == (D("1201.00"), D("1201.00"))  # 1200.60 to the yuan
    assert Rounding.JIAO.apply(D("12.34")) == D("12.30") and Rounding.JIAO.apply(D("12.35")) == D(
        "12.40"
    )


def test_the_policy_in_force_on_the_day():
    newer = policy(InsuranceItem.PENSION, "0.08", "0.15", since=date(2026, 7, 1))
    before = policies_in_force([*POLICY, newer], CITY, date(2026, 6, 30))
    after = policies_in_force([*POLICY, newer], CITY, date(2026, 7, 1))
    assert before[InsuranceItem.PENSION].employer_rate == D("0.16")
    assert after[InsuranceItem.PENSION].employer_rate == D("0.15")
    assert policies_in_force(POLICY, "别的城市", date(2026, 7, 1)) == {}


def test_all_items_for_an_employee():
    found = contributions(
        policies_in_force(POLICY, CITY, date(2026, 1, 1)), D(10000), D(10000), D("0.05")
    )
    assert [c.item for c in found] == [*list(InsuranceItem)[:4], InsuranceItem.HOUSING_FUND]
    assert sum(c.personal for c in found) == D("800") + D("203") + D("50") + D("0") + D("500")
    no_fund = contributions(policies_in_force(POLICY, CITY, date(2026, 1, 1)), D(10000), None, D(0))
    assert InsuranceItem.HOUSING_FUND not in [c.item for c in no_fund]


def test_overtime_premiums_on_the_21_75_day_month():
    monthly = D(8700)  # 400 a day, 50 an hour
    assert daily_wage(monthly) == D(400)
    assert overtime_pay(monthly, Overtime(workday_hours=D(10))) == D("750.00")
    assert overtime_pay(monthly, Overtime(rest_day_hours=D(8))) == D("800.00")
    assert overtime_pay(monthly, Overtime(holiday_hours=D(8))) == D("1200.00")
    assert overtime_pay(D(6000), Overtime(D(1), D(1), D(1))) == D("224.14")  # 34.4827… × 6.5


def test_absence():
    assert absence_deduction(D(8700), D(2), D(0), D("0.6")) == D("800.00")
    assert absence_deduction(D(8700), D(0), D(5), D("0.6")) == D("800.00")  # 40% of 5 days
    with pytest.raises(ValueError):
        absence_deduction(D(8700), D(0), D(1), D("1.2"))


def test_loss_deduction_limited_by_20_percent():
    first = instalment(D(10000), D(6000), D(700), D(2740), minimum_wage_net_of_contributions=False)
    assert (first.amount, first.limited_by, first.outstanding_after) == (
        D("1200.00"),
        "20%上限",
        D("8800.00"),
    )


def test_loss_deduction_limited_by_the_minimum_wage_gross_or_net():
    gross_rule = instalment(
        D(5000), D(3200), D(400), D(2740), minimum_wage_net_of_contributions=False
    )
    assert (gross_rule.amount, gross_rule.limited_by) == (D("460.00"), "最低工资")
    net_rule = instalment(D(5000), D(3200), D(400), D(2740), minimum_wage_net_of_contributions=True)
    assert net_rule.amount == D("60.00")
    none_left = instalment(
        D(5000), D(2700), D(300), D(2740), minimum_wage_net_of_contributions=False
    )
    assert none_left.amount == D(0)


def test_the_rest_carries_over_three_months_until_settled():
    owed = D(3000)
    taken = []
    for gross in (D(6000), D(5000), D(8000)):
        step = instalment(owed, gross, D(600), D(2740), minimum_wage_net_of_contributions=False)
        taken.append((step.amount, step.limited_by))
        owed = step.outstanding_after
    assert taken == [
        (D("1200.00"), "20%上限"),
        (D("1000.00"), "20%上限"),
        (D("800.00"), "欠款余额"),
    ]
    assert owed == 0
