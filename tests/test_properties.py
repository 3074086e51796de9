"""Property tests (hypothesis) over the real rules and services: money is conserved by
allocation, net pay is gross less every deduction, withheld tax rises with income, aging adds
up to the open balance, and an export imports back unchanged.

Each database example runs on its own copy of a database the test prepared once (SQLite's
backup API), so examples never see each other's rows and a shrunk example replays alike.
"""

import json
import sqlite3
import uuid
from collections import defaultdict
from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from hrdesk.domain.deductions import DeductionKind
from hrdesk.domain.employees import EmployeeRecord
from hrdesk.domain.iit import (
    MONTHLY_TABLE,
    MonthIncome,
    YearToDate,
    bonus_tax,
    bracket_trap,
    withhold,
)
from hrdesk.domain.money import FEN
from hrdesk.domain.receivables import bucket_index, oldest_first
from hrdesk.domain.social_insurance import InsuranceItem, ItemPolicy, Rounding
from hrdesk.services import (
    employees,
    exports,
    imports,
    losses,
    payroll,
    policies,
    receivables,
)
from hrdesk.services.database import open_workspace
from hrdesk.storage.models import (
    Allocation,
    Customer,
    Invoice,
    PayrollMonth,
    Payslip,
    Receipt,
    SocialPolicy,
)
from tests.services import sales_team
from tests.services.sales_team import ADMIN, TODAY, _id, customer_id, load

sales = sales_team.sales  # the fixture: two salespeople (S01, S02) and customers C1–C4

D = Decimal
ZERO = D(0)
START = date(2026, 1, 1)  # the earliest invoice or receipt; TODAY (2026-06-30) the latest
# A database fixture is made once per test; each example works on a copy of it.
ON_A_COPY = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@contextmanager
def copy_of(database, folder):
    """A private copy of a prepared SQLite database, opened, and deleted afterwards."""
    target = folder / f"{uuid.uuid4().hex}.db"
    source, copy = sqlite3.connect(database.path), sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        source.close()
        copy.close()
    opened = open_workspace(target)
    try:
        yield opened
    finally:
        opened.close()
        for leftover in folder.glob(f"{target.name}*"):
            leftover.unlink()


def yuan(fen: int) -> Decimal:
    return D(fen).scaleb(-2)


def money(low: int = 1, high: int = 500_000):
    """An amount in yuan with two places, from fen."""
    return st.integers(min_value=low, max_value=high).map(yuan)


# -- 1. allocation conserves money ---------------------------------------------------


@given(
    st.lists(
        st.one_of(
            st.tuples(st.just("invoice"), money(), st.integers(0, 120)),
            st.tuples(st.just("receipt"), money(), st.none() | st.integers(0, 12)),
        ),
        max_size=16,
    )
)
@settings(max_examples=300)
def test_oldest_first_conserves_every_receipt_and_never_overpays_an_invoice(events):
    """The service's model: a receipt applies at once; a new invoice takes earlier credit."""
    invoices: list[list] = []  # [id, due, balance], settled ones included
    received: list[Decimal] = []
    applied: dict[int, Decimal] = defaultdict(lambda: ZERO)
    left: dict[int, Decimal] = {}

    def apply(receipt: int, amount: Decimal, named: int | None) -> None:
        before = {i[0]: i[2] for i in invoices}
        parts, credit = oldest_first(amount, [tuple(i) for i in invoices], named)
        assert sum((part for _id, part in parts), ZERO) + credit == amount
        assert credit >= 0
        assert len({invoice_id for invoice_id, _part in parts}) == len(parts)
        if named is not None and before[named] > 0:
            assert parts[0] == (named, min(amount, before[named]))  # the named invoice first
        for invoice_id, part in parts:
            assert 0 < part <= before[invoice_id]
            invoices[invoice_id - 1][2] -= part
            applied[receipt] += part
        if parts and parts[-1][0] != named:
            # oldest due first (ties by id): every invoice due before the last one paid is paid off
            order = sorted((i for i in invoices if i[0] != named), key=lambda i: (i[1], i[0]))
            position = [i[0] for i in order].index(parts[-1][0])
            assert all(i[2] == 0 for i in order[:position])
        assert all(i[2] >= 0 for i in invoices)
        if credit > 0:  # credit stays only when nothing is owed
            assert all(i[2] == 0 for i in invoices)
        left[receipt] = credit

    for kind, amount, extra in events:
        if kind == "invoice":
            invoices.append([len(invoices) + 1, START + timedelta(days=extra), amount])
            for receipt, credit in list(left.items()):  # earlier overpayments, oldest first
                if credit > 0:
                    apply(receipt, credit, None)
        else:
            received.append(amount)
            receipt = len(received)
            named = extra + 1 if extra is not None and extra < len(invoices) else None
            apply(receipt, amount, named)
    for receipt, amount in enumerate(received, start=1):
        assert applied[receipt] + left[receipt] == amount
    owed = sum((i[2] for i in invoices), ZERO)
    credit = sum(left.values(), ZERO)
    invoiced = sum((amount for kind, amount, _extra in events if kind == "invoice"), ZERO)
    assert owed + sum(applied.values(), ZERO) == invoiced  # every fen invoiced is owed or paid
    # What is owed less what is held as credit is what was invoiced less what was received.
    assert owed - credit == invoiced - sum(received, ZERO)


