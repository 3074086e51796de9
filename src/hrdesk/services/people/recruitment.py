"""招聘: candidates through the pipeline (新简历 → 筛选 → 面试 → 录用 → 已入职 / 未录用), the offer
letter, and removing the personal data of those not hired once the retention period passes."""

from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hrdesk.domain.people import DRAFT_YEARS, Stage, probation_months, removal_due, stage_problem
from hrdesk.domain.roles import Permission
from hrdesk.messages import _
from hrdesk.services import audit, settings
from hrdesk.services.actor import Actor
from hrdesk.storage.models import Candidate

ENTITY = "candidate"
OFFER_REPLY_DAYS = 7


@dataclass(frozen=True)
class CandidateFields:
    """What the clerk types or imports about a candidate (personal data: kept only while needed)."""

    name: str
    phone: str
    position: str  # 应聘岗位
    department: str = ""
    source: str = ""
    stage: Stage = Stage.NEW
    interview_on: date | None = None
    expected_salary: Decimal | None = None
    note: str = ""
    offered_salary: Decimal | None = None
    start_on: date | None = None  # the first day agreed in the offer


@dataclass(frozen=True)
class CandidateRow:
    id: int
    fields: CandidateFields
    closed_on: date | None
    employee_id: int | None
    remove_on: date | None  # for one not hired: when the personal data goes


def field_problems(values: CandidateFields) -> list[tuple[str, str]]:
    problems = []
    for label, value in (
        ("姓名", values.name),
        ("手机号", values.phone),
        ("应聘岗位", values.position),
    ):
        if not value.strip():
            problems.append((label, _("不能为空")))
    phone = values.phone.strip()
    if phone and not (len(phone) == 11 and phone.isdigit() and phone[0] == "1"):
        problems.append(("手机号", _("应为以1开头的11位数字")))
    for label, amount in (
        ("期望薪资", values.expected_salary),
        ("录用薪资", values.offered_salary),
    ):
        if amount is not None and amount < 0:
            problems.append((label, _("不能为负数")))
    return problems


def candidate_fields(candidate: Candidate) -> CandidateFields:
    return CandidateFields(
        candidate.name,
        candidate.phone,
        candidate.position,
        candidate.department,
        candidate.source,
        Stage(candidate.stage),
        candidate.interview_on,
        candidate.expected_salary,
        candidate.note,
        candidate.offered_salary,
        candidate.start_on,
    )


def candidates(session: Session, actor: Actor, today: date) -> list[CandidateRow]:
    """Every candidate still on file, newest first."""
    actor.require(Permission.VIEW_EMPLOYEES)
    days = settings.get(session, "candidate_retention_days")
    return [
        CandidateRow(
            c.id,
            candidate_fields(c),
            c.closed_on,
            c.employee_id,
            removal_due(c.closed_on, days) if c.stage == Stage.REJECTED and c.closed_on else None,
        )
        for c in session.scalars(select(Candidate).order_by(Candidate.id.desc()))
    ]


def candidate(session: Session, actor: Actor, candidate_id: int) -> CandidateFields:
    actor.require(Permission.VIEW_EMPLOYEES)
    return candidate_fields(_get(session, candidate_id))


def _get(session: Session, candidate_id: int) -> Candidate:
    found = session.get(Candidate, candidate_id)
    if found is None:
        raise ValueError(_("候选人不存在（可能已按保存期限删除）"))
    return found


def _audit_change(session, actor, candidate_id, label, old, new) -> None:
    # The trail names the candidate by id only: it outlives the personal data it must not keep.
    audit.record(session, actor, "修改候选人", ENTITY, candidate_id, label, old, new)


_LABELS = {
    "name": "姓名",
    "phone": "手机号",
    "position": "应聘岗位",
    "department": "部门",
    "source": "来源",
    "stage": "阶段",
    "interview_on": "面试日期",
    "expected_salary": "期望薪资",
    "note": "备注",
    "offered_salary": "录用薪资",
    "start_on": "报到日期",
}
_PERSONAL = {"name", "phone", "note"}  # not copied into the audit trail


