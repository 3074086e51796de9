"""Leave balances (假期余额): each year's annual leave granted by years of work, what was taken,
what is left, the 调休 balance; and the unused days a leaver is paid for (实施办法 第12条)."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from hrdesk.domain.leave import (
    ANNUAL,
    LIEU,
    AnnualEntitlement,
    EntryKind,
    annual_entitlement,
    unused_on_leaving,
)
from hrdesk.domain.roles import Permission
from hrdesk.services.actor import Actor
from hrdesk.services.leave.ledger import YEARLY
from hrdesk.spreadsheets.writing import SheetData, write_workbook
from hrdesk.storage.models import Employee, LeaveEntry, OpeningBalance

ZERO = Decimal(0)
HEADERS = ["工号", "姓名", "累计工作年限", "年休假应休", "年休假已休", "年休假剩余", "调休余额"]


def first_day_of_work(employee: Employee) -> date:
    """参加工作日期, or the hire date when the roster does not say."""
    return employee.work_start_date or employee.hire_date


def entitlement_of(
    employee: Employee, year: int, last_day: date | None = None
) -> AnnualEntitlement:
    leaving = last_day or employee.leaving_date
    if leaving is not None and leaving.year != year:
        leaving = None if leaving.year > year else leaving
    return annual_entitlement(first_day_of_work(employee), employee.hire_date, year, leaving)


def employed_in_year(session: Session, year: int) -> list[Employee]:
    return list(
        session.scalars(
            select(Employee)
            .where(
                Employee.hire_date <= date(year, 12, 31),
                or_(Employee.leaving_date.is_(None), Employee.leaving_date >= date(year, 1, 1)),
            )
            .order_by(Employee.employee_no)
        )
    )


def ensure_grants(session: Session, year: int, employees: list[Employee]) -> None:
    """The year's annual leave grant for each employee, as worked out today: added when missing,
    corrected when the roster changed (参加工作日期, hire or leaving date). Bookkeeping."""
    current = {
        row.employee_id: row
        for row in session.scalars(
            select(LeaveEntry).where(
                LeaveEntry.year == year, LeaveEntry.source == YEARLY, LeaveEntry.leave == ANNUAL
            )
        )
    }
    for employee in employees:
        due = entitlement_of(employee, year)
        days = Decimal(due.days)
        row = current.get(employee.id)
        if row is None:
            session.add(
                LeaveEntry(
                    employee_id=employee.id,
                    leave=ANNUAL,
                    kind=EntryKind.GRANT.value,
                    year=year,
                    days=days,
                    start_date=due.counted_from if due.days else date(year, 1, 1),
                    end_date=due.counted_until,
                    source=YEARLY,
                    note=due.basis,
                    created_by="系统",
                )
            )
        elif row.days != days or row.note != due.basis:
            row.days, row.note, row.end_date = days, due.basis, due.counted_until
    session.flush()


def taken_before_hrdesk(session: Session, year: int, employee_id: int | None = None):
    """年休假已休天数 of the year's opening balances (期初数据): leave the old system recorded."""
    query = select(OpeningBalance.employee_id, OpeningBalance.leave_days_taken).where(
        OpeningBalance.year == year, OpeningBalance.leave_days_taken.is_not(None)
    )
    if employee_id is not None:
        query = query.where(OpeningBalance.employee_id == employee_id)
    return {who: days for who, days in session.execute(query)}


@dataclass(frozen=True)
class BalanceRow:
    employee_id: int
    employee_no: str
    name: str
    years_of_work: int
    entitled: Decimal  # this year's grant plus days carried in
    taken: Decimal
    remaining: Decimal
    lieu: Decimal
    basis: str


def balances(session: Session, actor: Actor, year: int) -> list[BalanceRow]:
    """One row per employee employed in the year."""
    actor.require(Permission.VIEW_EMPLOYEES)
    people = employed_in_year(session, year)
    ensure_grants(session, year, people)
    sums: dict[tuple[int, str, str], Decimal] = {}
    for employee_id, leave, kind, days in session.execute(
        select(LeaveEntry.employee_id, LeaveEntry.leave, LeaveEntry.kind, LeaveEntry.days).where(
            LeaveEntry.year == year, LeaveEntry.leave.in_((ANNUAL, LIEU))
        )
    ):
        key = (employee_id, leave, kind)
        sums[key] = sums.get(key, ZERO) + days
    before = taken_before_hrdesk(session, year)
    rows = []
    for employee in people:
        got = lambda leave, kind, who=employee.id: sums.get((who, leave, kind.value), ZERO)  # noqa: E731
        due = entitlement_of(employee, year)
        entitled = got(ANNUAL, EntryKind.GRANT) + got(ANNUAL, EntryKind.CARRY)
        taken = -got(ANNUAL, EntryKind.USE) + before.get(employee.id, ZERO)
        remaining = entitled - taken + got(ANNUAL, EntryKind.EXPIRE)
        lieu = sum((got(LIEU, kind) for kind in EntryKind), ZERO)
        rows.append(
            BalanceRow(
                employee.id,
                employee.employee_no,
                employee.name,
                due.years_of_work,
                entitled,
                taken,
                remaining,
                lieu,
                due.basis,
            )
        )
    return rows


def write_balances(session: Session, actor: Actor, year: int, path) -> int:
    rows = balances(session, actor, year)
    table = [
        [r.employee_no, r.name, r.years_of_work, r.entitled, r.taken, r.remaining, r.lieu]
        for r in rows
    ]
    write_workbook(path, [SheetData(f"{year}年假期余额", HEADERS, table)])
    return len(rows)


@dataclass(frozen=True)
class UnusedLeave:
    """A leaver's annual leave (实施办法 第12条): the year's pro rata entitlement, days carried in,
    days taken, and the whole days still owed."""

    entitlement: AnnualEntitlement
    carried_in: Decimal
    taken: Decimal
    unused: int


def unused_annual_leave_days(
    session: Session, employee_id: int, last_day: date, taken: Decimal | None = None
) -> UnusedLeave:
    """What the separation flow pays for: entitlement up to the last day by years of work from
    参加工作日期, plus days carried in, less days taken and lapsed in the year up to it (from
    the ledger, or the figure the clerk confirmed when given)."""
    employee = session.get(Employee, employee_id)
    due = entitlement_of(employee, last_day.year, last_day)
    carried = used = ZERO
    for kind, days, start in session.execute(
        select(LeaveEntry.kind, LeaveEntry.days, LeaveEntry.start_date).where(
            LeaveEntry.employee_id == employee_id,
            LeaveEntry.leave == ANNUAL,
            LeaveEntry.year == last_day.year,
            LeaveEntry.source != YEARLY,
        )
    ):
        if kind == EntryKind.CARRY.value and days > 0:
            carried += days
        elif kind in (EntryKind.USE.value, EntryKind.EXPIRE.value) and start <= last_day:
            used -= days
    used += taken_before_hrdesk(session, last_day.year, employee_id).get(employee_id, ZERO)
    used = used if taken is None else taken
    # Days carried in from last year are owed on top of this year's pro rata share.
    unused = unused_on_leaving(due, used - carried)
    return UnusedLeave(due, carried, used, unused)
