"""The `leave` import (请假导入): leave the clerk kept in Excel, checked row by row, then written
to the ledger as requests; a row already in the ledger is skipped, so a re-import adds nothing."""

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.leave import EntryKind, allowance_problem, leave_type
from hrdesk.domain.work_calendar import OutsideCalendar
from hrdesk.services.actor import Actor
from hrdesk.services.calendar import work_calendar
from hrdesk.services.leave.balances import employed_in_year, ensure_grants
from hrdesk.services.leave.leave_types import offered_types
from hrdesk.services.leave.ledger import (
    IMPORTED,
    LIMITED,
    REQUEST,
    add_request,
    balance,
    requested_days,
    used_in_year,
)
from hrdesk.spreadsheets.errors import Problem
from hrdesk.storage.models import Employee, LeaveEntry

ZERO = Decimal(0)


def check(session: Session, result, today: date) -> None:
    """Fill the plan's problems, counts and writes for the parsed rows."""
    numbers = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
    years = {row.values["start_date"].year for row in result.rows if "start_date" in row.values}
    calendar = work_calendar(session, years)
    for year in years:
        ensure_grants(session, year, employed_in_year(session, year))
    known = set(
        session.execute(
            select(LeaveEntry.employee_id, LeaveEntry.leave, LeaveEntry.start_date).where(
                LeaveEntry.kind == EntryKind.USE.value, LeaveEntry.source.in_((REQUEST, IMPORTED))
            )
        ).all()
    )
    types = offered_types(session)
    planned: dict[tuple[int, str, int], Decimal] = {}
    for row in result.rows:
        values = row.values
        employee_id = numbers.get(values["employee_no"])
        if employee_id is None:
            result.problems.append(
                Problem(row.row, "工号", f"没有工号为{values['employee_no']}的员工")
            )
            continue
        start, end, leave = values["start_date"], values["end_date"], values["leave"]
        if end < start or start.year != end.year:
            why = "结束日期早于开始日期" if end < start else "跨年的假期请按年度分两行"
            result.problems.append(Problem(row.row, "结束日期", why))
            continue
        if (employee_id, leave, start) in known:
            result.unchanged += 1
            continue
        kind = leave_type(leave, types)
        try:
            days = values.get("days") or Decimal(requested_days(calendar, kind, start, end))
        except OutsideCalendar as exc:
            result.problems.append(Problem(row.row, "开始日期", str(exc)))
            continue
        key = (employee_id, leave, start.year)
        if leave in LIMITED:
            left = balance(session, employee_id, leave, start.year) - planned.get(key, ZERO)
            if days > left:
                result.problems.append(
                    Problem(row.row, "天数", f"{leave}余额不足：剩余{left}天，本行{days}天")
                )
                continue
        else:
            taken = used_in_year(session, employee_id, leave, start.year) + planned.get(key, ZERO)
            problem = allowance_problem(kind, days, taken, values.get("note") or "")
            if problem:
                result.problems.append(Problem(row.row, "天数", problem))
                continue
        planned[key] = planned.get(key, ZERO) + days
        result.added += 1
        result.writes.append((employee_id, leave, start, end, days, values.get("note", "")))


def write(session: Session, actor: Actor, result, today: date) -> None:
    calendar = work_calendar(session, {w[2].year for w in result.writes})
    for employee_id, leave, start, end, days, note in result.writes:
        add_request(session, actor, employee_id, leave, start, end, calendar, days, note, IMPORTED)