@st.composite
def receivable_batches(draw, codes=("C1",), salespeople=("",)):
    """Import batches in a random order: invoices (single numbers) and bank receipts, each
    receipt found by 客户编码 or by payer name, some naming an invoice (maybe one not yet there)."""
    names = {"C1": "甲贸易有限公司", "C2": "乙科技（上海）有限公司", "C3": "丙商行"}
    batches, invoices, receipts = [], 0, 0
    for _ in range(draw(st.integers(1, 4))):
        rows = []
        if draw(st.booleans()):
            for _ in range(draw(st.integers(1, 4))):
                invoices += 1
                issued = START + timedelta(days=draw(st.integers(0, 180)))
                due = draw(st.none() | st.integers(0, 90))
                rows.append(
                    [
                        f"F{invoices}",
                        draw(st.sampled_from(codes)),
                        draw(st.sampled_from(salespeople)),
                        issued.isoformat(),
                        "" if due is None else (issued + timedelta(days=due)).isoformat(),
                        f"{draw(money())}",
                        "",
                    ]
                )
            batches.append(("invoices", rows))
        else:
            for _ in range(draw(st.integers(1, 4))):
                receipts += 1
                code = draw(st.sampled_from(codes))
                by_code = draw(st.booleans())
                named = draw(st.none() | st.integers(1, invoices + 2))
                rows.append(
                    [
                        (START + timedelta(days=draw(st.integers(0, 180)))).isoformat(),
                        f"B{receipts}",
                        "代付人" if by_code else names[code],
                        f"{draw(money())}",
                        "",
                        code if by_code else "",
                        "" if named is None else f"F{named}",
                    ]
                )
            batches.append(("receipts", rows))
    return batches


