"""People rules: the hiring pipeline (招聘), the first month's duties, appraisal periods and
performance pay (绩效), the candidates' retention period (个人信息保护法) and 收入证明's average."""

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from hrdesk.domain.dates import add_months, end_of_period
from hrdesk.messages import _


class Stage(StrEnum):
    """Where a candidate stands (阶段)."""

    NEW = "新简历"
    SCREENING = "筛选"
    INTERVIEW = "面试"
    OFFERED = "录用"
    HIRED = "已入职"
    REJECTED = "未录用"


# Forward one step, or out of the pipeline; 已入职 comes only through hiring (an employee record).
NEXT_STAGES: dict[Stage, tuple[Stage, ...]] = {
    Stage.NEW: (Stage.SCREENING, Stage.INTERVIEW, Stage.REJECTED),
    Stage.SCREENING: (Stage.INTERVIEW, Stage.REJECTED),
    Stage.INTERVIEW: (Stage.OFFERED, Stage.REJECTED),
    Stage.OFFERED: (Stage.HIRED, Stage.REJECTED),
    Stage.HIRED: (),
    Stage.REJECTED: (),
}
CLOSED = (Stage.HIRED, Stage.REJECTED)


def stage_problem(old: Stage, new: Stage) -> str | None:
    """Why a candidate cannot move from old to new, or None when the move is allowed."""
    if old == new:
        return None
    if new not in NEXT_STAGES[old]:
        allowed = "、".join(s.value for s in NEXT_STAGES[old]) or _("无")
        return _("候选人处于“{old}”，不能改为“{new}”（可改为：{allowed}）").format(
            old=old.value, new=new.value, allowed=allowed
        )
    return None


def removal_due(closed_on: date, retention_days: int) -> date:
    """The day a candidate not hired has their personal data removed (个人信息保护法 第19、47条:
    kept no longer than the purpose needs; the company sets the period)."""
    return closed_on + timedelta(days=retention_days)


@dataclass(frozen=True)
class Duty:
    """One item of a new employee's first-month checklist, with its legal deadline."""

    key: str
    title: str
    due: date
    basis: str


def first_month_duties(hire_date: date) -> list[Duty]:
    """What the law asks in a new employee's first month: a written contract within one month of
    the first working day (劳动合同法 第10、82条: double wages from the day after the month), and
    social insurance registration within 30 days (社会保险法 第58条)."""
    return [
        Duty(
            "contract",
            "签订书面劳动合同",
            end_of_period(hire_date, 1),
            "劳动合同法第10条：自用工之日起一个月内订立书面劳动合同；超过一个月未订立的，"
            "第82条：每月支付二倍工资",
        ),
        Duty(
            "social",
            "办理社会保险登记",
            hire_date + timedelta(days=29),
            "社会保险法第58条：自用工之日起三十日内为职工办理社会保险登记",
        ),
    ]


@dataclass(frozen=True)
class DraftTerms:
    """A proposed labour contract (劳动合同草稿): the clerk edits it, the parties sign it."""

    start: date
    end: date
    probation_end: date
    probation_wage: Decimal
    contract_wage: Decimal


DRAFT_YEARS = 3  # the draft contract's term; the clerk changes it before signing


def probation_months(years: int) -> int:
    """The longest probation Art. 19 allows for a fixed term of whole years: 3 years or more 6
    months; 1 to under 3 years 2 months (a term under a year is not drafted here)."""
    return 6 if years >= 3 else 2


def draft_contract(hire_date: date, wage: Decimal, years: int = DRAFT_YEARS) -> DraftTerms:
    """A fixed term of `years` from the first day; probation at the longest Art. 19 allows,
    paid the full wage (Art. 20 asks at least 80%)."""
    probation = probation_months(years)
    return DraftTerms(
        hire_date,
        end_of_period(hire_date, 12 * years),
        end_of_period(hire_date, probation),
        wage,
        wage,
    )


_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-?[Qq]([1-4])$")


@dataclass(frozen=True)
class Period:
    """An appraisal period (考核期间): a month (2026-11) or a quarter (2026-Q3)."""

    label: str
    start: date
    end: date  # the last day

    @property
    def months(self) -> list[date]:
        found, month = [], self.start
        while month <= self.end:
            found.append(month)
            month = add_months(month, 1)
        return found


def parse_period(text: str) -> Period:
    """'2026-11' or '2026-Q3' (also 2026Q3, 2026-q3); a Chinese message for anything else."""
    cleaned = text.strip()
    quarter = _QUARTER.match(cleaned)
    if quarter:
        year, number = int(quarter[1]), int(quarter[2])
        start = date(year, 3 * number - 2, 1)
        return Period(f"{year}-Q{number}", start, add_months(start, 3) - timedelta(days=1))
    month = _MONTH.match(cleaned)
    if month and 1 <= int(month[2]) <= 12:
        start = date(int(month[1]), int(month[2]), 1)
        return Period(f"{start:%Y-%m}", start, add_months(start, 1) - timedelta(days=1))
    raise ValueError(
        _("期间“{text}”应写作 YYYY-MM（如 2026-11）或 YYYY-Qn（如 2026-Q3）").format(text=text)
    )


def achievement(target: Decimal | None, actual: Decimal | None) -> Decimal | None:
    """实际 ÷ 目标 as a percentage to one decimal; None without a positive target."""
    if not target or target <= 0 or actual is None:
        return None
    return (actual / target * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)


def missed(target: Decimal | None, actual: Decimal | None) -> bool:
    return bool(target) and actual is not None and actual < target


@dataclass(frozen=True)
class PerformanceRule:
    """How a grade becomes 绩效工资, as the company sets it: a fixed amount per grade, or a
    percentage of the employee's 基本工资 per grade. Off unless the company turns it on."""

    enabled: bool = False
    mode: str = "amount"  # "amount" (元) or "percent" (% of 基本工资)
    grades: tuple[tuple[str, Decimal], ...] = ()

    @classmethod
    def from_setting(cls, value: dict) -> "PerformanceRule":
        return cls(
            bool(value.get("enabled")),
            value.get("mode", "amount"),
            tuple((str(g), Decimal(str(a))) for g, a in (value.get("grades") or {}).items()),
        )


def performance_pay(rule: PerformanceRule, grade: str, base_salary: Decimal) -> Decimal | None:
    """The month's 绩效工资 for a grade, rounded to the fen; None when the rule has no such grade."""
    amounts = dict(rule.grades)
    if grade.strip() not in amounts:
        return None
    amount = amounts[grade.strip()]
    if rule.mode == "percent":
        amount = base_salary * amount / 100
    return amount.quantize(Decimal("0.01"), ROUND_HALF_UP)


def average_monthly(grosses: list[Decimal]) -> Decimal:
    """收入证明's figure: the average 应发工资 of the months given (at most the last 12 approved),
    to the fen; months without pay are not invented."""
    if not grosses:
        raise ValueError(_("没有已审核的工资月份，无法计算月平均收入"))
    return (sum(grosses, Decimal(0)) / len(grosses)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def certificate_number(prefix: str, year: int, serial: int) -> str:
    """ZM-2026-0001: a series per year that never reuses a number."""
    return f"{prefix}-{year}-{serial:04d}"


def id_password(id_number: str) -> str:
    """The payslip's password: the ID number's last six characters (X upper-case)."""
    return id_number.strip()[-6:].upper()
