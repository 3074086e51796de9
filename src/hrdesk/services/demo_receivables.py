"""Demo receivables: three years of invoices and the bank lines that paid them, in the usual mess.

Most customers pay around the due date; some pay late, some in parts, one overpays, one owes
an invoice nearing its limitation date, and one bank line names a payer nobody knows.
"""

import random
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.documents.letters import Letterhead
from hrdesk.domain.employees import EmployeeStatus
from hrdesk.domain.receivables import line_fingerprint, receipt_key
from hrdesk.services import letters, receivables
from hrdesk.services.actor import Actor
from hrdesk.storage.models import Customer, Employee

YEARS = 3
DEMO_LETTERHEAD = Letterhead(
    "华东恒达贸易有限公司（演示）",
    "上海市浦东新区张江路88号",
    "021-5080 1234",
    "财务部 李会计",
    "中国工商银行上海张江支行",
    "1001 2345 6789 0123 456",
)
# How customers pay: (weight, days after the due date, low and high).
PROFILES = {
    "准时": (5, (-10, 5)),
    "稍晚": (3, (6, 60)),
    "拖欠": (1, (61, 200)),
}


def _profile(rng: random.Random) -> tuple[int, int]:
    names = list(PROFILES)
    weights = [PROFILES[name][0] for name in names]
    return PROFILES[rng.choices(names, weights)[0]][1]


def build_receivables(
    session: Session, rng: random.Random, actor: Actor, invoices: int, today: date
) -> None:
    """Three years of invoices and the bank lines that paid them, an overpayment, a stranger's
    payment and a write-off waiting for approval."""
    customers = session.scalars(select(Customer).order_by(Customer.id)).all()
    if len(customers) < 2 or not invoices:
        return
    habits = {c.id: _profile(rng) for c in customers}
    forgotten = customers[-1]  # owes one old invoice and nothing else
    rows = [*_invoices(rng, customers[:-1], invoices, today), _forgotten_invoice(forgotten, today)]
    receivables.add_invoices(session, actor, rows)
    paying = [row for row in rows if row["customer_id"] != forgotten.id]  # it paid nothing since
    lines = _payments(rng, paying, habits, today)
    names = {c.id: c.name for c in customers}
    receivables.add_receipts(session, actor, [*_receipts(lines, names), _stranger(today)])
    _overpayment(session, actor, customers[0], today)
    _write_off_request(session, actor, today)


def _invoices(rng: random.Random, customers: list[Customer], count: int, today: date) -> list[dict]:
    """Invoices spread over the last three years, to the customers at random."""
    start = today - timedelta(days=365 * YEARS)
    span = (today - start).days
    rows = []
    for index in range(count):
        customer = rng.choice(customers)
        issued = start + timedelta(days=rng.randrange(span))
        rows.append(
            {
                "number": f"XS{issued:%Y%m}{index + 1:06d}",
                "customer_id": customer.id,
                "owner_id": customer.salesperson_id,
                "issued_on": issued,
                "due_on": issued + timedelta(days=customer.credit_days),
                "amount": Decimal(rng.randrange(200_000, 9_000_000)) / 100,
                "note": "",
            }
        )
    return rows


def _forgotten_invoice(customer: Customer, today: date) -> dict:
    """The limitation watch's case: an old invoice nobody chased, due almost three years ago."""
    due = today - timedelta(days=365 * YEARS - 60)
    return {
        "number": "XS-OLD-0001",
        "customer_id": customer.id,
        "owner_id": customer.salesperson_id,
        "issued_on": due - timedelta(days=customer.credit_days),
        "due_on": due,
        "amount": Decimal("68500.00"),
        "note": "旧账",
    }


def _payments(
    rng: random.Random, rows: list[dict], habits: dict[int, tuple[int, int]], today: date
) -> list[tuple]:
    """(day, customer id, amount, invoice named) of each payment made by today, by day: each
    customer pays by its habit, some invoices in two parts."""
    lines = []
    for row in rows:
        low, high = habits[row["customer_id"]]
        paid_on = row["due_on"] + timedelta(days=rng.randint(low, high))
        if paid_on > today:
            continue
        parts = [row["amount"]]
        if rng.random() < 0.12:  # paid in two parts
            first = (row["amount"] * Decimal(rng.choice(("0.3", "0.5", "0.6")))).quantize(
                Decimal("0.01")
            )
            parts = [first, row["amount"] - first]
        for number, amount in enumerate(parts):
            day = paid_on + timedelta(days=45 * number)
            if day > today:
                break
            lines.append(
                (day, row["customer_id"], amount, row["number"] if rng.random() < 0.3 else "")
            )
    lines.sort(key=lambda line: line[0])
    return lines


def _receipts(lines: list[tuple], names: dict[int, str]) -> list[dict]:
    """The bank lines of the payments, each under its own 流水号."""
    receipts = []
    for serial, (day, customer_id, amount, named) in enumerate(lines, start=1):
        transaction_no = f"{day:%Y%m%d}{serial:08d}"
        receipts.append(
            {
                "line_key": receipt_key(transaction_no),
                "received_on": day,
                "transaction_no": transaction_no,
                "payer_name": names[customer_id],
                "amount": amount,
                "memo": f"货款 {named}".strip(),
                "named_invoice_no": named,
                "customer_id": customer_id,
            }
        )
    return receipts


