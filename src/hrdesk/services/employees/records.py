"""The roster list and one employee's record: shown masked, revealed with an audit line, saved."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.employees import EmployeeRecord, FieldProblem
from hrdesk.domain.roles import Permission
from hrdesk.services import audit, departments
from hrdesk.services.actor import Actor
from hrdesk.services.database import field_cipher
from hrdesk.services.employees.fields import ENTITY, declared_deductions
from hrdesk.services.employees.identifiers import bank_card_of, id_number_of
from hrdesk.services.employees.writing import Roster
from hrdesk.services.tax_year import declarations
from hrdesk.storage.models import Employee
from hrdesk.storage.versioning import refuse_if_changed


@dataclass(frozen=True)
class EmployeeRow:
    """One line of the roster (花名册)."""

    id: int
    employee_no: str
    name: str
    department: str
    position: str
    status: str
    is_salesperson: bool
    hire_date: date
    phone: str
    id_masked: str
    base_salary: Decimal


@dataclass(frozen=True)
class EmployeeDetail:
    id: int
    record: EmployeeRecord  # id_number and bank_card masked
    birth_date: date
    gender: str
    version: int  # what a save from this form expects to find (two seats, one record)


@dataclass
class SaveResult:
    employee_id: int | None
    problems: list[FieldProblem] = field(default_factory=list)

    @property
    def errors(self) -> list[FieldProblem]:
        return [p for p in self.problems if not p.warning]


def roster(session: Session, actor: Actor) -> list[EmployeeRow]:
    actor.require(Permission.VIEW_EMPLOYEES)
    paths = departments.paths(session)
    return [
        EmployeeRow(
            e.id,
            e.employee_no,
            e.name,
            paths[e.department_id],
            e.position or "",
            e.status,
            e.is_salesperson,
            e.hire_date,
            e.phone or "",
            e.id_number_masked,
            e.base_salary,
        )
        for e in session.scalars(select(Employee).order_by(Employee.employee_no))
    ]


def detail(session: Session, actor: Actor, employee_id: int, today: date) -> EmployeeDetail:
    actor.require(Permission.VIEW_EMPLOYEES)
    roster_ = Roster(session, today)
    employee = session.get(Employee, employee_id)
    deductions = declared_deductions(session, [employee_id], today)[employee_id]
    start = declarations.earliest_starts(session, [employee_id], today)[employee_id]
    return EmployeeDetail(
        employee.id,
        roster_.record_of(employee, deductions, True, start),
        employee.birth_date,
        employee.gender,
        employee.version,
    )


def reveal(session: Session, actor: Actor, employee_id: int) -> tuple[str, str]:
    """The full ID and bank card numbers; who looked, and when, goes into the audit trail."""
    actor.require(Permission.REVEAL_IDENTIFIERS)
    employee = session.get(Employee, employee_id)
    cipher = field_cipher(session)
    audit.record(session, actor, "查看完整证件号", ENTITY, employee_id, "身份证号/银行卡号")
    return id_number_of(cipher, employee), bank_card_of(cipher, employee)


def save(
    session: Session,
    actor: Actor,
    record: EmployeeRecord,
    employee_id: int | None,
    today: date,
    seen_version: int | None = None,
) -> SaveResult:
    """Create (employee_id None) or update one employee; nothing is written if a check fails,
    or if someone changed the employee since the form showed `seen_version` of it."""
    actor.require(Permission.EDIT_EMPLOYEES)
    roster_ = Roster(session, today)
    existing = session.get(Employee, employee_id) if employee_id else None
    if existing is not None:
        refuse_if_changed(session, existing, seen_version, ENTITY)
    record = roster_.unmask(record, existing)
    problems = roster_.problems(record, existing)
    result = SaveResult(None, problems)
    if result.errors:
        return result
    result.employee_id = roster_.write(actor, record, existing)
    return result
