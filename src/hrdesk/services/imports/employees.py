"""The employees and contracts imports: the roster (花名册) and labour contracts."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.contracts import ContractKind, ContractTerms
from hrdesk.domain.deductions import MONTHLY_KINDS
from hrdesk.domain.employees import EmployeeRecord, EmployeeStatus
from hrdesk.messages import _
from hrdesk.services import contracts
from hrdesk.services.actor import Actor
from hrdesk.services.employees import Roster, declared_deductions, parse_id_or_blank
from hrdesk.services.imports.base import (
    PROGRESS_EVERY,
    ImportPlan,
    ProgressCallback,
    known_employee,
)
from hrdesk.services.tax_year import declarations
from hrdesk.spreadsheets.errors import Problem
from hrdesk.storage.models import Contract, Employee

_EMPLOYEE_DEFAULTS = {
    "position": "",
    "is_salesperson": False,
    "status": EmployeeStatus.EMPLOYED,
    "phone": "",
    "bank_card": "",
    "bank_name": "",
    "social_city": "",
    "social_base": None,
    "housing_fund_base": None,
    "housing_fund_rate": None,
    "position_allowance": Decimal(0),
    "commission_rate": None,
    "collection_target": None,
    "manager_no": "",
    "email": "",
    "work_start_date": None,
}


# -- employees ---------------------------------------------------------------


_DEDUCTION_FIELDS = {f"deduction:{kind.name}": kind for kind in MONTHLY_KINDS}


class _Mapped:
    """The roster's mapped columns sorted once for every row: plain fields, 状态, deductions."""

    def __init__(self, mapped: set[str]):
        self.fields = [n for n in mapped if n != "status" and n not in _DEDUCTION_FIELDS]
        self.status = "status" in mapped
        self.deductions = [(n, _DEDUCTION_FIELDS[n]) for n in mapped if n in _DEDUCTION_FIELDS]


_NONE = Decimal(0)
_STATUSES = {status.value: status for status in EmployeeStatus}


def _employee_record(
    roster: Roster, values: dict, base: EmployeeRecord | None, mapped: _Mapped
) -> EmployeeRecord:
    """A mapped column always sets its field (blank clears it); an unmapped one keeps what was
    there. 扣除起始月份 left empty: January of the payroll year, or the hire month if later."""
    fields = dict(_EMPLOYEE_DEFAULTS) if base is None else {}
    for name in mapped.fields:
        fields[name] = values[name] if name in values else _EMPLOYEE_DEFAULTS.get(name)
    if mapped.status:
        if "status" in values:
            status = values["status"]
            fields["status"] = _STATUSES.get(status) or EmployeeStatus(status)
        elif base is None:  # a blank 状态 keeps the stored one: no 离职 employee comes back
            fields["status"] = _EMPLOYEE_DEFAULTS["status"]
    deductions = dict(base.deductions) if base else {}
    for name, kind in mapped.deductions:
        deductions[kind] = values.get(name, _NONE)
    fields["deductions"] = {k: v for k, v in deductions.items() if v}
    given = fields.get("deductions_from", getattr(base, "deductions_from", None))
    hired = fields.get("hire_date", getattr(base, "hire_date", None))
    fields["deductions_from"] = roster.start_of(given, hired) if fields["deductions"] else None
    if base is not None:
        return replace(base, **fields)
    return EmployeeRecord(**fields)


def check_employees(
    session: Session, result: ImportPlan, today: date, progress: ProgressCallback
) -> None:
    roster = Roster(session, today)
    existing_ids = [e.id for e in roster.by_no.values()]
    existing_deductions = declared_deductions(session, existing_ids, today)
    starts = declarations.earliest_starts(session, existing_ids, today)
    mapped = _Mapped(set(result.mapping))
    in_file = {row.values.get("employee_no") for row in result.rows}
    id_in_file: dict[str, tuple[int, str]] = {}
    for done, row in enumerate(result.rows):
        if done % PROGRESS_EVERY == 0:
            progress(done, len(result.rows))
        existing = roster.by_no.get(row.values["employee_no"])
        base = (
            roster.record_of(existing, existing_deductions[existing.id], False, starts[existing.id])
            if existing
            else None
        )
        record = _employee_record(roster, row.values, base, mapped)
        for problem in roster.problems(record, existing, also_new=in_file):
            target = result.warnings if problem.warning else result.problems
            target.append(Problem(row.row, problem.field, problem.reason))
        number = parse_id_or_blank(record.id_number)
        if number and number in id_in_file and id_in_file[number][1] != record.employee_no:
            result.problems.append(
                Problem(
                    row.row,
                    "身份证号",
                    _("与第{row}行的身份证号相同").format(row=id_in_file[number][0]),
                )
            )
        id_in_file.setdefault(number, (row.row, record.employee_no))
        if base is None:
            result.added += 1
        elif record != base and roster.changes(base, record):  # equal: nothing to show
            result.updated += 1
        else:
            result.unchanged += 1
            continue
        result.writes.append(record)


def write_employees(session: Session, actor: Actor, result: ImportPlan, today: date) -> None:
    roster = Roster(session, today)
    roster.write_many(
        actor, [(record, roster.by_no.get(record.employee_no)) for record in result.writes]
    )


# -- contracts ---------------------------------------------------------------


def check_contracts(
    session: Session, result: ImportPlan, today: date, progress: ProgressCallback
) -> None:
    employee_ids = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
    existing = {c.number: c for c in session.scalars(select(Contract))}
    for done, row in enumerate(result.rows):
        if done % PROGRESS_EVERY == 0:
            progress(done, len(result.rows))
        values = row.values
        employee_id = known_employee(result, row, employee_ids)
        if employee_id is None:
            continue
        terms = ContractTerms(
            values["number"],
            ContractKind(values["kind"]),
            values["start_date"],
            values.get("end_date"),
            values.get("probation_end"),
            values.get("probation_wage"),
            values["contract_wage"],
            values["signed_on"],
        )
        for column, reason in contracts.contract_problems(terms):
            result.problems.append(Problem(row.row, column, reason))
        current = existing.get(terms.number)
        if current is None:
            result.added += 1
        elif current.employee_id != employee_id:
            result.problems.append(
                Problem(
                    row.row,
                    "合同编号",
                    _("合同编号{number}已属于另一名员工").format(number=terms.number),
                )
            )
            continue
        elif contracts.stored_terms(current) == terms:
            result.unchanged += 1
            continue
        else:
            result.updated += 1
        result.writes.append((employee_id, terms, current.id if current else None))


def write_contracts(session: Session, actor: Actor, result: ImportPlan, today: date) -> None:
    for employee_id, terms, contract_id in result.writes:
        problems = contracts.save_contract(session, actor, employee_id, terms, contract_id)
        if problems:  # checked in the plan; a clash here means the data changed meanwhile
            raise ValueError("；".join(f"{column}: {reason}" for column, reason in problems))
