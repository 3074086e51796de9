"""What the legal ground requires: notice, probation, and the warnings before an employer ends
a contract (no wage figures: a sales manager sees them)."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.grounds import RULES, Ground
from hrdesk.domain.roles import Permission
from hrdesk.domain.separations import Notice, notice
from hrdesk.messages import _
from hrdesk.services.actor import Actor
from hrdesk.services.separations.evidence import evidence_notes
from hrdesk.services.separations.records import get, open_invoices_owned
from hrdesk.storage.models import Contract, Employee


def in_probation(session: Session, employee: Employee, day: date) -> bool:
    contract = session.scalars(
        select(Contract)
        .where(Contract.employee_id == employee.id, Contract.start_date <= day)
        .order_by(Contract.start_date.desc())
    ).first()
    return bool(contract and contract.probation_end and day <= contract.probation_end)


@dataclass(frozen=True)
class LegalSummary:
    """What anyone running a handover sees: the ground, its requirements, the notice, and the
    warnings that carry no wage figures (a sales manager never sees wages)."""

    employee_no: str
    name: str
    ground: Ground
    requires: str
    notice: Notice
    in_probation: bool
    warnings: list[str]


# Grounds where 第42条's protections do not stop the contract ending.
_NO_ARTICLE_42_CHECK = (
    Ground.AGREED_BY_EMPLOYER,
    Ground.AGREED_BY_EMPLOYEE,
    Ground.RESIGNATION,
    Ground.EMPLOYER_FAULT,
    Ground.MISCONDUCT,
)


def _last_contract_ends_on(session: Session, employee_id: int, day: date) -> bool:
    contract = session.scalars(
        select(Contract)
        .where(Contract.employee_id == employee_id)
        .order_by(Contract.start_date.desc())
    ).first()
    return contract is not None and contract.end_date == day


def legal_summary(session: Session, actor: Actor, separation_id: int) -> LegalSummary:
    actor.require(Permission.MANAGE_HANDOVER)
    separation = get(session, separation_id)
    employee = session.get(Employee, separation.employee_id)
    ground = Ground(separation.ground)
    rule = RULES[ground]
    probation = in_probation(session, employee, separation.notice_date)
    given = notice(ground, separation.notice_date, separation.last_day, probation)
    warnings = []
    if given.short and not rule.pay_in_lieu:
        warnings.append(
            _("通知期不足：该依据需提前{required_days}天书面通知，实际{given_days}天").format(
                required_days=given.required_days, given_days=given.given_days
            )
        )
    kinds = {n.kind for n in evidence_notes(session, employee.id)}
    if ground is Ground.INCOMPETENCE and "考核未达标" not in kinds:
        warnings.append(
            _("以第40条第2项解除，须有不能胜任的记录：目前没有考核未达标的绩效考核记录")
        )
    if ground is Ground.INCOMPETENCE and not ({"培训", "调岗"} & kinds):
        warnings.append(
            _(
                "以第40条第2项解除，须有不能胜任的记录以及培训或调岗后仍不能胜任的记录；"
                "目前没有培训或调岗记录，解除可能被认定违法（第87条：赔偿金为经济补偿的两倍）"
            )
        )
    if ground is Ground.MISCONDUCT:
        warnings.append(_("第39条解除须有确凿证据和依法公示的规章制度，并事先通知工会"))
    if probation and ground in (Ground.ILLNESS, Ground.INCOMPETENCE, Ground.CHANGED_CIRCUMSTANCES):
        warnings.append(
            _(
                "试用期内不得依第40条解除（第21条）；试用期内不符合录用条件的，依第39条第1项并须有录用条件的证据"
            )
        )
    expiry = ground in (Ground.EXPIRY_BY_EMPLOYER, Ground.EXPIRY_REFUSED_BY_EMPLOYEE)
    if expiry and not _last_contract_ends_on(session, employee.id, separation.last_day):
        warnings.append(_("第44条到期终止须是固定期限合同在最后工作日到期；请核对合同的结束日期"))
    if ground not in _NO_ARTICLE_42_CHECK:
        warnings.append(
            _(
                "单位解除或终止前请确认员工不属第42条情形（职业病、工伤、医疗期、孕期产期哺乳期、连续工作满15年且距退休不足5年等）"
            )
        )
    owned = open_invoices_owned(session, employee.id)
    if owned:
        warnings.append(_("名下仍有{owned}张未收应收单，请移交接手人").format(owned=owned))
    return LegalSummary(
        employee.employee_no, employee.name, ground, rule.requires, given, probation, warnings
    )
