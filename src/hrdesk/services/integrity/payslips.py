"""Seals on approved payslips (工资条封存): an HMAC of what is paid and declared.

The seal covers the employee, the month, every figure kept for the payslip (the columns and
the detail behind the register and the tax file) and the employee's bank card ciphertext,
under a key derived from the field key. A net pay raised in SQL, or a card swapped onto the
row, no longer matches, and the bank file is refused.
"""

import hashlib
import hmac
import operator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import BigInteger, bindparam, select, type_coerce, update
from sqlalchemy.orm import Session

from hrdesk.storage.crypto import FieldCipher, bank_card_context
from hrdesk.storage.models import Employee, PayrollMonth, Payslip
from hrdesk.storage.payroll_lock import LOCKED_STATUSES

PURPOSE = "payslip seal v1"
FIGURES = (
    "gross",
    "personal_contributions",
    "income_tax",
    "annual_bonus",
    "bonus_tax",
    "net_pay",
    "tax_income",
    "tax_special_deduction",
    "tax_additional_deduction",
)
_SLIP = Payslip.__table__


def seal_of(key: bytes, month: date, slip, bank_card_cipher: str | None) -> str:
    """The HMAC-SHA256 of one payslip row as _columns() reads it (figures in integer fen).

    The message is one line of fields that hold no line break (the version, the employee id,
    the month, the figures, the card's ciphertext), then the detail as stored."""
    figures = ",".join(map(str, _figures(slip)))
    head = f"1|{slip.employee_id}|{month:%Y-%m}|{figures}|{bank_card_cipher or ''}\n"
    mac = hmac.new(key, head.encode("ascii"), hashlib.sha256)
    mac.update(slip.detail.encode("utf-8"))
    return mac.hexdigest()


_figures = operator.attrgetter(*FIGURES)


def _columns():
    """The payslip's columns, its amounts as the integer fen stored (no Decimal round trip)."""
    return [
        type_coerce(column, BigInteger).label(column.name) if column.name in FIGURES else column
        for column in _SLIP.c
    ]


@dataclass(frozen=True)
class SlipProblem:
    month: date
    employee_no: str
    name: str
    reason: str

    def __str__(self) -> str:
        return f"{self.month:%Y-%m} 工资条（工号 {self.employee_no} {self.name}）{self.reason}"


def _rows(
    session: Session,
    month: date | None = None,
    employee_id: int | None = None,
    statuses: tuple[str, ...] = LOCKED_STATUSES,
):
    query = (
        select(
            *_columns(),
            PayrollMonth.month.label("pay_month"),
            Employee.employee_no,
            Employee.name.label("employee_name"),
            Employee.bank_card_cipher,
        )
        .join(PayrollMonth, Payslip.month_id == PayrollMonth.id)
        .join(Employee, Payslip.employee_id == Employee.id)
        .where(PayrollMonth.status.in_(statuses))
        .order_by(PayrollMonth.month, Employee.employee_no)
    )
    if month is not None:
        query = query.where(PayrollMonth.month == month)
    if employee_id is not None:
        query = query.where(Payslip.employee_id == employee_id)
    return session.execute(query.execution_options(yield_per=2000))


def _card_problem(cipher: FieldCipher, employee_no: str, stored: str | None) -> str | None:
    if not stored:
        return None
    try:
        cipher.decrypt(stored, bank_card_context(employee_no))
    except ValueError:
        return "的银行卡号密文不属于该员工（被复制或改动）"
    return None


def problems(
    session: Session,
    cipher: FieldCipher,
    month: date | None = None,
    limit: int = 50,
    statuses: tuple[str, ...] = LOCKED_STATUSES,
) -> tuple[list[SlipProblem], int]:
    """Payslips of approved months that no longer match their seal: (the first few, checked)."""
    key = cipher.sub_key(PURPOSE)
    found, checked, cards = [], 0, {}
    for row in _rows(session, month, statuses=statuses):
        checked += 1
        reason = None
        if row.seal is None:
            reason = "没有封存（审核后被写入或改动）"
        elif not hmac.compare_digest(
            row.seal, seal_of(key, row.pay_month, row, row.bank_card_cipher)
        ):
            reason = "与审核时不符：金额、明细或银行卡被改动"
        else:
            if row.employee_no not in cards:
                cards[row.employee_no] = _card_problem(
                    cipher, row.employee_no, row.bank_card_cipher
                )
            reason = cards[row.employee_no]
        if reason is not None and len(found) < limit:
            found.append(SlipProblem(row.pay_month, row.employee_no, row.employee_name, reason))
    return found, checked


def seal_month(session: Session, cipher: FieldCipher, month: date) -> int:
    """Seal every payslip of a month as it stands (at approval, before the status moves on)."""
    key = cipher.sub_key(PURPOSE)
    query = (
        select(*_columns(), Employee.bank_card_cipher)
        .join(PayrollMonth, Payslip.month_id == PayrollMonth.id)
        .join(Employee, Payslip.employee_id == Employee.id)
        .where(PayrollMonth.month == month)
    )
    seals = [
        {"_id": row.id, "seal": seal_of(key, month, row, row.bank_card_cipher)}
        for row in session.execute(query)
    ]
    _store(session, seals)
    return len(seals)


def _store(session: Session, seals: list[dict]) -> None:
    # Core, not the ORM: the payroll lock refuses ORM writes to a locked month's payslips.
    if seals:
        session.execute(
            update(_SLIP).where(_SLIP.c.id == bindparam("_id")).values(seal=bindparam("seal")),
            seals,
        )


def reseal_after_card_change(
    session: Session, cipher: FieldCipher, employee_id: int, old_card: str | None
) -> int:
    """The app changed an employee's bank card (or 工号): the approved payslips that matched
    their seal with the old card are sealed again with the new one. One that did not match
    stays broken: an edit through the app never launders a change made behind its back."""
    key = cipher.sub_key(PURPOSE)
    seals = []
    for row in _rows(session, employee_id=employee_id):
        if row.seal is None:
            continue
        if hmac.compare_digest(row.seal, seal_of(key, row.pay_month, row, old_card)):
            seals.append(
                {"_id": row.id, "seal": seal_of(key, row.pay_month, row, row.bank_card_cipher)}
            )
    _store(session, seals)
    return len(seals)


def seal_unsealed(session: Session, cipher: FieldCipher) -> int:
    """Seal approved payslips that have none: only the first open after the upgrade does this."""
    key = cipher.sub_key(PURPOSE)
    seals = [
        {"_id": row.id, "seal": seal_of(key, row.pay_month, row, row.bank_card_cipher)}
        for row in _rows(session)
        if row.seal is None
    ]
    _store(session, seals)
    return len(seals)
