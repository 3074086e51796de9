"""The tables of attendance (考勤), the leave ledger (假期台账) and the clerk's own calendar days."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.storage.base import Base, Money, Quantity, UtcDateTime, utc_now


class AttendanceRecord(Base):
    """One employee's month of attendance as imported, and what payroll took from it."""

    __tablename__ = "attendance_records"
    __table_args__ = (UniqueConstraint("month", "employee_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[date] = mapped_column(index=True)  # the first day of the month
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    source: Mapped[str] = mapped_column(String(20))  # 钉钉 / 企业微信 / 企业微信打卡 / 模板
    file_row: Mapped[int]  # the row of the file, for messages
    required_days: Mapped[Decimal | None] = mapped_column(Quantity)
    attended_days: Mapped[Decimal | None] = mapped_column(Quantity)
    absent_days: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    late_count: Mapped[int] = mapped_column(default=0)
    late_minutes: Mapped[int] = mapped_column(default=0)
    early_count: Mapped[int] = mapped_column(default=0)
    missing_punches: Mapped[int] = mapped_column(default=0)
    workday_overtime_hours: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    rest_day_overtime_hours: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    holiday_overtime_hours: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    rest_day_lieu_hours: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    other_lieu_hours: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(0))
    leave_days: Mapped[str] = mapped_column(Text, default="{}")  # JSON: leave name → days
    day_cells: Mapped[str] = mapped_column(Text, default="{}")  # JSON: day → the file's text
    # What payroll took: JSON of the payroll-inputs fields set, the late count and deduction.
    fed: Mapped[str] = mapped_column(Text, default="{}")
    late_deduction: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    imported_by: Mapped[str] = mapped_column(String(100))


class LeaveEntry(Base):
    """One signed entry of the leave ledger: a grant, a use, a carry-over, an expiry, a 调休 credit."""

    __tablename__ = "leave_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    leave: Mapped[str] = mapped_column(String(20))  # 年休假 / 调休 / 病假 …
    kind: Mapped[str] = mapped_column(String(10))  # 发放 / 使用 / 结转 / 作废 / 调休
    year: Mapped[int] = mapped_column(index=True)
    days: Mapped[Decimal] = mapped_column(Quantity)  # + grants and credits, − uses and expiries
    start_date: Mapped[date]
    end_date: Mapped[date | None]
    source: Mapped[str] = mapped_column(String(30))  # 申请 / 导入 / 考勤YYYY-MM / 年度发放
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(100))


class CalendarDay(Base):
    """A day the clerk entered for a year the holiday package does not know: a holiday (休),
    a make-up working day (班), and whether it is a statutory day paid at 300%."""

    __tablename__ = "calendar_days"

    day: Mapped[date] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(4))  # 休 / 班
    name: Mapped[str] = mapped_column(String(20), default="")
    statutory: Mapped[bool] = mapped_column(default=False)
    entered_by: Mapped[str] = mapped_column(String(100))
