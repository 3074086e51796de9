"""Commission on collections (回款提成, domain-cn.md §9), month by month, line by line.

Each amount applied to an invoice in the pay month earns the rate of the invoice's owner on
the receipt date times the aging coefficient at collection. A salesperson whose collections
fall short of the hold share of target has the month's commission held until a manager
releases it into a later open month. Payroll pays each one's `payable`.
"""

import itertools
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.money import format_money, percent, round_fen
from hrdesk.domain.receivables import (
    ZERO,
    CoefficientStep,
    check_coefficients,
    coefficient,
    commission,
    describe_coefficients,
    held,
)
from hrdesk.domain.roles import Permission
from hrdesk.services import audit, settings
from hrdesk.services.actor import Actor, PermissionDenied
from hrdesk.services.receivables import HANDOVER, locked_months, owner_on
from hrdesk.spreadsheets.writing import SheetData, write_workbook
from hrdesk.storage.models import (
    Allocation,
    CommissionRelease,
    CommissionSnapshot,
    Customer,
    Employee,
    Invoice,
    InvoiceOwner,
    Receipt,
    Separation,
)

HALF = Decimal("0.5")


@dataclass(frozen=True)
class Policy:
    steps: tuple[CoefficientStep, ...]
    hold_below: Decimal


def policy(session: Session) -> Policy:
    steps = tuple(
        CoefficientStep(days, Decimal(value))
        for days, value in settings.get(session, "commission_coefficients")
    )
    return Policy(steps, Decimal(settings.get(session, "commission_hold_below")))


def set_policy(
    session: Session, actor: Actor, steps: list[CoefficientStep], hold_below: Decimal
) -> None:
    actor.require(Permission.MANAGE_SETTINGS)
    checked = check_coefficients(steps)
    if not ZERO <= hold_below <= 1:
        raise ValueError("暂扣线是回款目标的比例，应在0到100%之间")
    settings.put(
        session,
        actor,
        "commission_coefficients",
        [[s.max_days, str(s.coefficient)] for s in checked],
    )
    settings.put(session, actor, "commission_hold_below", str(hold_below))


@dataclass(frozen=True)
class CommissionLine:
    received_on: date
    transaction_no: str
    customer: str
    invoice_no: str
    due_on: date
    days_late: int
    amount: Decimal
    coefficient: Decimal
    rate: Decimal
    commission: Decimal


@dataclass(frozen=True)
class Release:
    """A held month's commission released by a manager, to be paid in a later month."""

    amount: Decimal
    paid_in_month: date
    released_at: datetime
    reason: str


@dataclass
class MonthCommission:
    salesperson_id: int
    employee_no: str
    name: str
    rate: Decimal
    target: Decimal | None
    collected: Decimal = ZERO
    earned: Decimal = ZERO
    held: bool = False
    release: "Release | None" = None  # of this month's held commission
    released_from_earlier: Decimal = ZERO  # earlier months' released commission paid this month
    lines: list[CommissionLine] = field(default_factory=list)

    @property
    def payable(self) -> Decimal:
        return (ZERO if self.held else self.earned) + self.released_from_earlier

    @property
    def state(self) -> str:
        if not self.held:
            return "正常"
        if self.release is not None:
            return f"已放行，随{self.release.paid_in_month:%Y-%m}工资发放"
        return "暂扣待放行"


def _require_view(actor: Actor) -> None:
    if not (actor.may(Permission.VIEW_RECEIVABLES) or actor.may(Permission.VIEW_PAYROLL)):
        raise PermissionDenied(f"{actor.role}角色无权查看提成")


def month_commissions(session: Session, month: date) -> dict[int, MonthCommission]:
    """salesperson id → the month's commission with every line behind it."""
    rules = policy(session)
    # An approved month keeps the rates and the hold it was paid with.
    approved = {
        s.salesperson_id: s
        for s in session.scalars(
            select(CommissionSnapshot).where(CommissionSnapshot.month == month)
        )
    }
    found = _earned(session, _collections(session, month), approved, rules)
    _decide_holds(session, month, found, approved, rules)
    _add_releases(session, month, found)
    return found


