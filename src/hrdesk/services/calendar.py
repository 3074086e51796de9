"""The official calendar for the years asked about, from the chinese-calendar package, with the
statutory (300%) days of each year, and the days a clerk entered for a year the package does
not know yet (新一年的放假安排 before the package is updated)."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hrdesk.domain import statutory_holidays
from hrdesk.domain.roles import Permission
from hrdesk.domain.work_calendar import OutsideCalendar, WorkCalendar, YearDays
from hrdesk.services import audit
from hrdesk.services.actor import Actor
from hrdesk.storage.models import CalendarDay

OFF, WORK = "休", "班"


def work_calendar(session: Session, years: Iterable[int]) -> WorkCalendar:
    """The calendar covering `years`; a year nobody knows raises OutsideCalendar when asked about.

    The session is where days the clerk entered for years outside the package's range are kept.
    """
    known = {}
    entered = _entered(session, set(years))
    for year in set(years):
        if entered.get(year):
            known[year] = entered_year(year, entered[year])
            continue
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
        statutory_days=frozenset(_statutory(year)),
    )


def _qingming(year: int) -> date:
    from chinese_calendar import get_solar_terms

    return next(
        day for day, name in get_solar_terms(date(year, 4, 1), date(year, 4, 10)) if name == "清明"
    )


def _statutory(year: int) -> dict[date, str]:
    """The year's statutory days by 全国年节及纪念日放假办法; empty for a year the table lacks."""
    if not statutory_holidays.known(year):
        return {}
    return statutory_holidays.statutory_days(year, _qingming)


@dataclass(frozen=True)
class EnteredDay:
    """A day the clerk entered: 休 (a holiday day off) or 班 (a make-up working day)."""

    day: date
    kind: str
    name: str = ""
    statutory: bool = False  # a statutory day itself, 300% when worked


def _entered(session: Session, years: set[int]) -> dict[int, list[EnteredDay]]:
    found: dict[int, list[EnteredDay]] = {}
    if not years:
        return found
    rows = session.scalars(
        select(CalendarDay).where(
            CalendarDay.day >= date(min(years), 1, 1), CalendarDay.day <= date(max(years), 12, 31)
        )
    )
    for row in rows:
        if row.day.year in years:
            found.setdefault(row.day.year, []).append(
                EnteredDay(row.day, row.kind, row.name, row.statutory)
            )
    return found


def entered_year(year: int, days: list[EnteredDay]) -> YearDays:
    """A year as the clerk entered it from the State Council's notice."""
    off = frozenset(d.day for d in days if d.kind == OFF and d.day.weekday() < 5)
    statutory = frozenset(d.day for d in days if d.statutory)
    return YearDays(
        year=year,
        days_off=off,
        make_up_days=frozenset(d.day for d in days if d.kind == WORK),
        paid_holidays=frozenset(day for day in statutory if day.weekday() < 5),
        statutory_days=statutory,
    )


def statutory_only(year: int) -> list[EnteredDay]:
    """A year's statutory days as days off, which the law fixes ahead: where a clerk starts
    entering a year the package does not know (the notice adds the make-up working days)."""
    return [EnteredDay(day, OFF, name, True) for day, name in _statutory(year).items()]


def year_days(session: Session, year: int) -> tuple[str, list[EnteredDay]]:
    """(where the year's days come from, its holiday and make-up days) for the screen:
    "录入" when the clerk entered them, "日历包" from chinese-calendar, "" when nobody knows
    yet (then the statutory days, where the clerk's entering starts)."""
    entered = _entered(session, {year}).get(year)
    if entered:
        return "录入", sorted(entered, key=lambda d: d.day)
    try:
        package = package_year(year)
    except OutsideCalendar:
        return "", statutory_only(year)
    names = _statutory(year)
    days = [
        EnteredDay(day, OFF, names.get(day, ""), day in package.statutory_days)
        for day in sorted(package.days_off | package.statutory_days)
    ]
    days += [EnteredDay(day, WORK, "调休上班") for day in sorted(package.make_up_days)]
    return "日历包", sorted(days, key=lambda d: d.day)


def save_year(session: Session, actor: Actor, year: int, days: list[EnteredDay]) -> None:
    """Replace the days entered for a year (all of them, from the notice), audited."""
    actor.require(Permission.MANAGE_SETTINGS)
    for entered in days:
        if entered.day.year != year:
            raise ValueError(f"{entered.day} 不在{year}年")
        if entered.kind not in (OFF, WORK):
            raise ValueError(f"{entered.day}：类别应为“{OFF}”或“{WORK}”")
        if entered.kind == WORK and entered.statutory:
            raise ValueError(f"{entered.day}：调休上班日不能是法定节假日")
    if len({d.day for d in days}) != len(days):
        raise ValueError("同一天录入了两次")
    before = len(_entered(session, {year}).get(year, []))
    session.execute(
        delete(CalendarDay).where(
            CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31)
        )
    )
    session.add_all(
        CalendarDay(
            day=d.day, kind=d.kind, name=d.name, statutory=d.statutory, entered_by=actor.name
        )
        for d in days
    )
    audit.record(session, actor, "录入节假日安排", "calendar", year, "天数", before, len(days))
    session.flush()
