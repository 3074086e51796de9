"""What payroll took from a month's attendance (考勤计入工资), for the payslip's breakdown and
the grid; the late deduction under the company's rule joins the absence deduction."""

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.storage.models import AttendanceRecord

ZERO = Decimal(0)
PREFIX = "考勤·"
LABELS = {
    "personal_leave_days": "事假及旷工天数",
    "sick_leave_days": "病假天数",
    "workday_overtime_hours": "工作日加班小时",
    "rest_day_overtime_hours": "休息日加班小时",
    "holiday_overtime_hours": "法定节假日加班小时",
    "lieu_credit_days": "休息日加班转调休天数",
    "late_count": "迟到次数",
}


@dataclass(frozen=True)
class Taken:
    figures: dict[str, Decimal]  # 考勤·… → the figure, for the payslip's detail
    late_deduction: Decimal


def taken_by_payroll(session: Session, month: date) -> dict[int, Taken]:
    """Each employee's attendance figures as payroll took them; empty for a month not imported."""
    found = {}
    for record in session.scalars(select(AttendanceRecord).where(AttendanceRecord.month == month)):
        fed = json.loads(record.fed)
        figures = {
            f"{PREFIX}{label}": Decimal(str(fed[name]))
            for name, label in LABELS.items()
            if name in fed and Decimal(str(fed[name]))
        }
        if record.absent_days:
            figures[f"{PREFIX}其中旷工天数"] = record.absent_days
        found[record.employee_id] = Taken(figures, record.late_deduction)
    return found


def describe(figures: dict[str, Decimal]) -> str:
    """One line for the payslip: 考勤计入：事假及旷工 1.5 天，工作日加班 4 小时…"""
    parts = []
    for label, value in figures.items():
        if not label.startswith(PREFIX):
            continue
        name = label[len(PREFIX) :]
        unit = next((u for u in ("天数", "小时", "次数") if name.endswith(u)), "")
        shown = f"{value.normalize():f}" if isinstance(value, Decimal) else str(value)
        word = {"天数": "天", "小时": "小时", "次数": "次"}.get(unit, "")
        parts.append(f"{name[: len(name) - len(unit)]} {shown} {word}".rstrip())
    return "考勤计入：" + "，".join(parts) + "。" if parts else ""
