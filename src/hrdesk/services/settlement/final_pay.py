"""What a leaver's settlement puts into payroll: the final month's extra items, the held
commission released as it is paid, and the month's severance for the tax file."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from hrdesk.services import separations
from hrdesk.services.actor import Actor
from hrdesk.services.settlement.owed import terms_of, work_out
from hrdesk.storage.models import CommissionRelease, Employee, Separation

HELD_ON_LEAVING = "暂扣提成"  # the final_pay_items key payroll adds to 提成


def final_pay_items(
    session: Session, separation: Separation, employee: Employee
) -> dict[str, Decimal]:
    """What the final month's payroll pays a leaver beyond the usual items: unused annual
    leave, pay in lieu of notice, and the commission months still held. Severance is paid
    apart, with its own tax (离职结算单)."""
    found = work_out(session, employee, terms_of(separation))
    return {
        "未休年休假工资": found.leave_pay,
        "代通知金": found.pay_in_lieu,
        HELD_ON_LEAVING: found.held_total,
    }


def release_held_on_leaving(session: Session, actor: Actor, month: date) -> None:
    """As payroll approves a month, the leavers' held commission it paid is recorded as
    released into it, so no later month pays or holds it again."""
    for employee_id in separations.leavers_in(session, month):
        for held_month, amount in separations.held_months(session, employee_id, month):
            session.add(
                CommissionRelease(
                    month=held_month,
                    salesperson_id=employee_id,
                    amount=amount,
                    paid_in_month=month,
                    reason="离职结算：暂扣提成随最后一个月工资发放（工资支付暂行规定第9条）",
                    released_by=actor.name,
                )
            )


@dataclass(frozen=True)
class SeverancePayment:
    employee_id: int
    item: str
    amount: Decimal
    exempt: Decimal
    note: str


def severance_payments(session: Session, month: date) -> list[SeverancePayment]:
    """The month's 解除劳动合同一次性补偿 (paid with the final month): for the tax export."""
    found = []
    for employee_id, separation in separations.leavers_in(session, month).items():
        employee = session.get(Employee, employee_id)
        owed = work_out(session, employee, terms_of(separation))
        if owed.termination is None or owed.termination.amount <= 0:
            continue
        tax = owed.severance_tax
        note = f"{owed.termination.item}，{separation.ground}，最后工作日{separation.last_day}"
        found.append(
            SeverancePayment(
                employee_id, owed.termination.item, owed.termination.amount, tax.exempt, note
            )
        )
    return found
