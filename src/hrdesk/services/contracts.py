"""Labour contracts (劳动合同): an employee's contracts over time, their attachments, and the
合同提醒 list of what is about to go wrong legally."""

import hashlib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.contracts import ContractKind, ContractTerms, Finding, contract_findings
from hrdesk.domain.employees import EmployeeStatus
from hrdesk.domain.money import round_fen
from hrdesk.domain.phrases import Phrase
from hrdesk.domain.roles import Permission
from hrdesk.messages import _
from hrdesk.services import attention, audit, departments, settings
from hrdesk.services.actor import Actor
from hrdesk.storage.models import Attachment, Contract, Employee, MinimumWage
from hrdesk.storage.versioning import refuse_if_changed

ENTITY = "contracts"
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class ContractRow:
    id: int
    employee_id: int
    terms: ContractTerms
    version: int  # what a save from a form showing this row expects to find


@dataclass(frozen=True)
class Reminder:
    """One line of 合同提醒: an employee and one finding."""

    employee_id: int
    employee_no: str
    name: str
    department: str
    finding: Finding


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    file_name: str
    sha256: str
    size: int
    added_at: object
    added_by: str
    contract_number: str | None


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


@dataclass(frozen=True)
class MinimumWageRow:
    id: int
    city: str
    effective_from: date
    amount: Decimal
    excludes_personal_contributions: bool
    source: str


def minimum_wage_rows(session: Session) -> list[MinimumWageRow]:
    query = select(MinimumWage).order_by(MinimumWage.city, MinimumWage.effective_from.desc())
    return [
        MinimumWageRow(
            m.id, m.city, m.effective_from, m.amount, m.excludes_personal_contributions, m.source
        )
        for m in session.scalars(query)
    ]


def add_minimum_wage(
    session: Session,
    actor: Actor,
    city: str,
    effective_from: date,
    amount: Decimal,
    excludes_personal_contributions: bool,
    source: str,
) -> list[tuple[str, str]]:
    """A city's minimum wage from a date (最低工资标准), as the city's notice publishes it."""
    actor.require(Permission.MANAGE_SETTINGS)
    problems = []
    if not city.strip():
        problems.append(("城市", "不能为空"))
    if amount <= 0:
        problems.append(("最低工资标准", "必须大于0"))
    same = session.scalar(
        select(MinimumWage).where(
            MinimumWage.city == city.strip(), MinimumWage.effective_from == effective_from
        )
    )
    if same is not None:
        problems.append(("生效日期", f"{city}自{effective_from}起的标准已录入（{same.amount}元）"))
    if problems:
        return problems
    row = MinimumWage(
        city=city.strip(),
        effective_from=effective_from,
        amount=amount,
        excludes_personal_contributions=excludes_personal_contributions,
        source=source.strip(),
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor,
        "新增最低工资标准",
        "minimum_wages",
        row.id,
        city.strip(),
        None,
        f"{amount}元，自{effective_from}起",
    )
    return []


def set_reminder_days(session: Session, actor: Actor, days: int) -> None:
    """How many days before a fixed term ends 合同提醒 starts to remind."""
    actor.require(Permission.EDIT_CONTRACTS)
    if not 1 <= days <= 365:
        raise ValueError(_("提醒天数应在1至365天之间"))
    settings.put(session, actor, "contract_reminder_days", days)


def minimum_wage_history(session: Session) -> dict[str, list[tuple[date, Decimal]]]:
    """Each city's minimum wages over time, as (effective from, amount)."""
    history: dict[str, list[tuple[date, Decimal]]] = {}
    for row in session.scalars(select(MinimumWage).order_by(MinimumWage.effective_from)):
        history.setdefault(row.city, []).append((row.effective_from, row.amount))
    return history


