"""The bank's salary transfer list (代发文件) of an approved month, and its file."""

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.services import audit
from hrdesk.services.actor import Actor
from hrdesk.services.database import field_cipher
from hrdesk.services.employees import bank_card_of
from hrdesk.services.integrity import require_month_intact
from hrdesk.services.payroll.months import ENTITY, slips
from hrdesk.spreadsheets.writing import SheetData, write_workbook
from hrdesk.storage.models import PayrollMonth
from hrdesk.storage.payroll_lock import LOCKED_STATUSES


def bank_rows(session: Session, actor: Actor, month: date) -> list[list]:
    """The salary transfer list: 姓名, 银行卡号, 开户行, 金额 (实发工资), 用途."""
    actor.require(Permission.APPROVE_PAYROLL)
    status = session.scalar(select(PayrollMonth.status).where(PayrollMonth.month == month))
    if status not in LOCKED_STATUSES:
        raise ValueError(f"{month:%Y-%m} 工资尚未审核，不能生成代发文件")
    cipher = field_cipher(session)
    require_month_intact(session, cipher, month, "代发文件")
    rows = []
    for slip, employee in slips(session, month):
        if slip.net_pay <= 0:
            continue
        card = bank_card_of(cipher, employee)
        rows.append(
            [employee.name, card, employee.bank_name or "", slip.net_pay, f"{month:%Y年%m月}工资"]
        )
    audit.record(session, actor, "导出代发文件", ENTITY, f"{month:%Y-%m}", "人数", None, len(rows))
    return rows


def write_bank_file(session: Session, actor: Actor, month: date, path) -> int:
    rows = bank_rows(session, actor, month)
    write_workbook(
        path,
        [
            SheetData(
                "代发工资", ["姓名", "银行卡号", "开户行", "金额", "用途"], rows, {1: 24, 2: 30}
            )
        ],
    )
    return len(rows)
