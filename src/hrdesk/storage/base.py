"""The declarative base and the column types every model shares: exact money, UTC times."""

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, DateTime, MetaData, type_coerce
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

from hrdesk.domain.money import from_fen, to_fen

# Named constraints, so batch migrations on SQLite can drop and alter them by name.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class _ExactDecimal(TypeDecorator[Decimal]):
    """A Decimal kept as an integer count of a fixed unit: SQLite would keep NUMERIC as a float."""

    impl = BigInteger
    cache_ok = True
    what = ""  # the kind of value, for messages
    binds_by_value = True  # equal amounts store the same integer (storage/bulk.py relies on it)

    def to_integer(self, value: Decimal) -> int:
        raise NotImplementedError

    def from_integer(self, value: int) -> Decimal:
        raise NotImplementedError

    def process_bind_param(self, value: Decimal | None, dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"{self.what}必须是 Decimal，而不是 {type(value).__name__}")
        return self.to_integer(value)

    def process_result_value(self, value: int | None, dialect) -> Decimal | None:
        return None if value is None else self.from_integer(value)


class Money(_ExactDecimal):
    """An amount in yuan, stored as integer fen."""

    cache_ok = True
    what = "金额"

    def to_integer(self, value: Decimal) -> int:
        return to_fen(value)

    def from_integer(self, value: int) -> Decimal:
        return from_fen(value)


class Quantity(Money):
    """Hours or days to two decimals (7.5 hours, 0.5 day), stored as hundredths like money."""

    cache_ok = True
    what = "数量"


class Rate(_ExactDecimal):
    """A rate such as 8% or 0.5%, stored as integer parts per million."""

    cache_ok = True
    what = "比例"

    def to_integer(self, value: Decimal) -> int:
        parts = value * 1_000_000
        if parts != parts.to_integral_value():
            raise ValueError(f"比例 {value} 精度过高（最多到百万分之一）")
        return int(parts)

    def from_integer(self, value: int) -> Decimal:
        return (Decimal(value) / 1_000_000).normalize()


def as_money(expression):
    """A SQL sum or difference of fen read back as yuan: arithmetic loses the column's type."""
    return type_coerce(expression, Money())


class UtcDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime; stored naive in UTC so SQLite and PostgreSQL agree."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("时间必须带时区")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utc_now() -> datetime:
    return datetime.now(UTC)


class Versioned:
    """Mixed into the models two seats may edit at once: a version every UPDATE checks and counts."""

    version: Mapped[int] = mapped_column(default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.version}
