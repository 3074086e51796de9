"""The monthly attendance sheet (考勤表): people × days with each person's totals, on the screen
and as `hrdesk attendance export YYYY-MM OUT.xlsx`."""

import calendar as month_days
import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.domain.work_calendar import OutsideCalendar
from hrdesk.services import audit, departments
from hrdesk.services.actor import Actor
from hrdesk.services.calendar import work_calendar
from hrdesk.spreadsheets.writing import SheetData, write_workbook
from hrdesk.storage.models import AttendanceRecord, Employee

ZERO = Decimal(0)
TOTALS = (
    "应出勤天数",
    "出勤天数",
    "事假天数",
    "病假天数",
    "旷工天数",
    "年休假天数",
    "调休天数",
    "其他假天数",
    "迟到次数",
    "工作日加班小时",
    "休息日加班小时",
    "法定节假日加班小时",
    "转调休小时",
    "迟到扣款",
)
_NAMED_LEAVE = ("事假", "病假", "年休假", "调休")


@dataclass(frozen=True)
class SheetRow:
    employee_id: int
    employee_no: str
    name: str
    department: str
    days: dict[int, str]  # day of month → what the file said
    totals: dict[str, Decimal | None]  # by TOTALS; None where the file gave nothing
    source: str  # 钉钉 / 企业微信 / 模板, or "" when the month has no record for the person


@dataclass(frozen=True)
class MonthSheet:
    month: date
    day_count: int
    rows: list[SheetRow]
    day_kinds: dict[
        int, str
    ]  # day → 工作日 / 休息日 / 节假日 (weekends only, outside the calendar)

    def total(self, header: str) -> Decimal:
        return sum((r.totals.get(header) or ZERO for r in self.rows), ZERO)


def record_totals(record: AttendanceRecord) -> dict[str, Decimal | None]:
    leave = {k: Decimal(v) for k, v in json.loads(record.leave_days).items()}
    return {
        "应出勤天数": record.required_days,
        "出勤天数": record.attended_days,
        "事假天数": leave.get("事假", ZERO),
        "病假天数": leave.get("病假", ZERO),
        "旷工天数": record.absent_days,
        "年休假天数": leave.get("年休假", ZERO),
        "调休天数": leave.get("调休", ZERO),
        "其他假天数": sum((v for k, v in leave.items() if k not in _NAMED_LEAVE), ZERO),
        "迟到次数": record.late_count,
        "工作日加班小时": record.workday_overtime_hours,
        "休息日加班小时": record.rest_day_overtime_hours,
        "法定节假日加班小时": record.holiday_overtime_hours,
        "转调休小时": record.rest_day_lieu_hours,
        "迟到扣款": record.late_deduction,
    }


def month_sheet(session: Session, actor: Actor, month: date) -> MonthSheet:
    """Everyone employed in the month, with the imported attendance where there is some."""
    from hrdesk.services.payroll import employed_in  # payroll reads attendance: import late

    actor.require(Permission.VIEW_PAYROLL)
    records = {
        r.employee_id: r
        for r in session.scalars(select(AttendanceRecord).where(AttendanceRecord.month == month))
    }
    paths = departments.paths(session)
    people = {e.id: e for e in employed_in(session, month)}
    for employee_id in records.keys() - people.keys():
        people[employee_id] = session.get(Employee, employee_id)
    rows = []
    for employee in sorted(people.values(), key=lambda e: e.employee_no):
        record = records.get(employee.id)
        rows.append(
            SheetRow(
                employee.id,
                employee.employee_no,
                employee.name,
                paths[employee.department_id],
                {int(k): v for k, v in json.loads(record.day_cells).items()} if record else {},
                record_totals(record) if record else {},
                record.source if record else "",
            )
        )
    count = month_days.monthrange(month.year, month.month)[1]
    return MonthSheet(month, count, rows, _day_kinds(session, month, count))


def _day_kinds(session: Session, month: date, count: int) -> dict[int, str]:
    calendar = work_calendar(session, [month.year])
    kinds = {}
    for day in range(1, count + 1):
        on = month.replace(day=day)
        try:
            kinds[day] = calendar.day_kind(on)
        except OutsideCalendar:
            kinds[day] = "休息日" if on.weekday() >= 5 else "工作日"
    return kinds


def latest_month(session: Session) -> date | None:
    """The last month with imported attendance."""
    return session.scalar(select(func.max(AttendanceRecord.month)))


def sheet_rows(view: MonthSheet) -> tuple[list[str], list[list]]:
    """(headers, rows) as the export lays them out, a 合计 row last."""
    days = range(1, view.day_count + 1)
    headers = ["工号", "姓名", "部门", *[str(d) for d in days], *TOTALS, "来源"]
    rows = [
        [
            r.employee_no,
            r.name,
            r.department,
            *[r.days.get(d, "") for d in days],
            *[r.totals.get(h) for h in TOTALS],
            r.source,
        ]
        for r in view.rows
    ]
    totals = ["合计", "", "", *["" for _d in days], *[view.total(h) for h in TOTALS], ""]
    return headers, [*rows, totals]


def write_sheet(session: Session, actor: Actor, month: date, path) -> int:
    view = month_sheet(session, actor, month)
    headers, rows = sheet_rows(view)
    widths = {i: 6 for i in range(3, 3 + view.day_count)}
    write_workbook(path, [SheetData(f"{month:%Y-%m}考勤表", headers, rows, widths)])
    audit.record(
        session, actor, "导出考勤表", "attendance", f"{month:%Y-%m}", "人数", None, len(view.rows)
    )
    return len(view.rows)


def template_rows(session: Session, actor: Actor) -> list[list]:
    """Every imported month in the `attendance` template's layout, to edit and import back."""
    from hrdesk.spreadsheets.templates import ATTENDANCE

    actor.require(Permission.VIEW_PAYROLL)
    query = (
        select(AttendanceRecord, Employee.employee_no, Employee.name)
        .join(Employee, AttendanceRecord.employee_id == Employee.id)
        .order_by(AttendanceRecord.month, Employee.employee_no)
    )
    rows = []
    for record, number, name in session.execute(query):
        leave = {k: Decimal(v) for k, v in json.loads(record.leave_days).items()}
        values = {
            "employee_no": number,
            "month": f"{record.month:%Y-%m}",
            "name": name,
            "required_days": record.required_days,
            "attended_days": record.attended_days,
            "personal_leave_days": leave.get("事假"),
            "sick_leave_days": leave.get("病假"),
            "absent_days": record.absent_days,
            "late_count": record.late_count,
            "workday_overtime_hours": record.workday_overtime_hours + record.other_lieu_hours,
            "rest_day_overtime_hours": record.rest_day_overtime_hours,
            "holiday_overtime_hours": record.holiday_overtime_hours,
            "annual_leave_days": leave.get("年休假"),
            "lieu_days": leave.get("调休"),
            "rest_day_lieu_hours": record.rest_day_lieu_hours,
            **{f"leave:{k}": v for k, v in leave.items()},
        }
        rows.append([values.get(c.field) or None for c in ATTENDANCE.columns])
    return rows
