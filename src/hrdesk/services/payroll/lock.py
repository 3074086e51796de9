"""Settling a month: approval (审核) locks it, 已发放 records the bank's payment, and an
approved month is corrected only by an adjustment paid in a later open month."""

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.roles import Permission
from hrdesk.messages import _
from hrdesk.services import audit, commission, settlement
from hrdesk.services.actor import Actor
from hrdesk.services.database import field_cipher
from hrdesk.services.integrity import seal_month
from hrdesk.services.payroll.calculation import calculate
from hrdesk.services.payroll.months import (
    APPROVED,
    CALCULATED,
    DRAFT,
    ENTITY,
    PAID,
    month_row,
    refuse_if_settled,
)
from hrdesk.storage.base import utc_now
from hrdesk.storage.models import PayrollAdjustment, PayrollMonth, Payslip
from hrdesk.storage.payroll_lock import LOCKED_STATUSES


def approve(session: Session, actor: Actor, month: date) -> None:
    """审核: the month is locked from now on; only 财务 or 管理员 may."""
    actor.require(Permission.APPROVE_PAYROLL)
    row = session.scalar(select(PayrollMonth).where(PayrollMonth.month == month).with_for_update())
    if row is None or row.status != CALCULATED:
        state = row.status if row else "未计算"
        raise ValueError(
            _("{month:%Y-%m} 工资当前为“{state}”，只有“已计算”的月份可以审核").format(
                month=month, state=state
            )
        )
    unsettled = _first_unsettled_before(session, month)
    if unsettled is not None:
        raise ValueError(
            _("请先审核 {unsettled:%Y-%m}：本月个税要累计此前已审核的月份").format(
                unsettled=unsettled
            )
        )
    _require_unchanged(session, row, month)
    seal_month(session, field_cipher(session), month)
    row.status = APPROVED
    row.approved_at = utc_now()
    row.approved_by = actor.name
    commission.keep_approved(session, month)
    settlement.release_held_on_leaving(session, actor, month)
    audit.record(session, actor, "审核工资", ENTITY, f"{month:%Y-%m}", "状态", CALCULATED, APPROVED)
    session.flush()


def _require_unchanged(session: Session, row: PayrollMonth, month: date) -> None:
    """Whatever changed since the run (an employee, a policy, a declared deduction, a loss)
    must not slip through: the figures are worked out again and must be the same."""
    fresh, _warnings = calculate(session, row, month)
    stored = {
        s.employee_id: (s.net_pay, s.income_tax)
        for s in session.scalars(select(Payslip).where(Payslip.month_id == row.id))
    }
    now = {
        employee.id: (figures["net_pay"], figures["income_tax"]) for employee, figures, _i in fresh
    }
    if stored != now:
        raise ValueError(
            _(
                "{month:%Y-%m} 计算后数据有变化（员工、政策、扣除或损失），请重新计算并核对后再审核"
            ).format(month=month)
        )


def _first_unsettled_before(session: Session, month: date) -> date | None:
    """The first month of this tax year, from hrdesk's first one on, that is missing or not approved."""
    settled = {
        row.month: row.status in LOCKED_STATUSES
        for row in session.scalars(
            select(PayrollMonth).where(
                PayrollMonth.month >= month.replace(month=1), PayrollMonth.month < month
            )
        )
    }
    if not settled:
        return None  # hrdesk's first month this year: what came before is outside it
    earlier = min(settled)
    while earlier < month:
        if not settled.get(earlier, False):
            return earlier
        earlier = add_months(earlier, 1)
    return None


def mark_paid(session: Session, actor: Actor, month: date) -> None:
    """已发放: the bank has paid an approved month."""
    actor.require(Permission.APPROVE_PAYROLL)
    row = session.scalar(select(PayrollMonth).where(PayrollMonth.month == month).with_for_update())
    if row is None or row.status != APPROVED:
        raise ValueError(_("{month:%Y-%m} 工资尚未审核，不能标记为已发放").format(month=month))
    row.status = PAID
    row.paid_at = utc_now()
    audit.record(session, actor, "工资已发放", ENTITY, f"{month:%Y-%m}", "状态", APPROVED, PAID)
    session.flush()


def add_adjustment(
    session: Session,
    actor: Actor,
    month: date,
    employee_id: int,
    corrects: date,
    amount: Decimal,
    reason: str,
) -> None:
    """Correct an approved month: the amount is paid (or taken back) in an open month, with the reason."""
    actor.require(Permission.RUN_PAYROLL)
    if not reason.strip():
        raise ValueError(_("请写明调整的原因"))
    if amount == 0:
        raise ValueError(_("调整金额不能为0"))
    corrected = session.scalar(select(PayrollMonth).where(PayrollMonth.month == corrects))
    if corrected is None or corrected.status not in LOCKED_STATUSES:
        raise ValueError(
            _("{corrects:%Y-%m} 尚未审核，请直接修改该月的录入，不必调整").format(corrects=corrects)
        )
    if month <= corrects:
        raise ValueError(_("调整只能记在被更正月份之后的月份"))
    row = month_row(session, month)
    refuse_if_settled(session, month, row)
    session.add(
        PayrollAdjustment(
            month_id=row.id,
            employee_id=employee_id,
            corrects_month_id=corrected.id,
            amount=amount,
            reason=reason.strip(),
            created_by=actor.name,
        )
    )
    if row.status == CALCULATED:
        row.status = DRAFT
    audit.record(
        session,
        actor,
        "工资调整",
        ENTITY,
        f"{month:%Y-%m}/{employee_id}",
        f"更正{corrects:%Y-%m}",
        None,
        f"{amount}元：{reason.strip()}",
    )
    session.flush()
