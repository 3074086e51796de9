"""Declared deductions (专项附加扣除申报): each item with its start and end month, kept, edited,
and confirmed for the next year in December (国家税务总局公告2018年第60号 第四、五条)."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.deductions import (
    MONTHLY_KINDS,
    Declaration,
    DeductionKind,
    declaration_problems,
    label,
    schedule_problems,
)
from hrdesk.domain.employees import EmployeeStatus
from hrdesk.domain.phrases import Phrase
from hrdesk.domain.roles import Permission
from hrdesk.messages import _
from hrdesk.services import attention, audit
from hrdesk.services.actor import Actor
from hrdesk.storage.models import DeclaredDeduction, Employee

ENTITY = "deductions"
ZERO = Decimal(0)


@dataclass(frozen=True)
class DeclarationRow:
    """One declared item as the screens and the export show it."""

    id: int
    employee_id: int
    employee_no: str
    name: str
    declaration: Declaration
    note: str

    @property
    def kind_label(self) -> str:
        return label(self.declaration.kind)


def as_declaration(row: DeclaredDeduction) -> Declaration:
    return Declaration(
        DeductionKind(row.kind),
        row.monthly_amount,
        row.effective_from,
        row.effective_until,
        row.through_year,
    )


def declarations_of(session: Session, employee_ids) -> dict[int, list[Declaration]]:
    """Every declared item of these employees, oldest first."""
    wanted = set(employee_ids)
    found: dict[int, list[Declaration]] = {i: [] for i in wanted}
    query = select(DeclaredDeduction).order_by(DeclaredDeduction.effective_from)
    if len(wanted) <= 500:  # one employee's (the dialog, a changed row): not the whole table
        query = query.where(DeclaredDeduction.employee_id.in_(wanted))
    for row in session.scalars(query):
        if row.employee_id in wanted:
            found[row.employee_id].append(as_declaration(row))
    return found


def in_force(
    session: Session, employee_ids, month: date
) -> dict[int, dict[DeductionKind, Decimal]]:
    """Each employee's monthly amounts in force in that month, per kind (items of a kind add up)."""
    month = month.replace(day=1)
    result = {}
    for employee_id, items in declarations_of(session, employee_ids).items():
        amounts: dict[DeductionKind, Decimal] = {}
        for item in items:
            if item.kind in MONTHLY_KINDS and item.in_force(month):
                amounts[item.kind] = amounts.get(item.kind, ZERO) + item.monthly_amount
        result[employee_id] = amounts
    return result


def earliest_starts(session: Session, employee_ids, month: date) -> dict[int, date | None]:
    """When each employee's monthly items in force in the month started (扣除起始月份)."""
    month = month.replace(day=1)
    found = {}
    for employee_id, items in declarations_of(session, employee_ids).items():
        starts = [i.start for i in items if i.kind in MONTHLY_KINDS and i.in_force(month)]
        found[employee_id] = min(starts) if starts else None
    return found


def default_start(hire_date: date, today: date) -> date:
    """An empty 扣除起始月份: January of the payroll year, or the hire month if later."""
    return max(date(today.year, 1, 1), hire_date.replace(day=1))


def apply_roster(
    session: Session,
    employee_id: int,
    amounts: dict[DeductionKind, Decimal],
    start: date,
    today: date,
    restart: bool = False,
) -> None:
    """The roster's monthly amounts from `start` on: a kind whose amount changed (every kind,
    when the start itself moved) ends its items the month before and gets a new open item;
    items starting from then on are replaced."""
    start = start.replace(day=1)
    rows = session.scalars(
        select(DeclaredDeduction).where(DeclaredDeduction.employee_id == employee_id)
    ).all()
    for kind in MONTHLY_KINDS:
        mine = [row for row in rows if row.kind == kind.value]
        current = sum((r.monthly_amount for r in mine if as_declaration(r).in_force(start)), ZERO)
        wanted = amounts.get(kind, ZERO)
        same_start = all(
            r.effective_from == start for r in mine if as_declaration(r).in_force(start)
        )
        if current == wanted and (same_start or not restart or not wanted):
            continue
        for row in mine:
            if row.effective_from >= start:
                session.delete(row)
            elif row.effective_until is None or row.effective_until >= start:
                row.effective_until = add_months(start, -1)
        session.flush()  # the replaced rows go before their successors come in
        if wanted:
            session.add(
                DeclaredDeduction(
                    employee_id=employee_id,
                    kind=kind.value,
                    monthly_amount=wanted,
                    effective_from=start,
                    effective_until=None,
                    through_year=max(start.year, today.year),
                    note="",
                )
            )
    session.flush()


def rows(session: Session, actor: Actor, employee_id: int | None = None) -> list[DeclarationRow]:
    """Declared items, by 工号 then start month; one employee's when employee_id is given."""
    actor.require(Permission.VIEW_EMPLOYEES)
    query = (
        select(DeclaredDeduction, Employee.employee_no, Employee.name)
        .join(Employee, DeclaredDeduction.employee_id == Employee.id)
        .order_by(Employee.employee_no, DeclaredDeduction.effective_from, DeclaredDeduction.kind)
    )
    if employee_id is not None:
        query = query.where(DeclaredDeduction.employee_id == employee_id)
    return [
        DeclarationRow(row.id, row.employee_id, number, name, as_declaration(row), row.note)
        for row, number, name in session.execute(query)
    ]


