"""Where a month's cumulative withholding starts (累计预扣法): the opening balances, then
hrdesk's approved months of the tax year, and what the declared deductions allow by then."""

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.deductions import DeductionKind, cumulative_deductions
from hrdesk.domain.iit import MonthIncome, YearToDate
from hrdesk.domain.money import format_money
from hrdesk.domain.opening import OpeningBalance
from hrdesk.messages import _
from hrdesk.services.tax_year.declarations import declarations_of
from hrdesk.services.tax_year.opening import balances_of
from hrdesk.storage.models import Employee, PayrollMonth, Payslip
from hrdesk.storage.payroll_lock import LOCKED_STATUSES

ZERO = Decimal(0)
SUFFIX = "(专项附加)"  # a payslip's detail keeps each kind as "子女教育(专项附加)"


@dataclass(frozen=True)
class TaxYearSoFar:
    """One employee's tax year up to the month before this one."""

    before: YearToDate  # the opening balances plus hrdesk's approved months
    first_month: (
        date  # the first month hrdesk counts: January, the hire month, or after the opening
    )
    months_employed: int  # months from first_month to this month, 5,000 each
    opening: OpeningBalance | None
    hrdesk_months: list[date] = field(default_factory=list)  # approved months counted
    entitled: dict[DeductionKind, Decimal] = field(default_factory=dict)  # by the end of this month
    deducted: dict[DeductionKind, Decimal] = field(
        default_factory=dict
    )  # in hrdesk's earlier months

    @property
    def covered(self) -> bool:
        """The month itself is covered by the opening balances: the old payroll paid it."""
        return self.months_employed < 1

    def additional_this_month(self) -> dict[DeductionKind, Decimal]:
        """Each kind's 专项附加扣除 this month: what is allowed by now less what was deducted,
        so months since a late declaration's start are caught up at once (60号公告 第四条)."""
        kinds = [*self.entitled, *(k for k in self.deducted if k not in self.entitled)]
        found = {k: self.entitled.get(k, ZERO) - self.deducted.get(k, ZERO) for k in kinds}
        return {kind: amount for kind, amount in found.items() if amount}


def first_counted_month(hire_date: date, month: date, opening: OpeningBalance | None) -> date:
    """January, the hire month if later, or the month after the opening balances if later."""
    first = max(month.replace(month=1, day=1), hire_date.replace(day=1))
    if opening is not None:
        first = max(first, add_months(opening.covers_until, 1))
    return first


def tax_years(session: Session, employees: list[Employee], month: date) -> dict[int, TaxYearSoFar]:
    """Every employee's tax year so far, for the month's withholding."""
    ids = [e.id for e in employees]
    openings = balances_of(session, ids, month.year)
    declared = declarations_of(session, ids)
    query = (
        select(Payslip, PayrollMonth.month)
        .join(PayrollMonth, Payslip.month_id == PayrollMonth.id)
        .where(
            PayrollMonth.status.in_(LOCKED_STATUSES),
            PayrollMonth.month >= month.replace(month=1),
            PayrollMonth.month < month,
        )
        .order_by(PayrollMonth.month)
    )
    slips: dict[int, list[tuple[Payslip, date]]] = {}
    wanted = set(ids)
    for slip, slip_month in session.execute(query):
        if slip.employee_id in wanted:
            slips.setdefault(slip.employee_id, []).append((slip, slip_month))
    found = {}
    for employee in employees:
        opening = openings.get(employee.id)
        first = first_counted_month(employee.hire_date, month, opening)
        before = opening.year_to_date(employee.hire_date) if opening else YearToDate()
        deducted: dict[DeductionKind, Decimal] = {}
        counted = []
        for slip, slip_month in slips.get(employee.id, []):
            if opening is not None and opening.covers(slip_month):
                continue  # refused at import; never counted twice
            earned = MonthIncome(
                slip.tax_income,
                special_deduction=slip.tax_special_deduction,
                additional_deduction=slip.tax_additional_deduction,
            )
            before = before.plus(earned, slip.income_tax)
            counted.append(slip_month)
            for key, value in json.loads(slip.detail).items():
                if key.endswith(SUFFIX):
                    kind = DeductionKind(key[: -len(SUFFIX)])
                    deducted[kind] = deducted.get(kind, ZERO) + Decimal(value)
        months = (month.year - first.year) * 12 + month.month - first.month + 1
        found[employee.id] = TaxYearSoFar(
            before,
            first,
            months,
            opening,
            counted,
            cumulative_deductions(declared[employee.id], first, month),
            deducted,
        )
    return found


