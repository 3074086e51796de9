"""Leaving: severance N and its caps, notice, annual leave on leaving, the final month's pay."""

from datetime import date
from decimal import Decimal

import pytest

from hrdesk.domain.grounds import RULES, Ground
from hrdesk.domain.separations import (
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


def test_the_final_month_pays_the_days_worked_at_21_75():
    assert final_month_pay(D(8700), 10, 22) == D(4000)  # 400 × 10
    assert final_month_pay(D(8700), 22, 22) == D(8700)
    assert final_month_pay(D(8700), 0, 22) == D(0)


def test_severance_tax_only_above_three_times_the_local_average_annual_wage():
    from hrdesk.domain.separations import severance_tax

    assert severance_tax(D(300000), D(10000)).tax == D(0)  # within 360,000
    # 400,000 − 360,000 = 40,000 taxed at 10% − 2,520
    assert severance_tax(D(400000), D(10000)).tax == D(1480)


# -- a leaver hired in 2005, under each reason (domain-cn.md §13, 第97条) ---------------

HIRED = date(2005, 3, 1)
LAST = date(2026, 11, 30)
MINIMUM = D(2690)
LOCAL = D(12000)  # local average monthly wage: 3× = 36,000, not binding at 8,000


AVERAGE = D(8000)


def quote(reason, average=AVERAGE, local=LOCAL, agreed=None, agreement=""):
    from hrdesk.domain.grounds import QUOTE_REASONS
    from hrdesk.domain.separations import termination_pay

    return termination_pay(
        QUOTE_REASONS[reason],
        HIRED,
        LAST,
        average,
        minimum_wage=MINIMUM,
        local_average_wage=local,
        agreed_amount=agreed,
        agreement=agreement,
    )


@pytest.mark.parametrize(
    ("reason", "item", "months", "amount"),
    [
        # before 2008: 2 years 10 months → 3 (a started year counts, 12 at most);
        # since 2008-01-01: 18 years 11 months → 19
        ("协商解除", "经济补偿", "22", "176000.00"),
        ("第40条", "经济补偿", "22", "176000.00"),
        ("第41条", "经济补偿", "22", "176000.00"),
        # a contract expiring owed nothing before 2008: counted from 2008-01-01 only
        ("合同到期不续签", "经济补偿", "19", "152000.00"),
        # unlawful: 2N with N from the first day, 21 years 9 months → 22, before 2008 included
        ("违法解除", "赔偿金", "22", "352000.00"),
    ],
)
def test_a_leaver_hired_in_2005_under_each_reason(reason, item, months, amount):
    owed = quote(reason)
    assert (owed.item, owed.severance.months, owed.amount) == (item, D(months), D(amount))


def test_resigning_or_failing_probation_owes_no_severance():
    assert quote("个人辞职") is None
    assert quote("试用期不合格") is None


def test_the_basis_says_how_the_years_before_2008_were_counted():
    assert "第97条" in quote("协商解除").basis
    assert "自2008-01-01起算" in quote("合同到期不续签").basis
    assert "实施条例第25条" in quote("违法解除").basis


def test_the_cap_binds_only_the_years_since_2008_and_2n_at_twelve():
    # 40,000 a month against a local average of 10,000: paid at 30,000
    agreed = quote("协商解除", average=D(40000), local=D(10000))
    assert (agreed.severance.months_paid, agreed.amount) == (D(15), D("450000.00"))  # 3 + 12
    unlawful = quote("违法解除", average=D(40000), local=D(10000))
    assert (unlawful.severance.months_paid, unlawful.amount) == (D(12), D("720000.00"))


def test_an_average_below_the_minimum_wage_is_raised_to_it():
    from hrdesk.domain.grounds import Ground
    from hrdesk.domain.separations import termination_pay

    owed = termination_pay(
        Ground.AGREED_BY_EMPLOYER,
        date(2024, 1, 1),
        date(2026, 5, 31),  # 2 years 5 months: 2.5
        D(2000),
        minimum_wage=MINIMUM,
        local_average_wage=None,
    )
    assert (owed.severance.monthly_wage, owed.amount) == (MINIMUM, D("6725.00"))  # 2.5 × 2,690
    assert "实施条例第27条" in owed.basis


def test_an_agreed_amount_replaces_the_formula_and_shows_it():
    owed = quote("协商解除", agreed=D(50000), agreement="2026-11-20 解除协议第3条")
    assert (owed.amount, owed.agreed) == (D(50000), True)
    assert "2026-11-20 解除协议第3条" in owed.basis and "176,000.00" in owed.basis
