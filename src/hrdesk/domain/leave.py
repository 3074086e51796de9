"""Leave (休假): the types as data, annual leave by cumulative years of work, and the ledger's
signed entries whose sum is a balance. See domain-cn.md §5 and §12.

职工带薪年休假条例 第3条 (5/10/15 days), 企业职工带薪年休假实施办法 第4条 (years with any
employer count), 第5条 (a new hire's first year pro rata), 第12条 (a leaver's year pro rata).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
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
PERSONAL = "事假"


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


class Per(StrEnum):
    """What a fixed allowance is counted against."""

    EVENT = "每次"  # each marriage, birth or bereavement
    YEAR = "每年"  # the calendar year's requests together (育儿假 per child: a note explains more)


@dataclass(frozen=True)
class LeaveType:
    name: str
    pay: Pay
    counts: Counts
    days: int | None = None  # a fixed allowance per event or year; None: by rule or none
    entitled_by: str = ""  # what decides the allowance, for the clerk
    source: str = ""
    per: Per = Per.EVENT
    minimum: int = 0  # the statutory floor: a company may give more, never less
    added: bool = False  # the company's own type, beyond the law
    active: bool = True  # a company's type no longer offered (its ledger entries stay)


# The law's types as the defaults; provinces lengthen some, and a company enters its
# province's days (婚假 3 → 13 in 广东) or adds its own types (育儿假): company_leave_types.
LEAVE_TYPES = (
    LeaveType(ANNUAL, Pay.FULL, Counts.WORKDAYS, None, "累计工作年限 5/10/15天", "年休假条例第3条"),
    LeaveType("病假", Pay.SICK, Counts.WORKDAYS, None, "医疗期", "劳部发〔1994〕479号"),
    LeaveType(PERSONAL, Pay.UNPAID, Counts.WORKDAYS, None, "公司规章制度", ""),
    LeaveType(
        "婚假", Pay.FULL, Counts.WORKDAYS, 3, "每次3天，各省可延长", "劳动部〔1959〕", minimum=3
    ),
    LeaveType("丧假", Pay.FULL, Counts.WORKDAYS, 3, "每次1至3天", "劳动部〔1959〕", minimum=1),
    LeaveType(
        "产假",
        Pay.FULL,
        Counts.CALENDAR,
        98,
        "98天，难产+15天，各省另有增加",
        "女职工劳动保护特别规定第7条",
        minimum=98,
    ),
    LeaveType(
        "陪产假", Pay.FULL, Counts.CALENDAR, None, "按各省规定填写天数", "各省人口与计划生育条例"
    ),
    LeaveType(LIEU, Pay.FULL, Counts.WORKDAYS, None, "休息日加班换取", "劳动法第44条"),
)
LEAVE_BY_NAME = {t.name: t for t in LEAVE_TYPES}
DAYS_BY_RULE = (ANNUAL, "病假", LIEU)  # their days follow a rule, not a number to enter
NAME_LENGTH = 20  # what the ledger keeps of a leave's name


@dataclass(frozen=True)
class CompanyLeave:
    """The company's own entry for a type, as stored: a statutory type's days (its province's)
    or a type of its own, paid or unpaid, counted in working days (unit 天)."""

    name: str
    days: int | None
    source: str = ""
    paid: bool = True  # read only for a type the company adds
    per: Per = Per.EVENT
    active: bool = True


def company_leave_problem(own: CompanyLeave) -> str:
    """Why the company's entry cannot stand, or "": the law's minimum days and pay win."""
    name = own.name.strip()
    statutory = LEAVE_BY_NAME.get(name)
    if not name or len(name) > NAME_LENGTH:
        return _("假期名称不能为空，且不超过{length}个字").format(length=NAME_LENGTH)
    if own.days is not None and own.days <= 0:
        return _("{name}的天数应大于0").format(name=name)
    if statutory is None:
        return "" if own.days else _("请填写{name}的天数").format(name=name)
    if name in DAYS_BY_RULE and own.days is not None:
        return _("{name}的天数按规则计算（{rule}），不能填写").format(
            name=name, rule=statutory.entitled_by
        )
    if own.days is not None and own.days < statutory.minimum:
        return _("{name}不能少于法定的{minimum}天（{source}）：可以多给，不能少给").format(
            name=name, minimum=statutory.minimum, source=statutory.source
        )
    if own.paid != (statutory.pay is not Pay.UNPAID):
        return _("{name}是否带薪由法律或规定确定（{pay}），不能更改").format(
            name=name, pay=statutory.pay.value
        )
    if not own.active:
        return _("{name}是法定假期，不能停用").format(name=name)
    return ""


def company_leave_types(own: Iterable[CompanyLeave]) -> tuple[LeaveType, ...]:
    """The law's types with the company's days over them, then the types it added (stopped
    ones too, marked). A stored value under the law's minimum still yields the minimum."""
    given = {entry.name: entry for entry in own}
    found = []
    for statutory in LEAVE_TYPES:
        entry = given.pop(statutory.name, None)
        if entry is None or entry.days is None or statutory.name in DAYS_BY_RULE:
            found.append(statutory)
            continue
        days = max(entry.days, statutory.minimum)
        found.append(replace(statutory, days=days, source=entry.source or statutory.source))
    for entry in given.values():
        pay = Pay.FULL if entry.paid else Pay.UNPAID
        found.append(
            LeaveType(
                entry.name,
                pay,
                Counts.WORKDAYS,
                entry.days,
                _("公司规定"),
                entry.source,
                entry.per,
                added=True,
                active=entry.active,
            )
        )
    return tuple(found)


def leave_type(name: str, types: Iterable[LeaveType]) -> LeaveType:
    """The type of that name among the ones offered (a stopped type is not)."""
    offered = {t.name: t for t in types if t.active}
    if name not in offered:
        raise ValueError(
            _("没有“{name}”这种假期（可用：{kinds}）").format(name=name, kinds="、".join(offered))
        )
    return offered[name]


def unpaid_names(types: Iterable[LeaveType]) -> frozenset[str]:
    """The leave payroll deducts at the daily wage: 事假 and a company's unpaid types."""
    return frozenset(t.name for t in types if t.pay is Pay.UNPAID)


def allowance_problem(kind: LeaveType, days: Decimal, used_in_year: Decimal, note: str) -> str:
    """Why a request beyond the type's days needs a reason, or "". More than the allowance
    happens lawfully (难产 +15 days of 产假, twins, 育儿假 for a second child): the note says so."""
    if kind.days is None or note.strip():
        return ""
    total = days + (used_in_year if kind.per is Per.YEAR else ZERO)
    if total <= kind.days:
        return ""
    return _(
        "{name}{per}{allowed}天（{source}），本次共{total}天超出："
        "请在备注中写明依据（如难产、多胞胎、第二个子女）"
    ).format(
        name=kind.name,
        per=kind.per.value,
        allowed=kind.days,
        source=kind.source or kind.entitled_by,
        total=total,
    )


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