def _collections(session: Session, month: date) -> list:
    """The money applied to invoices that counts for the month's commission, with the owner of
    each invoice on the day it was applied."""
    query = (
        select(
            Allocation.amount,
            Allocation.applied_on,
            Invoice.id,
            Receipt.received_on,
            Receipt.transaction_no,
            Customer.name,
            Invoice.number,
            Invoice.due_on,
            owner_on(Allocation.applied_on),
        )
        .join(Receipt, Receipt.id == Allocation.receipt_id)
        .join(Invoice, Invoice.id == Allocation.invoice_id)
        .join(Customer, Customer.id == Invoice.customer_id)
        .where(Allocation.commission_month == month)
        .order_by(Receipt.received_on, Invoice.number)
    )
    return session.execute(query).all()


def _earned(
    session: Session, lines: list, approved: dict[int, CommissionSnapshot], rules: Policy
) -> dict[int, MonthCommission]:
    """Each earner's lines: the amount (or its share), the aging coefficient, the commission."""
    # the owner when the money paid the invoice (the receipt's date, or the issue date of an
    # invoice a prepayment paid), or whom the handover setting names instead
    handovers = _handovers(session, {line[2] for line in lines})
    rule = settings.get(session, "handover_commission")
    people = {e.id: e for e in session.scalars(select(Employee))}
    found: dict[int, MonthCommission] = {}
    for (
        amount,
        applied_on,
        invoice_id,
        received_on,
        transaction_no,
        customer,
        number,
        due_on,
        owner,
    ) in lines:
        for owner_id, part in _parts(
            amount, _earners(owner, applied_on, handovers.get(invoice_id, []), rule)
        ):
            person = people[owner_id]
            entry = found.get(owner_id)
            if entry is None:
                snapshot = approved.get(owner_id)
                rate = snapshot.rate if snapshot else person.commission_rate or ZERO
                entry = found[owner_id] = _entry(person, rate)
            days_late = (received_on - due_on).days
            factor = coefficient(days_late, rules.steps)
            earned = commission(part, entry.rate, factor)
            entry.lines.append(
                CommissionLine(
                    received_on,
                    transaction_no,
                    customer,
                    number,
                    due_on,
                    days_late,
                    part,
                    factor,
                    entry.rate,
                    earned,
                )
            )
            entry.collected += part
            entry.earned += earned
    return found


def _entry(person: Employee, rate: Decimal) -> MonthCommission:
    """A salesperson's month before any line is added."""
    return MonthCommission(
        person.id, person.employee_no, person.name, rate, person.collection_target
    )


def _decide_holds(
    session: Session,
    month: date,
    found: dict[int, MonthCommission],
    approved: dict[int, CommissionSnapshot],
    rules: Policy,
) -> None:
    """Whether each month's commission is held: as approved, never for a leaver, else by target."""
    # leavers in their final month or after it: no target to hold against
    leaving = set(
        session.scalars(
            select(Separation.employee_id).where(
                Separation.last_day < add_months(month, 1),
                Separation.status != "已撤销",
            )
        )
    )
    for entry in found.values():
        snapshot = approved.get(entry.salesperson_id)
        if snapshot is not None:
            entry.held = snapshot.held
        elif entry.salesperson_id in leaving:
            entry.held = False  # a part month, or after leaving: no target, nothing is held
        else:
            entry.held = entry.earned > 0 and held(entry.collected, entry.target, rules.hold_below)


def _add_releases(session: Session, month: date, found: dict[int, MonthCommission]) -> None:
    """The release of this month's held commission, and earlier months' released into it."""
    for release in session.scalars(
        select(CommissionRelease).where(
            (CommissionRelease.month == month) | (CommissionRelease.paid_in_month == month)
        )
    ):
        if release.month == month and release.salesperson_id in found:
            found[release.salesperson_id].release = Release(
                release.amount, release.paid_in_month, release.released_at, release.reason
            )
        if release.paid_in_month == month:
            entry = found.get(release.salesperson_id)
            if entry is None:
                person = session.get(Employee, release.salesperson_id)
                entry = found[person.id] = _entry(person, person.commission_rate or ZERO)
            entry.released_from_earlier += release.amount


