"""The bank's salary transfer list (代发文件) of an approved month, and its file: the lines and
the layouts live in services.bank_files; payroll names them among its operations."""

from datetime import date

from sqlalchemy.orm import Session

from hrdesk.services import bank_files
from hrdesk.services.actor import Actor


def bank_rows(session: Session, actor: Actor, month: date) -> list[list]:
    """The salary transfer list: 姓名, 银行卡号, 开户行, 金额 (实发工资), 用途."""
    lines = bank_files.transfer_lines(session, actor, month)
    return [[line.name, line.account, line.bank_name, line.amount, line.purpose] for line in lines]


def write_bank_file(session: Session, actor: Actor, month: date, path, bank=None) -> int:
    """代发文件 in a bank's layout (services.bank_files), the generic list without one."""
    return bank_files.write_bank_file(session, actor, month, path, bank)
