"""Example city policies (示例政策) for Shanghai, Beijing, Shenzhen and Guangzhou.

Shipped as examples for the user to confirm against each city's current notice, never as
authoritative figures: rates, bases and minimum wages change every year.
"""

from datetime import date
from decimal import Decimal

from hrdesk.domain.social_insurance import InsuranceItem, ItemPolicy, Rounding
from hrdesk.services.policies import PolicyChange

SOURCE = "示例数据（约2025年下半年），使用前请按当地社保、公积金管理部门的最新文件核对"
SINCE = date(2025, 7, 1)
Item = InsuranceItem

# city: (minimum wage, compared net of own contributions, [(item, personal %, employer %, floor, cap, fixed, rounding)])
EXAMPLES = {
    "上海": (
        2740,
        True,
        [
            (Item.PENSION, "8", "16", 7460, 37302, 0, Rounding.FEN),
            (Item.MEDICAL, "2", "10", 7460, 37302, 0, Rounding.FEN),
            (Item.UNEMPLOYMENT, "0.5", "0.5", 7460, 37302, 0, Rounding.FEN),
            (Item.WORK_INJURY, "0", "0.16", 7460, 37302, 0, Rounding.FEN),
            (Item.HOUSING_FUND, "7", "7", 2740, 37302, 0, Rounding.YUAN),
        ],
    ),
    "北京": (
        2540,
        True,
        [
            (Item.PENSION, "8", "16", 7162, 35811, 0, Rounding.FEN),
            (Item.MEDICAL, "2", "9.8", 7162, 35811, 3, Rounding.FEN),
            (Item.UNEMPLOYMENT, "0.5", "0.5", 7162, 35811, 0, Rounding.FEN),
            (Item.WORK_INJURY, "0", "0.2", 7162, 35811, 0, Rounding.FEN),
            (Item.HOUSING_FUND, "12", "12", 2540, 35811, 0, Rounding.YUAN),
        ],
    ),
    "深圳": (
        2520,
        False,
        [
            (Item.PENSION, "8", "15", 4775, 27549, 0, Rounding.FEN),
            (Item.MEDICAL, "2", "5", 7480, 37404, 0, Rounding.FEN),
            (Item.UNEMPLOYMENT, "0.5", "0.7", 2520, 37404, 0, Rounding.FEN),
            (Item.WORK_INJURY, "0", "0.14", 7480, 37404, 0, Rounding.FEN),
            (Item.HOUSING_FUND, "5", "5", 2520, 41190, 0, Rounding.YUAN),
        ],
    ),
    "广州": (
        2500,
        False,
        [
            (Item.PENSION, "8", "16", 4588, 26421, 0, Rounding.FEN),
            (Item.MEDICAL, "2", "5.5", 7480, 37404, 0, Rounding.FEN),
            (Item.UNEMPLOYMENT, "0.2", "0.32", 2500, 37404, 0, Rounding.FEN),
            (Item.WORK_INJURY, "0", "0.2", 4588, 26421, 0, Rounding.FEN),
            (Item.HOUSING_FUND, "5", "5", 2500, 38082, 0, Rounding.YUAN),
        ],
    ),
}


def example_changes() -> list[PolicyChange]:
    """The examples as policy rows, each city's minimum wage on its first row."""
    changes = []
    for city, (minimum_wage, net, items) in EXAMPLES.items():
        for index, (item, personal, employer, floor, cap, fixed, rounding) in enumerate(items):
            policy = ItemPolicy(
                city,
                item,
                SINCE,
                Decimal(personal) / 100,
                Decimal(employer) / 100,
                Decimal(floor),
                Decimal(cap),
                Decimal(fixed),
                rounding,
                SOURCE,
            )
            changes.append(PolicyChange(policy, Decimal(minimum_wage) if index == 0 else None, net))
    return changes