def commissions(session: Session, actor: Actor, month: date) -> list[MonthCommission]:
    _require_view(actor)
    return sorted(month_commissions(session, month).values(), key=lambda c: c.employee_no)


def release(
    session: Session, actor: Actor, month: date, salesperson_id: int, reason: str
) -> Release:
    """A manager releases a held month; it is paid in the first open pay month after it."""
    actor.require(Permission.RELEASE_COMMISSION)
    if not reason.strip():
        raise ValueError("放行暂扣提成须写明原因")
    locked = locked_months(session)
    if month not in locked:
        raise ValueError(f"{month:%Y-%m} 工资审核后才能放行该月暂扣的提成：审核前回款还可能变化")
    entry = month_commissions(session, month).get(salesperson_id)
    if entry is None or not entry.held:
        raise ValueError(f"{month:%Y-%m} 该业务员的提成没有被暂扣")
    if entry.release is not None:
        raise ValueError(f"{month:%Y-%m} 的暂扣提成已于{entry.release.released_at:%Y-%m-%d}放行")
    paid_in = add_months(month, 1)
    while paid_in in locked:
        paid_in = add_months(paid_in, 1)
    row = CommissionRelease(
        month=month,
        salesperson_id=salesperson_id,
        amount=entry.earned,
        paid_in_month=paid_in,
        reason=reason,
        released_by=actor.name,
    )
    session.add(row)
    audit.record(
        session,
        actor,
        "放行提成",
        "commission",
        f"{month:%Y-%m}/{entry.employee_no}",
        "金额",
        None,
        f"{entry.earned}，随{paid_in:%Y-%m}发放（{reason}）",
    )
    session.flush()
    return Release(row.amount, row.paid_in_month, row.released_at, row.reason)


STATEMENT_HEADERS = [
    "收款日期",
    "银行流水号",
    "客户",
    "应收单号",
    "到期日期",
    "逾期天数",
    "回款金额",
    "账龄系数",
    "提成比例",
    "提成",
]


def statement_rows(entry: MonthCommission) -> list[list]:
    return [
        [
            line.received_on,
            line.transaction_no,
            line.customer,
            line.invoice_no,
            line.due_on,
            max(line.days_late, 0),
            line.amount,
            line.coefficient,
            line.rate,
            line.commission,
        ]
        for line in entry.lines
    ]


def statement(session: Session, actor: Actor, month: date, employee_no: str) -> MonthCommission:
    _require_view(actor)
    for entry in month_commissions(session, month).values():
        if entry.employee_no == employee_no:
            return entry
    person = session.scalar(select(Employee).where(Employee.employee_no == employee_no))
    if person is None:
        raise ValueError(f"没有工号为{employee_no}的员工")
    return _entry(person, person.commission_rate or ZERO)


def write_statement(
    session: Session, actor: Actor, month: date, employee_no: str, path: Path
) -> MonthCommission:
    """A salesperson's commission statement as a spreadsheet: every line, then the totals."""
    entry = statement(session, actor, month, employee_no)
    rows = statement_rows(entry)
    rows.append(["合计", "", "", "", "", "", entry.collected, "", "", entry.earned])
    rows.append(["回款目标", "", "", "", "", "", entry.target or "", "", "", entry.state])
    if entry.released_from_earlier:
        rows.append(
            [
                "本月发放以前月份放行的提成",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                entry.released_from_earlier,
            ]
        )
    rows.append(["本月应发回款提成", "", "", "", "", "", "", "", "", entry.payable])
    title = f"提成明细{month:%Y-%m}_{entry.employee_no}"
    write_workbook(path, [SheetData(title, STATEMENT_HEADERS, rows, {2: 28, 3: 16, 1: 20})])
    return entry


