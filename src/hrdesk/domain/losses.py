"""Deducting an employee's loss from wages (损失赔偿扣款): 工资支付暂行规定 第十六条.

At most 20% of the month's wage (应发工资), and the wage left must not fall below the local
minimum wage — in some cities compared net of the employee's own contributions. The rest
carries forward. See domain-cn.md §6.
"""

from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from hrdesk.domain.money import FEN
from hrdesk.domain.wages import room_above_minimum_wage

MONTHLY_SHARE = Decimal("0.20")


@dataclass(frozen=True)
class Instalment:
    amount: Decimal
    outstanding_before: Decimal
    cap_by_share: Decimal  # 20% of 应发工资
    cap_by_minimum_wage: Decimal  # what may go without pushing pay below the minimum wage
    limited_by: str  # which limit decided the amount: 欠款余额 / 20%上限 / 最低工资

    @property
    def outstanding_after(self) -> Decimal:
        return self.outstanding_before - self.amount


def instalment(
    outstanding: Decimal,
    gross_wage: Decimal,
    personal_contributions: Decimal,
    minimum_wage: Decimal,
    minimum_wage_net_of_contributions: bool,
    overtime: Decimal = Decimal(0),
) -> Instalment:
    """This month's lawful deduction towards a loss. Overtime pay is left out of the
    minimum-wage comparison (最低工资规定 第12条), not out of the 20% share."""
    share = (gross_wage * MONTHLY_SHARE).quantize(FEN, rounding=ROUND_DOWN)
    room = room_above_minimum_wage(
        gross_wage,
        minimum_wage,
        overtime=overtime,
        personal_contributions=personal_contributions,
        net_of_contributions=minimum_wage_net_of_contributions,
    )
    amount = max(Decimal(0), min(outstanding, share, room))
    if amount == outstanding:
        limited_by = "欠款余额"
    elif amount == share:
        limited_by = "20%上限"
    else:
        limited_by = "最低工资"
    return Instalment(amount, outstanding, share, room, limited_by)
