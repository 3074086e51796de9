"""The tables: accounts, employees and contracts, payroll, and receivables."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.storage.base import Base, Money, Quantity, Rate, UtcDateTime, Versioned, utc_now


class User(Base):
    """An account of the app (用户): a person with one role."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(50), unique=True)
    display_name: Mapped[str] = mapped_column(String(50))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)


class Setting(Versioned, Base):
    """A business setting (设置) as JSON text; defaults live in code as data."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEntry(Base):
    """One line of the audit trail (变更记录): who changed which field, from what to what."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str | None] = mapped_column(String(50))
    field: Mapped[str | None] = mapped_column(String(100))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    # The hash chain (storage/audit_chain.py): set when the record's transaction commits.
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


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


class Customer(Versioned, Base):
    """A customer (客户) whose receivables belong to one salesperson."""

    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    credit_code: Mapped[str | None] = mapped_column(String(18))
    contact: Mapped[str | None] = mapped_column(String(50))
    phone: Mapped[str | None] = mapped_column(String(30))
    address: Mapped[str | None] = mapped_column(String(200))
    salesperson_id: Mapped[int] = mapped_column(ForeignKey("employees.id"))
    credit_days: Mapped[int] = mapped_column(default=30)


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


class CustomerAlias(Base):
    """A payer name the clerk confirmed as this customer's (付款方别名), kept normalised."""

    __tablename__ = "customer_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    alias: Mapped[str] = mapped_column(String(200), unique=True)
    confirmed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    confirmed_by: Mapped[str] = mapped_column(String(100))


class Invoice(Base):
    """A receivable (应收单): what a customer owes from an invoice, never edited once kept.

    Payments, credit notes and write-offs reduce it through their own records.
    """

    __tablename__ = "invoices"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(50), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)  # current owner
    issued_on: Mapped[date]
    due_on: Mapped[date] = mapped_column(index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    note: Mapped[str] = mapped_column(Text, default="")
    # The day the last of it was paid, credited or written off; None while anything is owed.
    # Kept by services.receivables so aging reads only what was open on its date.
    settled_on: Mapped[date | None] = mapped_column(index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(100))


class InvoiceOwner(Base):
    """Who owned an invoice from when (归属历史); the open-ended row is the current owner."""

    __tablename__ = "invoice_owners"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), index=True)
    salesperson_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    from_date: Mapped[date]
    until_date: Mapped[date | None]  # the day the next owner took over
    reason: Mapped[str] = mapped_column(Text, default="")
    assigned_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    assigned_by: Mapped[str] = mapped_column(String(100))


class Receipt(Base):
    """A credit line of a bank statement (收款); customer_id stays empty until it is matched."""

    __tablename__ = "receipts"

    id: Mapped[int] = mapped_column(primary_key=True)
    line_key: Mapped[str] = mapped_column(
        String(80), unique=True
    )  # 流水号, else a hash (see domain)
    received_on: Mapped[date] = mapped_column(index=True)
    transaction_no: Mapped[str] = mapped_column(String(60), default="")
    payer_name: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal] = mapped_column(Money)
    memo: Mapped[str] = mapped_column(Text, default="")
    balance: Mapped[Decimal | None] = mapped_column(Money)  # the account's balance after the line
    named_invoice_no: Mapped[str] = mapped_column(String(50), default="")  # 核销单号
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    # Set when the clerk says a credit is no customer's money (interest, a refund, a loan).
    dismissed_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(100))


class Allocation(Base):
    """Part of a receipt applied to an invoice (核销); applied_on decides the commission month."""

    __tablename__ = "allocations"
    # Covers what an invoice's balance on a date needs, so aging never reads the table itself.
    __table_args__ = (
        Index("ix_allocations_invoice_day_amount", "invoice_id", "applied_on", "amount"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipts.id"), index=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"))
    amount: Mapped[Decimal] = mapped_column(Money)
    # The day the money paid the invoice: the receipt's date, or the invoice's issue date for a
    # prepayment. Balances on any date count it from then.
    applied_on: Mapped[date] = mapped_column(index=True)
    # The pay month whose commission counts it: applied_on's, or the next open one when that
    # month's payroll was already approved.
    commission_month: Mapped[date] = mapped_column(index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(100))


