"""The record 第40条第2项 needs: the salesperson's results against target and the notes kept."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.roles import Permission
from hrdesk.services import audit, commission
from hrdesk.services.actor import Actor
from hrdesk.services.separations.records import ZERO
from hrdesk.storage.models import Employee, EvidenceNote

EVIDENCE_KINDS = ("培训", "调岗", "绩效面谈", "书面警告")


@dataclass(frozen=True)
class MonthResult:
    month: date
    target: Decimal | None
    collected: Decimal

    @property
    def achieved(self) -> Decimal | None:
        return (
            None
            if not self.target
            else (self.collected / self.target * 100).quantize(Decimal("0.1"))
        )


@dataclass(frozen=True)
class NoteRow:
    id: int
    on_date: date
    kind: str
    note: str
    created_by: str


def results(
    session: Session, actor: Actor, employee_id: int, until: date, months: int = 12
) -> list[MonthResult]:
    """The salesperson's collections against the monthly target, month by month."""
    actor.require(Permission.MANAGE_HANDOVER)
    employee = session.get(Employee, employee_id)
    found = []
    month = add_months(until.replace(day=1), -(months - 1))
    while month <= until:
        entry = commission.month_commissions(session, month).get(employee_id)
        found.append(
            MonthResult(month, employee.collection_target, entry.collected if entry else ZERO)
        )
        month = add_months(month, 1)
    return found


def evidence_notes(session: Session, employee_id: int) -> list[NoteRow]:
    """The notes kept here and the employee's appraisals (id 0: kept on the 绩效 screen), by date."""
    from hrdesk.services.people.appraisal import evidence

    notes = [
        NoteRow(n.id, n.on_date, n.kind, n.note, n.created_by)
        for n in session.scalars(
            select(EvidenceNote)
            .where(EvidenceNote.employee_id == employee_id)
            .order_by(EvidenceNote.on_date)
        )
    ]
    notes += [
        NoteRow(0, e.on_date, e.kind, e.note, e.created_by) for e in evidence(session, employee_id)
    ]
    return sorted(notes, key=lambda n: n.on_date)


def add_evidence(
    session: Session, actor: Actor, employee_id: int, on_date: date, kind: str, note: str
) -> None:
    """A training, a change of post, a review: the record 第40条第2项 needs."""
    actor.require(Permission.MANAGE_HANDOVER)
    if kind not in EVIDENCE_KINDS:
        raise ValueError(f"记录类别只能是：{'、'.join(EVIDENCE_KINDS)}")
    if not note.strip():
        raise ValueError("请写明记录内容（时间、内容、结果、有无员工签字）")
    session.add(
        EvidenceNote(
            employee_id=employee_id, on_date=on_date, kind=kind, note=note, created_by=actor.name
        )
    )
    audit.record(session, actor, "绩效记录", "employee", employee_id, kind, None, note)
    session.flush()
