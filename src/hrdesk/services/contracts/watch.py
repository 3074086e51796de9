"""合同提醒: every finding about the contracts of those still employed, and 首页's urgent ones."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.contracts import ContractTerms, Finding, contract_findings
from hrdesk.domain.employees import EmployeeStatus
from hrdesk.domain.phrases import Phrase
from hrdesk.domain.roles import Permission
from hrdesk.messages import _
from hrdesk.services import attention, departments, settings
from hrdesk.services.actor import Actor
from hrdesk.services.contracts.minimum_wages import minimum_wage_history
from hrdesk.services.contracts.records import stored_terms
from hrdesk.storage.models import Contract, Employee


@dataclass(frozen=True)
class Reminder:
    """One line of 合同提醒: an employee and one finding."""

    employee_id: int
    employee_no: str
    name: str
    department: str
    finding: Finding


def set_reminder_days(session: Session, actor: Actor, days: int) -> None:
    """How many days before a fixed term ends 合同提醒 starts to remind."""
    actor.require(Permission.EDIT_CONTRACTS)
    if not 1 <= days <= 365:
        raise ValueError(_("提醒天数应在1至365天之间"))
    settings.put(session, actor, "contract_reminder_days", days)


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
