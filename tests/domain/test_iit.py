"""Income tax: the worked example of 国家税务总局公告2018年第61号 and cases of our own."""

from decimal import Decimal

import pytest

from hrdesk.domain.iit import (
    MonthIncome,
    YearToDate,
    bonus_tax,
    bracket_trap,
    compare_bonus,
    withhold,
)

D = Decimal


def run_year(months: list[MonthIncome], first_month_employed: int = 1) -> list[Decimal]:
    """Withhold month after month, carrying the totals, as payroll does."""
    year = YearToDate()
    taxes = []
    for index, month in enumerate(months, start=first_month_employed):
        result = withhold(month, year, index - first_month_employed + 1)
        taxes.append(result.this_month)
        year = result.year_to_date(month)
    return taxes


def test_worked_example_from_the_source():
    month = MonthIncome(D(30000), special_deduction=D(4500), additional_deduction=D(2000))
    assert run_year([month] * 3) == [D("555.00"), D("625.00"), D("1850.00")]


def test_every_figure_is_kept_for_the_explanation():
    month = MonthIncome(D(30000), special_deduction=D(4500), additional_deduction=D(2000))
    february = withhold(month, YearToDate(D(30000), D(0), D(4500), D(2000), withheld=D(555)), 2)
    assert (february.cumulative_income, february.cumulative_basic_deduction) == (D(60000), D(10000))
    assert (february.cumulative_taxable, february.rate, february.quick_deduction) == (
        D(37000),
        D("0.10"),
        D(2520),
    )
    assert (february.cumulative_tax, february.withheld_before, february.this_month) == (
        D("1180.00"),
        D(555),
        D("625.00"),
    )


def test_a_june_hire_counts_basic_deduction_from_june():
    month = MonthIncome(D(20000), special_deduction=D(2000))
    june = withhold(month, YearToDate(), months_employed=1)
    assert june.cumulative_basic_deduction == D(5000)
    assert june.this_month == D("390.00")  # (20000 − 5000 − 2000) × 3%
    july = withhold(month, june.year_to_date(month), months_employed=2)
    assert july.cumulative_basic_deduction == D(10000) and july.this_month == D("390.00")


def test_a_month_whose_tax_comes_out_negative_withholds_nothing():
    high = MonthIncome(D(50000))
    low = MonthIncome(D(3000))
    first = withhold(high, YearToDate(), 1)
    second = withhold(low, first.year_to_date(high), 2)
    assert first.this_month == D("1980.00")  # 45,000 × 10% − 2,520
    assert second.computed < 0 and second.this_month == D(0)
    third = withhold(low, second.year_to_date(low), 3)
    assert third.withheld_before == D("1980.00")


def test_bracket_boundaries_of_the_annual_table():
    at_bound = withhold(MonthIncome(D(41000)), YearToDate(), 1)  # taxable exactly 36,000
    assert (at_bound.rate, at_bound.this_month) == (D("0.03"), D("1080.00"))
    above = withhold(MonthIncome(D("41000.01")), YearToDate(), 1)
    assert above.rate == D("0.10") and above.this_month == D("1080.00")  # 3600.001 − 2520, rounded


def test_bonus_taxed_separately_and_its_bracket_edges():
    assert bonus_tax(D(36000)).tax == D("1080.00")
    assert bonus_tax(D(36001)).tax == D("3390.10")
    assert bonus_tax(D(144000)).tax == D("14190.00")  # 12,000 a month: 10% − 210
    assert bonus_tax(D(0)).tax == D(0)
    with pytest.raises(ValueError):
        bonus_tax(D(-1))


def test_bracket_trap_warns_just_above_an_edge():
    trap = bracket_trap(D(36001))
    assert trap.edge == D(36000) and trap.net_lost == D("2309.10")
    assert trap.break_even == D("38566.67")
    assert bonus_tax(trap.break_even).net >= trap.net_at_edge
    assert bonus_tax(trap.break_even - D("0.01")).net < trap.net_at_edge
    assert bracket_trap(D(36000)) is None and bracket_trap(D(40000)) is None
    assert bracket_trap(D(144001)).edge == D(144000)


def test_both_ways_to_tax_the_bonus_are_shown():
    month = MonthIncome(D(10000), special_deduction=D(1000))
    choice = compare_bonus(month, YearToDate(), 1, D(20000))
    assert choice.separately.tax == D("600.00")
    assert choice.wages_alone.this_month == D("120.00")
    assert choice.separate_tax == D("720.00")
    assert choice.merged.this_month == D("720.00")  # 24,000 × 3%: the same here
    early = compare_bonus(month, YearToDate(), 1, D(100000))
    assert (early.separate_tax, early.merged_tax, early.cheaper) == (
        D("9910.00"),
        D("7880.00"),
        "并入综合所得",
    )
    december = compare_bonus(
        MonthIncome(D(60000)), YearToDate(D(660000), withheld=D(100000)), 12, D(36000)
    )
    assert december.separate_tax < december.merged_tax and december.cheaper == "单独计税"
