"""The receivables list report (应收账款清单报告) the leaver hands over, as .xlsx or .pdf."""

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk.domain.letters import LetterStatus
from hrdesk.domain.receivables import limitation_end
from hrdesk.domain.roles import Permission
from hrdesk.services import aging, receivables, settings
from hrdesk.services.actor import Actor
from hrdesk.services.reports import risk
from hrdesk.services.separations.records import ZERO
from hrdesk.spreadsheets.writing import SheetData, write_workbook
from hrdesk.storage.models import Customer, Employee, InvoiceOwner, Letter, Separation

REPORT_HEADERS = [
    "客户编码",
    "客户名称",
    "应收单号",
    "开票日期",
    "到期日期",
    "金额",
    "未收余额",
    "逾期天数",
    "账龄",
    "最近时效中断",
    "对账函",
    "差异",
    "诉讼时效届满",
]


@dataclass(frozen=True)
class ReportData:
    company: str
    employee_no: str
    name: str
    successor: str
    as_of: date
    rows: list[list]  # in REPORT_HEADERS' order, grouped by customer
    total: Decimal
    high_risk: list[str] = field(default_factory=list)  # customers at 高 collection risk


def report(session: Session, actor: Actor, employee_no: str, as_of: date) -> ReportData:
    """Every open invoice of the salesperson, by customer: aging, the last acknowledgement,
    the latest letter, open disputes and when the limitation period ends."""
    actor.require(Permission.MANAGE_HANDOVER)
    employee = session.scalar(select(Employee).where(Employee.employee_no == employee_no))
    if employee is None:
        raise ValueError(f"没有工号为{employee_no}的员工")
    owned = aging.aging_of(session, as_of, employee.id)
    limitation = {row.customer_id: row for row in aging.limitation_rows(session, as_of)}
    letters = _latest_letters(session)
    customers = {c.id: c for c in session.scalars(select(Customer))}
    rows, total = [], ZERO
    for customer_id in sorted({r.customer_id for r in owned.rows}, key=lambda c: customers[c].code):
        watch = limitation.get(customer_id)
        letter = letters.get(customer_id)
        for invoice in aging.aged_invoices_of(session, as_of, employee.id, customer_id):
            total += invoice.balance
            rows.append(
                [
                    customers[customer_id].code,
                    customers[customer_id].name,
                    invoice.number,
                    invoice.issued_on,
                    invoice.due_on,
                    invoice.amount,
                    invoice.balance,
                    max(invoice.days_past_due, 0),
                    owned.labels[invoice.bucket],
                    f"{watch.last_acknowledgement} {watch.acknowledged_by}"
                    if watch and watch.last_acknowledgement
                    else "",
                    _letter_state(letter),
                    "有"
                    if letter
                    and letter.status == LetterStatus.DISPUTED
                    and letter.dispute_closed_on is None
                    else "",
                    limitation_end(invoice.due_on, watch.last_acknowledgement if watch else None),
                ]
            )
    successor = None
    separation = session.scalar(
        select(Separation)
        .where(Separation.employee_id == employee.id)
        .order_by(Separation.id.desc())
    )
    if separation is not None and separation.successor_id:
        successor = session.get(Employee, separation.successor_id)
    return ReportData(
        settings.get(session, "company_name") or "本公司",
        employee.employee_no,
        employee.name,
        successor.name if successor else "",
        as_of,
        rows,
        total,
        risk.high_risk_lines(session, as_of, {r.customer_id for r in owned.rows}),
    )


def report_day(session: Session, employee_no: str, today: date) -> date:
    """The report shows what the leaver owned: the day before their first handover, else today."""
    leaver = session.scalar(select(Employee).where(Employee.employee_no == employee_no))
    if leaver is None:
        raise ValueError(f"没有工号为{employee_no}的员工")
    first = session.scalar(
        select(func.min(InvoiceOwner.from_date)).where(
            InvoiceOwner.reason == f"{receivables.HANDOVER}：{leaver.name}"
        )
    )
    return min(today, first - timedelta(days=1)) if first else today


def _letter_state(letter: Letter | None) -> str:
    """The latest letter as the report shows it, with its proof of delivery."""
    if letter is None:
        return "未寄"
    if letter.delivered_on is None:
        return f"{letter.number} {letter.status}"
    return f"{letter.number} {letter.status}，{letter.delivered_on}送达（{letter.delivery_proof}）"


def _latest_letters(session: Session) -> dict[int, Letter]:
    latest: dict[int, Letter] = {}
    for letter in session.scalars(
        select(Letter).where(Letter.status != LetterStatus.VOID).order_by(Letter.id)
    ):
        latest[letter.customer_id] = letter
    return latest


def write_report(session: Session, actor: Actor, employee_no: str, as_of: date, path) -> int:
    """The report as .xlsx or .pdf (with signature lines); returns the invoices listed."""
    data = report(session, actor, employee_no, as_of)
    if path.suffix.lower() == ".pdf":
        from hrdesk.documents.handover import write_report as write_pdf

        write_pdf(path, data, REPORT_HEADERS)
    elif path.suffix.lower() == ".xlsx":
        rows = [*data.rows, ["合计", "", "", "", "", "", data.total]]
        risky = [SheetData("回款风险高的客户", ["客户"], [[x] for x in data.high_risk], {0: 100})]
        write_workbook(
            path,
            [
                SheetData(
                    f"应收清单{data.employee_no}",
                    REPORT_HEADERS,
                    rows,
                    {1: 28, 2: 18, 9: 22, 10: 22},
                ),
                *(risky if data.high_risk else []),
            ],
        )
    else:
        raise ValueError("报告文件应为 .pdf 或 .xlsx")
    return len(data.rows)
