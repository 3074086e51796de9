"""工资条: one A4 payslip per employee, every non-zero item, totals in figures and in 大写."""

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from hrdesk.documents.fonts import cjk_font
from hrdesk.domain.money import format_money


@dataclass(frozen=True)
class PayslipData:
    company: str
    month: str  # 2026年11月
    employee_no: str
    name: str
    department: str
    earnings: list[tuple[str, Decimal]]  # 应发 items, in order
    deductions: list[tuple[str, Decimal]]  # 扣除 items, in order
    income_total: Decimal  # every earning, the one-time bonus included
    net: Decimal
    notes: list[str]  # the tax explained, one line each


def file_name(data: PayslipData, month_key: str) -> str:
    return f"工资条_{month_key}_{data.employee_no}_{data.name}.pdf"


def write_payslip(
    path: Path, data: PayslipData, password: str | None = None, draft: bool = False
) -> None:
    """Write one payslip; with a password the PDF opens only with it (the ID's last six);
    a draft (a month not yet approved) is marked 草稿 across the page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    # Loaded here, like reportlab: cn2an takes 0.1 s, and 首页 imports this module's callers.
    from hrdesk.domain.amount_words import amount_in_words

    font = cjk_font()
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, alignment=1)
    body = ParagraphStyle("body", fontName=font, fontSize=10, leading=15)
    small = ParagraphStyle("small", fontName=font, fontSize=8, leading=12, textColor=colors.grey)
    encrypt = StandardEncryption(password, canPrint=1, canModify=0, canCopy=1) if password else None
    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        encrypt=encrypt,
        title=f"工资条 {data.month} {data.name}",
        author=data.company,
    )
    rows = [["收入项目", "金额（元）", "扣除项目", "金额（元）"]]
    for index in range(max(len(data.earnings), len(data.deductions))):
        left = data.earnings[index] if index < len(data.earnings) else ("", None)
        right = data.deductions[index] if index < len(data.deductions) else ("", None)
        rows.append([left[0], _money(left[1]), right[0], _money(right[1])])
    deducted = sum((amount for _label, amount in data.deductions), Decimal(0))
    rows.append(["收入合计", _money(data.income_total), "扣除合计", _money(deducted)])
    table = Table(rows, colWidths=[45 * mm, 40 * mm, 45 * mm, 40 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, 10),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
                ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F2F2F2")),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("ALIGN", (1, 1), (1, -1), "RIGHT"),
                ("ALIGN", (3, 1), (3, -1), "RIGHT"),
            ]
        )
    )
    story = [
        Paragraph(f"{data.company} 工资条", title),
        Paragraph(f"{data.month}", ParagraphStyle("month", parent=title, fontSize=11, leading=16)),
        Spacer(1, 6 * mm),
        Paragraph(
            f"工号：{data.employee_no}　　姓名：{data.name}　　部门：{data.department}", body
        ),
        Spacer(1, 4 * mm),
        table,
        Spacer(1, 5 * mm),
        Paragraph(
            f"<b>实发工资：{_money(data.net)} 元</b>　　人民币大写：{amount_in_words(data.net)}",
            body,
        ),
        Spacer(1, 5 * mm),
        *[Paragraph(line, small) for line in data.notes],
        Spacer(1, 4 * mm),
        Paragraph("本工资条仅供本人查阅，如有疑问请于收到后七日内向人事部门提出。", small),
    ]
    path.parent.mkdir(parents=True, exist_ok=True)

    def mark(canvas, _document) -> None:
        if draft:
            canvas.saveState()
            canvas.setFont(font, 72)
            canvas.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.18))
            canvas.translate(A4[0] / 2, A4[1] / 2)
            canvas.rotate(35)
            canvas.drawCentredString(0, 0, "草稿")
            canvas.restoreState()

    document.build(story, onFirstPage=mark, onLaterPages=mark)


def _money(amount: Decimal | None) -> str:
    return "" if amount is None else format_money(amount)


def write_strips(path: Path, slips: list[PayslipData]) -> None:
    """工资条 as strips, several to an A4 page, to be cut apart: one line of headers, one of figures."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    font = cjk_font()
    caption = ParagraphStyle("caption", fontName=font, fontSize=9, leading=13)
    document = SimpleDocTemplate(
        str(path),
        pagesize=landscape(A4),
        leftMargin=10 * mm,
        rightMargin=10 * mm,
        topMargin=10 * mm,
        bottomMargin=10 * mm,
        title="工资条",
    )
    story = []
    for data in slips:
        items = data.earnings + data.deductions
        headers = ["工号", "姓名", *[label for label, _amount in items], "实发工资"]
        values = [
            data.employee_no,
            data.name,
            *[_money(amount) for _label, amount in items],
            _money(data.net),
        ]
        width = (landscape(A4)[0] - 20 * mm) / len(headers)
        table = Table([headers, values], colWidths=[width] * len(headers))
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), font, 7),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("ALIGN", (2, 1), (-1, 1), "RIGHT"),
                ]
            )
        )
        story.append(
            KeepTogether(
                [
                    Paragraph(f"{data.company}　{data.month}工资条　{data.department}", caption),
                    table,
                    Spacer(1, 4 * mm),
                    Paragraph(
                        "-" * 160,
                        ParagraphStyle(
                            "cut", fontName=font, fontSize=6, textColor=colors.lightgrey
                        ),
                    ),
                    Spacer(1, 3 * mm),
                ]
            )
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    document.build(story)
