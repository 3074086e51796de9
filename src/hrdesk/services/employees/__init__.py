"""Employees (员工): the roster, one employee's record, saving with a field-by-field audit trail.

ID and bank card numbers are stored encrypted; screens get them masked, and revealing
one is itself recorded in the audit trail.

records     — roster (花名册), detail, reveal, save: what the screens call
writing     — Roster: records checked against everyone else, written one or many at a time
identifiers — id_number_of, bank_card_of (decrypted with their row), parse_id_or_blank
fields      — ENTITY, LABELS (the audit trail's names), declared_deductions in force
"""

from hrdesk.services.employees.fields import ENTITY, LABELS, RATE_FIELDS, declared_deductions
from hrdesk.services.employees.identifiers import bank_card_of, id_number_of, parse_id_or_blank
from hrdesk.services.employees.records import (
    EmployeeDetail,
    EmployeeRow,
    SaveResult,
    detail,
    reveal,
    roster,
    save,
)
from hrdesk.services.employees.writing import Roster

__all__ = [
    "ENTITY",
    "LABELS",
    "RATE_FIELDS",
    "EmployeeDetail",
    "EmployeeRow",
    "Roster",
    "SaveResult",
    "bank_card_of",
    "declared_deductions",
    "detail",
    "id_number_of",
    "parse_id_or_blank",
    "reveal",
    "roster",
    "save",
]
