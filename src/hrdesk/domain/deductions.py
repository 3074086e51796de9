"""Special additional deductions (专项附加扣除): the monthly amounts an employee may declare,
each from a start month to an optional end month, and what the employer may deduct by a month.

Amounts since 2023 (国发〔2023〕13号); a declaration reaching back is caught up in the next
month paid (国家税务总局公告2018年第60号 第四条) and carries into the next year only once
confirmed (第五条). See domain-cn.md §2 and §11.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from hrdesk.messages import _


class DeductionKind(StrEnum):
    CHILD_EDUCATION = "子女教育"
    INFANT_CARE = "婴幼儿照护"
    ELDERLY_CARE = "赡养老人"
    MORTGAGE_INTEREST = "住房贷款利息"
    HOUSING_RENT = "住房租金"
    CONTINUING_EDUCATION = "继续教育"
    # 职业资格 3,600 once, in the year the certificate is obtained: not a monthly amount.
    CERTIFICATE = "继续教育职业资格"


# The kinds declared as a monthly amount (the roster's columns, one a kind).
MONTHLY_KINDS = tuple(kind for kind in DeductionKind if kind is not DeductionKind.CERTIFICATE)
# The names the deductions template uses, where they differ from the stored ones.
LABELS = {DeductionKind.INFANT_CARE: "3岁以下婴幼儿照护"}
CERTIFICATE_AMOUNT = Decimal(3600)


def label(kind: DeductionKind) -> str:
    return LABELS.get(kind, kind.value)


def kind_named(name: str) -> DeductionKind:
    """A kind from the template's name or the stored one; ValueError for anything else."""
    for kind in DeductionKind:
        if name.strip() in (kind.value, label(kind)):
            return kind
    raise ValueError(_("没有“{name}”这个专项附加扣除项目").format(name=name))


_PER_CHILD_SHARE = Decimal(1000)  # 2,000 a child, which a parent may claim in full or half
_ELDERLY_CAP = Decimal(3000)
_MORTGAGE_AMOUNTS = {
    Decimal(1000),
    Decimal(500),
}  # 500: each spouse half, homes bought before marriage
_RENT_AMOUNTS = {Decimal(1500), Decimal(1100), Decimal(800)}  # by city class
_CONTINUING_EDUCATION = Decimal(400)  # a degree course; the 3,600 certificate is annual


def deduction_problems(amounts: dict[DeductionKind, Decimal]) -> list[tuple[DeductionKind, str]]:
    """Why declared monthly amounts cannot be used, per kind; empty when all can."""
    problems = []
    for kind, amount in amounts.items():
        if amount < 0:
            problems.append((kind, _("不能为负数")))
        elif amount == 0:
            continue
        elif kind in (DeductionKind.CHILD_EDUCATION, DeductionKind.INFANT_CARE):
            if amount % _PER_CHILD_SHARE:
                problems.append(
                    (kind, _("每个子女每月2000元，父母可各扣50%，金额应为1000的整数倍"))
                )
        elif kind is DeductionKind.ELDERLY_CARE and amount > _ELDERLY_CAP:
            problems.append((kind, _("每月最多3000元（非独生子女分摊，每人不超过1500元）")))
        elif kind is DeductionKind.MORTGAGE_INTEREST and amount not in _MORTGAGE_AMOUNTS:
            problems.append((kind, _("每月1000元（婚前各自购房分别扣除的为500元）")))
        elif kind is DeductionKind.HOUSING_RENT and amount not in _RENT_AMOUNTS:
            problems.append((kind, _("按城市为每月1500、1100或800元")))
        elif kind is DeductionKind.CONTINUING_EDUCATION and amount != _CONTINUING_EDUCATION:
            problems.append(
                (kind, _("学历继续教育每月400元（职业资格证书3600元在取得当年一次扣除）"))
            )
    if (
        amounts.get(DeductionKind.MORTGAGE_INTEREST, 0) > 0
        and amounts.get(DeductionKind.HOUSING_RENT, 0) > 0
    ):
        problems.append((DeductionKind.HOUSING_RENT, _("住房贷款利息与住房租金不能同时扣除")))
    return problems


