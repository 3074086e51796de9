"""Calendar arithmetic the labour rules count in: whole months, clamped to the month's end."""

import calendar
from datetime import date, timedelta

ONE_DAY = timedelta(days=1)


def add_months(day: date, months: int) -> date:
    """The same day N months later; the 31st becomes the month's last day when it has none."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    if day.day <= 28:  # every month has it
        return date(year, month, day.day)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def end_of_period(start: date, months: int) -> date:
    """The last day of N months counted from start, start included (民法典 第二百零三条):
    the day before the same day N months on, or that month's last day when it has no such day
    (a month from 1 March ends 31 March; a month from 31 January ends 28 February)."""
    target = add_months(start, months)
    if target.day < start.day:  # clamped: the month has no corresponding day
        return target
    return target - ONE_DAY


def full_years_between(start: date, end: date) -> int:
    """Whole years from start up to end."""
    years = end.year - start.year
    return years if add_months(start, 12 * years) <= end else years - 1
