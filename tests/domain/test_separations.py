"""Leaving: severance N and its caps, notice, annual leave on leaving, the final month's pay."""

from datetime import date
from decimal import Decimal

import pytest

from hrdesk.domain.separations import (
    RULES,
    Ground,
    annual_leave_entitlement,
    final_month_pay,
    notice,
    severance,
    severance_months,
    unused_leave_on_leaving,
    unused_leave_pay,
)

D = Decimal


@pytest.mark.parametrize(
    ("start", "last_day", "months"),
    [
        (date(2023, 1, 1), date(2026, 4, 30), "3.5"),  # 3 years 4 months
        (date(2023, 1, 1), date(2026, 7, 31), "4"),  # 3 years 7 months
        (date(2023, 1, 1), date(2026, 6, 29), "3.5"),  # a day short of 3 years 6 months
        (date(2023, 1, 1), date(2026, 6, 30), "4"),  # 3 years 6 months
        (date(2023, 3, 15), date(2026, 3, 14), "3"),  # exactly three years
        (date(2026, 3, 1), date(2026, 5, 20), "0.5"),
        (date(2023, 1, 1), date(2026, 1, 6), "3.5"),  # three years and six days
        (date(2026, 5, 1), date(2026, 5, 20), "0.5"),  # twenty days
    ],
)
def test_severance_months(start, last_day, months):
    assert severance_months(start, last_day) == D(months)


def test_severance_is_the_average_wage_times_n():
    paid = severance(D("3.5"), D(12000), D(10000))
    assert (paid.amount, paid.capped) == (D(42000), False)


def test_severance_above_three_times_the_local_average_is_capped_at_twelve_years():
    paid = severance(D(15), D(40000), D(10000))
    assert (paid.monthly_wage, paid.months_paid, paid.amount, paid.capped) == (D(30000), D(12), D(360000), True)  # fmt: skip
    # under the wage cap the years are not capped
    assert severance(D(15), D(20000), D(10000)).amount == D(300000)


def test_notice_and_pay_in_lieu():
    short = notice(Ground.INCOMPETENCE, date(2026, 11, 1), date(2026, 11, 15), in_probation=False)
    assert (short.required_days, short.given_days, short.pay_in_lieu_due) == (30, 14, True)
    resigning = notice(Ground.RESIGNATION, date(2026, 11, 1), date(2026, 11, 4), in_probation=True)
    assert (resigning.required_days, resigning.short) == (3, False)
    assert RULES[Ground.RESIGNATION].severance is False and RULES[Ground.INCOMPETENCE].severance


def test_annual_leave_on_leaving_mid_year():
    assert [annual_leave_entitlement(y) for y in (0, 1, 9, 10, 19, 20)] == [0, 5, 5, 10, 10, 15]
    # 30 June: 181 days passed of 365 → 181/365 × 10 = 4.96 → 4 days, less 1 taken
    assert unused_leave_on_leaving(date(2026, 6, 30), 10, D(1)) == 3
    assert unused_leave_on_leaving(date(2026, 2, 1), 5, D(2)) == 0  # taken more than earned
    # 3 days × 8,700 / 21.75 × 200%
    assert unused_leave_pay(3, D(8700)) == D("2400.00")


def test_the_final_month_deducts_the_working_days_after_the_last_one():
    assert final_month_pay(D(8700), 10) == D(4700)  # 8,700 − 400 × 10
    assert final_month_pay(D(8700), 0) == D(8700)
    assert final_month_pay(D(8700), 23) == D(0)  # never below nothing


def test_severance_tax_only_above_three_times_the_local_average_annual_wage():
    from hrdesk.domain.separations import severance_tax

    assert severance_tax(D(300000), D(10000)).tax == D(0)  # within 360,000
    # 400,000 − 360,000 = 40,000 taxed at 10% − 2,520
    assert severance_tax(D(400000), D(10000)).tax == D(1480)
