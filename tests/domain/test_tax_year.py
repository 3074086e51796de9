"""Opening balances and declared deductions with months (domain-cn.md §11), without a database."""

from datetime import date
from decimal import Decimal

from hrdesk.domain.deductions import (
    Declaration,
    DeductionKind,
    cumulative_deductions,
    declaration_problems,
    schedule_problems,
)
from hrdesk.domain.iit import MonthIncome, separate_bonus_allowed, withhold
from hrdesk.domain.opening import OpeningBalance, opening_problems

D = Decimal
CHILD = DeductionKind.CHILD_EDUCATION


def test_the_worked_example_continues_from_opening_balances_through_june():
    # 30,000 a month, own contributions 4,500, child 2,000; opening through June
    # 180,000 / 30,000 / 27,000 / 12,000 and 8,580 paid → July 1,850, August 2,250.
    opening = OpeningBalance(
        2026,
        6,
        D(180000),
        D(8580),
        basic_deduction=D(30000),
        special_deduction=D(27000),
        additional_deduction=D(12000),
    )
    month = MonthIncome(D(30000), special_deduction=D(4500), additional_deduction=D(2000))
    july = withhold(month, opening.year_to_date(date(2020, 1, 1)), months_employed=1)
    assert july.this_month == D("1850.00")
    assert july.cumulative_basic_deduction == D(35000)
    august = withhold(month, july.year_to_date(month), months_employed=2)
    assert august.this_month == D("2250.00")
    assert august.cumulative_basic_deduction == D(40000)


def test_without_opening_balances_july_is_taxed_as_if_it_were_january():
    month = MonthIncome(D(30000), special_deduction=D(4500), additional_deduction=D(2000))
    from hrdesk.domain.iit import YearToDate

    assert withhold(month, YearToDate(), 7).this_month == D(0)  # the under-withholding §11 warns of


def test_an_empty_basic_deduction_counts_the_covered_months_employed():
    since_january = OpeningBalance(2026, 6, D(1), D(0))
    assert since_january.basic_for(date(2019, 5, 1)) == D(30000)
    hired_in_march = OpeningBalance(2026, 6, D(1), D(0))
    assert hired_in_march.basic_for(date(2026, 3, 16)) == D(20000)
    assert OpeningBalance(2026, 6, D(1), D(0), basic_deduction=D(25000)).basic_for(
        date(2019, 1, 1)
    ) == D(25000)
    assert since_january.label == "期初（1–6月，导入）"


def test_bad_opening_figures_are_named_by_column():
    negative = OpeningBalance(2026, 6, D(-1), D(0), special_deduction=D(-5))
    assert [c for c, _r in opening_problems(negative, None)] == ["累计收入", "累计专项扣除"]
    for month in (0, 12):
        found = opening_problems(OpeningBalance(2026, month, D(1), D(0)), None)
        assert [c for c, _r in found] == ["截至月份"]
    too_much = OpeningBalance(2026, 3, D(50000), D(0), basic_deduction=D(20000))
    assert [c for c, _r in opening_problems(too_much, None)] == ["累计减除费用"]
    before_hire = OpeningBalance(2026, 3, D(50000), D(0))
    assert [c for c, _r in opening_problems(before_hire, date(2026, 4, 1))] == ["截至月份"]
    assert opening_problems(before_hire, date(2026, 3, 31)) == []


def _child(start, end=None, through=2026, amount=2000):
    return Declaration(CHILD, D(amount), start, end, through)


def test_a_declaration_reaching_back_counts_every_month_since_its_start():
    # Declared in April from January: April's cumulative deduction holds January to April.
    assert cumulative_deductions(
        [_child(date(2026, 1, 1))], date(2026, 1, 1), date(2026, 4, 1)
    ) == {CHILD: D(8000)}
    # A May hire whose deduction starts at hire counts from May only.
    assert cumulative_deductions(
        [_child(date(2026, 1, 1))], date(2026, 5, 1), date(2026, 5, 1)
    ) == {CHILD: D(2000)}
    # Months covered by opening balances (through June) are never caught up.
    assert cumulative_deductions(
        [_child(date(2026, 1, 1))], date(2026, 7, 1), date(2026, 8, 1)
    ) == {CHILD: D(4000)}


