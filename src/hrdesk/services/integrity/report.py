"""`hrdesk audit verify` (审计校验): the audit chain, every approved payslip, every bound field."""

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.services.actor import Actor
from hrdesk.services.integrity import payslips
from hrdesk.storage.audit_chain import chain_breaks
from hrdesk.storage.crypto import FieldCipher, id_number_context
from hrdesk.storage.models import Employee

INTACT = "审计链完整"


class SealBroken(ValueError):
    """An approved month no longer matches its seal: exports and the bank file are refused."""


@dataclass
class IntegrityReport:
    audit_records: int = 0
    payslips: int = 0
    employees: int = 0
    problems: list[str] = field(default_factory=list)  # the first break of each kind first

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        checked = (
            f"已核对 {self.audit_records} 条审计记录、{self.payslips} 张已审核工资条、"
            f"{self.employees} 名员工的加密字段"
        )
        return (
            f"{INTACT}（{checked}）"
            if self.ok
            else f"发现 {len(self.problems)} 处问题（{checked}）"
        )


def _identifier_problems(
    session: Session, cipher: FieldCipher, limit: int
) -> tuple[list[str], int]:
    """ID numbers that no longer decrypt in their row (bank cards are checked with payslips)."""
    found, count = [], 0
    query = select(Employee.employee_no, Employee.name, Employee.id_number_cipher)
    for number, name, stored in session.execute(query.execution_options(yield_per=5000)):
        count += 1
        try:
            cipher.decrypt(stored, id_number_context(number))
        except ValueError:
            if len(found) < limit:
                found.append(f"员工 {number} {name} 的身份证号密文不属于该员工（被复制或改动）")
    return found, count


def verify(session: Session, actor: Actor, cipher: FieldCipher, limit: int = 50) -> IntegrityReport:
    """Check everything once, in linear time; the report names the first records that fail."""
    actor.require(Permission.MANAGE_USERS)
    report = IntegrityReport()
    broken, report.audit_records = chain_breaks(session.connection(), limit)
    report.problems.extend(str(problem) for problem in broken)
    slips, report.payslips = payslips.problems(session, cipher, limit=limit)
    report.problems.extend(str(problem) for problem in slips)
    identifiers, report.employees = _identifier_problems(session, cipher, limit)
    report.problems.extend(identifiers)
    return report


def require_month_intact(session: Session, cipher: FieldCipher, month: date, what: str) -> None:
    """Before a file of an approved month is made: refuse it when any payslip broke its seal."""
    found, _checked = payslips.problems(session, cipher, month, limit=1)
    if found:
        raise SealBroken(
            f"{month:%Y-%m} 工资的封存校验未通过：{found[0]}。为防止按被改动的数据发放或申报，"
            f"不予生成{what}；请管理员运行 hrdesk audit verify 查看，并从备份恢复"
        )
