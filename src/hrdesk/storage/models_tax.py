"""The tax year's tables: opening balances carried in from the payroll used before hrdesk."""

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.storage.base import Base, Money, Quantity, UtcDateTime, utc_now


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
