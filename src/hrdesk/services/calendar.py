"""The official calendar for the years asked about, from the chinese-calendar package."""

from collections.abc import Iterable

from sqlalchemy.orm import Session

from hrdesk.domain.work_calendar import OutsideCalendar, WorkCalendar, YearDays


def work_calendar(session: Session, years: Iterable[int]) -> WorkCalendar:
    """The calendar covering `years`; a year nobody knows raises OutsideCalendar when asked about.

    The session is where days the clerk entered for years outside the package's range are kept.
    """
    known = {}
    for year in set(years):
        try:
            known[year] = package_year(year)
        except OutsideCalendar:
            continue
    return WorkCalendar(known)


def package_year(year: int) -> YearDays:
    """A year as chinese-calendar publishes it (2004 to its last published year)."""
    from chinese_calendar import constants

    holidays = {day: name for day, name in constants.holidays.items() if day.year == year}
    if not holidays:
        raise OutsideCalendar(f"{year} 年不在日历包的范围内")
    in_lieu = {day for day in constants.in_lieu_days if day.year == year}
    days_off = frozenset(day for day in holidays if day.weekday() < 5)
    return YearDays(
        year=year,
        days_off=days_off,
        make_up_days=frozenset(day for day in constants.workdays if day.year == year),
        # a statutory day falling on a weekend moves to the next weekday, which the package
        # lists as a holiday not in lieu: the weekday holidays not in lieu are the paid ones
        paid_holidays=frozenset(day for day in days_off if day not in in_lieu),
    )
