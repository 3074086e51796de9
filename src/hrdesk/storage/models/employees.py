"""Employees and their departments, labour contracts and the files attached to them."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.storage.base import Base, Money, Rate, UtcDateTime, Versioned, utc_now


class Department(Base):
    """A department (部门), possibly under another."""

    __tablename__ = "departments"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))


class Employee(Versioned, Base):
    """An employee (员工). The ID number is kept encrypted; only its masked form is clear."""

    __tablename__ = "employees"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_no: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(50))
    id_number_cipher: Mapped[str] = mapped_column(Text)
    id_number_masked: Mapped[str] = mapped_column(String(18))
    gender: Mapped[str] = mapped_column(String(2))
    birth_date: Mapped[date]
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    position: Mapped[str | None] = mapped_column(String(50))
    is_salesperson: Mapped[bool] = mapped_column(default=False)
    hire_date: Mapped[date]
    phone: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(10))
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"))
    base_salary: Mapped[Decimal] = mapped_column(Money)
    bank_card_cipher: Mapped[str | None] = mapped_column(Text)
    bank_card_masked: Mapped[str | None] = mapped_column(String(30))
    bank_name: Mapped[str | None] = mapped_column(String(100))
    social_city: Mapped[str | None] = mapped_column(String(30))
    social_base: Mapped[Decimal | None] = mapped_column(Money)
    housing_fund_base: Mapped[Decimal | None] = mapped_column(Money)
    housing_fund_rate: Mapped[Decimal | None] = mapped_column(Rate)
    position_allowance: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    commission_rate: Mapped[Decimal | None] = mapped_column(Rate)
    collection_target: Mapped[Decimal | None] = mapped_column(Money)
    leaving_date: Mapped[date | None]  # the last working day, once a separation completes
    email: Mapped[str | None] = mapped_column(String(200))  # 邮箱: payslips and certificates
    # 参加工作日期: the first day of work anywhere (annual leave's years); None = hire_date.
    work_start_date: Mapped[date | None]


class Contract(Versioned, Base):
    """A written labour contract (劳动合同); an employee has several over time."""

    __tablename__ = "contracts"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    number: Mapped[str] = mapped_column(String(50), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    start_date: Mapped[date]
    end_date: Mapped[date | None]
    probation_end: Mapped[date | None]
    probation_wage: Mapped[Decimal | None] = mapped_column(Money)
    contract_wage: Mapped[Decimal] = mapped_column(Money)
    signed_on: Mapped[date]


class Attachment(Base):
    """A kept file (附件), such as a signed contract's scan; never replaced, only added."""

    __tablename__ = "attachments"
    __table_args__ = (UniqueConstraint("employee_id", "sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id"))
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int]
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    added_by: Mapped[str] = mapped_column(String(100))