def _check_conservation(database, customer: int) -> None:
    with database.sessions() as session:
        invoices = session.scalars(select(Invoice).where(Invoice.customer_id == customer)).all()
        receipts = session.scalars(select(Receipt).where(Receipt.customer_id == customer)).all()
        allocations = session.scalars(select(Allocation)).all()
        owed = receivables.open_balances(session, [customer]).get(customer, [])
        credit = receivables.unapplied(session, [customer]).get(customer, ZERO)
    by_receipt, by_invoice = defaultdict(list), defaultdict(list)
    for allocation in allocations:
        assert allocation.amount > 0
        by_receipt[allocation.receipt_id].append(allocation)
        by_invoice[allocation.invoice_id].append(allocation)
    own = {i.id: i for i in invoices}
    left = ZERO
    for receipt in receipts:
        parts = by_receipt.pop(receipt.id, [])
        assert all(a.invoice_id in own for a in parts), "a receipt paid another customer's invoice"
        assert all(a.applied_on >= receipt.received_on for a in parts)
        unapplied = receipt.amount - sum((a.amount for a in parts), ZERO)
        assert unapplied >= 0, f"receipt {receipt.transaction_no} applied beyond its amount"
        left += unapplied  # sum(allocations) + unapplied == received
    balances = {}
    for invoice in invoices:
        parts = by_invoice.pop(invoice.id, [])
        assert all(a.applied_on >= invoice.issued_on for a in parts)
        balance = invoice.amount - sum((a.amount for a in parts), ZERO)
        assert balance >= 0, f"invoice {invoice.number} paid beyond its amount"
        assert (invoice.settled_on is None) == (balance > 0)
        balances[invoice.id] = balance
    assert {i[0]: i[2] for i in owed} == {k: v for k, v in balances.items() if v}
    assert credit == left
    total_owed = sum(balances.values(), ZERO)
    invoiced = sum((i.amount for i in invoices), ZERO)
    received = sum((r.amount for r in receipts), ZERO)
    assert total_owed - credit == invoiced - received
    assert total_owed == 0 or credit == 0, "credit left waiting beside an open invoice"


@ON_A_COPY
@given(batches=receivable_batches())
def test_imported_invoices_and_receipts_conserve_money(sales, sqlite_only, tmp_path, batches):
    with copy_of(sales, tmp_path) as database:
        c1 = customer_id(database, "C1")
        for kind, rows in batches:
            plan = load(database, kind, rows)
            assert plan.ok, plan.problems
            _check_conservation(database, c1)


# -- 2. net pay is gross less every deduction ---------------------------------------------

CITY = "测试市"
MONTHS = (date(2026, 1, 1), date(2026, 2, 1))


def _prepare_payroll(database) -> None:
    """A city with pension (to the fen), medical (to the jiao, plus 3 a month) and housing
    fund (to the yuan), and a minimum wage of 2,740 compared before contributions."""
    with database.sessions() as session:
        if session.scalar(select(SocialPolicy.id)) is not None:
            return  # prepared for an earlier example
    day = date(2025, 1, 1)
    items = [
        ItemPolicy(CITY, InsuranceItem.PENSION, day, D("0.08"), D("0.16"), D(5000), D(35000)),
        ItemPolicy(
            CITY,
            InsuranceItem.MEDICAL,
            day,
            D("0.02"),
            D("0.095"),
            D(5000),
            D(35000),
            D(3),
            Rounding.JIAO,
        ),
        ItemPolicy(
            CITY,
            InsuranceItem.HOUSING_FUND,
            day,
            D("0.07"),
            D("0.07"),
            D(2500),
            D(35000),
            rounding=Rounding.YUAN,
        ),
    ]
    with database.sessions.begin() as session:
        policies.save(
            session,
            ADMIN,
            [policies.PolicyChange(item, D(2740) if index == 0 else None, False)
             for index, item in enumerate(items)],
        )  # fmt: skip


def _pay_inputs():
    hours = st.integers(0, 80).map(lambda half_hours: D(half_hours) / 2)
    days = st.integers(0, 20).map(lambda half_days: D(half_days) / 2)
    return st.fixed_dictionaries(
        {
            "performance_pay": money(0, 300_000),
            "workday_overtime_hours": hours,
            "rest_day_overtime_hours": hours,
            "holiday_overtime_hours": hours,
            "personal_leave_days": days,
            "sick_leave_days": days,
            "other_additions": money(0, 100_000),
            "other_deductions": money(0, 50_000),
            "annual_bonus": st.sampled_from([ZERO, D(36000), D("36000.01"), D(144001)])
            | money(0, 20_000_000),
        }
    )


