"""Which days are the statutory holidays themselves (法定节假日), paid 300% when worked
(劳动法 第44条 三), as 全国年节及纪念日放假办法 has named them since 2008.

A holiday period (春节 nine days off, say) holds weekends and days in lieu that are only rest
days: working them pays 200% or time off. The statutory days are the named ones:
- 2008–2013: 元旦 1.1; 春节 除夕, 初一, 初二; 清明; 劳动节 5.1; 端午; 中秋; 国庆 10.1–10.3.
- 2014–2024: 春节 初一 to 初三 instead (2013 revision).
- from 2025: 春节 除夕 to 初三, 劳动节 5.1–5.2 (2024 revision).
Lunar festivals come from the table below (a fixed astronomical fact); 清明 is the solar term.
"""

from collections.abc import Callable
from datetime import date, timedelta

FIRST_YEAR = 2008
# 正月初一, 端午 (五月初五), 中秋 (八月十五) by year; the years after 2026 checked against
# lunardate 0.3 (GPL, so not a dependency of this proprietary program).
LUNAR_FESTIVALS = {
    2008: (date(2008, 2, 7), date(2008, 6, 8), date(2008, 9, 14)),
    2009: (date(2009, 1, 26), date(2009, 5, 28), date(2009, 10, 3)),
    2010: (date(2010, 2, 14), date(2010, 6, 16), date(2010, 9, 22)),
    2011: (date(2011, 2, 3), date(2011, 6, 6), date(2011, 9, 12)),
    2012: (date(2012, 1, 23), date(2012, 6, 23), date(2012, 9, 30)),
    2013: (date(2013, 2, 10), date(2013, 6, 12), date(2013, 9, 19)),
    2014: (date(2014, 1, 31), date(2014, 6, 2), date(2014, 9, 8)),
    2015: (date(2015, 2, 19), date(2015, 6, 20), date(2015, 9, 27)),
    2016: (date(2016, 2, 8), date(2016, 6, 9), date(2016, 9, 15)),
    2017: (date(2017, 1, 28), date(2017, 5, 30), date(2017, 10, 4)),
    2018: (date(2018, 2, 16), date(2018, 6, 18), date(2018, 9, 24)),
    2019: (date(2019, 2, 5), date(2019, 6, 7), date(2019, 9, 13)),
    2020: (date(2020, 1, 25), date(2020, 6, 25), date(2020, 10, 1)),
    2021: (date(2021, 2, 12), date(2021, 6, 14), date(2021, 9, 21)),
    2022: (date(2022, 2, 1), date(2022, 6, 3), date(2022, 9, 10)),
    2023: (date(2023, 1, 22), date(2023, 6, 22), date(2023, 9, 29)),
    2024: (date(2024, 2, 10), date(2024, 6, 10), date(2024, 9, 17)),
    2025: (date(2025, 1, 29), date(2025, 5, 31), date(2025, 10, 6)),
    2026: (date(2026, 2, 17), date(2026, 6, 19), date(2026, 9, 25)),
    2027: (date(2027, 2, 6), date(2027, 6, 9), date(2027, 9, 15)),
    2028: (date(2028, 1, 26), date(2028, 5, 28), date(2028, 10, 3)),
    2029: (date(2029, 2, 13), date(2029, 6, 16), date(2029, 9, 22)),
    2030: (date(2030, 2, 3), date(2030, 6, 5), date(2030, 9, 12)),
    2031: (date(2031, 1, 23), date(2031, 6, 24), date(2031, 10, 1)),
    2032: (date(2032, 2, 11), date(2032, 6, 12), date(2032, 9, 19)),
    2033: (date(2033, 1, 31), date(2033, 6, 1), date(2033, 9, 8)),
    2034: (date(2034, 2, 19), date(2034, 6, 20), date(2034, 9, 27)),
    2035: (date(2035, 2, 8), date(2035, 6, 10), date(2035, 9, 16)),
}
ONE_DAY = timedelta(days=1)


def known(year: int) -> bool:
    return year in LUNAR_FESTIVALS


def statutory_days(year: int, qingming: Callable[[int], date]) -> dict[date, str]:
    """The year's statutory holiday days with their names; qingming(year) gives the solar term.
    A year outside the table raises KeyError: the clerk enters its days."""
    new_year, dragon_boat, mid_autumn = LUNAR_FESTIVALS[year]
    eve = new_year - ONE_DAY
    if year >= 2025:
        spring = [eve, new_year, new_year + ONE_DAY, new_year + 2 * ONE_DAY]
        labour = [date(year, 5, 1), date(year, 5, 2)]
    elif year >= 2014:
        spring = [new_year, new_year + ONE_DAY, new_year + 2 * ONE_DAY]
        labour = [date(year, 5, 1)]
    else:
        spring = [eve, new_year, new_year + ONE_DAY]
        labour = [date(year, 5, 1)]
    days = {date(year, 1, 1): "元旦"}
    days |= {day: "春节" for day in spring if day.year == year}
    days[qingming(year)] = "清明节"
    days |= {day: "劳动节" for day in labour}
    days[dragon_boat] = "端午节"
    days[mid_autumn] = "中秋节"
    days |= {date(year, 10, n): "国庆节" for n in (1, 2, 3)}
    return dict(sorted(days.items()))
