"""An employee's contracts over time: listed, checked and saved, audited field by field."""

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.contracts import ContractKind, ContractTerms
from hrdesk.domain.money import round_fen
from hrdesk.domain.roles import Permission
from hrdesk.services import audit
from hrdesk.services.actor import Actor
from hrdesk.storage.models import Contract
from hrdesk.storage.versioning import refuse_if_changed

ENTITY = "contracts"


@dataclass(frozen=True)
class ContractRow:
    id: int
    employee_id: int
    terms: ContractTerms
    version: int  # what a save from a form showing this row expects to find


def stored_terms(contract) -> ContractTerms:
    """A contract's terms from its record, or from a row of its columns by the same names."""
    return ContractTerms(
        contract.number,
        ContractKind(contract.kind),
        contract.start_date,
        contract.end_date,
        contract.probation_end,
        contract.probation_wage,
        contract.contract_wage,
        contract.signed_on,
    )


def contracts_of(session: Session, actor: Actor, employee_id: int) -> list[ContractRow]:
    actor.require(Permission.VIEW_CONTRACTS)
    query = (
        select(Contract).where(Contract.employee_id == employee_id).order_by(Contract.start_date)
    )
    return [
        ContractRow(c.id, c.employee_id, stored_terms(c), c.version) for c in session.scalars(query)
    ]


def contract_problems(terms: ContractTerms) -> list[tuple[str, str]]:
    """(column, reason) for a contract that cannot be saved as entered.

    A form passes None for a date left blank: a blank 签订日期 must not become "signed today".
    """
    problems = []
    if not terms.number.strip():
        problems.append(("合同编号", "不能为空"))
    blank = [
        label
        for label, value in (("开始日期", terms.start), ("签订日期", terms.signed_on))
        if value is None
    ]
    if blank:
        return problems + [(label, "不能为空") for label in blank]
    if terms.kind is ContractKind.FIXED and terms.end is None:
        problems.append(("结束日期", "固定期限合同必须填写结束日期"))
    if terms.end is not None and terms.end < terms.start:
        problems.append(("结束日期", "不能早于开始日期"))
    if terms.probation_end is not None:
        if terms.probation_end < terms.start:
            problems.append(("试用期结束日期", "不能早于开始日期"))
        elif terms.end is not None and terms.probation_end > terms.end:
            problems.append(("试用期结束日期", "不能晚于合同结束日期"))
    if terms.contract_wage <= 0:
        problems.append(("合同工资", "必须大于0"))
    if terms.probation_wage is not None and terms.probation_wage <= 0:
        problems.append(("试用期工资", "必须大于0"))
    return problems


def save_contract(
    session: Session,
    actor: Actor,
    employee_id: int,
    terms: ContractTerms,
    contract_id: int | None = None,
    seen_version: int | None = None,
) -> list[tuple[str, str]]:
    """Add or change a contract, audited field by field; returns problems and writes nothing
    then. A change from a form showing an older version than stored is refused (StaleRecord)."""
    actor.require(Permission.EDIT_CONTRACTS)
    if contract_id is not None:
        refuse_if_changed(session, session.get(Contract, contract_id), seen_version, ENTITY)
    problems = contract_problems(terms)
    clash = session.scalar(select(Contract).where(Contract.number == terms.number.strip()))
    if clash is not None and clash.id != contract_id:
        problems.append(("合同编号", f"合同编号{terms.number}已存在"))
    if problems:
        return problems
    contract = (
        session.get(Contract, contract_id) if contract_id else Contract(employee_id=employee_id)
    )
    before = _fields(stored_terms(contract)) if contract_id else None
    contract.number = terms.number.strip()
    contract.kind = terms.kind.value
    contract.start_date = terms.start
    contract.end_date = terms.end
    contract.probation_end = terms.probation_end
    contract.probation_wage = terms.probation_wage
    contract.contract_wage = terms.contract_wage
    contract.signed_on = terms.signed_on
    if contract_id is None:
        session.add(contract)
    session.flush()
    if before is None:
        audit.record(
            session, actor, "新增合同", ENTITY, contract.id, "合同编号", None, contract.number
        )
    else:
        for label, new in _fields(terms).items():
            if before[label] != new:
                audit.record(session, actor, "修改", ENTITY, contract.id, label, before[label], new)
    # The employee's 变更记录 tab shows contract changes too.
    audit.record(
        session, actor, "合同变更", "employees", employee_id, "合同", None, contract.number
    )
    return []


def _fields(terms: ContractTerms) -> dict[str, str]:
    shown = {
        "合同编号": terms.number,
        "合同类型": terms.kind.value,
        "开始日期": terms.start,
        "结束日期": terms.end,
        "试用期结束日期": terms.probation_end,
        "试用期工资": terms.probation_wage,
        "合同工资": terms.contract_wage,
        "签订日期": terms.signed_on,
    }
    return {
        label: ""
        if value is None
        else str(round_fen(value) if isinstance(value, Decimal) else value)
        for label, value in shown.items()
    }