@ON_A_COPY
@given(
    base=money(300_000, 6_000_000),
    allowance=money(0, 200_000),
    social_base=st.none() | money(300_000, 5_000_000),
    fund_rate=st.sampled_from([None, D(0), D("0.05"), D("0.12")]),
    declared=st.sampled_from([ZERO, D(1000), D(2000), D(4000)]),
    loss=st.none() | money(1, 2_000_000),
    months=st.lists(_pay_inputs(), min_size=1, max_size=2),
)
def test_net_pay_is_gross_less_every_deduction(
    database, sqlite_only, tmp_path, base, allowance, social_base, fund_rate, declared, loss, months
):
    _prepare_payroll(database)
    with copy_of(database, tmp_path) as copy:
        with copy.sessions.begin() as session:
            record = EmployeeRecord(
                "E001", "张三", _id(1), "财务部", date(2020, 1, 1), base,
                social_city=CITY, social_base=social_base, housing_fund_rate=fund_rate,
                position_allowance=allowance,
                deductions={DeductionKind.CHILD_EDUCATION: declared} if declared else {},
            )  # fmt: skip
            saved = employees.save(session, ADMIN, record, None, date(2026, 1, 1))
            assert saved.errors == []
            if loss is not None:
                losses.add_loss(session, ADMIN, saved.employee_id, date(2025, 12, 1), loss, "损坏")
        for month, inputs in zip(MONTHS, months, strict=False):
            with copy.sessions.begin() as session:
                payroll.save_inputs(session, ADMIN, month, saved.employee_id, inputs)
                payroll.run(session, ADMIN, month)
                payroll.approve(session, ADMIN, month)
            with copy.sessions() as session:
                slip = session.scalar(
                    select(Payslip).join(PayrollMonth).where(PayrollMonth.month == month)
                )
                shown = {k: D(v) for k, v in json.loads(slip.detail).items()}
            personal = sum((v for k, v in shown.items() if k.endswith("(个人)")), ZERO)
            assert personal == slip.personal_contributions
            net = (
                shown["应发工资"]
                - personal
                - shown["个人所得税"]
                + shown["全年一次性奖金"]
                - shown["年终奖个税"]
                - shown["损失赔偿扣款"]
                - shown["其他扣款"]
            )
            assert shown["实发工资"] == net == slip.net_pay, shown
            assert (shown["应发工资"], shown["个人所得税"], shown["年终奖个税"]) == (
                slip.gross,
                slip.income_tax,
                slip.bonus_tax,
            )
            assert all(v == v.quantize(FEN) for k, v in shown.items() if k != "预扣率"), shown


# -- 3. withheld tax never falls as income rises --------------------------------------------

_income = money(0, 20_000_000)


@given(
    a=_income,
    b=_income,
    month=st.fixed_dictionaries(
        {
            "exempt_income": money(0, 100_000) | st.just(ZERO),
            "special_deduction": money(0, 500_000),
            "additional_deduction": st.sampled_from([ZERO, D(1000), D(2000), D(5000)]),
            "other_deduction": money(0, 100_000) | st.just(ZERO),
            "relief": money(0, 50_000) | st.just(ZERO),
        }
    ),
    before=st.builds(
        YearToDate,
        income=money(0, 200_000_000) | st.just(ZERO),
        special_deduction=money(0, 5_000_000),
        additional_deduction=money(0, 5_000_000),
        relief=money(0, 100_000) | st.just(ZERO),
        withheld=money(0, 20_000_000) | st.just(ZERO),
    ),
    months_employed=st.integers(1, 12),
)
@settings(max_examples=500)
def test_withheld_tax_never_falls_as_income_rises(a, b, month, before, months_employed):
    low, high = sorted([a, b])
    taxed = [withhold(MonthIncome(i, **month), before, months_employed) for i in (low, high)]
    assert taxed[0].cumulative_tax <= taxed[1].cumulative_tax
    assert taxed[0].this_month <= taxed[1].this_month
    assert taxed[1].this_month >= 0


# The bonuses that end a bracket of the monthly table (36,000 · 144,000 · … · 960,000).
_EDGES = [bound * 12 for bound, _rate, _quick in MONTHLY_TABLE[:-1]]


@st.composite
def two_bonuses(draw):
    """Two bonuses anywhere, or both near one bracket edge, where the traps are."""
    if draw(st.booleans()):
        return draw(money(0, 200_000_000)), draw(money(0, 200_000_000))
    edge = draw(st.sampled_from(_EDGES))
    offsets = st.integers(-1_000_000, 20_000_000).map(yuan)
    return max(ZERO, edge + draw(offsets)), max(ZERO, edge + draw(offsets))


