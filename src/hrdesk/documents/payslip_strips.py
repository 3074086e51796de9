"""工资条 裁切版: every employee's payslip as a strip across a landscape A4 page, several to a
page, cut apart along lines drawn across the whole sheet. Every strip of a month has the same
columns at the same widths; an item a person does not have is left blank."""

from dataclasses import dataclass
from pathlib import Path

from hrdesk.documents.fonts import cjk_font
from hrdesk.documents.payslips import MM, PayslipData
from hrdesk.documents.pen import Pen, fit, wrap
from hrdesk.domain.money import format_money

PAGE = (297 * MM, 210 * MM)  # landscape A4
MARGIN = 10 * MM
FIXED = {"工号": 15 * MM, "姓名": 17 * MM}
HEADER_FILL = (0.867, 0.922, 0.969)
SIZE = 8  # figures, points
HEADER_SIZE = 7.5
HEADER_LEADING = HEADER_SIZE * 1.15
VALUE_ROW = 2.0 * SIZE
PAD = 2  # points inside a cell's borders
CAPTION = 9
GAP = 4.5 * MM  # from a strip to the cut line, and from the cut line to the next strip


@dataclass(frozen=True)
class StripColumns:
    """The month's columns: the same headers at the same widths on every strip."""

    headers: list[str]
    widths: list[float]  # points, adding up to the page's width inside its margins
    lines: list[list[str]]  # each header as printed: wrapped to its width, three lines at most

    @property
    def header_row(self) -> float:
        return HEADER_LEADING * max(map(len, self.lines)) + HEADER_SIZE * 0.6

    def height(self) -> float:
        return CAPTION * 1.6 + self.header_row + VALUE_ROW

    def values(self, data: PayslipData) -> list[str]:
        """data's figures under these headers; blank where it has no such item."""
        amounts = dict(data.earnings + data.deductions)
        amounts["收入合计"] = data.income_total
        amounts["实发工资"] = data.net
        shown = {"工号": data.employee_no, "姓名": data.name}
        return [
            shown.get(header) or (format_money(amounts[header]) if header in amounts else "")
            for header in self.headers
        ]


def strip_columns(slips: list[PayslipData]) -> StripColumns:
    """工号, 姓名, every earning anyone has, 收入合计, every deduction anyone has, 实发工资 —
    items in the order the payslips list them."""
    earnings = _merged([label for label, _amount in data.earnings] for data in slips)
    deductions = _merged([label for label, _amount in data.deductions] for data in slips)
    headers = ["工号", "姓名", *earnings, "收入合计", *deductions, "实发工资"]
    room = PAGE[0] - 2 * MARGIN - sum(FIXED.values())
    share = room / (len(headers) - len(FIXED))
    widths = [FIXED.get(header, share) for header in headers]
    # Every deduction on a strip is the employee's own: (个人) would only take a line.
    lines = [
        wrap(cjk_font(), HEADER_SIZE, header.replace("(个人)", ""), width - 2 * PAD)[:3]
        for header, width in zip(headers, widths, strict=True)
    ]
    return StripColumns(headers, widths, lines)


def _merged(orders) -> list[str]:
    """One order holding every label that keeps each list's own order (a label before another
    in any list stays before it); labels no list orders keep the order first seen."""
    seen: dict[str, int] = {}
    after: dict[str, set[str]] = {}
    for labels in orders:
        for earlier, label in enumerate(labels):
            seen.setdefault(label, len(seen))
            after.setdefault(label, set()).update(labels[:earlier])
    merged: list[str] = []
    waiting = sorted(seen, key=seen.get)
    while waiting:
        ready = next((x for x in waiting if after[x] <= set(merged)), waiting[0])
        merged.append(ready)
        waiting.remove(ready)
    return merged


def write_strips(path: Path, slips: list[PayslipData]) -> None:
    """The month's strips, as many to a page as fit, a cut line across the sheet between two."""
    from reportlab.pdfgen.canvas import Canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    canvas = Canvas(str(path), pagesize=PAGE)
    canvas.setTitle(f"工资条（裁切版）{slips[0].month if slips else ''}")
    pen = Pen(canvas, cjk_font())
    columns = strip_columns(slips)
    pitch = columns.height() + 2 * GAP
    per_page = max(1, int((PAGE[1] - 2 * MARGIN + 2 * GAP) // pitch))
    for index, data in enumerate(slips):
        place = index % per_page
        top = PAGE[1] - MARGIN - place * pitch
        if place > 0:
            pen.cut_line(top + GAP, PAGE[0])
        _draw_strip(pen, data, columns, top)
        if place == per_page - 1 or index == len(slips) - 1:
            pen.end_page()
    canvas.save()


def _draw_strip(pen: Pen, data: PayslipData, columns: StripColumns, top: float) -> None:
    caption = f"{data.company}　{data.month}工资条　{data.department}"
    pen.text(MARGIN, top - CAPTION, caption, CAPTION)
    table_top = top - CAPTION * 1.6
    header_bottom = table_top - columns.header_row
    edges = [MARGIN]
    for width in columns.widths:
        edges.append(edges[-1] + width)
    pen.fill(MARGIN, header_bottom, edges[-1] - MARGIN, columns.header_row, HEADER_FILL)
    for column, lines in enumerate(columns.lines):
        middle = (edges[column] + edges[column + 1]) / 2
        first = header_bottom + columns.header_row / 2 + (len(lines) - 1) * HEADER_LEADING / 2
        for number, line in enumerate(lines):
            size = fit(pen.font, HEADER_SIZE, line, columns.widths[column] - 2 * PAD)
            pen.text(middle, first - number * HEADER_LEADING - size * 0.35, line, size, "centre")
    baseline = header_bottom - VALUE_ROW / 2 - SIZE * 0.35
    for column, value in enumerate(columns.values(data)):
        size = fit(pen.font, SIZE, value, columns.widths[column] - 2 * PAD)
        if column < len(FIXED):
            pen.text(edges[column] + PAD, baseline, value, size)
        else:
            pen.text(edges[column + 1] - PAD, baseline, value, size, "right")
    bottom = header_bottom - VALUE_ROW
    grid = [(MARGIN, y, edges[-1], y) for y in (table_top, header_bottom, bottom)]
    grid += [(x, table_top, x, bottom) for x in edges]
    pen.lines(grid, 0.4)
