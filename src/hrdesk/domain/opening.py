"""Opening balances (期初数据): a tax year's figures from the payroll used before hrdesk.

A company that starts hrdesk in July carries in each employee's cumulative figures for
January–June (国家税务总局公告2018年第61号: cumulation runs over the whole tax year per
employer). hrdesk's own cumulation starts the month after 截至月份, and the months they
cover are never recomputed or caught up again. See domain-cn.md §11.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from hrdesk.domain.iit import BASIC_DEDUCTION_PER_MONTH, YearToDate
from hrdesk.messages import _

ZERO = Decimal(0)


@dataclass(frozen=True)
class OpeningBalance:
    """One employee's figures for months 1 to through_month of a tax year (期初)."""

    year: int
    through_month: int  # 截至月份, 1–11
    income: Decimal  # 累计收入
    withheld: Decimal  # 累计已预扣预缴税额
    exempt_income: Decimal = ZERO  # 累计免税收入
    basic_deduction: Decimal | None = None  # 累计减除费用; None: 5,000 × months employed
    special_deduction: Decimal = ZERO  # 累计专项扣除
    additional_deduction: Decimal = ZERO  # 累计专项附加扣除
    other_deduction: Decimal = ZERO  # 累计其他扣除
    leave_days_taken: Decimal | None = None  # 年休假已休天数

    @property
    def covers_until(self) -> date:
        """The first day of the last month the figures cover."""
        return date(self.year, self.through_month, 1)

    def covers(self, month: date) -> bool:
        return month.year == self.year and month.month <= self.through_month

    def year_to_date(self, hire_date: date) -> YearToDate:
        """The figures as the cumulative withholding carries them into the next month."""
        return YearToDate(
            self.income,
            self.exempt_income,
            self.special_deduction,
            self.additional_deduction,
            self.other_deduction,
            ZERO,
            self.withheld,
            self.basic_for(hire_date),
        )

    def basic_for(self, hire_date: date) -> Decimal:
        """累计减除费用 as given, or 5,000 for each covered month employed (hire month on)."""
        if self.basic_deduction is not None:
            return self.basic_deduction
        first = 1 if hire_date.year < self.year else hire_date.month
        if hire_date.year > self.year:
            return ZERO
        return BASIC_DEDUCTION_PER_MONTH * max(0, self.through_month - first + 1)

    @property
    def label(self) -> str:
        """How a payslip names where the figures came from: 期初（1–6月，导入）."""
        months = "1月" if self.through_month == 1 else f"1–{self.through_month}月"
        return f"期初（{months}，导入）"


def opening_problems(balance: OpeningBalance, hire_date: date | None) -> list[tuple[str, str]]:
    """(column, reason) for figures that cannot be right; empty when they can be used."""
    problems = []
    if not 1 <= balance.through_month <= 11:
        problems.append(("截至月份", _("应为1到11之间的整数（12月的数据属于下一年度无需导入）")))
    figures = {
        "累计收入": balance.income,
        "累计免税收入": balance.exempt_income,
        "累计减除费用": balance.basic_deduction,
        "累计专项扣除": balance.special_deduction,
        "累计专项附加扣除": balance.additional_deduction,
        "累计其他扣除": balance.other_deduction,
        "累计已预扣预缴税额": balance.withheld,
        "年休假已休天数": balance.leave_days_taken,
    }
    for column, value in figures.items():
        if value is not None and value < 0:
            problems.append((column, _("不能为负数")))
    if balance.income >= 0 and balance.exempt_income > balance.income:
        problems.append(("累计免税收入", _("不能大于累计收入")))
    if (
        balance.basic_deduction is not None
        and 1 <= balance.through_month <= 11
        and balance.basic_deduction > BASIC_DEDUCTION_PER_MONTH * balance.through_month
    ):
        limit = BASIC_DEDUCTION_PER_MONTH * balance.through_month
        reason = _("每月5000元，1–{month}月最多{limit}元").format(
            month=balance.through_month, limit=limit
        )
        problems.append(("累计减除费用", reason))
    if (
        hire_date is not None
        and 1 <= balance.through_month <= 11
        and (hire_date.year, hire_date.month) > (balance.year, balance.through_month)
    ):
        reason = _("员工{hired:%Y-%m-%d}入职，期初数据不能早于入职月份").format(hired=hire_date)
        problems.append(("截至月份", reason))
    return problems
