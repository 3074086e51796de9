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
from hrdesk.domain.wages import (
    Overtime,
    absences,
    daily_wage,
    overtime_pay,
    partial_month_pay,
    room_above_minimum_wage,
)

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
    assert absences(D(8700), D(8700), D(2), D(0), D("0.6")).total == D("800.00")
    assert absences(D(8700), D(8700), D(0), D(5), D("0.6")).total == D("800.00")  # 40% of 5 days
    with pytest.raises(ValueError):
        absences(D(8700), D(8700), D(0), D(1), D("1.2"))


def test_a_part_month_pays_the_paid_days_at_21_75_never_more_than_the_month():
    # domain-cn.md §11: 10,000 a month, hired Monday 2026-03-16 → 12 paid days → 5,517.24
    assert partial_month_pay(D(10000), 12, 22) == D("5517.24")
    assert partial_month_pay(D(10000), 22, 22) == D(10000)  # a whole month is the month's pay
    assert partial_month_pay(D(10000), 22, 23) == D(10000)  # 22 × 459.77 > 10,000: capped
    assert partial_month_pay(D(10000), 0, 22) == D(0)


def test_absences_stop_at_the_months_fixed_pay():
    # 23 working days of 事假 at 400 a day would take 9,200 off 8,700: 应发 stays at 0
    month = absences(D(8700), D(8700), D(23), D(0), D("0.6"))
    assert (month.total, month.capped) == (D(8700), True)
    # a part month: the cap is the pay for the days employed
    hired_late = absences(D(8700), D(4000), D(12), D(0), D("0.6"))
    assert (hired_late.total, hired_late.capped) == (D(4000), True)


def test_sick_days_are_paid_at_least_80_percent_of_the_minimum_wage():
    # 3,000 a month, the company pays 60%; minimum wage 2,690 → floor 2,152 a month
    whole_month = absences(D(3000), D(3000), D(0), D("21.75"), D("0.6"), minimum_wage=D(2690))
    assert (whole_month.sick_days_pay, whole_month.floor_applied) == (D("2152.00"), True)
    assert D(3000) - whole_month.total == D("2152.00")
    # 23 sick working days: the floor is a month's 80% at most, never 23/21.75 of it
    long_month = absences(D(3000), D(3000), D(0), D(23), D("0.6"), minimum_wage=D(2690))
    assert D(3000) - long_month.total == D("2152.00")
    # 5 sick days: 5 × 2,152 / 21.75 = 494.71 beats 60% (413.79)
    part = absences(D(3000), D(3000), D(0), D(5), D("0.6"), minimum_wage=D(2690))
    assert (part.sick_days_pay, part.total) == (D("494.71"), D("194.94"))
    # a well-paid employee's 60% is above the floor: the company's ratio applies
    well_paid = absences(D(8700), D(8700), D(0), D(5), D("0.6"), minimum_wage=D(2690))
    assert (well_paid.total, well_paid.floor_applied) == (D("800.00"), False)
    # 事假 never eats into the sick days' floor
    both = absences(D(3000), D(3000), D(13), D(10), D("0.6"), minimum_wage=D(2690))
    assert D(3000) - both.total == both.sick_days_pay == D("989.43")


def test_overtime_stays_out_of_the_minimum_wage_comparison_for_a_loss():
    # 2,900 of which 300 is overtime: compared 2,600 < 2,690, nothing may be deducted
    step = instalment(
        D(500), D(2900), D(0), D(2690), minimum_wage_net_of_contributions=False, overtime=D(300)
    )
    assert (step.amount, step.limited_by) == (D(0), "最低工资")
    # without overtime the same pay leaves 210 of room
    assert instalment(D(500), D(2900), D(0), D(2690), False).amount == D(210)


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


def test_room_above_the_minimum_wage_for_any_deduction():
    # 2,600 against a minimum of 2,500 leaves 100; overtime pay is no room; net of 240 own
    # contributions a 3,000 wage leaves 260 instead of 500.
    assert room_above_minimum_wage(D(2600), D(2500)) == D(100)
    assert room_above_minimum_wage(D("2689.66"), D(2500), overtime=D("89.66")) == D(100)
    assert room_above_minimum_wage(D(2400), D(2500)) == D(0)
    net = room_above_minimum_wage(
        D(3000), D(2500), personal_contributions=D(240), net_of_contributions=True
    )
    assert net == D(260)
