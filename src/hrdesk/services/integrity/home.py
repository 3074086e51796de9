"""首页: a broken seal is shown at once, to those who can act on it."""

from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.services import attention
from hrdesk.services.database import field_cipher
from hrdesk.services.integrity import payslips
from hrdesk.storage.audit_chain import first_break
from hrdesk.storage.models import PayrollMonth
from hrdesk.storage.payroll_lock import LOCKED_STATUSES

APPROVED = LOCKED_STATUSES[0]  # 已审核: approved, the bank file still to be made
_WHAT_TO_DO = "不要生成代发文件；请管理员运行 hrdesk audit verify 查看，并从备份恢复"


@attention.register(Permission.VIEW_PAYROLL)
def broken_payslip_seals(session: Session, _today: date) -> list[attention.AttentionItem]:
    """The months approved and not yet paid: the ones a bank file is still to be made from.
    (Paid months are checked by hrdesk audit verify and before any file of theirs.)"""
    approved = select(exists().where(PayrollMonth.status == APPROVED))
    if not session.scalar(approved):
        return []
    cipher = field_cipher(session)
    found, _checked = payslips.problems(session, cipher, limit=1, statuses=(APPROVED,))
    if not found:
        return []
    return [attention.AttentionItem(f"封存被破坏：{found[0]}", _WHAT_TO_DO, "payroll", True)]


@attention.register(Permission.MANAGE_USERS)
def broken_audit_chain(session: Session, _today: date) -> list[attention.AttentionItem]:
    """Every record's link to the one before and the newest records' content, checked on each
    load (storage/audit_chain.first_break); hrdesk audit verify recomputes every record."""
    broken = first_break(session.connection())
    if broken is None:
        return []
    return [
        attention.AttentionItem(
            f"审计链被破坏：{broken}",
            "请运行 hrdesk audit verify，并从备份恢复",
            "settings",
            True,
        )
    ]