def save(
    session: Session,
    actor: Actor,
    values: CandidateFields,
    candidate_id: int | None,
    today: date,
) -> int:
    """Add or change a candidate; a stage change must follow the pipeline. Returns the id."""
    actor.require(Permission.EDIT_EMPLOYEES)
    values = replace(values, name=values.name.strip(), phone=values.phone.strip())
    problems = field_problems(values)
    if problems:
        raise ValueError("；".join(f"{label}: {reason}" for label, reason in problems))
    same = session.scalar(
        select(Candidate).where(Candidate.name == values.name, Candidate.phone == values.phone)
    )
    if same is not None and same.id != candidate_id:
        raise ValueError(_("已有同名同手机号的候选人（第{id}号）").format(id=same.id))
    if candidate_id is None:
        if values.stage == Stage.HIRED:
            raise ValueError(_("“已入职”须在录用后办理入职，由员工档案生成"))
        row = Candidate(created_by=actor.name, **columns(values))
        row.closed_on = today if values.stage == Stage.REJECTED else None
        session.add(row)
        session.flush()
        audit.record(
            session, actor, "新增候选人", ENTITY, row.id, "应聘岗位", None, values.position
        )
        return row.id
    row = _get(session, candidate_id)
    before = candidate_fields(row)
    if values.stage != before.stage:
        problem = stage_problem(before.stage, values.stage)
        if problem is None and values.stage == Stage.HIRED:
            problem = _("“已入职”须在员工档案保存后由“办理入职”完成")
        if problem:
            raise ValueError(problem)
        row.closed_on = today if values.stage == Stage.REJECTED else None
    for name, value in columns(values).items():
        old = getattr(before, name)
        if old != value and getattr(row, name) != value:
            shown = (None, "（已修改）") if name in _PERSONAL else (old, value)
            _audit_change(session, actor, row.id, _LABELS[name], *shown)
            setattr(row, name, value)
    session.flush()
    return row.id


def columns(values: CandidateFields) -> dict:
    found = {f.name: getattr(values, f.name) for f in fields(values)}
    found["stage"] = values.stage.value
    return found


def move(
    session: Session,
    actor: Actor,
    candidate_id: int,
    stage: Stage,
    today: date,
    interview_on: date | None = None,
) -> None:
    """Move a candidate on (or out): 面试 may come with its date."""
    current = candidate(session, actor, candidate_id)
    changed = replace(current, stage=stage)
    if interview_on is not None:
        changed = replace(changed, interview_on=interview_on)
    save(session, actor, changed, candidate_id, today)


def write_offer(session: Session, actor: Actor, candidate_id: int, path: Path, today: date) -> None:
    """录用通知书 as a PDF on the letterhead; only for a candidate at 录用."""
    from hrdesk.documents.offer import Offer, offer_letter
    from hrdesk.documents.official import write as write_official
    from hrdesk.services.letters import letterhead

    actor.require(Permission.EDIT_EMPLOYEES)
    values = candidate_fields(_get(session, candidate_id))
    if values.stage != Stage.OFFERED:
        raise ValueError(
            _("候选人处于“{stage}”，改为“录用”后才能生成录用通知书").format(
                stage=values.stage.value
            )
        )
    salary = values.offered_salary or values.expected_salary
    offer = Offer(
        letterhead(session),
        values.name,
        values.position,
        values.department,
        salary,
        values.start_on,
        probation_months(DRAFT_YEARS),
        date.fromordinal(today.toordinal() + OFFER_REPLY_DAYS),
        today,
    )
    write_official(path, offer_letter(offer))
    audit.record(
        session, actor, "生成录用通知书", ENTITY, candidate_id, "应聘岗位", None, values.position
    )


def overdue(session: Session, today: date) -> list[int]:
    """Candidates not hired whose retention period has passed: their data must go."""
    days = settings.get(session, "candidate_retention_days")
    rows = session.execute(
        select(Candidate.id, Candidate.closed_on).where(Candidate.stage == Stage.REJECTED.value)
    ).all()
    return [i for i, closed in rows if closed and removal_due(closed, days) <= today]


def remove_overdue(session: Session, actor: Actor, today: date) -> int:
    """Delete every overdue candidate (个人信息保护法 第47条); the trail keeps only the count."""
    actor.require(Permission.EDIT_EMPLOYEES)
    ids = overdue(session, today)
    if ids:
        session.execute(delete(Candidate).where(Candidate.id.in_(ids)))
        days = settings.get(session, "candidate_retention_days")
        audit.record(
            session,
            actor,
            "删除候选人个人信息",
            ENTITY,
            None,
            f"超过保存期限{days}天",
            None,
            len(ids),
        )
    return len(ids)


def remove_overdue_at_start(session: Session, actor: Actor, today: date) -> int:
    """What the window does on opening when 设置 says so; 0 otherwise."""
    if not settings.get(session, "candidate_purge_on_start") or not actor.may(
        Permission.EDIT_EMPLOYEES
    ):
        return 0
    return remove_overdue(session, actor, today)


def set_retention_days(session: Session, actor: Actor, days: int) -> None:
    """How long a candidate not hired is kept (个人信息保护法: no longer than needed); audited."""
    actor.require(Permission.MANAGE_SETTINGS)
    if not 1 <= days <= 3650:
        raise ValueError(_("保存期限应为1至3650天"))
    settings.put(session, actor, "candidate_retention_days", days)
