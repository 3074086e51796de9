"""The import/export templates (模板): each column's header, meaning and type, as data.

interfaces.md fixes the headers and their order; more optional columns follow them. One
module per area; TEMPLATES finds a template by the kind the command line names.
"""

from hrdesk.spreadsheets.templates.attendance import ATTENDANCE, LEAVE
from hrdesk.spreadsheets.templates.base import CellKind, Column, Template
from hrdesk.spreadsheets.templates.hr import CONTRACTS, EMPLOYEES
from hrdesk.spreadsheets.templates.payroll import (
    DEDUCTIONS,
    LOSSES,
    OPENING_BALANCES,
    PAYROLL_INPUTS,
    POLICIES,
)
from hrdesk.spreadsheets.templates.people import APPRAISALS, CANDIDATES
from hrdesk.spreadsheets.templates.receivables import CUSTOMERS, INVOICES, RECEIPTS

TEMPLATES = {
    t.kind: t
    for t in (
        EMPLOYEES,
        CONTRACTS,
        POLICIES,
        PAYROLL_INPUTS,
        LOSSES,
        CUSTOMERS,
        INVOICES,
        RECEIPTS,
        OPENING_BALANCES,
        DEDUCTIONS,
        ATTENDANCE,
        LEAVE,
        CANDIDATES,
        APPRAISALS,
    )
}

__all__ = [
    "APPRAISALS",
    "ATTENDANCE",
    "CANDIDATES",
    "CONTRACTS",
    "CUSTOMERS",
    "DEDUCTIONS",
    "EMPLOYEES",
    "INVOICES",
    "LEAVE",
    "LOSSES",
    "OPENING_BALANCES",
    "PAYROLL_INPUTS",
    "POLICIES",
    "RECEIPTS",
    "TEMPLATES",
    "CellKind",
    "Column",
    "Template",
]