@dataclass(frozen=True)
class Declaration:
    """One declared item (专项附加扣除信息): a monthly amount from a month to an optional month.

    A declaration without an end month lapses after December of through_year unless the
    employee confirms it for the next year (60号公告 第五条).
    """

    kind: DeductionKind
    monthly_amount: Decimal  # for the certificate: the 3,600 taken once
    start: date  # the first day of the first month
    end: date | None  # the first day of the last month; None: until it lapses
    through_year: int  # the last tax year it is confirmed for

    @property
    def last_month(self) -> date:
        lapses = date(self.through_year, 12, 1)
        return lapses if self.end is None else min(self.end, lapses)

    def in_force(self, month: date) -> bool:
        return self.start <= month <= self.last_month

    def amount_in(self, month: date) -> Decimal:
        """What the item allows for one month (the certificate: 3,600 in its month only)."""
        if self.kind is DeductionKind.CERTIFICATE:
            return self.monthly_amount if month == self.start else Decimal(0)
        return self.monthly_amount if self.in_force(month) else Decimal(0)


def cumulative_deductions(
    declarations: list[Declaration], first_month: date, month: date
) -> dict[DeductionKind, Decimal]:
    """What the employer may have deducted from first_month to month, per kind.

    first_month is the later of January, the hire month and the month after the opening
    balances: every month since a deduction's start counts at once, so a declaration
    reaching back is caught up in the month paid, but covered months never are.
    """
    totals: dict[DeductionKind, Decimal] = {}
    current = first_month
    while current <= month:
        for item in declarations:
            amount = item.amount_in(current)
            if amount:
                totals[item.kind] = totals.get(item.kind, Decimal(0)) + amount
        current = date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return totals


def declaration_problems(item: Declaration) -> list[tuple[str, str]]:
    """(column, reason) for one declared item on its own."""
    problems = []
    if item.end is not None and item.end < item.start:
        problems.append(("截止月份", _("早于起始月份")))
    if item.kind is DeductionKind.CERTIFICATE:
        if item.monthly_amount != CERTIFICATE_AMOUNT:
            problems.append(("每月金额", _("职业资格继续教育在取得证书的当年一次扣除3600元")))
        if item.end is not None and item.end != item.start:
            problems.append(("截止月份", _("职业资格继续教育只扣一次，不填截止月份")))
        return problems
    if item.monthly_amount <= 0:
        problems.append(("每月金额", _("必须大于0")))
        return problems
    problems += [
        ("每月金额", reason) for _k, reason in deduction_problems({item.kind: item.monthly_amount})
    ]
    return problems


def schedule_problems(declarations: list[Declaration]) -> list[tuple[int, str]]:
    """(index of the item, reason) where one employee's items together exceed what a month
    allows: 赡养老人 over 3,000, two mortgages or rents at once, a mortgage beside a rent."""
    found: dict[int, str] = {}
    months = sorted(
        {item.start for item in declarations}
        | {item.end for item in declarations if item.end is not None}
    )
    for month in months:
        amounts: dict[DeductionKind, Decimal] = {}
        counts: dict[DeductionKind, list[int]] = {}
        for index, item in enumerate(declarations):
            if item.kind is DeductionKind.CERTIFICATE or not item.in_force(month):
                continue
            amounts[item.kind] = amounts.get(item.kind, Decimal(0)) + item.monthly_amount
            counts.setdefault(item.kind, []).append(index)
        both = DeductionKind.MORTGAGE_INTEREST in amounts and DeductionKind.HOUSING_RENT in amounts
        for kind, reason in deduction_problems(amounts):
            items = counts.get(kind, [])
            if len(items) > 1:  # one item alone is declaration_problems' business
                for index in items[1:]:
                    found.setdefault(
                        index,
                        _("{month:%Y-%m}起与同一员工的其他{kind}合计：{reason}").format(
                            month=month, kind=kind.value, reason=reason
                        ),
                    )
            elif both and kind is DeductionKind.HOUSING_RENT:
                for index in items:
                    found.setdefault(
                        index, _("{month:%Y-%m}起：{reason}").format(month=month, reason=reason)
                    )
        for kind in (DeductionKind.MORTGAGE_INTEREST, DeductionKind.HOUSING_RENT):
            for index in counts.get(kind, [])[1:]:
                found.setdefault(
                    index,
                    _("{month:%Y-%m}已有一项{kind}，同一期间只能扣除一项").format(
                        month=month, kind=kind.value
                    ),
                )
    return sorted(found.items())
