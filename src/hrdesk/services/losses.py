"""Losses (损失赔偿): what an employee owes the company, recovered from wages within the law.

Uncollected customer receivables are the company's business risk, not a loss an employee
owes (domain-cn.md §6): only a loss caused by the employee and owed under the contract goes here.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.messages import _
from hrdesk.services import audit
from hrdesk.services.actor import Actor
from hrdesk.storage.models import Employee, Loss, LossInstalment, PayrollMonth

ENTITY = "losses"


@dataclass(frozen=True)
class LossRow:
    id: int
    employee_id: int
    occurred_on: date
    amount: Decimal
    recovered: Decimal
    reason: str
    evidence: str

    @property
    def outstanding(self) -> Decimal:
        return self.amount - self.recovered


def add_loss(
    session: Session,
    actor: Actor,
    employee_id: int,
    occurred_on: date,
    amount: Decimal,
    reason: str,
    evidence: str = "",
) -> int:
    actor.require(Permission.RUN_PAYROLL)
    if amount <= 0:
        raise ValueError(_("损失金额必须大于0"))
    if not reason.strip():
        raise ValueError(_("请写明损失的原因"))
    loss = Loss(
        employee_id=employee_id,
        occurred_on=occurred_on,
        amount=amount,
        reason=reason.strip(),
        evidence=evidence.strip(),
        created_by=actor.name,
    )
    session.add(loss)
    session.flush()
    audit.record(
        session, actor, "登记损失", ENTITY, loss.id, "金额", None, f"{amount}元：{reason.strip()}"
    )
    return loss.id


def losses_of(
    session: Session,
    employee_ids,
    excluding_month: date | None = None,
    occurred_before: date | None = None,
) -> dict[int, list[LossRow]]:
    """Each employee's losses, oldest first, with what every month but excluding_month recovered
    (the month being calculated again); only losses that occurred before occurred_before."""
    recovered_query = select(LossInstalment.loss_id, LossInstalment.amount)
    if excluding_month is not None:
        recovered_query = recovered_query.join(
            PayrollMonth, LossInstalment.month_id == PayrollMonth.id
        ).where(PayrollMonth.month != excluding_month)
    recovered: dict[int, Decimal] = {}
    for loss_id, amount in session.execute(recovered_query):
        recovered[loss_id] = recovered.get(loss_id, Decimal(0)) + amount
    wanted = set(employee_ids)
    found: dict[int, list[LossRow]] = {}
    for loss in session.scalars(select(Loss).order_by(Loss.occurred_on, Loss.id)):
        if loss.employee_id in wanted and (
            occurred_before is None or loss.occurred_on < occurred_before
        ):
            found.setdefault(loss.employee_id, []).append(
                LossRow(
                    loss.id,
                    loss.employee_id,
                    loss.occurred_on,
                    loss.amount,
                    recovered.get(loss.id, Decimal(0)),
                    loss.reason,
                    loss.evidence,
                )
            )
    return found


def allocate(losses: list[LossRow], amount: Decimal) -> list[tuple[int, Decimal]]:
    """A month's deduction spread over the losses, oldest first."""
    shares = []
    for loss in losses:
        if amount <= 0:
            break
        share = min(amount, loss.outstanding)
        if share > 0:
            shares.append((loss.id, share))
            amount -= share
    return shares


def loss_rows(session: Session, actor: Actor) -> list[list]:
    """Every loss in the losses layout (what was recovered is on the payslips, not here)."""
    actor.require(Permission.VIEW_PAYROLL)
    numbers = dict(session.execute(select(Employee.id, Employee.employee_no)).all())
    return [
        [
            numbers[loss.employee_id],
            loss.occurred_on,
            loss.amount,
            loss.reason,
            loss.evidence or None,
        ]
        for loss in session.scalars(select(Loss).order_by(Loss.occurred_on, Loss.id))
    ]