def test_an_end_month_and_a_lapse_stop_the_deduction():
    ended = _child(date(2026, 1, 1), end=date(2026, 3, 1))
    assert cumulative_deductions([ended], date(2026, 1, 1), date(2026, 6, 1)) == {CHILD: D(6000)}
    unconfirmed = _child(date(2026, 1, 1), through=2026)
    assert not unconfirmed.in_force(date(2027, 1, 1))
    assert cumulative_deductions([unconfirmed], date(2027, 1, 1), date(2027, 2, 1)) == {}
    confirmed = _child(date(2026, 1, 1), through=2027)
    assert cumulative_deductions([confirmed], date(2027, 1, 1), date(2027, 2, 1)) == {
        CHILD: D(4000)
    }


def test_the_certificate_counts_3600_once_in_its_year():
    certificate = Declaration(DeductionKind.CERTIFICATE, D(3600), date(2026, 5, 1), None, 2026)
    assert cumulative_deductions([certificate], date(2026, 1, 1), date(2026, 4, 1)) == {}
    for month in (5, 9, 12):
        assert cumulative_deductions([certificate], date(2026, 1, 1), date(2026, month, 1)) == {
            DeductionKind.CERTIFICATE: D(3600)
        }
    assert cumulative_deductions([certificate], date(2027, 1, 1), date(2027, 12, 1)) == {}
    assert declaration_problems(certificate) == []
    wrong = Declaration(DeductionKind.CERTIFICATE, D(400), date(2026, 5, 1), date(2026, 8, 1), 2026)
    assert [c for c, _r in declaration_problems(wrong)] == ["每月金额", "截止月份"]


def test_limits_hold_per_item_and_across_an_employees_items():
    assert [
        c for c, _r in declaration_problems(_child(date(2026, 3, 1), end=date(2026, 1, 1)))
    ] == ["截止月份"]
    assert [c for c, _r in declaration_problems(_child(date(2026, 1, 1), amount=1500))] == [
        "每月金额"
    ]
    mortgage = Declaration(DeductionKind.MORTGAGE_INTEREST, D(1000), date(2026, 1, 1), None, 2026)
    rent_later = Declaration(DeductionKind.HOUSING_RENT, D(1500), date(2026, 6, 1), None, 2026)
    assert [i for i, _r in schedule_problems([mortgage, rent_later])] == [1]
    rent_after_mortgage_ended = Declaration(
        DeductionKind.HOUSING_RENT, D(1500), date(2026, 6, 1), None, 2026
    )
    ended = Declaration(
        DeductionKind.MORTGAGE_INTEREST, D(1000), date(2026, 1, 1), date(2026, 5, 1), 2026
    )
    assert schedule_problems([ended, rent_after_mortgage_ended]) == []
    elderly = [
        Declaration(DeductionKind.ELDERLY_CARE, D(1500), date(2026, 1, 1), None, 2026),
        Declaration(DeductionKind.ELDERLY_CARE, D(2000), date(2026, 4, 1), None, 2026),
    ]
    assert [i for i, _r in schedule_problems(elderly)] == [1]


def test_the_separate_bonus_method_ends_with_2027():
    assert separate_bonus_allowed(date(2027, 12, 1))
    assert not separate_bonus_allowed(date(2028, 1, 1))


def test_when_a_bonus_joins_the_wages():
    from hrdesk.domain.iit import bonus_with_wages

    december_2027, january_2028 = date(2027, 12, 1), date(2028, 1, 1)
    assert bonus_with_wages(december_2027, D(36000), False, False) == (False, "")
    assert bonus_with_wages(december_2027, D(36000), False, True) == (True, "")  # the choice
    merged, note = bonus_with_wages(january_2028, D(36000), False, False)
    assert merged and "2027年12月31日到期" in note
    merged, note = bonus_with_wages(december_2027, D(1000), True, False)
    assert merged and "本年已有一笔奖金单独计税" in note
    assert bonus_with_wages(january_2028, D(0), False, True) == (False, "")


def test_housing_fund_rates_from_5_to_12_percent_pass():
    from hrdesk.domain.social_insurance import housing_fund_rate_problem

    assert housing_fund_rate_problem(D("0.05")) is None
    assert housing_fund_rate_problem(D("0.12")) is None
    assert housing_fund_rate_problem(D("0.03")) == "住房公积金比例3%不在5%–12%之间，请核对"
    assert "12.5%" in housing_fund_rate_problem(D("0.125"))
