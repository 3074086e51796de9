"""A month's commission on collections: each line's amount, aging coefficient and commission,
who earns it after a handover, whether it is held, and what releases pay into the month."""

import itertools
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.money import round_fen
from hrdesk.domain.receivables import ZERO, coefficient, commission, held
from hrdesk.services import settings
from hrdesk.services.commission.rules import Policy, policy
from hrdesk.services.receivables import HANDOVER, owner_on
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
                entry = found[owner_id] = entry_for(person, rate)
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


def entry_for(person: Employee, rate: Decimal) -> MonthCommission:
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
                entry = found[person.id] = entry_for(person, person.commission_rate or ZERO)
            entry.released_from_earlier += release.amount


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
