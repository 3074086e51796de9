"""Exports (导出): current data in the template's layout, so it can be edited and imported back."""

from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.deductions import DeductionKind
from hrdesk.domain.roles import Permission
from hrdesk.messages import _
from hrdesk.services import audit, losses, payroll, policies, receivables
from hrdesk.services.actor import Actor
from hrdesk.services.attendance import sheet as attendance_sheet
from hrdesk.services.contracts import reminders, stored_terms
from hrdesk.services.employees import Roster, declared_deductions
from hrdesk.services.leave import ledger
from hrdesk.services.leave.leave_types import company_leave_template
from hrdesk.services.people import sheets as people_sheets
from hrdesk.services.tax_year import declaration_files, declarations, opening
from hrdesk.spreadsheets.templates import (
    CONTRACTS,
    EMPLOYEES,
    LOSSES,
    PAYROLL_INPUTS,
    POLICIES,
    TEMPLATES,
    CellKind,
)
from hrdesk.spreadsheets.writing import SheetData, write_template, write_workbook
from hrdesk.storage.models import Contract, Employee


def employee_rows(session: Session, actor: Actor, today: date) -> list[list]:
    """Every employee with full ID and bank card numbers: who exported them is recorded."""
    actor.require(Permission.REVEAL_IDENTIFIERS)
    roster = Roster(session, today)
    employees = session.scalars(select(Employee).order_by(Employee.employee_no)).all()
    ids = [e.id for e in employees]
    deductions = declared_deductions(session, ids, today)
    starts = declarations.earliest_starts(session, ids, today)
    rows = []
    for employee in employees:
        record = roster.record_of(employee, deductions[employee.id], False, starts[employee.id])
        row = []
        for column in EMPLOYEES.columns:
            if column.field.startswith("deduction:"):
                value = record.deductions.get(DeductionKind[column.field.split(":", 1)[1]])
            else:
                value = getattr(record, column.field)
            if isinstance(value, bool):
                value = "是" if value else "否"
            elif column.kind is CellKind.MONTH and value is not None:
                value = f"{value:%Y-%m}"
            elif hasattr(value, "value"):  # an enum such as the status
                value = value.value
            row.append(value if value not in ("", None) else None)
        rows.append(row)
    audit.record(session, actor, "导出", "employees", None, "人数", None, len(rows))
    return rows


def contract_rows(session: Session, actor: Actor) -> list[list]:
    actor.require(Permission.VIEW_CONTRACTS)
    numbers = dict(session.execute(select(Employee.id, Employee.employee_no)).all())
    rows = []
    for contract in session.scalars(select(Contract).order_by(Contract.number)):
        terms = stored_terms(contract)
        rows.append(
            [
                numbers[contract.employee_id],
                terms.number,
                terms.kind.value,
                terms.start,
                terms.end,
                terms.probation_end,
                terms.probation_wage,
                terms.contract_wage,
                terms.signed_on,
            ]
        )
    return rows


# What reading out each kind needs (employees carry full ID and bank card numbers).
_EXPORT_PERMISSION = {
    "employees": Permission.REVEAL_IDENTIFIERS,
    "contracts": Permission.VIEW_CONTRACTS,
    "policies": Permission.IMPORT_EXPORT,
    "payroll-inputs": Permission.VIEW_PAYROLL,
    "losses": Permission.VIEW_PAYROLL,
    "customers": Permission.VIEW_RECEIVABLES,
    "invoices": Permission.VIEW_RECEIVABLES,
    "receipts": Permission.VIEW_RECEIVABLES,
    "opening-balances": Permission.VIEW_PAYROLL,
    "deductions": Permission.VIEW_EMPLOYEES,
    "candidates": Permission.VIEW_EMPLOYEES,
    "appraisals": Permission.VIEW_EMPLOYEES,
    "attendance": Permission.VIEW_PAYROLL,
    "leave": Permission.VIEW_EMPLOYEES,
}


_RECEIVABLE_ROWS = {
    "customers": receivables.customer_rows,
    "invoices": receivables.invoice_rows,
    "receipts": receivables.receipt_rows,
}


_TAX_YEAR_ROWS = {
    "opening-balances": opening.export_rows,
    "deductions": declaration_files.export_rows,
}
_PEOPLE_ROWS = {
    "candidates": people_sheets.candidate_rows,
    "appraisals": people_sheets.appraisal_rows,
}


def may_export(actor: Actor, kind: str) -> bool:
    return actor.may(Permission.IMPORT_EXPORT) and actor.may(_EXPORT_PERMISSION[kind])


def blank_template(kind: str, path: Path) -> None:
    """An empty template with its 说明 sheet, for the clerk to fill in."""
    if kind not in TEMPLATES:
        raise ValueError(
            _("没有“{kind}”这种模板（可用：{kinds}）").format(kind=kind, kinds="、".join(TEMPLATES))
        )
    write_template(TEMPLATES[kind], path)


def export(session: Session, actor: Actor, kind: str, path: Path, today: date) -> int:
    """Write KIND's data to an .xlsx in its template layout; returns the number of rows."""
    actor.require(Permission.IMPORT_EXPORT)
    if kind not in TEMPLATES:
        raise ValueError(
            _("没有“{kind}”这种导出类型（可用：{kinds}）").format(
                kind=kind, kinds="、".join(TEMPLATES)
            )
        )
    if kind == EMPLOYEES.kind:
        rows = employee_rows(session, actor, today)
    elif kind == CONTRACTS.kind:
        rows = contract_rows(session, actor)
    elif kind == POLICIES.kind:
        rows = policies.policy_rows(session)
    elif kind == PAYROLL_INPUTS.kind:
        rows = payroll.input_rows(session, actor)
    elif kind == LOSSES.kind:
        rows = losses.loss_rows(session, actor)
    elif kind in _TAX_YEAR_ROWS:
        actor.require(_EXPORT_PERMISSION[kind])
        rows = _TAX_YEAR_ROWS[kind](session, actor)
    elif kind in _PEOPLE_ROWS:
        rows = _PEOPLE_ROWS[kind](session, actor)
    elif kind == "attendance":
        rows = attendance_sheet.template_rows(session, actor)
    elif kind == "leave":
        rows = ledger.request_rows(session, actor)
    else:
        actor.require(Permission.VIEW_RECEIVABLES)
        rows = _RECEIVABLE_ROWS[kind](session)
    spec = company_leave_template(session) if kind == "leave" else TEMPLATES[kind]
    write_template(spec, path, rows)
    return len(rows)


def export_reminders(session: Session, actor: Actor, path: Path, today: date) -> int:
    """合同提醒 as a spreadsheet, for the owner or a lawyer."""
    found = reminders(session, actor, today)
    yes = _("是")
    rows = [
        [
            yes if r.finding.urgent else "",
            r.employee_no,
            r.name,
            r.department,
            r.finding.title,
            r.finding.detail,
            r.finding.due,
            r.finding.contract_number,
            r.finding.exposure,
        ]
        for r in found
    ]
    widths = {0: 6, 1: 8, 2: 8, 3: 16, 4: 28, 5: 90, 6: 12, 7: 16, 8: 12}
    headers = [
        _("紧急"),
        _("工号"),
        _("姓名"),
        _("部门"),
        _("问题"),
        _("说明"),
        _("日期"),
        _("合同编号"),
        _("涉及金额"),
    ]
    sheet = _("合同提醒{today:%Y-%m-%d}").format(today=today)
    write_workbook(path, [SheetData(sheet, headers, rows, widths)])
    return len(rows)
