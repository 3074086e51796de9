"""The official working calendar (工作日历): working days, paid statutory holidays, 计薪天数.

Statutory holidays and make-up working days (调休) change every year, so a year's days come
from outside (the chinese-calendar package, or days the clerk entered); this module only
answers questions about the days it was given.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from hrdesk.messages import _


class OutsideCalendar(Exception):
    """No official days are known for the year asked about (message in Chinese)."""


@dataclass(frozen=True)
class YearDays:
    """One year's official arrangement."""

    year: int
    days_off: frozenset[date]  # weekdays off for a holiday (放假), days in lieu included
    make_up_days: frozenset[date]  # weekend days worked instead (调休上班)
    paid_holidays: frozenset[date]  # statutory holiday days (法定节假日): paid, 300% overtime
    # Every statutory day itself, weekends included: work on it pays 300% (劳动法 第44条 三);
    # the rest of a holiday period is rest days (200% or time off).
    statutory_days: frozenset[date] = frozenset()


@dataclass(frozen=True)
class WorkCalendar:
    years: Mapping[int, YearDays]

    def _year(self, day: date) -> YearDays:
        try:
            return self.years[day.year]
        except KeyError:
            raise OutsideCalendar(
                _(
                    "{year} 年的法定节假日和调休安排未知：请在设置中录入该年的放假和调休上班日期"
                ).format(year=day.year)
            ) from None

    def is_working_day(self, day: date) -> bool:
        year = self._year(day)
        if day in year.make_up_days:
            return True
        return day.weekday() < 5 and day not in year.days_off

    def is_paid_holiday(self, day: date) -> bool:
        return day in self._year(day).paid_holidays

    def is_statutory(self, day: date) -> bool:
        """A statutory holiday day itself (300% overtime), whichever weekday it falls on."""
        return day in self._year(day).statutory_days

    def day_kind(self, day: date) -> str:
        """工作日, 休息日 or 节假日 (statutory): the three overtime rates' days."""
        if self.is_statutory(day):
            return "节假日"
        return "工作日" if self.is_working_day(day) else "休息日"

    def working_days(self, first: date, last: date) -> int:
        return sum(1 for day in _days(first, last) if self.is_working_day(day))

    def paid_days(self, first: date, last: date) -> int:
        """计薪天数 from first to last inclusive: working days plus paid statutory holidays."""
        return sum(
            1 for day in _days(first, last) if self.is_working_day(day) or self.is_paid_holiday(day)
        )


def _days(first: date, last: date):
    for offset in range((last - first).days + 1):
        yield first + timedelta(days=offset)