def problems_with(
    session: Session, employee_id: int, item: Declaration, replacing: int | None = None
) -> list[tuple[str, str]]:
    """(column, reason) for an item on its own and beside the employee's other items."""
    found = declaration_problems(item)
    others = [
        as_declaration(row)
        for row in session.scalars(
            select(DeclaredDeduction).where(DeclaredDeduction.employee_id == employee_id)
        )
        if row.id != replacing
    ]
    together = [*others, item]
    found += [
        ("项目", reason) for index, reason in schedule_problems(together) if index == len(others)
    ]
    return found


def save(
    session: Session,
    actor: Actor,
    employee_id: int,
    item: Declaration,
    note: str = "",
    item_id: int | None = None,
) -> list[tuple[str, str]]:
    """Add or change one item (the employee dialog); nothing is written when a check fails."""
    actor.require(Permission.EDIT_EMPLOYEES)
    found = problems_with(session, employee_id, item, item_id)
    if found:
        return found
    row = session.get(DeclaredDeduction, item_id) if item_id else None
    before = describe(as_declaration(row)) if row is not None else None
    if row is None:
        row = DeclaredDeduction(employee_id=employee_id)
        session.add(row)
    row.kind = item.kind.value
    row.monthly_amount = item.monthly_amount
    row.effective_from = item.start
    row.effective_until = item.end
    row.through_year = item.through_year
    row.note = note
    action = "新增专项附加扣除" if before is None else "修改专项附加扣除"
    audit.record(
        session, actor, action, "employees", employee_id, label(item.kind), before, describe(item)
    )
    session.flush()
    return []


def remove(session: Session, actor: Actor, item_id: int) -> None:
    """Delete an item entered by mistake (one that ended is given an end month instead)."""
    actor.require(Permission.EDIT_EMPLOYEES)
    row = session.get(DeclaredDeduction, item_id)
    if row is None:
        return
    audit.record(
        session,
        actor,
        "删除专项附加扣除",
        "employees",
        row.employee_id,
        label(DeductionKind(row.kind)),
        describe(as_declaration(row)),
        None,
    )
    session.execute(delete(DeclaredDeduction).where(DeclaredDeduction.id == item_id))
    session.flush()


def describe(item: Declaration) -> str:
    until = f"{item.end:%Y-%m}" if item.end else f"{item.through_year}年底"
    return f"{item.monthly_amount}元/月，{item.start:%Y-%m}至{until}"


# -- December: confirm for next year -------------------------------------------------


def lapsing(session: Session, year: int) -> list[DeclarationRow]:
    """Items in force in December of `year` that lapse in January unless confirmed."""
    december = date(year, 12, 1)
    query = (
        select(DeclaredDeduction, Employee.employee_no, Employee.name)
        .join(Employee, DeclaredDeduction.employee_id == Employee.id)
        .where(
            DeclaredDeduction.through_year == year,
            DeclaredDeduction.effective_from <= december,
            DeclaredDeduction.kind != DeductionKind.CERTIFICATE.value,
            (DeclaredDeduction.effective_until.is_(None))
            | (DeclaredDeduction.effective_until > december),
            Employee.status != EmployeeStatus.LEFT.value,
        )
        .order_by(Employee.employee_no)
    )
    return [
        DeclarationRow(row.id, row.employee_id, number, name, as_declaration(row), row.note)
        for row, number, name in session.execute(query)
    ]


def confirm_next_year(
    session: Session, actor: Actor, year: int, employee_ids: set[int] | None = None
) -> int:
    """The employees confirmed their items for year + 1 (60号 第五条); returns how many items."""
    actor.require(Permission.EDIT_EMPLOYEES)
    confirmed = 0
    for found in lapsing(session, year):
        if employee_ids is not None and found.employee_id not in employee_ids:
            continue
        row = session.get(DeclaredDeduction, found.id)
        row.through_year = year + 1
        audit.record(
            session,
            actor,
            "确认下一年度专项附加扣除",
            "employees",
            row.employee_id,
            found.kind_label,
            str(year),
            str(year + 1),
        )
        confirmed += 1
    session.flush()
    return confirmed


def confirm_by_number(session: Session, actor: Actor, year: int, employee_no: str | None) -> int:
    """confirm_next_year for one employee by 工号 (or everyone); ValueError for an unknown 工号."""
    if employee_no is None:
        return confirm_next_year(session, actor, year)
    employee_id = session.scalar(select(Employee.id).where(Employee.employee_no == employee_no))
    if employee_id is None:
        raise ValueError(_("没有工号为{employee_no}的员工").format(employee_no=employee_no))
    return confirm_next_year(session, actor, year, {employee_id})


@attention.register(Permission.EDIT_EMPLOYEES)
def unconfirmed_declarations(session: Session, today: date) -> list[attention.AttentionItem]:
    """首页 in December: declarations that lapse in January unless the employees confirm them."""
    if today.month != 12:
        return []
    found = lapsing(session, today.year)
    if not found:
        return []
    people = len({row.employee_id for row in found})
    return [
        attention.AttentionItem(
            Phrase(
                "{people} 名员工的 {items} 项专项附加扣除 {year} 年起失效",
                people=people,
                items=len(found),
                year=today.year + 1,
            ),
            Phrase(
                "请员工在个税App确认{year}年度扣除信息，再在“薪资 → 期初与扣除”中确认延续；"
                "未确认的1月起不再扣除",
                year=today.year + 1,
            ),
            "payroll",
            today.day >= 20,
        )
    ]
