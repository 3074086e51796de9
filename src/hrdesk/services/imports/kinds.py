"""Every import kind: who may import it, the check that plans it and the writer that commits it."""

from collections.abc import Callable
from datetime import date
from importlib import import_module

from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.messages import _
from hrdesk.services.actor import Actor
from hrdesk.services.imports.base import ImportPlan, ProgressCallback

Checker = Callable[[Session, ImportPlan, date, ProgressCallback], None]
Writer = Callable[[Session, Actor, ImportPlan, date], None]


def check_attendance(
    session: Session, result: ImportPlan, today: date, progress: ProgressCallback
) -> None:
    """The template's rows only parse here; services.attendance checks them with the month."""


def write_attendance(session: Session, actor: Actor, result: ImportPlan, today: date) -> None:
    raise ValueError(_("考勤请用“hrdesk import attendance FILE --month YYYY-MM”或考勤页面导入"))


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
# kind → (the module, its check, its writer): a module is imported when its kind is first
# planned, so an import of employees does not load payroll, receivables or the letters.
_STEPS = {
    "employees": ("hrdesk.services.imports.employees", "check_employees", "write_employees"),
    "contracts": ("hrdesk.services.imports.employees", "check_contracts", "write_contracts"),
    "policies": ("hrdesk.services.imports.payroll_inputs", "check_policies", "write_policies"),
    "payroll-inputs": (
        "hrdesk.services.imports.payroll_inputs",
        "check_payroll_inputs",
        "write_payroll_inputs",
    ),
    "losses": ("hrdesk.services.imports.payroll_inputs", "check_losses", "write_losses"),
    "customers": ("hrdesk.services.imports.receivables", "check_customers", "write_customers"),
    "invoices": ("hrdesk.services.imports.receivables", "check_invoices", "write_invoices"),
    "receipts": ("hrdesk.services.imports.receipts", "check_receipts", "write_receipts"),
    "opening-balances": ("hrdesk.services.tax_year.opening", "check_import", "write_import"),
    "deductions": ("hrdesk.services.tax_year.declaration_files", "check_import", "write_import"),
    "candidates": ("hrdesk.services.people.sheets", "check_candidates", "write_candidates"),
    "appraisals": ("hrdesk.services.people.sheets", "check_appraisals", "write_appraisals"),
    "attendance": ("hrdesk.services.imports.kinds", "check_attendance", "write_attendance"),
    "leave": ("hrdesk.services.imports.kinds", "check_leave", "write_leave"),
}


def checker(kind: str) -> Checker:
    """The check that plans rows of this kind."""
    module, check, _write = _STEPS[kind]
    return getattr(import_module(module), check)


def writer(kind: str) -> Writer:
    """The writer that commits a plan of this kind."""
    module, _check, write = _STEPS[kind]
    return getattr(import_module(module), write)
