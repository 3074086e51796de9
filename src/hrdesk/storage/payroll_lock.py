"""The lock on approved pay months (已审核/已发放): the storage refuses changes, not only the screen.

A correction goes into an open month as an adjustment, linked to what it corrects.
"""

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from hrdesk.storage.models import (
    LossInstalment,
    PayrollAdjustment,
    PayrollInput,
    PayrollMonth,
    Payslip,
)

LOCKED_STATUSES = ("已审核", "已发放")


class LockedMonthError(Exception):
    """A change to an approved pay month was refused (message in Chinese)."""


def _locked(session: Session, month_id: int) -> PayrollMonth | None:
    month = session.get(PayrollMonth, month_id)
    if month is None:
        return None
    committed = inspect(month).attrs.status.history
    status = committed.deleted[0] if committed.deleted else month.status
    return month if status in LOCKED_STATUSES else None


def refuse_locked_changes(session: Session, _context, _instances) -> None:
    """before_flush: inputs and payslips of a locked month are never written or deleted; a locked
    month itself may only move on from 已审核 to 已发放."""
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, PayrollInput | Payslip | LossInstalment | PayrollAdjustment):
            month = _locked(session, obj.month_id)
            if month is not None:
                raise LockedMonthError(
                    f"{month.month:%Y-%m} 工资已审核锁定，不能修改；请在未审核的月份做调整"
                )
        elif isinstance(obj, PayrollMonth) and obj in session.dirty:
            status = inspect(obj).attrs.status.history
            was = status.deleted[0] if status.deleted else obj.status
            if was in LOCKED_STATUSES and not (was == "已审核" and obj.status == "已发放"):
                changed = [
                    a.key
                    for a in inspect(obj).attrs
                    if a.history.has_changes() and a.key != "paid_at"
                ]
                if changed:
                    raise LockedMonthError(f"{obj.month:%Y-%m} 工资已审核锁定，不能修改")
