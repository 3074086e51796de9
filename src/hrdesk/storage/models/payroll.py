"""Payroll: the month, its inputs and payslips, adjustments, losses repaid in instalments,
and the commission snapshots and releases."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.storage.base import Base, Money, Quantity, Rate, UtcDateTime, Versioned, utc_now


class PayrollMonth(Versioned, Base):
    """A pay month (工资月份) and where it stands: 草稿 → 已计算 → 已审核 (locked) → 已发放."""

    __tablename__ = "payroll_months"

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[date] = mapped_column(unique=True)  # the first day of the month
    status: Mapped[str] = mapped_column(String(10))
    calculated_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    approved_by: Mapped[str | None] = mapped_column(String(100))
    paid_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class PayrollInput(Base):
    """The month's variable items for one employee (payroll-inputs): what is not fixed pay."""

    __tablename__ = "payroll_inputs"
    __table_args__ = (UniqueConstraint("month_id", "employee_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    month_id: Mapped[int] = mapped_column(ForeignKey("payroll_months.id"), index=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"))
    performance_pay: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    commission: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    workday_overtime_hours: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    rest_day_overtime_hours: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    holiday_overtime_hours: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    personal_leave_days: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    sick_leave_days: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    other_additions: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    other_deductions: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    annual_bonus: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    # The employee chose to have the bonus merged into the month's wages (并入综合所得).
    bonus_merged: Mapped[bool] = mapped_column(default=False)


class Payslip(Base):
    """One employee's computed pay for a month; every figure behind it is kept in detail (JSON)."""

    __tablename__ = "payslips"
    __table_args__ = (UniqueConstraint("month_id", "employee_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    month_id: Mapped[int] = mapped_column(ForeignKey("payroll_months.id"), index=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"))
    gross: Mapped[Decimal] = mapped_column(Money)  # 应发工资
    personal_contributions: Mapped[Decimal] = mapped_column(Money)
    income_tax: Mapped[Decimal] = mapped_column(Money)
    annual_bonus: Mapped[Decimal] = mapped_column(Money)
    bonus_tax: Mapped[Decimal] = mapped_column(Money)
    net_pay: Mapped[Decimal] = mapped_column(Money)  # 实发工资
    # What the next months' cumulative withholding adds up (累计预扣法).
    tax_income: Mapped[Decimal] = mapped_column(Money)
    tax_special_deduction: Mapped[Decimal] = mapped_column(Money)
    tax_additional_deduction: Mapped[Decimal] = mapped_column(Money)
    detail: Mapped[str] = mapped_column(Text)
    # HMAC of every paid and declared figure, set at approval (services/integrity/payslips.py).
    seal: Mapped[str | None] = mapped_column(String(64))


class PayrollAdjustment(Base):
    """A correction of an approved month (调整), paid or taken back in an open month, with its reason."""

    __tablename__ = "payroll_adjustments"

    id: Mapped[int] = mapped_column(primary_key=True)
    month_id: Mapped[int] = mapped_column(ForeignKey("payroll_months.id"), index=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"))
    corrects_month_id: Mapped[int] = mapped_column(ForeignKey("payroll_months.id"))
    amount: Mapped[Decimal] = mapped_column(Money)  # added to 应发工资; negative takes back
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(100))


class Loss(Versioned, Base):
    """A loss the employee caused and owes under the contract (损失赔偿), recovered from wages."""

    __tablename__ = "losses"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    occurred_on: Mapped[date]
    amount: Mapped[Decimal] = mapped_column(Money)
    reason: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(100))


class LossInstalment(Base):
    """What one pay month deducted towards one loss (工资支付暂行规定 第十六条)."""

    __tablename__ = "loss_instalments"
    __table_args__ = (UniqueConstraint("loss_id", "month_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    loss_id: Mapped[int] = mapped_column(ForeignKey("losses.id"), index=True)
    month_id: Mapped[int] = mapped_column(ForeignKey("payroll_months.id"))
    amount: Mapped[Decimal] = mapped_column(Money)


class CommissionSnapshot(Base):
    """A salesperson's commission for a month as payroll approved it: the rate then in force,
    what was collected and earned, whether it was held. Later rate changes leave it be."""

    __tablename__ = "commission_snapshots"
    __table_args__ = (UniqueConstraint("month", "salesperson_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[date]
    salesperson_id: Mapped[int] = mapped_column(ForeignKey("employees.id"))
    rate: Mapped[Decimal] = mapped_column(Rate)
    collected: Mapped[Decimal] = mapped_column(Money)
    earned: Mapped[Decimal] = mapped_column(Money)
    held: Mapped[bool]


class CommissionRelease(Base):
    """A manager's release of a month's held commission (提成放行), paid in a later open month."""

    __tablename__ = "commission_releases"
    __table_args__ = (UniqueConstraint("month", "salesperson_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[date]  # the month the commission was earned and held
    salesperson_id: Mapped[int] = mapped_column(ForeignKey("employees.id"))
    amount: Mapped[Decimal] = mapped_column(Money)
    paid_in_month: Mapped[date] = mapped_column(index=True)
    reason: Mapped[str] = mapped_column(Text)
    released_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    released_by: Mapped[str] = mapped_column(String(100))
