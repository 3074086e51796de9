"""The tax year's tables: declared deductions (专项附加扣除) and the opening balances carried in
from the payroll used before hrdesk."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.storage.base import Base, Money, Quantity, UtcDateTime, utc_now


class DeclaredDeduction(Base):
    """A declared special additional deduction (专项附加扣除): a monthly amount from a start
    month to an optional end month, confirmed through a tax year (60号公告 第五条)."""

    __tablename__ = "declared_deductions"
    __table_args__ = (UniqueConstraint("employee_id", "kind", "effective_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    monthly_amount: Mapped[Decimal] = mapped_column(Money)
    effective_from: Mapped[date]  # the first day of the first month
    effective_until: Mapped[date | None]  # the first day of the last month; None: open
    through_year: Mapped[int]  # lapses after this year's December unless confirmed
    note: Mapped[str] = mapped_column(Text, default="")


class OpeningBalance(Base):
    """An employee's cumulative figures for months 1 to through_month of a year (期初数据)."""

    __tablename__ = "opening_balances"
    __table_args__ = (UniqueConstraint("employee_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    year: Mapped[int]
    through_month: Mapped[int]  # 截至月份, 1–11
    income: Mapped[Decimal] = mapped_column(Money)
    exempt_income: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    basic_deduction: Mapped[Decimal | None] = mapped_column(Money)  # None: 5,000 a month
    special_deduction: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    additional_deduction: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    other_deduction: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    withheld: Mapped[Decimal] = mapped_column(Money)
    leave_days_taken: Mapped[Decimal | None] = mapped_column(Quantity)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(100))
