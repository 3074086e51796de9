"""Letters to customers (对账函, 催款函) and the number series letters and certificates share."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from hrdesk.storage.base import Base, Money, UtcDateTime, Versioned, utc_now


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


class NumberSequence(Base):
    """The last number given in a series (e.g. DZ-2026): numbers are never reused."""

    __tablename__ = "number_sequences"

    name: Mapped[str] = mapped_column(String(30), primary_key=True)
    last: Mapped[int] = mapped_column(default=0)
