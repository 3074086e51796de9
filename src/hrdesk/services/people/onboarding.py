"""入职: a candidate at 录用 becomes an employee — the employee record is saved through the employee
dialog, then hire() links it, drafts the labour contract and opens the first-month checklist
(written contract within one month, social insurance registration), shown on 首页 until done."""

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.employees import EmployeeRecord, EmployeeStatus
from hrdesk.domain.people import DraftTerms, Stage, draft_contract, first_month_duties
from hrdesk.domain.phrases import Phrase
from hrdesk.domain.roles import Permission
from hrdesk.messages import _
from hrdesk.services import attention, audit, departments
from hrdesk.services.actor import Actor
from hrdesk.storage.models import Candidate, Contract, Employee, OnboardingItem

ENTITY = "employees"  # the employee's 变更记录 shows the hiring and the checklist


@dataclass(frozen=True)
class ChecklistItem:
    id: int
    employee_id: int
    employee_no: str
    name: str
    title: str
    due_on: date
    basis: str
    done_on: date | None
    done_by: str | None


def new_employee_record(
    session: Session, actor: Actor, candidate_id: int, today: date
) -> EmployeeRecord:
    """What the employee dialog opens with for a candidate at 录用: the rest (工号, 身份证号 …)
    the clerk types there, and the employee service checks it as any other."""
    actor.require(Permission.EDIT_EMPLOYEES)
    found = session.get(Candidate, candidate_id)
    if found is None or found.stage != Stage.OFFERED.value:
        raise ValueError(_("只有处于“录用”阶段的候选人可以办理入职"))
    return EmployeeRecord(
        employee_no="",
        name=found.name,
        id_number="",
        department=found.department,
        hire_date=found.start_on or today,
        base_salary=found.offered_salary or found.expected_salary or Decimal(0),
        position=found.position,
        status=EmployeeStatus.PROBATION,
        phone=found.phone,
    )


def hire(session: Session, actor: Actor, candidate_id: int, employee_id: int) -> DraftTerms:
    """录用 → 已入职 once the employee record exists: the candidate is linked to it, a draft
    contract is proposed, and the first month's duties are put on 首页."""
    actor.require(Permission.EDIT_EMPLOYEES)
    found = session.get(Candidate, candidate_id)
    employee = session.get(Employee, employee_id)
    if found is None or employee is None:
        raise ValueError(_("候选人或员工不存在"))
    if found.stage != Stage.OFFERED.value:
        raise ValueError(
            _("候选人处于“{stage}”，只有“录用”的候选人可以办理入职").format(stage=found.stage)
        )
    found.stage = Stage.HIRED.value
    found.employee_id = employee.id
    found.closed_on = None
    terms = draft_contract(employee.hire_date, employee.base_salary + employee.position_allowance)
    draft = {
        "start": terms.start.isoformat(),
        "end": terms.end.isoformat(),
        "probation_end": terms.probation_end.isoformat(),
        "probation_wage": str(terms.probation_wage),
        "contract_wage": str(terms.contract_wage),
    }
    for duty in first_month_duties(employee.hire_date):
        session.add(
            OnboardingItem(
                employee_id=employee.id,
                key=duty.key,
                title=duty.title,
                due_on=duty.due,
                basis=duty.basis,
                detail=json.dumps(draft) if duty.key == "contract" else "",
            )
        )
    audit.record(
        session,
        actor,
        "候选人入职",
        "candidate",
        candidate_id,
        "阶段",
        Stage.OFFERED.value,
        Stage.HIRED.value,
    )
    audit.record(
        session,
        actor,
        "入职",
        ENTITY,
        employee.id,
        "入职清单",
        None,
        "签订书面劳动合同；办理社会保险登记",
    )
    session.flush()
    return terms


def draft_terms(session: Session, actor: Actor, employee_id: int) -> DraftTerms | None:
    """The contract drafted at hiring, for the contract dialog to start from; None if none."""
    actor.require(Permission.VIEW_CONTRACTS)
    item = session.scalar(
        select(OnboardingItem).where(
            OnboardingItem.employee_id == employee_id, OnboardingItem.key == "contract"
        )
    )
    if item is None or not item.detail:
        return None
    raw = json.loads(item.detail)
    return DraftTerms(
        date.fromisoformat(raw["start"]),
        date.fromisoformat(raw["end"]),
        date.fromisoformat(raw["probation_end"]),
        Decimal(raw["probation_wage"]),
        Decimal(raw["contract_wage"]),
    )


