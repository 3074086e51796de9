"""Rows written in bulk read back exactly as the ORM would have written them, on SQLite and
on the server, and inside the caller's transaction."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from hrdesk.storage.bulk import insert_keyed, insert_rows
from hrdesk.storage.models import Receipt


def _receipt(key: str, amount: str) -> dict:
    return {
        "line_key": key,
        "received_on": date(2026, 11, 3),
        "transaction_no": key,
        "payer_name": "上海某某贸易有限公司",
        "amount": Decimal(amount),
        "memo": "货款",
        "balance": None,
        "named_invoice_no": "",
        "customer_id": None,
    }


def test_bulk_rows_read_back_as_written_with_defaults_and_shared_values(database):
    with database.sessions.begin() as session:
        # Pending in the session, not yet flushed: it goes in first, and is not a bulk row.
        session.add(Receipt(**_receipt("L0", "5.00"), created_by="出纳"))
        ids = insert_keyed(
            session,
            Receipt.__table__,
            [_receipt("L1", "1234.56"), _receipt("L2", "0.01")],
            "line_key",
            {"created_by": "出纳"},
        )
    with database.sessions() as session:
        stored = {r.line_key: r for r in session.scalars(select(Receipt))}
    assert set(stored) == {"L0", "L1", "L2"}
    assert set(ids) == {"L1", "L2"} and ids["L1"] == stored["L1"].id
    first = stored["L1"]
    assert first.amount == Decimal("1234.56") and stored["L2"].amount == Decimal("0.01")
    assert first.received_on == date(2026, 11, 3) and first.memo == "货款"
    assert first.payer_name == "上海某某贸易有限公司" and first.customer_id is None
    assert first.balance is None and first.dismissed_reason is None
    assert {r.created_by for r in stored.values()} == {"出纳"}
    assert first.created_at is not None  # the model's default, filled in for the batch


def test_bulk_rows_go_with_the_transaction_that_fails(database):
    with pytest.raises(RuntimeError), database.sessions.begin() as session:
        insert_rows(session, Receipt.__table__, [_receipt("L1", "10")], {"created_by": "出纳"})
        raise RuntimeError("a later row of the import was refused")
    with database.sessions() as session:
        assert session.scalars(select(Receipt)).all() == []


def test_repeated_amounts_and_dates_are_each_stored_as_given(database):
    """A column's equal values are bound once: 5, 5.00 and 5.0 are the same fen; a date
    repeated down a statement is that date on every row, and a different one stays its own."""
    rows = [_receipt(f"L{i}", amount) for i, amount in enumerate(["5", "5.00", "5.0", "0.01"])]
    rows[3]["received_on"] = date(2026, 11, 4)
    with database.sessions.begin() as session:
        insert_rows(session, Receipt.__table__, rows, {"created_by": "出纳"})
    with database.sessions() as session:
        stored = {r.line_key: r for r in session.scalars(select(Receipt))}
    assert [stored[f"L{i}"].amount for i in range(4)] == [Decimal("5")] * 3 + [Decimal("0.01")]
    assert [stored[f"L{i}"].received_on.day for i in range(4)] == [3, 3, 3, 4]


def test_only_types_whose_equal_values_bind_alike_are_bound_once():
    from sqlalchemy import Date, DateTime

    from hrdesk.storage.base import Money, Rate, UtcDateTime
    from hrdesk.storage.bulk import _by_value

    assert _by_value(Money()) and _by_value(Rate()) and _by_value(Date())
    # 08:00 in Beijing equals 00:00 UTC, but a plain DateTime writes the two differently.
    assert not _by_value(DateTime(timezone=True)) and not _by_value(UtcDateTime())
