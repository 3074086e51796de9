"""Whose is a receipt: payer names to customers, and the 未匹配 queue the clerk works through."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.receivables import normalise_name
from hrdesk.domain.roles import Permission
from hrdesk.messages import _
from hrdesk.services import audit
from hrdesk.services.actor import Actor
from hrdesk.services.receivables.allocation import ReceiptToApply, allocate_receipts
from hrdesk.storage.models import Customer, CustomerAlias, Invoice, Receipt


class PayerIndex:
    """Customers by code, and by normalised name or confirmed alias; a name of two stays unsure."""

    def __init__(self, session: Session):
        self.by_code = dict(session.execute(select(Customer.code, Customer.id)).all())
        names: dict[str, set[int]] = defaultdict(set)
        for customer_id, name in session.execute(select(Customer.id, Customer.name)):
            names[normalise_name(name)].add(customer_id)
        self.by_name = names
        # A name the clerk confirmed wins over names alike: that is what confirming is for.
        self.confirmed = dict(
            session.execute(select(CustomerAlias.alias, CustomerAlias.customer_id)).all()
        )

    def candidates(self, payer: str) -> set[int]:
        name = normalise_name(payer)
        if name in self.confirmed:
            return {self.confirmed[name]}
        return self.by_name.get(name, set())

    def match(self, payer: str) -> int | None:
        """The one customer the payer name fits; None for none or several."""
        found = self.candidates(payer)
        return next(iter(found)) if len(found) == 1 else None


@dataclass(frozen=True)
class UnmatchedReceipt:
    id: int
    received_on: date
    transaction_no: str
    payer_name: str
    amount: Decimal
    memo: str
    candidates: list[tuple[int, str, str]]  # (customer id, code, name) whose name fits


def unmatched(session: Session, actor: Actor) -> list[UnmatchedReceipt]:
    """Receipts waiting for the clerk, oldest first, with the customers their payer name fits."""
    actor.require(Permission.VIEW_RECEIVABLES)
    index = PayerIndex(session)
    customers = {c.id: c for c in session.scalars(select(Customer))}
    found = []
    waiting = select(Receipt).where(
        Receipt.customer_id.is_(None), Receipt.dismissed_reason.is_(None)
    )
    for receipt in session.scalars(waiting.order_by(Receipt.received_on)):
        fits = index.candidates(receipt.payer_name)
        found.append(
            UnmatchedReceipt(
                receipt.id,
                receipt.received_on,
                receipt.transaction_no,
                receipt.payer_name,
                receipt.amount,
                receipt.memo,
                [(i, customers[i].code, customers[i].name) for i in sorted(fits)],
            )
        )
    return found


def assign_customer(
    session: Session, actor: Actor, receipt_id: int, customer_id: int, remember_payer: bool
) -> int:
    """The clerk says whose a receipt is; remembering the payer name matches its other receipts
    too. Each is applied at once. Returns how many receipts were matched."""
    actor.require(Permission.EDIT_RECEIVABLES)
    receipt = session.get(Receipt, receipt_id)
    if receipt is None or receipt.customer_id is not None or receipt.dismissed_reason:
        raise ValueError(_("这笔收款已经匹配过客户或标为非客户款项"))
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise ValueError(_("没有这个客户"))
    matched = [receipt]
    if remember_payer:
        alias = normalise_name(receipt.payer_name)
        known = session.scalar(select(CustomerAlias).where(CustomerAlias.alias == alias))
        if known is not None and known.customer_id != customer_id:
            taken = _("付款方“{payer_name}”已确认为另一客户的付款方")
            raise ValueError(taken.format(payer_name=receipt.payer_name))
        if known is None:
            session.add(
                CustomerAlias(customer_id=customer_id, alias=alias, confirmed_by=actor.name)
            )
            audit.record(
                session,
                actor,
                "确认付款方",
                "customer",
                customer.code,
                "别名",
                None,
                receipt.payer_name,
            )
        matched += [
            other
            for other in session.scalars(
                select(Receipt).where(
                    Receipt.customer_id.is_(None),
                    Receipt.dismissed_reason.is_(None),
                    Receipt.id != receipt.id,
                )
            )
            if normalise_name(other.payer_name) == alias
        ]
    for each in matched:
        each.customer_id = customer_id
        audit.record(session, actor, "匹配收款", "receipt", each.id, "客户", None, customer.code)
    session.flush()
    invoice_ids = dict(
        session.execute(
            select(Invoice.number, Invoice.id).where(Invoice.customer_id == customer_id)
        ).all()
    )
    allocate_receipts(
        session,
        actor,
        [ReceiptToApply(r.id, customer_id, r.received_on, r.amount) for r in matched],
        {r.id: invoice_ids.get(r.named_invoice_no) for r in matched},
    )
    return len(matched)
