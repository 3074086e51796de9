"""Separations (离职): the separation, its checklist items, the evidence notes kept for it."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.storage.base import Base, Money, Quantity, UtcDateTime, utc_now


class Separation(Base):
    """An employee's leaving (离职): the legal ground, the dates, and what is owed."""

    __tablename__ = "separations"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    ground: Mapped[str] = mapped_column(String(40))
    notice_date: Mapped[date]
    last_day: Mapped[date]
    successor_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"))
    status: Mapped[str] = mapped_column(String(10))  # 办理中 / 已完成
    # Figures the clerk confirms: the last 12 months' average wage, the local average wage,
    # annual leave already taken this year.
    average_wage: Mapped[Decimal] = mapped_column(Money)
    local_average_wage: Mapped[Decimal | None] = mapped_column(Money)
    leave_taken_days: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    # The 12 months' average without overtime, for unused leave pay (实施办法 第11条).
    leave_average_wage: Mapped[Decimal | None] = mapped_column(Money)
    # 协商一致: the amount agreed in place of the formula, and the agreement it is in.
    agreed_amount: Mapped[Decimal | None] = mapped_column(Money)
    agreement: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(100))
    completed_on: Mapped[date | None]


class SeparationItem(Base):
    """One item of a leaving's checklist, with who does it and by when; done or waived."""

    __tablename__ = "separation_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    separation_id: Mapped[int] = mapped_column(ForeignKey("separations.id"), index=True)
    title: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    due_on: Mapped[date]
    required: Mapped[bool]
    status: Mapped[str] = mapped_column(String(10))  # 待办 / 已完成 / 已豁免
    done_on: Mapped[date | None]
    done_by: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str] = mapped_column(Text, default="")


class EvidenceNote(Base):
    """A record kept about an employee's performance: a training, a change of post, a review."""

    __tablename__ = "evidence_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    on_date: Mapped[date]
    kind: Mapped[str] = mapped_column(String(20))  # 培训 / 调岗 / 绩效面谈 / 警告
    note: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(100))
