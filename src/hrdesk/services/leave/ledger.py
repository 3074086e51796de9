"""The leave ledger (假期台账): every grant, use, carry-over, expiry and 调休 credit as a signed
entry, so a balance is a sum and each figure explains itself.

Uses come from the clerk's leave requests (申请, or the `leave` import) and from a month's
attendance (考勤YYYY-MM); an attendance month adds only what the requests did not already record.
"""

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.leave import (
    ANNUAL,
    LIEU,
    Entry,
    EntryKind,
    LeaveType,
    allowance_problem,
    days_in_period,
    leave_type,
)
from hrdesk.domain.roles import Permission
from hrdesk.messages import _
from hrdesk.services import audit
from hrdesk.services.actor import Actor
from hrdesk.services.leave.leave_types import offered_types
from hrdesk.storage.base import utc_now
from hrdesk.storage.models import Employee, LeaveEntry, OpeningBalance

ENTITY = "leave"
ZERO = Decimal(0)
REQUEST, IMPORTED, YEARLY = "申请", "导入", "年度发放"
LIMITED = (ANNUAL, LIEU)  # a use may not exceed the balance


def attendance_source(month: date) -> str:
    return f"考勤{month:%Y-%m}"


def entries(session: Session, employee_id: int, leave: str, year: int) -> list[Entry]:
    """One employee's entries of a leave in a year, as the domain's entries."""
    rows = session.scalars(
        select(LeaveEntry)
        .where(
            LeaveEntry.employee_id == employee_id,
            LeaveEntry.leave == leave,
            LeaveEntry.year == year,
        )
        .order_by(LeaveEntry.start_date, LeaveEntry.id)
    )
    found = [Entry(r.start_date, r.leave, EntryKind(r.kind), r.days, _describe(r)) for r in rows]
    opening = _opening_taken(session, employee_id, year) if leave == ANNUAL else None
    if opening is not None:  # what the old system recorded before hrdesk (期初数据)
        note = f"期初数据：1至{opening.through_month}月已休"
        found.append(
            Entry(date(year, 1, 1), ANNUAL, EntryKind.USE, -opening.leave_days_taken, note)
        )
    return found


def _opening_taken(session: Session, employee_id: int, year: int):
    """(through_month, leave_days_taken) of the year's opening balances, if any days."""
    found = session.execute(
        select(OpeningBalance.through_month, OpeningBalance.leave_days_taken).where(
            OpeningBalance.employee_id == employee_id,
            OpeningBalance.year == year,
            OpeningBalance.leave_days_taken.is_not(None),
        )
    ).first()
    return found if found is not None and found.leave_days_taken else None


def _describe(row: LeaveEntry) -> str:
    period = f"{row.start_date:%m-%d}" + (
        f"至{row.end_date:%m-%d}" if row.end_date and row.end_date != row.start_date else ""
    )
    return "；".join(part for part in (row.source, period, row.note) if part)


def balance(session: Session, employee_id: int, leave: str, year: int) -> Decimal:
    total = session.scalar(
        select(func.sum(LeaveEntry.days)).where(
            LeaveEntry.employee_id == employee_id,
            LeaveEntry.leave == leave,
            LeaveEntry.year == year,
        )
    )
    opening = _opening_taken(session, employee_id, year) if leave == ANNUAL else None
    taken_before = opening.leave_days_taken if opening is not None else ZERO
    return (ZERO if total is None else total) - taken_before


def requested_days(calendar, kind: LeaveType, start: date, end: date) -> int:
    """The days a request uses by the leave's rule and the official calendar."""
    return days_in_period(start, end, kind.counts, calendar.is_working_day)


def used_in_year(session: Session, employee_id: int, leave: str, year: int) -> Decimal:
    """Days of a leave the employee's uses took in a year (a positive figure)."""
    total = session.scalar(
        select(func.sum(LeaveEntry.days)).where(
            LeaveEntry.employee_id == employee_id,
            LeaveEntry.leave == leave,
            LeaveEntry.year == year,
            LeaveEntry.kind == EntryKind.USE.value,
        )
    )
    return ZERO if total is None else -total


def request_problem(
    session: Session, employee_id: int, kind: LeaveType, start: date, used: Decimal, note: str
) -> str:
    """Why a request of these days cannot be recorded, or "": annual leave and 调休 within the
    balance; a fixed allowance (the company's days) exceeded only with a reason in the note."""
    if kind.name in LIMITED:
        left = balance(session, employee_id, kind.name, start.year)
        if used > left:
            return _("{leave}余额不足：剩余{left}天，本次{used}天").format(
                leave=kind.name, left=left, used=used
            )
        return ""
    taken = used_in_year(session, employee_id, kind.name, start.year) if kind.days else ZERO
    return allowance_problem(kind, used, taken, note)


def add_request(
    session: Session,
    actor: Actor,
    employee_id: int,
    leave: str,
    start: date,
    end: date,
    calendar,
    days: Decimal | None = None,
    note: str = "",
    source: str = REQUEST,
) -> LeaveEntry:
    """A leave the clerk records, of one of the company's types: its days by the calendar
    unless given; annual leave and 调休 within the balance, others within the type's days
    unless the note gives the reason."""
    actor.require(Permission.EDIT_EMPLOYEES)
    kind = leave_type(leave, offered_types(session))
    if end < start:
        raise ValueError(_("结束日期早于开始日期"))
    if start.year != end.year:
        raise ValueError(_("请按年度分开登记跨年的假期"))
    used = Decimal(requested_days(calendar, kind, start, end)) if days is None else days
    if used <= 0:
        raise ValueError(_("这段日期没有需要请假的工作日"))
    problem = request_problem(session, employee_id, kind, start, used, note)
    if problem:
        raise ValueError(problem)
    row = LeaveEntry(
        employee_id=employee_id,
        leave=leave,
        kind=EntryKind.USE.value,
        year=start.year,
        days=-used,
        start_date=start,
        end_date=end,
        source=source,
        note=note.strip(),
        created_by=actor.name,
    )
    session.add(row)
    audit.record(
        session, actor, "登记请假", ENTITY, employee_id, leave, None, f"{start}至{end} {used}天"
    )
    session.flush()
    return row


