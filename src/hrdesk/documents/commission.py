"""提成明细: a salesperson's commission statement, every collection on its own line."""

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from hrdesk.documents.fonts import cjk_font
from hrdesk.domain.money import percent


@dataclass(frozen=True)
class StatementData:
    company: str
    month: str  # 2026年11月
    employee_no: str
    name: str
    rate: Decimal
    headers: list[str]
    lines: list[list]  # already in the headers' order
    totals: list[tuple[str, str]]  # label, value, shown under the table
    policy: str  # the coefficient table in words, so the salesperson can check each line


def write_statement(path: Path, data: StatementData) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = cjk_font()
    title = ParagraphStyle("title", fontName=font, fontSize=15, leading=21, alignment=1)
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=13)
    document = SimpleDocTemplate(
        str(path),
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=f"提成明细 {data.month} {data.name}",
        author=data.company,
    )
    rows = [data.headers, *[[_cell(value) for value in line] for line in data.lines]]
    if not data.lines:
        rows.append(["本月没有回款"] + [""] * (len(data.headers) - 1))
    table = Table(rows, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, 8.5),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("ALIGN", (5, 1), (-1, -1), "RIGHT"),
            ]
        )
    )
    story = [
        Paragraph(f"{data.company} 回款提成明细", title),
        Paragraph(
            f"{data.month}　业务员：{data.employee_no} {data.name}　提成比例：{percent(data.rate)}%",
            ParagraphStyle("sub", parent=body, alignment=1, fontSize=10, leading=16),
        ),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 4 * mm),
        *[Paragraph(f"{label}：{value}", body) for label, value in data.totals],
        Spacer(1, 2 * mm),
        Paragraph(data.policy, body),
        Spacer(1, 10 * mm),
        Paragraph(
            "业务员确认：______________　　销售经理：______________　　日期：______________", body
        ),
    ]
    document.build(story)


def _cell(value) -> str:
    if isinstance(value, Decimal):
        return f"{value:,.2f}"  # amounts; coefficients and rates arrive as text
    return "" if value is None else str(value)
