"""首页: the pay month's attendance not imported yet, for a company that imports it."""

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.phrases import Phrase
from hrdesk.domain.roles import Permission
from hrdesk.services import attention
from hrdesk.storage.models import AttendanceRecord, PayrollMonth
from hrdesk.storage.payroll_lock import LOCKED_STATUSES


@attention.register(Permission.RUN_PAYROLL)
def attendance_missing(session: Session, today: date) -> list[attention.AttentionItem]:
    """Last month (the month payroll pays) has no attendance while an earlier one had some:
    its absences and overtime would be left out of pay. Nothing once that payroll is
    approved (the import is refused then), nor for a company that never imported any."""
    month = add_months(today.replace(day=1), -1)
    # one look along the month index: the latest month imported up to the pay month
    last = session.scalar(
        select(func.max(AttendanceRecord.month)).where(AttendanceRecord.month <= month)
    )
    if last is None or last == month:
        return []
    status = session.scalar(select(PayrollMonth.status).where(PayrollMonth.month == month))
    if status in LOCKED_STATUSES:
        return []
    return [
        attention.AttentionItem(
            Phrase("{month:%Y-%m} 尚未导入考勤", month=month),
            Phrase("上次导入的是 {last:%Y-%m}；在“考勤”中导入后再计算工资", last=last),
            "attendance",
            urgent=True,  # the month's pay would leave out its absences and overtime
        )
    ]
