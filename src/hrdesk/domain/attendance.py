"""A month's attendance (考勤) and what payroll takes from it: hours as days, overtime by type,
rest-day overtime paid or turned into 调休, late arrivals under the company's own written rule.

See domain-cn.md §5, §12, §14. Pure rules: Decimal and dates in, Decimal out.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from enum import StrEnum

from hrdesk.domain.leave import LeaveType
from hrdesk.messages import _

HOURS_PER_DAY = Decimal(8)
HUNDREDTH = Decimal("0.01")
ZERO = Decimal(0)

# The leave types an attendance file may name, spelled as hrdesk's ledger spells them.
LEAVE_NAMES = {
    "事假": "事假",
    "病假": "病假",
    "年假": "年休假",
    "年休假": "年休假",
    "带薪年假": "年休假",
    "调休": "调休",
    "调休假": "调休",
    "婚假": "婚假",
    "丧假": "丧假",
    "产假": "产假",
    "陪产假": "陪产假",
    "护理假": "陪产假",
    "产检假": "产检假",
    "育儿假": "育儿假",
}
SICK = "病假"


class RestDayOvertime(StrEnum):
    """What a company does with rest-day overtime (劳动法 第44条 二): pay 200% or give time off."""

    PAY = "加班费"
    LIEU = "调休"


def hours_to_days(hours: Decimal, *, favour: str = "down") -> Decimal:
    """Hours as days at 8 hours a day, to the hundredth. A deduction or a use of leave rounds
    down and a 调休 credit rounds up, so rounding never goes against the employee."""
    rounding = ROUND_FLOOR if favour == "down" else ROUND_CEILING
    return (hours / HOURS_PER_DAY).quantize(HUNDREDTH, rounding=rounding)


@dataclass(frozen=True)
class OvertimeHours:
    """Overtime of the month in hours, by the kind of day, as paid or as time off in lieu."""

    workday: Decimal = ZERO
    rest_day: Decimal = ZERO
    holiday: Decimal = ZERO
    rest_day_lieu: Decimal = ZERO  # rest-day hours the file or the company turned into 调休
    workday_lieu: Decimal = ZERO  # the file asked for 调休 on weekday/holiday overtime: paid anyway
    holiday_lieu: Decimal = ZERO


@dataclass(frozen=True)
class MonthAttendance:
    """One person's month as hrdesk keeps it, whatever the file's layout."""

    required_days: Decimal | None = None  # 应出勤天数
    attended_days: Decimal | None = None  # 出勤天数
    absent_days: Decimal = ZERO  # 旷工天数
    late_count: int = 0
    late_minutes: int = 0
    early_count: int = 0
    missing_punches: int = 0
    leave_days: dict[str, Decimal] = field(default_factory=dict)  # ledger name → days
    overtime: OvertimeHours = OvertimeHours()
    days: dict[int, str] = field(default_factory=dict)  # day of month → what the file said


@dataclass(frozen=True)
class LateRule:
    """The company's own deduction for late arrivals: off unless its written rules say so
    (劳动合同法 第4条: rules adopted democratically and made known to the staff)."""

    enabled: bool = False
    free_times: int = 0  # late arrivals a month without a deduction
    per_time: Decimal = ZERO  # yuan per late arrival beyond the free ones
    written_rule: str = ""  # where the rule is written (员工手册 第N条)


def late_deduction(late_count: int, rule: LateRule) -> Decimal:
    """The month's deduction for late arrivals under the rule; nothing while the rule is off."""
    if not rule.enabled or rule.per_time <= 0:
        return ZERO
    return rule.per_time * max(late_count - rule.free_times, 0)


@dataclass(frozen=True)
class PayrollFeed:
    """What payroll takes from a month's attendance (the payroll-inputs fields) and why."""

    personal_leave_days: Decimal  # 事假 (and other unpaid leave) + 旷工: unpaid days
    sick_leave_days: Decimal
    workday_overtime_hours: Decimal
    rest_day_overtime_hours: Decimal  # paid at 200%
    holiday_overtime_hours: Decimal
    lieu_credit_days: Decimal  # rest-day overtime turned into 调休
    late_count: int
    late_deduction: Decimal
    notes: tuple[str, ...] = ()


def payroll_feed(
    month: MonthAttendance, policy: RestDayOvertime, rule: LateRule, unpaid: frozenset[str]
) -> PayrollFeed:
    """Absences, sick days and overtime by type; unpaid: the company's unpaid leave (事假 and
    its own unpaid types), deducted with absences. Rest-day overtime the file names as 调休 is
    credited as time off; the rest follows the company's rule. Weekday and statutory-holiday
    overtime is always paid, even when the file asked for 调休 (only rest days may be)."""
    hours = month.overtime
    notes = []
    rest_paid, rest_lieu = hours.rest_day, hours.rest_day_lieu
    if policy is RestDayOvertime.LIEU:
        rest_paid, rest_lieu = ZERO, rest_lieu + hours.rest_day
    if hours.workday_lieu or hours.holiday_lieu:
        notes.append(
            _(
                "工作日/法定节假日加班{hours}小时申请了调休，"
                "法律只允许休息日加班以调休代替，已按加班费计"
            ).format(hours=hours.workday_lieu + hours.holiday_lieu)
        )
    return PayrollFeed(
        personal_leave_days=sum(
            (days for name, days in month.leave_days.items() if name in unpaid), month.absent_days
        ),
        sick_leave_days=month.leave_days.get(SICK, ZERO),
        workday_overtime_hours=hours.workday + hours.workday_lieu,
        rest_day_overtime_hours=rest_paid,
        holiday_overtime_hours=hours.holiday + hours.holiday_lieu,
        lieu_credit_days=hours_to_days(rest_lieu, favour="up"),
        late_count=month.late_count,
        late_deduction=late_deduction(month.late_count, rule),
        notes=tuple(notes),
    )


_QUANTITY = re.compile(r"(\d+(?:\.\d+)?)\s*(小时|时|h|天|日|d|分钟|分)", re.I)


def leave_names(types: Iterable[LeaveType]) -> dict[str, str]:
    """The names an attendance file may give leave: the usual spellings of the law's types,
    and each of the company's own types (家事假, 育儿假 as 钉钉 was set up) by its name."""
    own = {t.name: t.name for t in types if t.added}
    return {**LEAVE_NAMES, **own}


def leave_in_text(
    text: str, names: Mapping[str, str] = LEAVE_NAMES
) -> list[tuple[str, Decimal, str]]:
    """The leave an application's text names: '事假 8小时' → [('事假', 8, '时')]; '年假1天；病假
    4小时' → two. Unit 时 or 天; minutes become hours. Unknown words are left alone."""
    found = []
    for part in re.split(r"[;；,，\n]", text):
        name = next((names[k] for k in sorted(names, key=len, reverse=True) if k in part), None)
        quantity = _QUANTITY.search(part)
        if name is None and "加班" in part and quantity:
            name = "加班"
        if name is None or quantity is None:
            continue
        amount, unit = Decimal(quantity.group(1)), quantity.group(2).lower()
        if unit in ("分钟", "分"):
            found.append((name, amount / 60, "时"))
        elif unit in ("天", "日", "d"):
            found.append((name, amount, "天"))
        else:
            found.append((name, amount, "时"))
    return found