class CreditNote(Base):
    """A credit note (红字冲减) against an invoice: a return or a price cut, with its reason."""

    __tablename__ = "credit_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(50), unique=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), index=True)
    issued_on: Mapped[date]
    amount: Mapped[Decimal] = mapped_column(Money)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(100))


class WriteOff(Base):
    """A bad-debt write-off (坏账核销): asked for with a reason, counting only once approved."""

    __tablename__ = "write_offs"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10))  # 待审批 / 已批准 / 已驳回
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    requested_by: Mapped[str] = mapped_column(String(100))
    decided_on: Mapped[date | None]
    decided_by: Mapped[str | None] = mapped_column(String(100))


class Acknowledgement(Base):
    """An event that restarts the limitation period (民法典 第195条) other than a payment."""

    __tablename__ = "acknowledgements"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    on_date: Mapped[date]
    kind: Mapped[str] = mapped_column(String(20))  # 对账函确认 / 催款函 / 还款计划
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(100))


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


class NumberSequence(Base):
    """The last number given in a series (e.g. DZ-2026): numbers are never reused."""

    __tablename__ = "number_sequences"

    name: Mapped[str] = mapped_column(String(30), primary_key=True)
    last: Mapped[int] = mapped_column(default=0)


class Letter(Versioned, Base):
    """A statement-confirmation letter (对账函) and its life: generated → sent → replied."""

    __tablename__ = "letters"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # DZ-2026-0001
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    salesperson_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    as_of: Mapped[date]
    pay_by: Mapped[date]
    balance: Mapped[Decimal] = mapped_column(Money)
    # What the letter showed (invoices, credit, letterhead), so a reprint is the same letter.
    content: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), index=True)
    generated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    generated_by: Mapped[str] = mapped_column(String(100))
    sent_on: Mapped[date | None]
    sent_via: Mapped[str | None] = mapped_column(String(20))
    tracking_no: Mapped[str | None] = mapped_column(String(60))
    replied_on: Mapped[date | None]
    stated_balance: Mapped[Decimal | None] = mapped_column(Money)  # the customer's, if it differs
    # The acknowledgement a 相符 reply recorded, withdrawn if the reply is corrected.
    acknowledgement_id: Mapped[int | None] = mapped_column(ForeignKey("acknowledgements.id"))
    reply_note: Mapped[str] = mapped_column(Text, default="")
    reply_file_name: Mapped[str | None] = mapped_column(String(255))
    reply_sha256: Mapped[str | None] = mapped_column(String(64))
    reply_scan: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    dispute_closed_on: Mapped[date | None]
    dispute_resolution: Mapped[str | None] = mapped_column(Text)
    # Proof the letter reached the customer (快递签收, 签收回执, 电子邮件送达…) and the day it
    # did: a demand restarting the limitation period, reply or not (诉讼时效规定 第8条).
    delivered_on: Mapped[date | None]
    delivery_proof: Mapped[str | None] = mapped_column(String(20))
    delivery_note: Mapped[str] = mapped_column(Text, default="")
    delivery_acknowledgement_id: Mapped[int | None] = mapped_column(
        ForeignKey("acknowledgements.id")
    )


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


# Attendance, the leave ledger and the clerk's calendar days live in their own module.
from hrdesk.storage.models_attendance import (  # noqa: E402, F401
    AttendanceRecord,
    CalendarDay,
    LeaveEntry,
)

# The people and tax year tables live in their own modules; importing them registers them.
from hrdesk.storage.models_people import (  # noqa: E402, F401  (registers the people tables)
    Appraisal,
    Candidate,
    Certificate,
    MailSent,
    OnboardingItem,
)
from hrdesk.storage.models_tax import OpeningBalance  # noqa: E402, F401
