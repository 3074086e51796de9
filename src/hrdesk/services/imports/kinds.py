"""Every import kind: who may import it, the check that plans it and the writer that commits it."""

from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.services.actor import Actor
from hrdesk.services.imports import employees, payroll_inputs, receipts, receivables
from hrdesk.services.imports.base import ImportPlan, ProgressCallback
from hrdesk.services.people import sheets as people_sheets
from hrdesk.services.tax_year import declaration_files, opening

Checker = Callable[[Session, ImportPlan, date, ProgressCallback], None]
Writer = Callable[[Session, Actor, ImportPlan, date], None]


def check_attendance(
    session: Session, result: ImportPlan, today: date, progress: ProgressCallback
) -> None:
    """The template's rows only parse here; services.attendance checks them with the month."""


def write_attendance(session: Session, actor: Actor, result: ImportPlan, today: date) -> None:
    raise ValueError("考勤请用“hrdesk import attendance FILE --month YYYY-MM”或考勤页面导入")


def check_leave(
    session: Session, result: ImportPlan, today: date, progress: ProgressCallback
) -> None:
    from hrdesk.services.leave import imported

    imported.check(session, result, today)


def write_leave(session: Session, actor: Actor, result: ImportPlan, today: date) -> None:
    from hrdesk.services.leave import imported

    imported.write(session, actor, result, today)


# Checking a plan decrypts and compares the records themselves: it needs the right to edit them.
EDIT_PERMISSION = {
    "employees": Permission.EDIT_EMPLOYEES,
    "contracts": Permission.EDIT_CONTRACTS,
    "policies": Permission.MANAGE_SETTINGS,
    "payroll-inputs": Permission.RUN_PAYROLL,
    "losses": Permission.RUN_PAYROLL,
    "customers": Permission.EDIT_RECEIVABLES,
    "invoices": Permission.EDIT_RECEIVABLES,
    "receipts": Permission.EDIT_RECEIVABLES,
    "opening-balances": Permission.RUN_PAYROLL,
    "deductions": Permission.EDIT_EMPLOYEES,
    "candidates": Permission.EDIT_EMPLOYEES,
    "appraisals": Permission.EDIT_EMPLOYEES,
    "attendance": Permission.RUN_PAYROLL,
    "leave": Permission.EDIT_EMPLOYEES,
}
CHECKERS: dict[str, Checker] = {
    "employees": employees.check_employees,
    "contracts": employees.check_contracts,
    "policies": payroll_inputs.check_policies,
    "payroll-inputs": payroll_inputs.check_payroll_inputs,
    "losses": payroll_inputs.check_losses,
    "customers": receivables.check_customers,
    "invoices": receivables.check_invoices,
    "receipts": receipts.check_receipts,
    "opening-balances": opening.check_import,
    "deductions": declaration_files.check_import,
    "candidates": people_sheets.check_candidates,
    "appraisals": people_sheets.check_appraisals,
    "attendance": check_attendance,
    "leave": check_leave,
}
WRITERS: dict[str, Writer] = {
    "employees": employees.write_employees,
    "contracts": employees.write_contracts,
    "policies": payroll_inputs.write_policies,
    "payroll-inputs": payroll_inputs.write_payroll_inputs,
    "losses": payroll_inputs.write_losses,
    "customers": receivables.write_customers,
    "invoices": receivables.write_invoices,
    "receipts": receipts.write_receipts,
    "opening-balances": opening.write_import,
    "deductions": declaration_files.write_import,
    "candidates": people_sheets.write_candidates,
    "appraisals": people_sheets.write_appraisals,
    "attendance": write_attendance,
    "leave": write_leave,
}
