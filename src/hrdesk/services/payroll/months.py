"""The payroll month: its row and status, whether it may still change, who is employed in it,
and its calculated payslips."""

from datetime import date
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.employees import EmployeeStatus
from hrdesk.services import separations
from hrdesk.services.database import field_cipher
from hrdesk.services.integrity import require_month_intact
from hrdesk.spreadsheets import cells
from hrdesk.storage.models import Employee, PayrollMonth, Payslip, Separation
from hrdesk.storage.payroll_lock import LOCKED_STATUSES, LockedMonthError

ENTITY = "payroll"
DRAFT, CALCULATED, APPROVED, PAID = "草稿", "已计算", "已审核", "已发放"
ZERO = Decimal(0)


def parse_month(text: str) -> date:
    """'2026-11' → 2026-11-01; a Chinese message for anything else."""
    return cells.parse_month(text)


def month_row(session: Session, month: date) -> PayrollMonth:
    """The month's row, made as 草稿 when first needed, locked until the transaction ends.

    The row lock (FOR UPDATE on a server) makes a run, an approval and a change of inputs on
    the same month wait for each other instead of interleaving; SQLite serialises writers.
    """
    row = session.scalar(select(PayrollMonth).where(PayrollMonth.month == month).with_for_update())
    if row is None:
        row = PayrollMonth(month=month, status=DRAFT)
        session.add(row)
        session.flush()
    return row


def _later_locked(session: Session, month: date) -> date | None:
    """A locked month after this one: its tax already counts this month as it was."""
    return session.scalar(
        select(PayrollMonth.month)
        .where(PayrollMonth.month > month, PayrollMonth.status.in_(LOCKED_STATUSES))
        .order_by(PayrollMonth.month)
    )


def refuse_if_settled(session: Session, month: date, row: PayrollMonth) -> None:
    """LockedMonthError when the month, or a later one, is approved: its figures stay as paid."""
    if row.status in LOCKED_STATUSES:
        raise LockedMonthError(f"{month:%Y-%m} 工资已审核锁定，不能修改；请在未审核的月份做调整")
    later = _later_locked(session, month)
    if later is not None:
        raise LockedMonthError(
            f"{later:%Y-%m} 已审核，{month:%Y-%m} 不能再改动；请在未审核的月份做调整"
        )


def employed_in(session: Session, month: date) -> list[Employee]:
    """Everyone employed in the month: leavers are paid up to their last working day, and not
    after it even while their separation is still being completed."""
    gone = select(Separation.employee_id).where(
        Separation.last_day < month, Separation.status != separations.CANCELLED
    )
    return session.scalars(
        select(Employee)
        .where(
            Employee.hire_date < add_months(month, 1),
            or_(Employee.status != EmployeeStatus.LEFT.value, Employee.leaving_date >= month),
            Employee.id.not_in(gone),
        )
        .order_by(Employee.employee_no)
    ).all()


def slips(session: Session, month: date):
    """(payslip, employee) of a calculated month, by 工号; a month not calculated is refused."""
    row = session.scalar(select(PayrollMonth).where(PayrollMonth.month == month))
    if row is None or row.status == DRAFT:
        raise ValueError(f"{month:%Y-%m} 工资尚未计算")
    query = (
        select(Payslip, Employee)
        .join(Employee, Payslip.employee_id == Employee.id)
        .where(Payslip.month_id == row.id)
        .order_by(Employee.employee_no)
    )
    return session.execute(query).all()


def require_sealed(session: Session, month: date, what: str) -> None:
    """An approved month's file is made only from payslips that still match their seals."""
    status = session.scalar(select(PayrollMonth.status).where(PayrollMonth.month == month))
    if status in LOCKED_STATUSES:
        require_month_intact(session, field_cipher(session), month, what)
