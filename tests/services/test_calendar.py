"""The official calendar: working days, paid statutory holidays and 计薪天数 (domain-cn §5, §11)."""

import calendar
from datetime import date

import pytest

from hrdesk.domain.work_calendar import OutsideCalendar, WorkCalendar, YearDays
from hrdesk.services.calendar import package_year


def year_2026() -> WorkCalendar:
    return WorkCalendar({2026: package_year(2026)})


def test_a_hire_on_monday_16_march_2026_has_12_paid_days():
    assert year_2026().paid_days(date(2026, 3, 16), date(2026, 3, 31)) == 12


def test_a_year_has_365_less_104_rest_days_of_paid_days():
    cal = year_2026()
    months = [
        cal.paid_days(date(2026, m, 1), date(2026, m, calendar.monthrange(2026, m)[1]))
        for m in range(1, 13)
    ]
    assert sum(months) == 261  # the 21.75 × 12 of 劳社部发〔2008〕3号


def test_national_day_week_is_paid_but_not_worked_and_make_up_saturday_is_worked():
    cal = year_2026()
    assert not cal.is_working_day(date(2026, 10, 1))
    assert cal.is_paid_holiday(date(2026, 10, 1))
    assert not cal.is_paid_holiday(date(2026, 10, 6))  # a day in lieu: unpaid rest day moved
    assert cal.is_working_day(date(2026, 10, 10))  # a Saturday worked instead (调休上班)
    assert cal.working_days(date(2026, 10, 1), date(2026, 10, 31)) == 18
    assert cal.paid_days(date(2026, 10, 1), date(2026, 10, 31)) == 21


def test_days_given_for_a_year_are_used_as_given():
    days = YearDays(
        2031,
        days_off=frozenset({date(2031, 1, 1)}),
        make_up_days=frozenset({date(2031, 1, 4)}),
        paid_holidays=frozenset({date(2031, 1, 1)}),
    )
    cal = WorkCalendar({2031: days})
    assert cal.working_days(date(2031, 1, 1), date(2031, 1, 5)) == 3  # 2, 3 and Saturday 4
    assert cal.paid_days(date(2031, 1, 1), date(2031, 1, 5)) == 4


def test_a_year_nobody_published_says_so_in_chinese():
    with pytest.raises(OutsideCalendar, match="2031 年的法定节假日"):
        year_2026().is_working_day(date(2031, 3, 3))
    with pytest.raises(OutsideCalendar, match="不在日历包的范围内"):
        package_year(2031)
