"""One employee's payslip for a month: the steps' results put together as its row and figures.

The figures (the payslip's detail) are what the screen, the register, the 工资条 and the tax file
read; the steps that work them out are in `steps`."""

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from hrdesk.domain.iit import Withholding
from hrdesk.domain.money import round_fen
from hrdesk.domain.social_insurance import Contribution, InsuranceItem, ItemPolicy
from hrdesk.services.losses import allocate
from hrdesk.services.payroll.months import ZERO
from hrdesk.services.payroll.steps import (
    LEAVING_ITEMS,
    Circumstances,
    Earnings,
    Tax,
    contributions_of,
    earnings,
    recovery,
    tax_of,
)
from hrdesk.services.tax_year.cumulation import opening_figures

# The wage items in the order the register and the payslip list them; 应发工资 is their sum.
WAGE_ITEMS = (
    "基本工资",
    "岗位津贴",
    "绩效工资",
    "提成",
    "加班费",
    "其他补贴",
    "更正调整",
    "未休年休假工资",
    "代通知金",
    "缺勤扣款",
)


@dataclass(frozen=True)
class MonthRules:
    """What every payslip of the month is worked from."""

    month: date
    in_force_by_city: dict[str, dict[InsuranceItem, ItemPolicy]]
    sick_pay_ratio: Decimal


def payslip(
    rules: MonthRules, c: Circumstances
) -> tuple[dict, list[str], list[tuple[int, Decimal]]]:
    """One employee's figures, the warnings for the clerk, and the loss instalments (loss id, amount)."""
    warnings: list[str] = []
    paid = contributions_of(rules.in_force_by_city, c, warnings)
    personal = sum((p.personal for p in paid), ZERO)
    earned = earnings(rules.sick_pay_ratio, c, personal, warnings)
    tax = tax_of(rules.month, c, earned.gross, personal, warnings)
    outstanding, recovered = recovery(c, earned, personal, warnings)
    net = (
        earned.gross
        - personal
        - tax.withheld.this_month
        + tax.bonus
        - tax.on_bonus
        - recovered
        - c.get("other_deductions")
    )
    figures = {
        **_wage_figures(c, earned),
        **_deduction_figures(c, paid, tax, outstanding, recovered, net),
        **_cumulative_figures(c, tax.withheld),
    }
    row = {
        "gross": earned.gross,
        "personal_contributions": personal,
        "income_tax": tax.withheld.this_month,
        "annual_bonus": tax.bonus,
        "bonus_tax": tax.on_bonus,
        "net_pay": round_fen(net),
        "tax_income": tax.taxed_income,
        "tax_special_deduction": personal,
        "tax_additional_deduction": tax.additional,
        "detail": json.dumps({k: str(v) for k, v in figures.items()}, ensure_ascii=False),
    }
    return row, warnings, allocate(c.owed, recovered)


def _wage_figures(c: Circumstances, earned: Earnings) -> dict:
    """The payslip's wage items down to 应发工资, with what stands behind them."""
    leaving, collected = c.leaving, c.collected
    attended = c.from_attendance.figures if c.from_attendance is not None else {}
    return {
        "基本工资": earned.paid_base,
        "岗位津贴": earned.paid_fixed - earned.paid_base,
        **({item: leaving[item] for item in LEAVING_ITEMS} if leaving else {}),
        **({"其中离职补发暂扣提成": earned.held_on_leaving} if earned.held_on_leaving else {}),
        "绩效工资": c.get("performance_pay"),
        "提成": earned.commission_pay,
        **({"其中回款提成": earned.on_collections} if collected is not None else {}),
        **({"暂扣提成": collected.earned} if collected is not None and collected.held else {}),
        "加班费": earned.overtime,
        "其他补贴": c.get("other_additions"),
        "更正调整": c.adjustment,
        "缺勤扣款": earned.absence,
        **({"其中病假工资": earned.away.sick_days_pay} if c.get("sick_leave_days") else {}),
        **attended,
        **({"其中迟到扣款": earned.late} if earned.late_fines else {}),
        **(
            {"迟到扣款因最低工资未扣": earned.late_fines - earned.late}
            if earned.late < earned.late_fines
            else {}
        ),
        "应发工资": earned.gross,
    }


def _deduction_figures(
    c: Circumstances,
    paid: list[Contribution],
    tax: Tax,
    outstanding: Decimal,
    recovered: Decimal,
    net: Decimal,
) -> dict:
    """Contributions, deductions, tax and the bonus, down to 实发工资."""
    this_month, merged_tax, choice = tax.withheld.this_month, tax.merged_tax, tax.choice
    return {
        **{f"{p.item.value}(个人)": p.personal for p in paid},
        **{f"{p.item.value}(单位)": p.employer for p in paid},
        "专项附加扣除": tax.additional,
        **{f"{kind.value}(专项附加)": amount for kind, amount in tax.declared.items() if amount},
        "个人所得税": this_month,
        "全年一次性奖金": tax.bonus,
        "年终奖个税": tax.on_bonus,
        **({"奖金并入工资时的个税": merged_tax - this_month} if merged_tax is not None else {}),
        **(
            {
                "奖金单独计税时个税合计": choice.separate_tax,
                "奖金并入工资时个税合计": choice.merged_tax,
                "奖金并入工资": Decimal(1 if tax.merge_bonus else 0),
            }
            if choice is not None
            else {}
        ),
        "损失赔偿扣款": recovered,
        "损失赔偿余额": outstanding - recovered,
        "其他扣款": c.get("other_deductions"),
        "实发工资": round_fen(net),
    }


def _cumulative_figures(c: Circumstances, withheld: Withholding) -> dict:
    """The cumulative withholding's workings, for the payslip's explanation and the tax file."""
    return {
        "累计收入": withheld.cumulative_income,
        "累计减除费用": withheld.cumulative_basic_deduction,
        "累计专项扣除": withheld.cumulative_special_deduction,
        "累计专项附加扣除": withheld.cumulative_additional_deduction,
        "累计应纳税所得额": withheld.cumulative_taxable,
        "预扣率": withheld.rate,
        "速算扣除数": withheld.quick_deduction,
        "累计应纳税额": withheld.cumulative_tax,
        "累计已预扣税额": withheld.withheld_before,
        **opening_figures(c.so_far.opening, c.employee.hire_date),
        "本系统起算月份": Decimal(c.so_far.first_month.month),
    }
