"""Policy data by city: minimum wages, average wages, social insurance and housing fund rates."""

from datetime import date
from decimal import Decimal

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.storage.base import Base, Money, Rate


class MinimumWage(Base):
    """A city's monthly minimum wage (最低工资标准) from a date, as the user entered it."""

    __tablename__ = "minimum_wages"
    __table_args__ = (UniqueConstraint("city", "effective_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    city: Mapped[str] = mapped_column(String(30))
    effective_from: Mapped[date]
    amount: Mapped[Decimal] = mapped_column(Money)
    # 是: compared with pay net of the employee's own contributions (Shanghai, Beijing).
    excludes_personal_contributions: Mapped[bool] = mapped_column(default=False)
    source: Mapped[str] = mapped_column(String(200), default="")


class AverageWage(Base):
    """A city's average monthly wage of employees last year (上年职工月平均工资) from a date:
    the severance cap (3×) and the severance tax exemption (3× a year)."""

    __tablename__ = "average_wages"
    __table_args__ = (UniqueConstraint("city", "effective_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    city: Mapped[str] = mapped_column(String(30))
    effective_from: Mapped[date]
    amount: Mapped[Decimal] = mapped_column(Money)
    source: Mapped[str] = mapped_column(String(200), default="")


class SocialPolicy(Base):
    """One item of a city's social insurance or housing fund policy (社保公积金政策) from a date."""

    __tablename__ = "social_policies"
    __table_args__ = (UniqueConstraint("city", "item", "effective_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    city: Mapped[str] = mapped_column(String(30))
    item: Mapped[str] = mapped_column(String(20))
    effective_from: Mapped[date]
    personal_rate: Mapped[Decimal] = mapped_column(Rate)
    employer_rate: Mapped[Decimal] = mapped_column(Rate)
    base_floor: Mapped[Decimal] = mapped_column(Money)
    base_cap: Mapped[Decimal] = mapped_column(Money)
    personal_fixed: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    rounding: Mapped[str] = mapped_column(String(10))
    source: Mapped[str] = mapped_column(String(200), default="")
