"""A bank statement's receipts are applied exactly as one receipt after another would be."""

import random
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from hrdesk.domain.receivables import oldest_first
from hrdesk.storage.models import Allocation, Invoice, Receipt
from tests.services.sales_team import load

D = Decimal
PAYERS = {
    "C1": ("甲贸易有限公司", ""),
    "C2": ("乙科技(上海)有限公司", ""),
    "C3": ("别人代付", "C3"),
}


def _invoices(rng: random.Random) -> list[list]:
    """Twelve invoices a customer, some due on the same day (ties go by the order kept)."""
    rows = []
    for code in PAYERS:
        for n in range(12):
            issued = date(2026, 1, 1) + timedelta(days=rng.randrange(150))
            due = issued + timedelta(days=rng.choice([0, 30, 30, 60]))
            amount = D(rng.randrange(10_000, 500_000)) / 100
            rows.append([f"{code}-{n:02d}", code, "", issued, due, amount, ""])
    return rows


def _statement(rng: random.Random, prefix: str, lines: int, named: dict[str, str]) -> list[list]:
    """Receipts of the three customers, several on one day, some before an invoice was issued;
    `named` gives a customer's receipts a 核销单号."""
    rows = []
    for n in range(lines):
        code = rng.choice(list(PAYERS))
        payer, by_code = PAYERS[code]
        day = date(2026, 1, 15) + timedelta(days=rng.randrange(0, 170, 3))
        amount = D(rng.randrange(5_000, 700_000)) / 100
        rows.append([day, f"{prefix}{n:03d}", payer, amount, "货款", by_code, named.get(code, "")])
    return rows


def _expected(invoices: list[list], statements: list[list[list]]) -> list[tuple]:
    """(流水号, invoice, amount, applied on) by domain.receivables.oldest_first alone: each
    statement's receipts earliest first (a day's in the file's order), each over what its
    customer still owes."""
    owed = {row[0]: row[5] for row in invoices}
    order = {row[0]: index for index, row in enumerate(invoices)}
    by_number = {row[0]: row for row in invoices}
    made = []
    for statement in statements:
        for day, key, _payer, amount, _memo, by_code, named in sorted(
            statement, key=lambda r: r[0]
        ):
            code = by_code or next(c for c, (p, _b) in PAYERS.items() if p == _payer)
            open_ = [
                (order[n], r[4], owed[n])
                for n, r in by_number.items()
                if r[1] == code and owed[n] > 0
            ]
            applied, _credit = oldest_first(amount, open_, order.get(named))
            for index, part in applied:
                number = invoices[index][0]
                owed[number] -= part
                made.append((key, number, part, max(day, by_number[number][3])))
    return made


def _stored(database) -> list[tuple]:
    """The allocations kept, receipt by receipt (earliest first), each receipt's in the order made."""
    with database.sessions() as session:
        query = (
            select(Receipt.transaction_no, Invoice.number, Allocation.amount, Allocation.applied_on)
            .join(Receipt, Receipt.id == Allocation.receipt_id)
            .join(Invoice, Invoice.id == Allocation.invoice_id)
            .order_by(Receipt.received_on, Receipt.id, Allocation.id)
        )
        return [tuple(row) for row in session.execute(query)]


def test_a_statement_pays_oldest_due_first_receipt_after_receipt(sales):
    rng = random.Random(17)
    invoices = _invoices(rng)
    assert load(sales, "invoices", invoices).ok
    first = _statement(rng, "A", 40, {})
    second = _statement(rng, "B", 40, {"C2": "C2-07"})  # C2's receipts name one invoice
    for statement in (first, second):
        plan = load(sales, "receipts", statement)
        assert plan.ok and plan.added == len(statement), plan.problems
    assert _stored(sales) == _expected(invoices, [first, second])
    with sales.sessions() as session:
        # an invoice paid in full is settled on the day its last part was paid, the rest open
        settled = dict(session.execute(select(Invoice.number, Invoice.settled_on)).all())
    last_paid = {}
    owed = {row[0]: row[5] for row in invoices}
    for _key, number, part, day in _expected(invoices, [first, second]):
        owed[number] -= part
        last_paid[number] = max(day, last_paid.get(number, day))
    assert settled == {n: last_paid[n] if owed[n] == 0 else None for n in owed}


def test_reimporting_a_statement_applies_nothing_again(sales):
    rng = random.Random(3)
    invoices = _invoices(rng)
    assert load(sales, "invoices", invoices).ok
    statement = _statement(rng, "A", 30, {})
    assert load(sales, "receipts", statement).added == 30
    before = _stored(sales)
    again = load(sales, "receipts", statement)
    assert (again.added, again.unchanged) == (0, 30)
    assert _stored(sales) == before


