"""离职交接 documents: the receivables list report, the settlement sheet, the certificate."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from hrdesk.documents.fonts import cjk_font
from hrdesk.domain.money import format_money


def _styles():
    from reportlab.lib.styles import ParagraphStyle

    font = cjk_font()
    return (
        font,
        ParagraphStyle("title", fontName=font, fontSize=15, leading=21, alignment=1),
        ParagraphStyle("body", fontName=font, fontSize=10, leading=16),
    )


def _cell(value) -> str:
    if isinstance(value, Decimal):
        return format_money(value)
    return "" if value is None else str(value)


def _signatures(labels: list[str], body):
    from reportlab.platypus import Paragraph

    return Paragraph(
        "　　".join(f"{label}：______________" for label in labels) + "　　日期：____________", body
    )


def _high_risk(data, body) -> list:
    """The customers at 高 collection risk, for the successor to chase first."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    lines = getattr(data, "high_risk", [])
    if not lines:
        return []
    return [
        Spacer(1, 4 * mm),
        Paragraph("回款风险高的客户（请接手人优先跟进）：", body),
        *[Paragraph(f"· {line}", body) for line in lines],
    ]


def write_report(path: Path, data, headers: list[str]) -> None:
    """应收账款清单报告 on landscape A4, signed by the leaver, the successor and the manager."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    font, title, body = _styles()
    document = SimpleDocTemplate(
        str(path),
        pagesize=landscape(A4),
        leftMargin=10 * mm,
        rightMargin=10 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=f"应收账款清单报告 {data.name}",
        author=data.company,
    )
    document.build(
        [
            Paragraph(f"{data.company} 应收账款清单报告", title),
            Paragraph(
                f"业务员：{data.employee_no} {data.name}　接手人：{data.successor or '（未定）'}"
                f"　截至：{data.as_of}　共 {len(data.rows)} 张，未收合计 {format_money(data.total)} 元",
                body,
            ),
            Spacer(1, 4 * mm),
            _report_table(data, headers, font, body),
            *_high_risk(data, body),
            Spacer(1, 6 * mm),
            Paragraph(
                "以上未收款项由离职业务员与接手人当面核对无误，客户资料、合同与对账函原件已一并移交。",
                body,
            ),
            Spacer(1, 8 * mm),
            _signatures(["离职业务员", "接手人", "销售经理"], body),
        ]
    )


def _report_table(data, headers: list[str], font: str, body):
    """The invoices with the 合计 row; long text (customer, last acknowledgement, letter and its
    delivery) wraps in its column."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    small = body.clone("cell", fontSize=7.5, leading=9.5)
    wrapped = {1, 9, 10}
    rows = [
        headers,
        *[
            [Paragraph(_cell(v), small) if i in wrapped else _cell(v) for i, v in enumerate(row)]
            for row in data.rows
        ],
    ]
    rows.append(["合计", "", "", "", "", "", _cell(data.total), *[""] * (len(headers) - 7)])
    widths = [16, 37, 26, 17, 17, 18, 18, 13, 14, 26, 44, 9, 21]  # mm, within the page's 277
    column_widths = [w * mm for w in widths] if len(headers) == len(widths) else None
    table = Table(rows, colWidths=column_widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, 7.5),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
                ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                ("ALIGN", (5, 1), (7, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


@dataclass(frozen=True)
class SettlementData:
    company: str
    employee_no: str
    name: str
    ground: str
    last_day: date
    lines: list[tuple[str, Decimal, str]]  # item, amount, how it was worked out
    total: Decimal
    notes: list[str]


def write_settlement(path: Path, data: SettlementData) -> None:
    """离职结算单: every amount owed on leaving with how it was worked out, for signature."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font, title, body = _styles()
    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        title=f"离职结算单 {data.name}",
    )
    small = body.clone("small", fontSize=8.5, leading=12)
    rows = [["项目", "金额（元）", "计算"]]
    rows += [[label, _cell(amount), Paragraph(how, small)] for label, amount, how in data.lines]
    rows.append(["合计", _cell(data.total), ""])
    table = Table(rows, colWidths=[40 * mm, 30 * mm, 104 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, 9.5),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("ALIGN", (1, 1), (1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    document.build(
        [
            Paragraph(f"{data.company} 离职结算单", title),
            Spacer(1, 4 * mm),
            Paragraph(
                f"员工：{data.employee_no} {data.name}　解除/终止依据：{data.ground}　最后工作日：{data.last_day}",
                body,
            ),
            Spacer(1, 4 * mm),
            table,
            Spacer(1, 4 * mm),
            *[Paragraph(note, small) for note in data.notes],
            Spacer(1, 10 * mm),
            _signatures(["员工本人", "人事", "财务"], body),
        ]
    )


@dataclass(frozen=True)
class CertificateData:
    company: str
    name: str
    id_number_masked: str
    hire_date: date
    last_day: date
    position: str
    contract_term: str
    years: str
    dated: date


def write_certificate(path: Path, data: CertificateData) -> None:
    """离职证明 (劳动合同法 第50条): the contract's term, the date it ended, the post, the years."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    _font, title, body = _styles()
    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=25 * mm,
        rightMargin=25 * mm,
        title=f"离职证明 {data.name}",
    )
    text = (
        f"兹证明{data.name}（身份证号：{data.id_number_masked}）自{data.hire_date:%Y年%m月%d日}起在我公司工作，"
        f"担任{data.position or '—'}，劳动合同期限为{data.contract_term}。"
        f"双方劳动合同已于{data.last_day:%Y年%m月%d日}解除（终止）。"
        f"其在我公司的工作年限为{data.years}。"
    )
    document.build(
        [
            Spacer(1, 20 * mm),
            Paragraph("离 职 证 明", title.clone("big", fontSize=20, leading=28)),
            Spacer(1, 14 * mm),
            Paragraph(text, body.clone("text", fontSize=12, leading=24, firstLineIndent=24)),
            Spacer(1, 8 * mm),
            Paragraph(
                "特此证明。", body.clone("text2", fontSize=12, leading=24, firstLineIndent=24)
            ),
            Spacer(1, 24 * mm),
            Paragraph(f"{data.company}（盖章）", body.clone("right", fontSize=12, alignment=2)),
            Spacer(1, 4 * mm),
            Paragraph(f"{data.dated:%Y年%m月%d日}", body.clone("right2", fontSize=12, alignment=2)),
        ]
    )