def reminders(
    session: Session, actor: Actor, today: date, employee_id: int | None = None
) -> list[Reminder]:
    """合同提醒: every finding for everyone still employed (or for one employee)."""
    actor.require(Permission.VIEW_CONTRACTS)
    # Columns, not ORM objects: the findings read a few fields of thousands of rows.
    employees_query = select(
        Employee.id,
        Employee.employee_no,
        Employee.name,
        Employee.department_id,
        Employee.hire_date,
        Employee.base_salary,
        Employee.position_allowance,
        Employee.social_city,
    ).where(Employee.status != EmployeeStatus.LEFT.value)
    contracts_query = select(
        Contract.employee_id,
        Contract.number,
        Contract.kind,
        Contract.start_date,
        Contract.end_date,
        Contract.probation_end,
        Contract.probation_wage,
        Contract.contract_wage,
        Contract.signed_on,
    ).order_by(Contract.id)
    if employee_id is not None:
        employees_query = employees_query.where(Employee.id == employee_id)
        contracts_query = contracts_query.where(Contract.employee_id == employee_id)
    by_employee: dict[int, list[ContractTerms]] = {}
    for contract in session.execute(contracts_query):
        by_employee.setdefault(contract.employee_id, []).append(stored_terms(contract))
    wages = minimum_wage_history(session)
    reminder_days = settings.get(session, "contract_reminder_days")
    paths = departments.paths(session)
    found = []
    for employee in session.execute(employees_query.order_by(Employee.employee_no)):
        for finding in contract_findings(
            employee.hire_date,
            by_employee.get(employee.id, []),
            today,
            employed=True,
            monthly_wage=employee.base_salary + employee.position_allowance,
            minimum_wages=wages.get(employee.social_city or "", ()),
            reminder_days=reminder_days,
        ):
            found.append(
                Reminder(
                    employee.id,
                    employee.employee_no,
                    employee.name,
                    paths[employee.department_id],
                    finding,
                )
            )
    return sorted(
        found, key=lambda r: (not r.finding.urgent, r.finding.due or today, r.employee_no)
    )


@attention.register(Permission.VIEW_CONTRACTS)
def urgent_contract_matters(session: Session, today: date) -> list[attention.AttentionItem]:
    """首页: each urgent contract finding, one click from the employee."""
    from hrdesk.services.actor import command_line_actor

    return [
        attention.AttentionItem(
            Phrase("{name}：{finding}", name=r.name, finding=r.finding.title),
            r.finding.detail,
            "contracts",
            True,
            r.employee_id,
        )
        for r in reminders(session, command_line_actor(), today)
        if r.finding.urgent
    ]


def add_attachment(
    session: Session, actor: Actor, employee_id: int, path: Path, contract_id: int | None = None
) -> int:
    """Keep a file (a signed scan) with its SHA-256; the same file twice is refused, never replaced."""
    actor.require(Permission.EDIT_CONTRACTS)
    content = path.read_bytes()
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise ValueError(
            _("文件超过{megabytes}MB，请压缩后再添加").format(
                megabytes=MAX_ATTACHMENT_BYTES // 1024 // 1024
            )
        )
    digest = hashlib.sha256(content).hexdigest()
    same = session.scalar(
        select(Attachment).where(Attachment.employee_id == employee_id, Attachment.sha256 == digest)
    )
    if same is not None:
        raise ValueError(_("同样内容的文件已保存为“{file_name}”").format(file_name=same.file_name))
    attachment = Attachment(
        employee_id=employee_id,
        contract_id=contract_id,
        file_name=path.name,
        sha256=digest,
        size=len(content),
        content=content,
        added_by=actor.name,
    )
    session.add(attachment)
    session.flush()
    audit.record(
        session,
        actor,
        "添加附件",
        "employees",
        employee_id,
        "附件",
        None,
        f"{path.name} ({digest[:12]})",
    )
    return attachment.id


def attachments_of(session: Session, actor: Actor, employee_id: int) -> list[AttachmentRow]:
    actor.require(Permission.VIEW_CONTRACTS)
    numbers = dict(
        session.execute(
            select(Contract.id, Contract.number).where(Contract.employee_id == employee_id)
        ).all()
    )
    query = (
        select(Attachment)
        .where(Attachment.employee_id == employee_id)
        .order_by(Attachment.added_at)
    )
    return [
        AttachmentRow(
            a.id, a.file_name, a.sha256, a.size, a.added_at, a.added_by, numbers.get(a.contract_id)
        )
        for a in session.scalars(query)
    ]


def attachment_content(session: Session, actor: Actor, attachment_id: int) -> tuple[str, bytes]:
    """The file's name and bytes, checked against the SHA-256 taken when it was added."""
    actor.require(Permission.VIEW_CONTRACTS)
    attachment = session.get(Attachment, attachment_id)
    if hashlib.sha256(attachment.content).hexdigest() != attachment.sha256:
        raise ValueError(
            _("附件“{file_name}”内容与保存时的校验值不符，可能已损坏").format(
                file_name=attachment.file_name
            )
        )
    return attachment.file_name, attachment.content