def write_contract_draft(
    session: Session, actor: Actor, employee_id: int, path: Path, today: date
) -> None:
    """劳动合同（草稿） as a PDF marked 草稿: the terms to sign."""
    from hrdesk.documents.offer import ContractDraft, contract_draft
    from hrdesk.documents.official import write as write_official
    from hrdesk.services.letters import letterhead

    terms = draft_terms(session, actor, employee_id)
    if terms is None:
        raise ValueError(_("该员工没有入职时生成的合同草稿"))
    employee = session.get(Employee, employee_id)
    write_official(
        path,
        contract_draft(
            ContractDraft(
                letterhead(session),
                employee.name,
                employee.employee_no,
                employee.position or "",
                departments.paths(session)[employee.department_id],
                terms.start,
                terms.end,
                terms.probation_end,
                terms.probation_wage,
                terms.contract_wage,
                today,
            )
        ),
    )


def _signed(session: Session, employee_ids: set[int]) -> set[int]:
    return set(
        session.scalars(select(Contract.employee_id).where(Contract.employee_id.in_(employee_ids)))
    )


def checklist(session: Session, actor: Actor, open_only: bool = True) -> list[ChecklistItem]:
    """The first-month duties; 签订书面劳动合同 counts as done once a contract is on file."""
    actor.require(Permission.VIEW_EMPLOYEES)
    return _items(session, open_only)


def _items(session: Session, open_only: bool) -> list[ChecklistItem]:
    rows = session.execute(
        select(OnboardingItem, Employee.employee_no, Employee.name)
        .join(Employee, OnboardingItem.employee_id == Employee.id)
        .order_by(OnboardingItem.due_on, Employee.employee_no)
    ).all()
    signed = _signed(session, {item.employee_id for item, _no, _name in rows})
    found = []
    for item, number, name in rows:
        done_on, done_by = item.done_on, item.done_by
        if done_on is None and item.key == "contract" and item.employee_id in signed:
            done_on, done_by = item.due_on, "（已登记合同）"
        if open_only and done_on is not None:
            continue
        found.append(
            ChecklistItem(
                item.id,
                item.employee_id,
                number,
                name,
                item.title,
                item.due_on,
                item.basis,
                done_on,
                done_by,
            )
        )
    return found


def mark_done(session: Session, actor: Actor, item_id: int, today: date) -> None:
    """Tick a duty off (社保登记 done on the social insurance website, say); audited."""
    actor.require(Permission.EDIT_EMPLOYEES)
    item = session.get(OnboardingItem, item_id)
    if item is None:
        raise ValueError(_("入职清单项目不存在"))
    if item.key == "contract" and not _signed(session, {item.employee_id}):
        raise ValueError(_("请在员工档案的“合同”页登记已签订的劳动合同，该项随之完成"))
    item.done_on, item.done_by = today, actor.name
    audit.record(
        session, actor, "入职清单", ENTITY, item.employee_id, item.title, None, f"已完成 {today}"
    )
    session.flush()


@attention.register(Permission.VIEW_EMPLOYEES)
def first_month_duties_open(session: Session, today: date) -> list[attention.AttentionItem]:
    """首页: every open first-month duty, urgent once its deadline is a week away or past."""
    return [
        attention.AttentionItem(
            Phrase("新员工{name}：{duty}", name=item.name, duty=item.title),
            Phrase("截止 {due}（{basis}）", due=item.due_on, basis=item.basis),
            "employees",
            (item.due_on - today).days <= 7,
            item.employee_id,
        )
        for item in _items(session, open_only=True)
    ]


@attention.register(Permission.EDIT_EMPLOYEES)
def candidates_overdue(session: Session, today: date) -> list[attention.AttentionItem]:
    """首页: candidates not hired kept past the retention period."""
    from hrdesk.services.people.recruitment import overdue

    count = len(overdue(session, today))
    if not count:
        return []
    return [
        attention.AttentionItem(
            Phrase("{count}名未录用候选人的个人信息已超过保存期限", count=count),
            Phrase("请在“招聘”页删除（个人信息保护法第47条）"),
            "recruitment",
            True,
        )
    ]