def replace_attendance_entries(session: Session, actor: Actor, month: date, people: dict) -> None:
    """A month's attendance in the ledger: uses beyond what requests recorded, and 调休 earned
    from rest-day overtime. people: employee id → (MonthAttendance, PayrollFeed)."""
    source = attendance_source(month)
    session.execute(delete(LeaveEntry).where(LeaveEntry.source == source))
    requested = _requested_in(session, month)
    rows = []
    for employee_id, (figures, feed) in people.items():
        for leave, days in figures.leave_days.items():
            extra = days - requested.get((employee_id, leave), ZERO)
            if extra > 0:
                rows.append(_entry(employee_id, leave, EntryKind.USE, -extra, month, source, actor))
        if feed.lieu_credit_days > 0:
            rows.append(
                _entry(
                    employee_id,
                    LIEU,
                    EntryKind.CREDIT,
                    feed.lieu_credit_days,
                    month,
                    source,
                    actor,
                    "休息日加班转调休",
                )
            )
    if rows:
        session.execute(insert(LeaveEntry.__table__), rows)


def _entry(employee_id, leave, kind, days, month, source, actor, note="") -> dict:
    return {
        "employee_id": employee_id,
        "leave": leave,
        "kind": kind.value,
        "year": month.year,
        "days": days,
        "start_date": month,
        "end_date": add_months(month, 1) - timedelta(days=1),
        "source": source,
        "note": note,
        "created_at": utc_now(),
        "created_by": actor.name,
    }


def _requested_in(session: Session, month: date) -> dict[tuple[int, str], Decimal]:
    """Days the clerk's requests starting in the month already used, per employee and leave."""
    found: dict[tuple[int, str], Decimal] = {}
    rows = session.execute(
        select(LeaveEntry.employee_id, LeaveEntry.leave, LeaveEntry.days).where(
            LeaveEntry.kind == EntryKind.USE.value,
            LeaveEntry.source.in_((REQUEST, IMPORTED)),
            LeaveEntry.start_date >= month,
            LeaveEntry.start_date < add_months(month, 1),
        )
    )
    for employee_id, leave, days in rows:
        found[(employee_id, leave)] = found.get((employee_id, leave), ZERO) - days
    return found


def carry_over(
    session: Session, actor: Actor, employee_id: int, year: int, days: Decimal, note: str
) -> None:
    """Carry unused annual leave into next year (实施办法 第9条: with the employee's agreement,
    at most into the next year): −days this year, +days the next."""
    actor.require(Permission.EDIT_EMPLOYEES)
    if days <= 0 or days > balance(session, employee_id, ANNUAL, year):
        raise ValueError(_("结转天数应大于0且不超过当年余额"))
    for into, sign, on in ((year, -1, date(year, 12, 31)), (year + 1, 1, date(year + 1, 1, 1))):
        session.add(
            LeaveEntry(
                employee_id=employee_id,
                leave=ANNUAL,
                kind=EntryKind.CARRY.value,
                year=into,
                days=days * sign,
                start_date=on,
                source=REQUEST,
                note=note.strip() or f"{year}年结转",
                created_by=actor.name,
            )
        )
    audit.record(session, actor, "年休假结转", ENTITY, employee_id, str(year), None, f"{days}天")
    session.flush()


def expire(
    session: Session,
    actor: Actor,
    employee_id: int,
    leave: str,
    year: int,
    days: Decimal,
    note: str,
) -> None:
    """Days that lapse (作废), with the reason: −days."""
    actor.require(Permission.EDIT_EMPLOYEES)
    if days <= 0 or days > balance(session, employee_id, leave, year):
        raise ValueError(_("作废天数应大于0且不超过余额"))
    if not note.strip():
        raise ValueError(_("请写明作废的原因（例如员工书面放弃或因本人原因未休）"))
    session.add(
        LeaveEntry(
            employee_id=employee_id,
            leave=leave,
            kind=EntryKind.EXPIRE.value,
            year=year,
            days=-days,
            start_date=date(year, 12, 31),
            source=REQUEST,
            note=note.strip(),
            created_by=actor.name,
        )
    )
    audit.record(
        session, actor, "假期作废", ENTITY, employee_id, leave, None, f"{year}年{days}天：{note}"
    )
    session.flush()


def employee_id_of(session: Session, employee_no: str) -> int:
    found = session.scalar(select(Employee.id).where(Employee.employee_no == employee_no))
    if found is None:
        raise ValueError(_("没有工号为{employee_no}的员工").format(employee_no=employee_no))
    return found


def request_rows(session: Session, actor: Actor) -> list[list]:
    """Every recorded leave (requests and imports) in the `leave` template's layout."""
    actor.require(Permission.VIEW_EMPLOYEES)
    query = (
        select(LeaveEntry, Employee.employee_no)
        .join(Employee, LeaveEntry.employee_id == Employee.id)
        .where(LeaveEntry.kind == EntryKind.USE.value, LeaveEntry.source.in_((REQUEST, IMPORTED)))
        .order_by(LeaveEntry.start_date, Employee.employee_no)
    )
    return [
        [number, e.leave, e.start_date, e.end_date, -e.days, e.note or None]
        for e, number in session.execute(query)
    ]