def _stranger(today: date) -> dict:
    """A bank line without a 流水号 from a payer nobody knows: the 未匹配 queue's case."""
    day = today - timedelta(days=6)
    return {
        "line_key": receipt_key("", line_fingerprint(day, Decimal(5000), "张伟", "代付货款", None)),
        "received_on": day,
        "transaction_no": "",
        "payer_name": "张伟",
        "amount": Decimal("5000.00"),
        "memo": "代付货款",
        "named_invoice_no": "",
        "customer_id": None,
    }


def _write_off_request(session: Session, actor: Actor, today: date) -> None:
    """A bad debt waiting for the owner's approval: an invoice still owed after a year."""
    owed = receivables.open_balances(session)
    stale = sorted(
        (due, invoice_id, balance)
        for invoices in owed.values()
        for invoice_id, due, balance, _issued in invoices
        if (today - due).days > 365 and balance > 0
    )
    if stale:
        _due, invoice_id, balance = stale[-1]  # the oldest is the limitation watch's example
        receivables.request_write_off(
            session, actor, invoice_id, balance, "客户已停业，多次上门催收无果，申请核销"
        )


def _overpayment(session: Session, actor: Actor, customer: Customer, today: date) -> None:
    """A customer who paid everything it owed and 3,600 more: the rest stays as its credit."""
    owed = receivables.open_balances(session, [customer.id]).get(customer.id, [])
    day = today - timedelta(days=3)
    amount = sum((i[2] for i in owed), Decimal(0)) + Decimal("3600.00")
    transaction_no = f"{day:%Y%m%d}99999999"
    receivables.add_receipts(
        session,
        actor,
        [
            {
                "line_key": transaction_no,
                "received_on": day,
                "transaction_no": transaction_no,
                "payer_name": customer.name,
                "amount": amount,
                "memo": "结清货款",
                "named_invoice_no": "",
                "customer_id": customer.id,
            }
        ],
    )


def build_letters(session: Session, actor: Actor, today: date) -> None:
    """Letters in every state, to the same customers twice (letters go out every few months):
    answered 相符, 不符 open and resolved, unanswered, sent, voided and just generated."""
    owing = sorted(receivables.open_balances(session))
    earlier = letters.generate(
        session, actor, today - timedelta(days=75), today, customer_ids=owing[:20]
    )[:7]
    recent = letters.generate(
        session, actor, today - timedelta(days=10), today, customer_ids=owing[:8]
    )[:6]
    sent_early = today - timedelta(days=70)
    for serial, letter_id in enumerate(earlier, start=1):  # each its own waybill
        letters.mark_sent(
            session,
            actor,
            [letter_id],
            sent_early,
            "快递",
            f"SF{140300000000 + serial}",
            today=today,
        )
    replies = [
        (12, True, None, "客户盖章确认"),
        (12, True, None, "客户盖章确认"),
        (20, False, Decimal("0.00"), "客户称已全部付清，待查银行流水"),
        (15, False, Decimal("1000.00"), "客户称有一批退货"),
    ]
    for letter_id, (days, confirmed, stated, note) in zip(earlier, replies, strict=False):
        letters.record_reply(
            session,
            actor,
            letter_id,
            sent_early + timedelta(days=days),
            confirmed,
            stated_balance=stated,
            note=note,
            today=today,
        )
    if len(earlier) > 3:
        letters.close_dispute(
            session,
            actor,
            earlier[3],
            sent_early + timedelta(days=25),
            "核实退货属实，已做红字冲减",
            today=today,
        )
    letters.mark_sent(session, actor, recent[:3], today - timedelta(days=5), "挂号信", today=today)
    if len(recent) > 3:
        letters.void(session, actor, recent[3], "客户地址有误，改寄新地址")


def build_separation(session: Session, actor: Actor, today: date) -> None:
    """A salesperson leaving: resignation given, last day in three weeks, the checklist begun."""
    from hrdesk.domain.grounds import Ground
    from hrdesk.services import separations

    staying = select(Employee.id).where(
        Employee.is_salesperson.is_(True), Employee.status != EmployeeStatus.LEFT
    )
    owing = set(receivables.open_balances(session))
    # The leaver still works here (one who has left cannot start a separation) and owns debts.
    leaver = session.scalar(
        select(Customer.salesperson_id)
        .where(Customer.id.in_(owing), Customer.salesperson_id.in_(staying))
        .order_by(Customer.id)
        .limit(1)
    )
    successor = session.scalar(
        staying.where(Employee.id != leaver).order_by(Employee.employee_no).limit(1)
    )
    if leaver is None or successor is None:
        return
    separation = separations.start(
        session,
        actor,
        leaver,
        Ground.RESIGNATION,
        today - timedelta(days=9),
        today + timedelta(days=21),
        successor,
        leave_taken_days=Decimal(3),
        note="个人原因辞职",
    )
    separations.add_evidence(
        session,
        actor,
        leaver,
        today - timedelta(days=120),
        "培训",
        "参加公司销售技巧培训两天，考核合格",
    )
    handed = next(item for item in separations.items(session, actor, separation) if not item.check)
    separations.complete_item(session, actor, handed.id, today)
