"""首页: last month's payroll, until it is paid."""

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.dates import add_months
from hrdesk.domain.phrases import Phrase
from hrdesk.domain.roles import Permission
from hrdesk.services import attention
from hrdesk.services.payroll.months import APPROVED, CALCULATED, DRAFT, PAID
from hrdesk.storage.models import PayrollMonth


@attention.register(Permission.VIEW_PAYROLL)
def payroll_month_state(session: Session, today: date) -> list[attention.AttentionItem]:
    """首页: last month's payroll until it is paid."""
    month = add_months(today.replace(day=1), -1)
    status = session.scalar(select(PayrollMonth.status).where(PayrollMonth.month == month))
    if status == PAID:
        return []
    title, detail = {
        None: (
            Phrase("{month:%Y-%m} 工资尚未计算", month=month),
            Phrase("在“薪资”中录入本月数据并计算"),
        ),
        DRAFT: (
            Phrase("{month:%Y-%m} 工资录入已改动，尚未重新计算", month=month),
            Phrase("在“薪资”中重新计算"),
        ),
        CALCULATED: (
            Phrase("{month:%Y-%m} 工资已计算，待财务审核", month=month),
            Phrase("核对后由财务或管理员审核并锁定"),
        ),
        APPROVED: (
            Phrase("{month:%Y-%m} 工资已审核，待发放", month=month),
            Phrase("生成代发文件交银行后，标记为已发放"),
        ),
    }[status]
    return [attention.AttentionItem(title, detail, "payroll", status in (None, DRAFT))]