def print_statement(
    session: Session, actor: Actor, month: date, employee_no: str, path: Path
) -> MonthCommission:
    """The same statement as a PDF for the salesperson to check and sign."""
    from hrdesk.documents.commission import StatementData, write_statement

    entry = statement(session, actor, month, employee_no)
    rules = policy(session)
    steps = describe_coefficients(rules.steps)
    totals = [
        ("本月回款合计", f"{format_money(entry.collected)} 元"),
        ("回款目标", f"{format_money(entry.target)} 元" if entry.target else "未设"),
        ("按回款计提成", f"{format_money(entry.earned)} 元（{entry.state}）"),
    ]
    if entry.released_from_earlier:
        totals.append(
            ("本月发放以前月份放行的提成", f"{format_money(entry.released_from_earlier)} 元")
        )
    totals.append(("本月应发回款提成", f"{format_money(entry.payable)} 元"))
    data = StatementData(
        settings.get(session, "company_name") or "本公司",
        f"{month.year}年{month.month}月",
        entry.employee_no,
        entry.name,
        entry.rate,
        STATEMENT_HEADERS,
        [[*row[:7], str(row[7]), f"{percent(row[8])}%", row[9]] for row in statement_rows(entry)],
        totals,
        f"提成 = 回款金额 × 提成比例 × 账龄系数（按收款日距到期日的逾期天数：{steps}）。"
        f"当月回款低于回款目标的{percent(rules.hold_below)}%时，当月提成暂扣，待销售经理放行后发放。",
    )
    write_statement(path, data)
    return entry


def keep_approved(session: Session, month: date) -> None:
    """Called as payroll approves a month: its rates and holds stay as they were paid."""
    for entry in month_commissions(session, month).values():
        if entry.lines:
            session.add(
                CommissionSnapshot(
                    month=month,
                    salesperson_id=entry.salesperson_id,
                    rate=entry.rate,
                    collected=entry.collected,
                    earned=entry.earned,
                    held=entry.held,
                )
            )


def _handovers(session: Session, invoice_ids: set[int]) -> dict[int, list[tuple[date, int, int]]]:
    """invoice id → [(handover day, leaver, successor)] for invoices handed over on leaving."""
    rows = (
        session.scalars(
            select(InvoiceOwner)
            .where(InvoiceOwner.invoice_id.in_(invoice_ids))
            .order_by(InvoiceOwner.invoice_id, InvoiceOwner.from_date)
        ).all()
        if invoice_ids
        else []
    )
    found: dict[int, list[tuple[date, int, int]]] = {}
    for before, after in itertools.pairwise(rows):
        if before.invoice_id == after.invoice_id and after.reason.startswith(HANDOVER):
            found.setdefault(after.invoice_id, []).append(
                (after.from_date, before.salesperson_id, after.salesperson_id)
            )
    return found


def _parts(amount: Decimal, earners: list[tuple[int, Decimal]]) -> list[tuple[int, Decimal]]:
    """Shares of an amount in whole fen: each rounded, the last taking what is left."""
    parts, left = [], amount
    for index, (earner, share) in enumerate(earners):
        part = left if index == len(earners) - 1 else round_fen(amount * share)
        parts.append((earner, part))
        left -= part
    return parts


def _earners(owner: int, applied_on: date, handovers, rule: dict) -> list[tuple[int, Decimal]]:
    """Who earns on money applied to an invoice, and what share: its owner that day, unless
    the invoice came by a handover and the setting gives the leaver a share."""
    for handed_on, leaver, successor in handovers:
        if successor != owner or applied_on < handed_on:
            continue
        if rule["to"] == "split":
            return [(leaver, HALF), (successor, HALF)]
        if rule["to"] == "leaver" and (applied_on - handed_on).days <= rule["days"]:
            return [(leaver, Decimal(1))]
    return [(owner, Decimal(1))]
