"""Leave (休假): the types as data, annual leave by cumulative years of work, and the ledger's
signed entries whose sum is a balance. See domain-cn.md §5 and §12.

职工带薪年休假条例 第3条 (5/10/15 days), 企业职工带薪年休假实施办法 第4条 (years with any
employer count), 第5条 (a new hire's first year pro rata), 第12条 (a leaver's year pro rata).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_FLOOR, Decimal
from enum import StrEnum

from hrdesk.domain.dates import add_months, full_years_between
from hrdesk.domain.phrases import Phrase
from hrdesk.messages import _

ZERO = Decimal(0)
DAYS_IN_YEAR = Decimal(365)
ANNUAL = "年休假"
LIEU = "调休"


class Pay(StrEnum):
    FULL = "全额"
    SICK = "病假工资"
    UNPAID = "无薪"


class Counts(StrEnum):
    """Which days of a period a leave uses up."""

    WORKDAYS = "工作日"  # weekends and statutory holidays excluded (annual leave, 婚丧假)
    CALENDAR = "自然日"  # maternity leave runs through weekends and holidays


class EntryKind(StrEnum):
    """A ledger entry: + grants and credits, − uses and expiries; a carry-over is a pair."""

    GRANT = "发放"
    USE = "使用"
    CARRY = "结转"
    EXPIRE = "作废"
    CREDIT = "调休"  # time off in lieu of rest-day overtime


@dataclass(frozen=True)
class LeaveType:
    name: str
    pay: Pay
    counts: Counts
    yearly_days: int | None = None  # a fixed allowance per event or year; None: by rule or none
    entitled_by: str = ""  # what decides the allowance, for the clerk
    source: str = ""


LEAVE_TYPES = (
    LeaveType(ANNUAL, Pay.FULL, Counts.WORKDAYS, None, "累计工作年限 5/10/15天", "年休假条例第3条"),
    LeaveType("病假", Pay.SICK, Counts.WORKDAYS, None, "医疗期", "劳部发〔1994〕479号"),
    LeaveType("事假", Pay.UNPAID, Counts.WORKDAYS, None, "公司规章制度", ""),
    LeaveType("婚假", Pay.FULL, Counts.WORKDAYS, 3, "每次3天，各省可延长", "劳动部〔1959〕"),
    LeaveType("丧假", Pay.FULL, Counts.WORKDAYS, 3, "每次1至3天", "劳动部〔1959〕"),
    LeaveType(
        "产假",
        Pay.FULL,
        Counts.CALENDAR,
        98,
        "98天，难产+15天，各省另有增加",
        "女职工劳动保护特别规定第7条",
    ),
    LeaveType(
        "陪产假", Pay.FULL, Counts.CALENDAR, 15, "按各省规定（示例15天）", "各省人口与计划生育条例"
    ),
    LeaveType(LIEU, Pay.FULL, Counts.WORKDAYS, None, "休息日加班换取", "劳动法第44条"),
)
LEAVE_BY_NAME = {t.name: t for t in LEAVE_TYPES}


def leave_type(name: str) -> LeaveType:
    if name not in LEAVE_BY_NAME:
        raise ValueError(
            _("没有“{name}”这种假期（可用：{kinds}）").format(
                name=name, kinds="、".join(LEAVE_BY_NAME)
            )
        )
    return LEAVE_BY_NAME[name]


def years_of_work(first_day: date, on: date) -> int:
    """Full years of work anywhere (累计工作年限) from the first day of work to a date."""
    return full_years_between(first_day, on) if on >= first_day else 0


def full_entitlement(years: int) -> int:
    """年休假条例 第3条: under 1 year none; 1–10 years 5 days, 10–20 years 10, 20 and more 15."""
    if years < 1:
        return 0
    return 5 if years < 10 else 10 if years < 20 else 15


def _whole_days(share: Decimal) -> int:
    return int(share.to_integral_value(rounding=ROUND_FLOOR))


@dataclass(frozen=True)
class AnnualEntitlement:
    """A year's annual leave for one employee and how it was worked out."""

    year: int
    years_of_work: int  # full years at the year's start (or when the first year completes)
    full_days: int  # the whole year's entitlement
    counted_from: date  # the first day of the year that counts in this company
    counted_until: date
    days: int  # what is due for the counted days, whole days rounded down
    basis: str