@given(bonuses=two_bonuses())
@example(bonuses=(D(36000), D("36000.01")))
@example(bonuses=(D(36000), D("38566.66")))
@settings(max_examples=1000)
def test_more_bonus_keeps_less_only_inside_a_reported_bracket_trap(bonuses):
    low, high = sorted(bonuses)
    assert bonus_tax(low).tax <= bonus_tax(high).tax
    kept_low, kept_high = bonus_tax(low).net, bonus_tax(high).net
    trap = bracket_trap(high)
    if kept_high < kept_low:
        # A fall in what is kept happens only just above an edge, below the break-even.
        assert trap is not None, (low, high)
        assert trap.edge < high < trap.break_even
    if trap is not None:
        # The trap reported is real and its figures are what the employee sees.
        assert trap.net_at_edge == bonus_tax(trap.edge).net
        assert trap.net_lost == trap.net_at_edge - kept_high > 0
        assert bracket_trap(trap.break_even) is None
        assert bonus_tax(trap.break_even).net >= trap.net_at_edge


@st.composite
def trapped_bonuses(draw):
    """A bracket edge and a bonus strictly between it and the break-even its trap reports."""
    edge = draw(st.sampled_from(_EDGES))
    last = bracket_trap(edge + FEN).break_even - FEN
    return edge, draw(st.integers(1, int((last - edge) / FEN)).map(lambda fen: edge + yuan(fen)))


@given(trapped=trapped_bonuses())
@settings(max_examples=200)
def test_every_bonus_short_of_the_break_even_is_reported_as_a_trap(trapped):
    """The payslip warning says "可改为{edge}元或不少于{break_even}元": every bonus above the
    edge and below the break-even keeps less than the edge, so the break-even is the least
    bonus that keeps as much, and one fen under it is still a trap."""
    edge, bonus = trapped
    trap = bracket_trap(bonus)
    assert trap is not None, f"{bonus} keeps {bonus_tax(bonus).net}, as much as {edge} does"
    assert trap.edge == edge and bonus_tax(bonus).net < bonus_tax(edge).net
    just_under = trap.break_even - FEN
    assert bonus_tax(just_under).net < trap.net_at_edge, (
        f"{just_under} keeps {bonus_tax(just_under).net}, as much as {edge}, "
        f"yet the warning says 不少于{trap.break_even}元"
    )


# -- 4. aging buckets add up to the open balance -------------------------------------------

_bounds = st.lists(st.integers(1, 400), min_size=1, max_size=6, unique=True).map(sorted)


def _expected_aging(session, as_of: date, bounds) -> dict:
    """(salesperson id, customer id) → (balance, buckets), worked out row by row in Python."""
    paid = defaultdict(lambda: ZERO)
    for invoice_id, day, amount in session.execute(
        select(Allocation.invoice_id, Allocation.applied_on, Allocation.amount)
    ):
        if day <= as_of:
            paid[invoice_id] += amount
    found: dict = {}
    for invoice in session.scalars(select(Invoice).where(Invoice.issued_on <= as_of)):
        balance = invoice.amount - paid[invoice.id]
        if balance:
            key = (invoice.owner_id, invoice.customer_id)
            total, buckets = found.get(key, (ZERO, [ZERO] * (len(bounds) + 2)))
            buckets[bucket_index((as_of - invoice.due_on).days, bounds)] += balance
            found[key] = (total + balance, buckets)
    return found


