"""证明: 收入证明 (the average monthly 应发工资 of the last 12 approved months) and 在职证明, on the
letterhead, numbered ZM-YYYY-NNNN from a series never reused, each issue logged."""

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.documents.certificates import EMPLOYMENT, INCOME, CertificateData, certificate
from hrdesk.documents.official import render
from hrdesk.domain.employees import EmployeeStatus
from hrdesk.domain.people import average_monthly, certificate_number
from hrdesk.domain.roles import Permission
from hrdesk.services import audit, departments
from hrdesk.services.actor import Actor
from hrdesk.services.database import field_cipher
from hrdesk.services.employees import id_number_of
from hrdesk.services.integrity import require_month_intact
from hrdesk.services.letters import letterhead
from hrdesk.services.number_series import next_serial
from hrdesk.storage.models import Certificate, Employee, PayrollMonth, Payslip
from hrdesk.storage.payroll_lock import LOCKED_STATUSES

KINDS = {"income": INCOME, "employment": EMPLOYMENT}
SERIES = "ZM"
AVERAGE_MONTHS = 12


@dataclass(frozen=True)
class Issued:
    id: int
    number: str
    employee_id: int
    data: CertificateData
    id_number: str  # in full: the e-mailed copy is locked with its last six

    def pdf(self, password: str | None = None) -> bytes:
        return render(certificate(self.data), password)


@dataclass(frozen=True)
class CertificateRow:
    number: str
    kind: str
    employee_no: str
    name: str
    issued_on: date
    issued_at: datetime
    issued_by: str


def kind_of(text: str) -> str:
    """income / employment (or 收入证明 / 在职证明) → the Chinese kind."""
    if text in KINDS.values():
        return text
    if text not in KINDS:
        raise ValueError(f"证明类型应为 income（收入证明）或 employment（在职证明），收到“{text}”")
    return KINDS[text]


def _next_number(session: Session, year: int) -> str:
    return certificate_number(SERIES, year, next_serial(session, f"{SERIES}-{year}"))


def approved_grosses(
    session: Session, employee_id: int, months: int = AVERAGE_MONTHS
) -> list[tuple[date, Decimal]]:
    """(month, 应发工资) of the employee's last `months` approved pay months, newest first."""
    query = (
        select(PayrollMonth.month, Payslip.gross)
        .join(PayrollMonth, Payslip.month_id == PayrollMonth.id)
        .where(Payslip.employee_id == employee_id, PayrollMonth.status.in_(LOCKED_STATUSES))
        .order_by(PayrollMonth.month.desc())
        .limit(months)
    )
    return [(month, gross) for month, gross in session.execute(query)]


def issue(session: Session, actor: Actor, kind: str, employee_no: str, today: date) -> Issued:
    """Number, log and lay out a certificate for an employee still employed."""
    kind = kind_of(kind)
    actor.require(Permission.REVEAL_IDENTIFIERS)
    if kind == INCOME:
        actor.require(Permission.VIEW_PAYROLL)
    employee = session.scalar(select(Employee).where(Employee.employee_no == employee_no))
    if employee is None:
        raise ValueError(f"没有工号为{employee_no}的员工")
    if employee.status == EmployeeStatus.LEFT.value:
        raise ValueError(f"{employee.name}已离职，不能开具{kind}（离职证明请在离职交接中出具）")
    average, months, words = None, 0, ""
    if kind == INCOME:
        from hrdesk.domain.amount_words import amount_in_words

        found = approved_grosses(session, employee.id)
        for month, _gross in found:  # a bank reads this: never from figures changed in SQL
            require_month_intact(session, field_cipher(session), month, "收入证明")
        grosses = [gross for _month, gross in found]
        average, months = average_monthly(grosses), len(grosses)
        words = amount_in_words(average)
    number = _next_number(session, today.year)
    id_number = id_number_of(field_cipher(session), employee)
    data = CertificateData(
        letterhead(session),
        kind,
        number,
        employee.name,
        employee.gender,
        id_number,
        departments.paths(session)[employee.department_id],
        employee.position or "",
        employee.hire_date,
        today,
        average,
        months,
        words,
    )
    content = {"average_gross": str(average) if average is not None else None, "months": months}
    row = Certificate(
        number=number,
        kind=kind,
        employee_id=employee.id,
        issued_on=today,
        content=json.dumps(content),
        issued_by=actor.name,
    )
    session.add(row)
    session.flush()
    audit.record(session, actor, f"开具{kind}", "employees", employee.id, "编号", None, number)
    return Issued(row.id, number, employee.id, data, id_number)


def write(
    session: Session, actor: Actor, kind: str, employee_no: str, path: Path, today: date
) -> str:
    """hrdesk certificate income|employment 工号 OUT.pdf: issue one and write it; its number."""
    issued = issue(session, actor, kind, employee_no, today)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(issued.pdf())
    return issued.number


def issued(session: Session, actor: Actor, employee_id: int | None = None) -> list[CertificateRow]:
    """The log: which number, what, for whom, when and by whom; newest first."""
    actor.require(Permission.VIEW_EMPLOYEES)
    query = (
        select(Certificate, Employee.employee_no, Employee.name)
        .join(Employee, Certificate.employee_id == Employee.id)
        .order_by(Certificate.id.desc())
    )
    if employee_id is not None:
        query = query.where(Certificate.employee_id == employee_id)
    return [
        CertificateRow(c.number, c.kind, no, name, c.issued_on, c.issued_at, c.issued_by)
        for c, no, name in session.execute(query)
    ]