def annual_entitlement(
    first_day_of_work: date, hire_date: date, year: int, last_day: date | None = None
) -> AnnualEntitlement:
    """The year's annual leave. Years of work are counted at 1 January; someone completing
    their first year during the year counts from that day. A new hire counts from the hire
    date (实施办法 第5条: remaining calendar days ÷ 365 × entitlement, rounded down); a leaver
    up to the last day (第12条). Only the part of the year worked here counts."""
    january, december = date(year, 1, 1), date(year, 12, 31)
    first_year_done = add_months(first_day_of_work, 12)
    start = max(january, hire_date, first_year_done)
    years = years_of_work(first_day_of_work, min(max(january, first_year_done), december))
    full = full_entitlement(years)
    until = min(december, last_day) if last_day is not None else december
    if full == 0:
        why = Phrase(
            "累计工作不满一年（{date}满一年），当年没有年休假", date=f"{first_year_done:%Y-%m-%d}"
        )
        return AnnualEntitlement(year, years, full, start, until, 0, why)
    if start > until:
        why = (
            Phrase("{day}离职，此前累计工作未满一年，当年没有年休假", day=f"{until:%m-%d}")
            if last_day is not None and start > max(january, hire_date)
            else Phrase("当年未在本单位工作")
        )
        return AnnualEntitlement(year, years, full, start, until, 0, why)
    counted = (until - start).days + 1
    days = min(_whole_days(Decimal(counted) / DAYS_IN_YEAR * full), full)
    if start == january and until == december:
        return AnnualEntitlement(
            year,
            years,
            full,
            start,
            until,
            full,
            Phrase("累计工作{years}年，全年{days}天", years=years, days=full),
        )
    why = "离职" if until < december else "入职" if start == hire_date else "累计工作满一年"
    basis = Phrase(
        "{why}折算：{start}至{until}共{counted}天 ÷ 365 × {full}天 = {days}天（不足一天不计）",
        why=why,
        start=f"{start:%m-%d}",
        until=f"{until:%m-%d}",
        counted=counted,
        full=full,
        days=days,
    )
    return AnnualEntitlement(year, years, full, start, until, days, basis)


def unused_on_leaving(entitlement: AnnualEntitlement, taken: Decimal) -> int:
    """Days owed to a leaver (第12条): the pro rata entitlement less days taken, never below 0.
    Days taken beyond it are not clawed back (第12条 第二款)."""
    return max(_whole_days(Decimal(entitlement.days) - taken), 0)


@dataclass(frozen=True)
class Entry:
    """One signed ledger entry."""

    on: date
    leave: str
    kind: EntryKind
    days: Decimal  # + grants, credits, carry-in; − uses, expiries, carry-out
    note: str = ""


@dataclass(frozen=True)
class BalanceLine:
    entry: Entry
    balance: Decimal  # the running balance after the entry


def explain(entries: Iterable[Entry]) -> list[BalanceLine]:
    """Every entry in date order with the running balance: the balance explains itself."""
    running, lines = ZERO, []
    for entry in sorted(entries, key=lambda e: (e.on, e.kind != EntryKind.GRANT)):
        running += entry.days
        lines.append(BalanceLine(entry, running))
    return lines


def days_in_period(
    start: date, end: date, counts: Counts, is_workday: Callable[[date], bool]
) -> int:
    """The days a leave from start to end (both included) uses up: every day, or working days
    by the official calendar (weekends and statutory holidays excluded, make-up days included)."""
    if end < start:
        raise ValueError(_("结束日期早于开始日期"))
    days = [start + timedelta(days=n) for n in range((end - start).days + 1)]
    if counts is Counts.CALENDAR:
        return len(days)
    return sum(1 for day in days if is_workday(day))
