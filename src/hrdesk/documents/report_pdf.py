"""报表 PDF: a report's title, its chart as a picture, its table with the 合计 row, and the
note on how the figures were made, on landscape A4 pages that repeat the header row."""

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

from hrdesk.documents.fonts import cjk_font

MAX_COLUMNS_WIDE = 277  # mm of landscape A4 inside the margins


def _cell(value, percent: bool, tenths: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        if percent:
            return f"{value:.2%}"
        return f"{value:,.1f}" if tenths else f"{value:,.2f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_report(
    path: Path,
    *,
    company: str,
    title: str,
    subtitle: str,
    headers: list[str],
    rows: list[list],
    note: str = "",
    chart_png: bytes | None = None,
    percent_columns: tuple[int, ...] = (),
    tenths_columns: tuple[int, ...] = (),
) -> None:
    """The report as PDF; rows include the 合计 row when the report has one."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    font = cjk_font()
    heading = ParagraphStyle("title", fontName=font, fontSize=15, leading=21, alignment=1)
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=13)
    document = SimpleDocTemplate(
        str(path),
        pagesize=landscape(A4),
        leftMargin=10 * mm,
        rightMargin=10 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=title,
        author=company,
    )
    story = [Paragraph(f"{company} {title}".strip(), heading), Paragraph(subtitle, body)]
    if chart_png:
        story += [Spacer(1, 3 * mm), _picture(chart_png)]
    story += [Spacer(1, 3 * mm), _table(headers, rows, font, percent_columns, tenths_columns)]
    if note:
        story += [Spacer(1, 3 * mm), Paragraph(note, body)]
    document.build(story)


def _picture(chart_png: bytes):
    """The chart scaled to the page's width, at most 85 mm high."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Image

    picture = Image(io.BytesIO(chart_png))
    scale = min(MAX_COLUMNS_WIDE * mm / picture.drawWidth, 85 * mm / picture.drawHeight)
    picture.drawWidth *= scale
    picture.drawHeight *= scale
    return picture


def _table(
    headers: list[str],
    rows: list[list],
    font: str,
    percent_columns: tuple[int, ...],
    tenths_columns: tuple[int, ...],
):
    """The table, its header row repeated on every page, figures right-aligned, 合计 shaded."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    cells = [headers] + [
        [_cell(v, i in percent_columns, i in tenths_columns) for i, v in enumerate(row)]
        for row in rows
    ]
    table = Table(cells, repeatRows=1)
    size = 8 if len(headers) <= 10 else 6.5
    style = [
        ("FONT", (0, 0), (-1, -1), font, size),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
    ]
    for column in range(len(headers)):
        if any(isinstance(row[column], Decimal | int) for row in rows if column < len(row)):
            style.append(("ALIGN", (column, 1), (column, -1), "RIGHT"))
    if rows and rows[-1] and rows[-1][0] == "合计":
        style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F2F2F2")))
    table.setStyle(TableStyle(style))
    return table
