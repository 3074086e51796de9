"""The tables, one module per area; importing the package registers every table on the metadata.

accounts    — User, Setting, AuditEntry
employees   — Department, Employee, Contract, Attachment
tax         — DeclaredDeduction, OpeningBalance
policy      — MinimumWage, AverageWage, SocialPolicy
payroll     — PayrollMonth, PayrollInput, Payslip, PayrollAdjustment, Loss, LossInstalment,
              CommissionSnapshot, CommissionRelease
receivables — Customer, CustomerAlias, Invoice, InvoiceOwner, Receipt, Allocation, CreditNote,
              WriteOff, Acknowledgement
letters     — Letter, NumberSequence
separations — Separation, SeparationItem, EvidenceNote
attendance  — AttendanceRecord, LeaveEntry, CalendarDay
people      — Candidate, OnboardingItem, Appraisal, MailSent, Certificate
"""

from hrdesk.storage.models.accounts import AuditEntry, Setting, User
from hrdesk.storage.models.attendance import AttendanceRecord, CalendarDay, LeaveEntry
from hrdesk.storage.models.employees import Attachment, Contract, Department, Employee
from hrdesk.storage.models.letters import Letter, NumberSequence
from hrdesk.storage.models.payroll import (
    CommissionRelease,
    CommissionSnapshot,
    Loss,
    LossInstalment,
    PayrollAdjustment,
    PayrollInput,
    PayrollMonth,
    Payslip,
)
from hrdesk.storage.models.people import Appraisal, Candidate, Certificate, MailSent, OnboardingItem
from hrdesk.storage.models.policy import AverageWage, MinimumWage, SocialPolicy
from hrdesk.storage.models.receivables import (
    Acknowledgement,
    Allocation,
    CreditNote,
    Customer,
    CustomerAlias,
    Invoice,
    InvoiceOwner,
    Receipt,
    WriteOff,
)
from hrdesk.storage.models.separations import EvidenceNote, Separation, SeparationItem
from hrdesk.storage.models.tax import DeclaredDeduction, OpeningBalance

__all__ = [
    "Acknowledgement",
    "Allocation",
    "Appraisal",
    "Attachment",
    "AttendanceRecord",
    "AuditEntry",
    "AverageWage",
    "CalendarDay",
    "Candidate",
    "Certificate",
    "CommissionRelease",
    "CommissionSnapshot",
    "Contract",
    "CreditNote",
    "Customer",
    "CustomerAlias",
    "DeclaredDeduction",
    "Department",
    "Employee",
    "EvidenceNote",
    "Invoice",
    "InvoiceOwner",
    "LeaveEntry",
    "Letter",
    "Loss",
    "LossInstalment",
    "MailSent",
    "MinimumWage",
    "NumberSequence",
    "OnboardingItem",
    "OpeningBalance",
    "PayrollAdjustment",
    "PayrollInput",
    "PayrollMonth",
    "Payslip",
    "Receipt",
    "Separation",
    "SeparationItem",
    "Setting",
    "SocialPolicy",
    "User",
    "WriteOff",
]
