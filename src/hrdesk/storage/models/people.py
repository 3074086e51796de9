"""The people tables: candidates (候选人), the first-month checklist, appraisals (绩效考核),
the e-mail send log and issued certificates (收入证明/在职证明)."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.storage.base import Base, Money, Quantity, UtcDateTime, utc_now


class Candidate(Base):
    """A job applicant (候选人) and where they stand in the pipeline; personal data of one not
    hired is deleted once the retention period set in 设置 has passed."""

    __tablename__ = "candidates"
    __table_args__ = (UniqueConstraint("name", "phone"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    phone: Mapped[str] = mapped_column(String(20))
    position: Mapped[str] = mapped_column(String(50))  # 应聘岗位
    department: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[str] = mapped_column(String(50), default="")  # 来源: 招聘网站, 内推 …
    stage: Mapped[str] = mapped_column(String(10), index=True)
    interview_on: Mapped[date | None]
    expected_salary: Mapped[Decimal | None] = mapped_column(Money)
    offered_salary: Mapped[Decimal | None] = mapped_column(Money)
    start_on: Mapped[date | None]  # 入职日期 agreed in the offer
    note: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None]  # the day it became 未录用: the retention period counts from it
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(100))


class OnboardingItem(Base):
    """One duty of a new employee's first month (签合同, 社保登记), shown on 首页 until done."""

    __tablename__ = "onboarding_items"
    __table_args__ = (UniqueConstraint("employee_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    key: Mapped[str] = mapped_column(String(20))  # contract / social
    title: Mapped[str] = mapped_column(String(100))
    due_on: Mapped[date]
    basis: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(Text, default="")  # the draft contract's terms (JSON)
    done_on: Mapped[date | None]
    done_by: Mapped[str | None] = mapped_column(String(100))


class Appraisal(Base):
    """One employee's appraisal for a period (绩效考核): target, result, grade, and what next."""

    __tablename__ = "appraisals"
    __table_args__ = (UniqueConstraint("employee_id", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    period: Mapped[str] = mapped_column(String(7))  # 2026-11 or 2026-Q3
    period_end: Mapped[date]
    target: Mapped[Decimal | None] = mapped_column(Money)
    actual: Mapped[Decimal | None] = mapped_column(Money)
    score: Mapped[Decimal | None] = mapped_column(Quantity)
    grade: Mapped[str] = mapped_column(String(10), default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    improvement_plan: Mapped[str] = mapped_column(Text, default="")
    reviewer: Mapped[str] = mapped_column(String(50), default="")
    from_collections: Mapped[bool] = mapped_column(default=False)  # 目标/实际 from receivables
    applied_to_month: Mapped[date | None]  # the pay month its 绩效工资 went into
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(100))


class MailSent(Base):
    """One e-mail sent, or tried, to an employee (发送记录): what went, to where, and how it ended.
    A document already sent is not sent again unless the clerk asks for a resend."""

    __tablename__ = "mail_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), index=True)  # 工资条 / 收入证明 / 在职证明
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    month: Mapped[date | None]  # a payslip's month
    reference: Mapped[str] = mapped_column(String(30), default="")  # a certificate's number
    address: Mapped[str] = mapped_column(String(200))
    ok: Mapped[bool]
    error: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    sent_by: Mapped[str] = mapped_column(String(100))


class Certificate(Base):
    """A 收入证明 or 在职证明 issued (开具记录), numbered from a series never reused."""

    __tablename__ = "certificates"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # ZM-2026-0001
    kind: Mapped[str] = mapped_column(String(10))
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    issued_on: Mapped[date]
    content: Mapped[str] = mapped_column(Text)  # what the certificate said (JSON), for a reprint
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    issued_by: Mapped[str] = mapped_column(String(100))
