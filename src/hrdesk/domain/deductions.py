"""Special additional deductions (专项附加扣除): the monthly amounts an employee may declare.

Amounts since 2023 (国发〔2023〕13号); see domain-cn.md §2.
"""

from decimal import Decimal
from enum import StrEnum


class DeductionKind(StrEnum):
    CHILD_EDUCATION = "子女教育"
    INFANT_CARE = "婴幼儿照护"
    ELDERLY_CARE = "赡养老人"
    MORTGAGE_INTEREST = "住房贷款利息"
    HOUSING_RENT = "住房租金"
    CONTINUING_EDUCATION = "继续教育"


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
            problems.append((kind, "不能为负数"))
        elif amount == 0:
            continue
        elif kind in (DeductionKind.CHILD_EDUCATION, DeductionKind.INFANT_CARE):
            if amount % _PER_CHILD_SHARE:
                problems.append((kind, "每个子女每月2000元，父母可各扣50%，金额应为1000的整数倍"))
        elif kind is DeductionKind.ELDERLY_CARE and amount > _ELDERLY_CAP:
            problems.append((kind, "每月最多3000元（非独生子女分摊，每人不超过1500元）"))
        elif kind is DeductionKind.MORTGAGE_INTEREST and amount not in _MORTGAGE_AMOUNTS:
            problems.append((kind, "每月1000元（婚前各自购房分别扣除的为500元）"))
        elif kind is DeductionKind.HOUSING_RENT and amount not in _RENT_AMOUNTS:
            problems.append((kind, "按城市为每月1500、1100或800元"))
        elif kind is DeductionKind.CONTINUING_EDUCATION and amount != _CONTINUING_EDUCATION:
            problems.append((kind, "学历继续教育每月400元（职业资格证书3600元在取得当年一次扣除）"))
    if (
        amounts.get(DeductionKind.MORTGAGE_INTEREST, 0) > 0
        and amounts.get(DeductionKind.HOUSING_RENT, 0) > 0
    ):
        problems.append((DeductionKind.HOUSING_RENT, "住房贷款利息与住房租金不能同时扣除"))
    return problems
