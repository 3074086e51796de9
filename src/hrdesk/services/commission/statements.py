"""A salesperson's commission statement (提成明细): every line and the totals, on screen, as a
spreadsheet, and as a PDF to check and sign."""

from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.money import format_money, percent
from hrdesk.domain.receivables import ZERO, describe_coefficients
from hrdesk.domain.roles import Permission
from hrdesk.services import settings
from hrdesk.services.actor import Actor, PermissionDenied
from hrdesk.services.commission.month import MonthCommission, entry_for, month_commissions
from hrdesk.services.commission.rules import policy
from hrdesk.spreadsheets.writing import SheetData, write_workbook
from hrdesk.storage.models import Employee


def _require_view(actor: Actor) -> None:
    if not (actor.may(Permission.VIEW_RECEIVABLES) or actor.may(Permission.VIEW_PAYROLL)):
        raise PermissionDenied(f"{actor.role}角色无权查看提成")


def commissions(session: Session, actor: Actor, month: date) -> list[MonthCommission]:
    _require_view(actor)
    return sorted(month_commissions(session, month).values(), key=lambda c: c.employee_no)


STATEMENT_HEADERS = [
    "收款日期",
    "银行流水号",
    "客户",
    "应收单号",
    "到期日期",
    "逾期天数",
    "回款金额",
    "账龄系数",
    "提成比例",
    "提成",
]


def statement_rows(entry: MonthCommission) -> list[list]:
    return [
        [
            line.received_on,
            line.transaction_no,
            line.customer,
            line.invoice_no,
            line.due_on,
            max(line.days_late, 0),
            line.amount,
            line.coefficient,
            line.rate,
            line.commission,
        ]
        for line in entry.lines
    ]


def statement(session: Session, actor: Actor, month: date, employee_no: str) -> MonthCommission:
    _require_view(actor)
    for entry in month_commissions(session, month).values():
        if entry.employee_no == employee_no:
            return entry
    person = session.scalar(select(Employee).where(Employee.employee_no == employee_no))
    if person is None:
        raise ValueError(f"没有工号为{employee_no}的员工")
    return entry_for(person, person.commission_rate or ZERO)


def write_statement(
    session: Session, actor: Actor, month: date, employee_no: str, path: Path
) -> MonthCommission:
    """A salesperson's commission statement as a spreadsheet: every line, then the totals."""
    entry = statement(session, actor, month, employee_no)
    rows = statement_rows(entry)
    rows.append(["合计", "", "", "", "", "", entry.collected, "", "", entry.earned])
    rows.append(["回款目标", "", "", "", "", "", entry.target or "", "", "", entry.state])
    if entry.released_from_earlier:
        rows.append(
            [
                "本月发放以前月份放行的提成",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                entry.released_from_earlier,
            ]
        )
    rows.append(["本月应发回款提成", "", "", "", "", "", "", "", "", entry.payable])
    title = f"提成明细{month:%Y-%m}_{entry.employee_no}"
    write_workbook(path, [SheetData(title, STATEMENT_HEADERS, rows, {2: 28, 3: 16, 1: 20})])
    return entry


def print_statement(
    session: Session, actor: Actor, month: date, employee_no: str, path: Path
) -> MonthCommission:
    """The same statement as a PDF for the salesperson to check and sign."""
    from hrdesk.documents.commission import StatementData, write_statement

    entry = statement(session, actor, month, employee_no)
    rules = policy(session)
    steps = describe_coefficients(rules.steps)
    totals = [
        ("本月回款合计", f"{format_money(entry.collected)} 元"),
        ("回款目标", f"{format_money(entry.target)} 元" if entry.target else "未设"),
        ("按回款计提成", f"{format_money(entry.earned)} 元（{entry.state}）"),
    ]
    if entry.released_from_earlier:
        totals.append(
            ("本月发放以前月份放行的提成", f"{format_money(entry.released_from_earlier)} 元")
        )
    totals.append(("本月应发回款提成", f"{format_money(entry.payable)} 元"))
    data = StatementData(
        settings.get(session, "company_name") or "本公司",
        f"{month.year}年{month.month}月",
        entry.employee_no,
        entry.name,
        entry.rate,
        STATEMENT_HEADERS,
        [[*row[:7], str(row[7]), f"{percent(row[8])}%", row[9]] for row in statement_rows(entry)],
        totals,
        f"提成 = 回款金额 × 提成比例 × 账龄系数（按收款日距到期日的逾期天数：{steps}）。"
        f"当月回款低于回款目标的{percent(rules.hold_below)}%时，当月提成暂扣，待销售经理放行后发放。",
    )
    write_statement(path, data)
    return entry
