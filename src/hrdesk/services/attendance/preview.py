"""The attendance import's preview: each person as a planned import will write them."""

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.attendance import ZERO
from hrdesk.services.imports import ImportPlan
from hrdesk.storage.models import Employee


@dataclass(frozen=True)
class PreviewRow:
    """One person as the import will write them: days and hours, rounded as stored."""

    row: int
    employee_no: str
    name: str
    attended_days: Decimal | None
    personal_leave_days: Decimal  # 事假 and the company's unpaid types, as payroll deducts
    sick_leave_days: Decimal
    other_leave_days: Decimal
    absent_days: Decimal
    late_count: int
    workday_overtime_hours: Decimal
    rest_day_overtime_hours: Decimal
    holiday_overtime_hours: Decimal
    lieu_hours: Decimal  # overtime taken as 调休 instead of pay


def layout_of(result: ImportPlan) -> str:
    """Which layout the file was recognised as (钉钉, 企业微信, 企业微信打卡, 模板), or ""."""
    return result.writes[0][1] if result.writes else ""


def preview_rows(session: Session, result: ImportPlan) -> list[PreviewRow]:
    """The rows a planned import will write, with 工号 and 姓名 from the roster."""
    if not result.writes:
        return []
    records = result.writes[0][2]
    ids = [values["employee_id"] for values, _f, _m in records]
    query = select(Employee.id, Employee.employee_no, Employee.name).where(Employee.id.in_(ids))
    people = {i: (number, name) for i, number, name in session.execute(query)}
    shown = []
    for values, feed, figures in records:
        number, name = people[values["employee_id"]]
        leave = figures.leave_days
        unpaid = feed.personal_leave_days - figures.absent_days
        sick = leave.get("病假", ZERO)
        hours = figures.overtime
        shown.append(
            PreviewRow(
                values["file_row"],
                number,
                name,
                figures.attended_days,
                unpaid,
                sick,
                sum(leave.values(), ZERO) - unpaid - sick,
                figures.absent_days,
                figures.late_count,
                hours.workday,
                hours.rest_day,
                hours.holiday,
                hours.rest_day_lieu + hours.workday_lieu + hours.holiday_lieu,
            )
        )
    return sorted(shown, key=lambda r: r.employee_no)