def test_two_statements_in_one_transaction_are_both_applied(sales):
    """The working tables of one import are gone before the next (the wizard may import twice
    before it commits)."""
    from hrdesk.services import imports
    from hrdesk.spreadsheets.reading import Sheet
    from tests.services.sales_team import ADMIN, RECEIPT_HEADER, TODAY

    assert load(sales, "invoices", [["F1", "C1", "", "2026-01-01", "", "1000", ""]]).ok
    with sales.sessions.begin() as session:
        for key in ("B1", "B2"):
            rows = [RECEIPT_HEADER, ["2026-04-02", key, "甲贸易有限公司", "300", "", "", ""]]
            plan = imports.plan(session, ADMIN, "receipts", Sheet("表", rows), TODAY)
            imports.commit(session, ADMIN, plan, TODAY)
    with sales.sessions() as session:
        paid = session.scalar(select(func.sum(Allocation.amount)))
    assert paid == D(600)


def test_a_statement_that_fails_while_applied_leaves_nothing_behind(sales, monkeypatch):
    from hrdesk.services.receivables import batch_allocation

    assert load(sales, "invoices", [["F1", "C1", "", "2026-01-01", "", "1000", ""]]).ok
    rows = [["2026-04-02", "B1", "甲贸易有限公司", "300", "", "", ""]]

    def broken(session, invoice_ids):
        raise RuntimeError("断电")

    with monkeypatch.context() as patched:
        patched.setattr(batch_allocation, "settle", broken)
        with pytest.raises(RuntimeError):
            load(sales, "receipts", rows)
    with sales.sessions() as session:
        assert session.scalar(select(func.count(Receipt.id))) == 0
        assert session.scalar(select(func.count(Allocation.id))) == 0
    # …and the same statement goes in whole afterwards, on the same pooled connection
    assert load(sales, "receipts", rows).added == 1
    with sales.sessions() as session:
        assert session.scalar(select(func.sum(Allocation.amount))) == D(300)


def test_a_named_invoice_of_another_customer_or_none_is_passed_over_with_a_warning(sales):
    assert load(
        sales,
        "invoices",
        [
            ["F1", "C1", "", "2026-01-01", "2026-01-31", "1000", ""],
            ["F2", "C1", "", "2026-02-01", "2026-02-28", "1000", ""],
            ["G1", "C2", "", "2026-01-01", "2026-01-31", "1000", ""],
        ],
    ).ok
    plan = load(
        sales,
        "receipts",
        [
            ["2026-04-02", "B1", "甲贸易有限公司", "300", "", "", "G1"],
            ["2026-04-03", "B2", "甲贸易有限公司", "300", "", "", "X9"],
            ["2026-04-04", "B3", "甲贸易有限公司", "300", "", "", "F2"],
        ],
    )
    assert plan.ok
    assert [str(w) for w in plan.warnings] == [
        "第2行 核销单号: G1不是该客户的应收单，将按到期日顺序核销",
        "第3行 核销单号: X9不是该客户的应收单，将按到期日顺序核销",
    ]
    # B1 and B2 pay the oldest due (F1); B3 the F2 it names
    assert [(key, number, amount) for key, number, amount, _day in _stored(sales)] == [
        ("B1", "F1", D(300)),
        ("B2", "F1", D(300)),
        ("B3", "F2", D(300)),
    ]


def test_a_payer_whose_name_fits_two_customers_waits_while_the_others_are_applied(sales):
    assert load(
        sales,
        "invoices",
        [
            ["F1", "C1", "", "2026-01-01", "", "1000", ""],
            ["H1", "C3", "", "2026-01-01", "", "1000", ""],
        ],
    ).ok
    plan = load(
        sales,
        "receipts",
        [
            ["2026-04-02", "B1", "丙商行", "600", "", "", ""],  # 丙商行 and 丙 商行 alike
            ["2026-04-03", "B2", "甲贸易有限公司", "400", "", "", ""],
        ],
    )
    assert plan.ok and "1 笔付款方无法确定客户" in plan.summary()
    assert [(key, number, amount) for key, number, amount, _day in _stored(sales)] == [
        ("B2", "F1", D(400))
    ]
    with sales.sessions() as session:
        waiting = session.scalar(select(Receipt.customer_id).where(Receipt.transaction_no == "B1"))
    assert waiting is None
