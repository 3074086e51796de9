"""Held commission: what payroll's approval keeps of a month (its rates and holds), and a
manager's release of a held month into a later open pay month."""

from datetime import date

from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.roles import Permission
from hrdesk.services import audit
from hrdesk.services.actor import Actor
from hrdesk.services.commission.month import Release, month_commissions
from hrdesk.services.receivables import locked_months
from hrdesk.storage.models import CommissionRelease, CommissionSnapshot


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
