"""Annual leave by cumulative years of work (条例第3条, 实施办法第4、5、12条) and the ledger."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from hrdesk.domain.leave import (
    Counts,
    Entry,
    EntryKind,
    annual_entitlement,
    days_in_period,
    explain,
    full_entitlement,
    unused_on_leaving,
    years_of_work,
)

D = Decimal


@pytest.mark.parametrize(
    ("years", "days"), [(0, 0), (1, 5), (9, 5), (10, 10), (19, 10), (20, 15), (35, 15)]
)
def test_entitlement_by_years_of_work(years, days):
    assert full_entitlement(years) == days


def test_years_with_earlier_employers_count():
    # Worked since 2010, hired here in 2024: 16 full years at 1 January 2026 → 10 days.
    due = annual_entitlement(date(2010, 3, 1), date(2024, 5, 6), 2026)
    assert (due.years_of_work, due.full_days, due.days) == (15, 10, 10)


def test_a_new_hire_gets_the_remaining_days_pro_rata():
    # 实施办法第5条: hired 1 July 2026 with 12 years of work: 184 days ÷ 365 × 10 = 5.04 → 5.
    due = annual_entitlement(date(2014, 1, 1), date(2026, 7, 1), 2026)
    assert due.days == 5
    assert "184天" in due.basis


def test_first_year_of_work_counts_from_the_day_it_completes():
    # First job ever from 1 April 2025: 12 months done on 1 April 2026; 275 days left → 3.
    due = annual_entitlement(date(2025, 4, 1), date(2025, 4, 1), 2026)
    assert due.counted_from == date(2026, 4, 1)
    assert due.days == 3
    assert annual_entitlement(date(2025, 4, 1), date(2025, 4, 1), 2025).days == 0


def test_a_leaver_gets_the_days_passed_pro_rata():
    # 第12条: leaving 30 June 2026 with 10 days a year: 181 ÷ 365 × 10 = 4.96 → 4; 1 taken → 3.
    due = annual_entitlement(date(2010, 1, 1), date(2015, 1, 1), 2026, date(2026, 6, 30))
    assert due.days == 4
    assert unused_on_leaving(due, D(1)) == 3
    assert unused_on_leaving(due, D(6)) == 0  # taken beyond it is not clawed back


def test_years_of_work_are_whole_years():
    assert years_of_work(date(2016, 3, 2), date(2026, 3, 1)) == 9
    assert years_of_work(date(2016, 3, 2), date(2026, 3, 2)) == 10


def test_a_balance_explains_itself_entry_by_entry():
    lines = explain(
        [
            Entry(date(2026, 3, 2), "年休假", EntryKind.USE, D(-2)),
            Entry(date(2026, 1, 1), "年休假", EntryKind.GRANT, D(10)),
            Entry(date(2026, 1, 1), "年休假", EntryKind.CARRY, D(3)),
        ]
    )
    assert [line.balance for line in lines] == [D(10), D(13), D(11)]


def test_leave_days_skip_weekends_and_holidays_but_maternity_runs_through():
    weekdays = lambda day: day.weekday() < 5  # noqa: E731
    start = date(2026, 3, 2)  # a Monday
    assert days_in_period(start, start + timedelta(days=13), Counts.WORKDAYS, weekdays) == 10
    assert days_in_period(start, start + timedelta(days=13), Counts.CALENDAR, weekdays) == 14


def test_no_annual_leave_before_twelve_months_of_work():
    due = annual_entitlement(date(2026, 2, 27), date(2026, 2, 27), 2026)
    assert (due.years_of_work, due.days) == (0, 0)
    assert "2027-02-27满一年" in due.basis
