"""Receivables: customers and their aliases, invoices and who owns them, receipts and their
allocations, credit notes, write-offs, acknowledgements of debt."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.storage.base import Base, Money, UtcDateTime, Versioned, utc_now


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
    # A customer's invoices by due date: the risk score's year of history is read without the
    # customer's other years. Serves customer_id alone too.
    __table_args__ = (Index("ix_invoices_customer_due", "customer_id", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(50), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
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
    # A customer's receipts by day: its last payment on a date (诉讼时效, the risk score) is
    # one step down the index, not a read of all its receipts. Serves customer_id alone too.
    __table_args__ = (Index("ix_receipts_customer_day", "customer_id", "received_on"),)

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
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
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
