"""DSO by count-back, turnover and achievement: worked examples by hand."""

from decimal import Decimal as D

from hrdesk.domain.dso import MonthSales, achievement, count_back, turnover_rate


def test_count_back_takes_whole_months_then_the_last_in_proportion():
    # 150,000 owed at 30 Nov; Nov invoiced 100,000 (30 days), Oct 80,000 (31 days):
    # 30 + 31 × 50,000 / 80,000 = 49.375 days
    result = count_back(D(150000), [MonthSales(30, D(100000)), MonthSales(31, D(80000))])
    assert result.days == D("49.4")
    assert result.months_used == 2 and result.covered


def test_balance_within_the_last_month():
    # 45,000 of November's 90,000: half of 30 days
    assert count_back(D(45000), [MonthSales(30, D(90000))]).days == D("15.0")


def test_a_month_without_sales_counts_all_its_days():
    months = [MonthSales(31, D(0)), MonthSales(30, D(20000))]
    assert count_back(D(10000), months).days == D("46.0")  # 31 + 30 × ½


def test_a_balance_beyond_the_history_is_marked_not_covered():
    result = count_back(D(500), [MonthSales(28, D(100)), MonthSales(31, D(100))])
    assert result.days == D("59.0") and not result.covered


def test_no_balance_is_zero_days():
    assert count_back(D(0), [MonthSales(30, D(100))]).days == D(0)


def test_turnover_over_average_headcount():
    # 3 left; 100 at the start, 97 + 7 hired = 104 at the end: 3 / 102 = 2.94%
    assert turnover_rate(3, 100, 104) == D("0.0294")
    assert turnover_rate(0, 0, 0) is None


def test_achievement():
    assert achievement(D(8500), D(10000)) == D("0.8500")
    assert achievement(D(8500), None) is None