@ON_A_COPY
@given(
    batches=receivable_batches(codes=("C1", "C2", "C3"), salespeople=("", "S01", "S02")),
    bounds=st.none() | _bounds,
    days=st.lists(st.integers(-10, 420), min_size=1, max_size=4),
)
def test_aging_buckets_add_up_to_the_open_balance(
    sales, sqlite_only, tmp_path, batches, bounds, days
):
    with copy_of(sales, tmp_path) as database:
        for kind, rows in batches:
            plan = load(database, kind, rows)
            assert plan.ok, plan.problems
        if bounds is not None:
            with database.sessions.begin() as session:
                receivables.set_bucket_bounds(session, ADMIN, bounds)
        after_everything = TODAY + timedelta(days=1)
        with database.sessions() as session:
            used = receivables.bucket_bounds(session)
            for as_of in [START + timedelta(days=d) for d in days] + [after_everything]:
                report = receivables.aging(session, ADMIN, as_of)
                total = report.total()
                for row in [*report.rows, *report.by_salesperson(), total]:
                    assert len(row.buckets) == len(used) + 2
                    assert sum(row.buckets, ZERO) == row.balance, (as_of, row)
                got = {(r.salesperson_id, r.customer_id): (r.balance, r.buckets) for r in report.rows}  # fmt: skip
                assert got == _expected_aging(session, as_of, used), as_of
            owed = receivables.open_balances(session)
            assert total.balance == sum((i[2] for found in owed.values() for i in found), ZERO)


# -- 5. export then import changes nothing ---------------------------------------------------

# Letters, digits and the punctuation real names carry; no control characters, none that a
# spreadsheet would read as a formula.
_code = st.text(st.characters(categories=["Lu", "Ll", "Nd"], max_codepoint=0x7F) | st.sampled_from("-_."), min_size=1, max_size=12)  # fmt: skip
_name_chars = st.characters(categories=["L", "N"]) | st.sampled_from(" （）()·&-")
_name = st.text(_name_chars, min_size=1, max_size=40).filter(lambda s: s.strip())
_optional = st.none() | st.text(_name_chars, max_size=20)


def _customers(code, name, optional):
    """Customer rows in the template's layout, codes unique."""
    return st.lists(
        st.tuples(
            code,
            name,
            st.sampled_from(["", "91350100M000100Y43"]),
            optional,
            st.none() | st.text("0123456789-", min_size=1, max_size=20),
            optional,
            st.sampled_from(["S01", "S02"]),
            st.integers(0, 730),
        ),
        min_size=1,
        max_size=5,
        unique_by=lambda c: c[0],
    )


def _export_then_import(sales, folder, customers) -> None:
    with copy_of(sales, folder) as database:
        rows = [["" if v is None else v for v in customer] for customer in customers]
        first = load(database, "customers", rows)
        assert first.ok, first.problems
        path = folder / f"{uuid.uuid4().hex}.xlsx"
        with database.sessions.begin() as session:
            written = exports.export(session, ADMIN, "customers", path, TODAY)
            before = receivables.customer_rows(session)
        with database.sessions.begin() as session:
            again = imports.import_file(session, ADMIN, "customers", path, TODAY)
            after = receivables.customer_rows(session)
            count = len(session.scalars(select(Customer.id)).all())
        path.unlink()
        assert again.ok, again.problems
        assert (again.added, again.updated, again.unchanged) == (0, 0, written) == (0, 0, count)
        assert after == before


@ON_A_COPY
@given(customers=_customers(_code, _name, _optional))
def test_exported_customers_import_back_unchanged(sales, sqlite_only, tmp_path, customers):
    _export_then_import(sales, tmp_path, customers)


# Any printable text the import accepts, "=" and "_x…_" included: an export must keep it as text.
_any_chars = st.characters(min_codepoint=0x20, max_codepoint=0x7E) | st.sampled_from("公司（）")
_any = st.text(_any_chars, min_size=1, max_size=20).filter(lambda s: s.strip())


@ON_A_COPY
@given(customers=_customers(_any, _any, st.none() | _any))
@example(customers=[("X1", "=0", "", None, None, None, "S01", 30)])  # written as a formula
@example(customers=[("_x0041_", "甲公司", "", None, None, None, "S01", 30)])  # read back as "A"
def test_any_customer_the_import_accepts_exports_and_imports_back_unchanged(
    sales, sqlite_only, tmp_path, customers
):
    _export_then_import(sales, tmp_path, customers)