# (what the payslip's detail calls the cumulative figure, its opening part, the short name)
_PARTS = (
    ("累计收入", "期初累计收入", "收入"),
    ("累计减除费用", "期初累计减除费用", "减除费用"),
    ("累计专项扣除", "期初累计专项扣除", "专项扣除"),
    ("累计专项附加扣除", "期初累计专项附加扣除", "专项附加扣除"),
)


def source_lines(figures: dict[str, Decimal], month: date) -> list[str]:
    """Where the cumulative figures came from, for the payslip and the tax breakdown:
    期初（1–6月，导入） and the months hrdesk worked out, each with its part."""
    through = figures.get("期初截至月份")
    first = int(figures.get("本系统起算月份", 1))
    span = f"{first}月" if first == month.month else f"{first}–{month.month}月"
    if not through:
        return [f"累计数均为本系统计算（{span}）"]
    through = int(through)
    months = "1月" if through == 1 else f"1–{through}月"
    opening = "，".join(
        f"{name} {format_money(figures.get(part, ZERO))}" for _total, part, name in _PARTS
    )
    ours = "，".join(
        f"{name} {format_money(figures.get(total, ZERO) - figures.get(part, ZERO))}"
        for total, part, name in _PARTS
    )
    withheld = figures.get("期初累计已预扣税额", ZERO)
    return [
        f"期初（{months}，导入）：{opening}，已预扣税额 {format_money(withheld)}",
        f"本系统计算（{span}）：{ours}，已预扣税额 "
        f"{format_money(figures.get('累计已预扣税额', ZERO) - withheld)}（不含本月）",
    ]


def opening_note(figures: dict[str, str]) -> str:
    """备注 for the tax file: the opening balances' deductions are not split by kind, so the
    累计 columns hold hrdesk's months only."""
    through = figures.get("期初截至月份")
    additional = Decimal(figures.get("期初累计专项附加扣除", "0"))
    if not through or not additional:
        return ""
    return (
        f"1–{int(Decimal(through))}月期初专项附加扣除{format_money(additional)}元未分项，"
        "各项累计数仅含本系统月份，请在扣缴客户端核对"
    )


def opening_figures(opening: OpeningBalance | None, hire_date: date) -> dict[str, Decimal]:
    """The opening balance's figures as a payslip's detail keeps them (numbers only)."""
    if opening is None:
        return {}
    return {
        "期初截至月份": Decimal(opening.through_month),
        "期初累计收入": opening.income,
        "期初累计减除费用": opening.basic_for(hire_date),
        "期初累计专项扣除": opening.special_deduction,
        "期初累计专项附加扣除": opening.additional_deduction,
        "期初累计已预扣税额": opening.withheld,
    }


# Detail keys the breakdown explains in sentences rather than listing as amounts.
EXPLAINED_KEYS = frozenset(
    {
        "期初截至月份",
        "期初累计收入",
        "期初累计减除费用",
        "期初累计专项扣除",
        "期初累计专项附加扣除",
        "期初累计已预扣税额",
        "本系统起算月份",
        "奖金并入工资",
        "奖金并入工资时的个税",  # bonus_lines gives both totals instead
    }
)


def bonus_lines(figures: dict[str, Decimal]) -> list[str]:
    """Both ways of taxing the month's bonus, for the clerk and the employee to compare."""
    if "奖金单独计税时个税合计" not in figures:
        return []
    chosen = "并入当月工资" if figures.get("奖金并入工资") else "单独计税"
    return [
        f"全年一次性奖金 {format_money(figures['全年一次性奖金'])}：单独计税时本月个税合计 "
        f"{format_money(figures['奖金单独计税时个税合计'])}，并入当月工资时 {format_money(figures['奖金并入工资时个税合计'])}；"
        f"本月按{chosen}。"
    ]


def missing_opening(session: Session, month: date, employees, so_far) -> list[str]:
    """hrdesk's first month of a tax year after January without opening balances: the months
    before would be missing from the cumulation (税收征收管理法 第69条)."""
    if month.month == 1:
        return []
    earlier = session.scalar(
        select(PayrollMonth.id).where(
            PayrollMonth.month >= month.replace(month=1),
            PayrollMonth.month < month,
            PayrollMonth.status.in_(LOCKED_STATUSES),
        )
    )
    if earlier is not None:
        return []
    missing = [
        e for e in employees if e.hire_date < month.replace(day=1) and so_far[e.id].opening is None
    ]
    if not missing:
        return []
    names = "、".join(f"{e.employee_no} {e.name}" for e in missing[:5])
    more = _("等{count}人").format(count=len(missing)) if len(missing) > 5 else ""
    return [
        _(
            "{year}年1–{last}月不在本系统中，{names}{more}没有期初数据："
            "请导入期初数据（opening-balances），否则个税按本月为年度首月计算，少扣的税由单位承担"
        ).format(year=month.year, last=month.month - 1, names=names, more=more)
    ]
