"""工资条: a payslip that fills an A4 page, or two to a page to cut apart; every non-zero item,
totals in figures and in 大写, the tax explained in print as readable as the figures."""

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from hrdesk.documents.fonts import cjk_font
from hrdesk.documents.pen import Pen, fit, text_width, wrap
from hrdesk.domain.money import format_money

MM = 72 / 25.4
A4 = (210 * MM, 297 * MM)
MARGIN = 16 * MM
HEADER_FILL = (0.867, 0.922, 0.969)  # #DDEBF7, the spreadsheets' header blue
TOTAL_FILL = (0.949, 0.949, 0.949)
FOOTNOTE = "本工资条仅供本人查阅，如有疑问请于收到后七日内向人事部门提出。"


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


@dataclass(frozen=True)
class Sizes:
    """Type sizes and the table's row height, in points; scaled together to fit a box."""

    title: float
    body: float
    table: float
    note: float
    row: float
    gap: float

    def scaled(self, factor: float) -> "Sizes":
        return Sizes(*(value * factor for value in vars(self).values()))


# One to a page: large enough to read at arm's length, the page used down to a signature.
WHOLE_PAGE = Sizes(title=20, body=12.5, table=12, note=11, row=25, gap=14)
# Two to a page: each half an A4 sheet, still at the size of a printed letter.
HALF_PAGE = Sizes(title=15, body=10.5, table=10, note=9.5, row=17.5, gap=8)


def file_name(data: PayslipData, month_key: str) -> str:
    return f"工资条_{month_key}_{data.employee_no}_{data.name}.pdf"


def sheet_file_name(month_key: str) -> str:
    return f"工资条_{month_key}_每页两份.pdf"


def write_payslip(
    path: Path, data: PayslipData, password: str | None = None, draft: bool = False
) -> None:
    """Write one payslip filling an A4 page; with a password the PDF opens only with it (the
    ID's last six); a draft (a month not yet approved) is marked 草稿 across the page."""
    # Loaded here, like reportlab: cn2an takes 0.1 s, and 首页 imports this module's callers.
    from hrdesk.domain.amount_words import amount_in_words

    canvas = _canvas(path, f"工资条 {data.month} {data.name}", data.company, password)
    pen = Pen(canvas, cjk_font())
    box = (MARGIN, A4[1] - MARGIN, A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN)
    draw_payslip(pen, data, amount_in_words(data.net), box, WHOLE_PAGE, signature=True)
    if draft:
        _draft_mark(canvas, pen.font, A4[1] / 2)
    pen.end_page()
    canvas.save()


def write_payslip_sheets(path: Path, slips: list[PayslipData], draft: bool = False) -> None:
    """Every payslip in one PDF, two to an A4 page (top and bottom half) with a cut line across
    the sheet between them; each half is a complete payslip."""
    from hrdesk.domain.amount_words import amount_in_words

    company = slips[0].company if slips else ""
    canvas = _canvas(path, f"工资条 {slips[0].month if slips else ''}", company, None)
    pen = Pen(canvas, cjk_font())
    half = A4[1] / 2
    for index, data in enumerate(slips):
        top = A4[1] - MARGIN if index % 2 == 0 else half - MARGIN * 0.75
        box = (MARGIN, top, A4[0] - 2 * MARGIN, half - MARGIN * 1.75)
        draw_payslip(pen, data, amount_in_words(data.net), box, HALF_PAGE, signature=False)
        if draft:
            _draft_mark(canvas, pen.font, top - box[3] / 2, size=54)
        if index % 2 == 1 or index == len(slips) - 1:
            pen.cut_line(half, A4[0])
            pen.end_page()
    canvas.save()


def draw_payslip(pen: Pen, data: PayslipData, words: str, box, sizes: Sizes, signature: bool):
    """Draw data into box (left, top, width, height): shrunk when its items and notes need more
    room than sizes give, grown by up to 30% when they leave much of the box empty; with
    a signature line, the footnote and the line sit at the box's bottom."""
    left, top, width, height = box
    measured = _draw(Pen(None, pen.font), data, words, (left, top, width, 0), sizes, signature)
    factor = min(1.3 if signature else 1.0, max(0.6, height / measured))
    _draw(pen, data, words, box, sizes.scaled(factor), signature)


def _draw(pen, data, words, box, sizes: Sizes, signature: bool) -> float:
    """Draw (or, with a measuring pen, only place) the payslip; returns the height used."""
    left, top, width, height = box
    y = top - sizes.title
    title = f"{data.company} 工资条"
    pen.text(left + width / 2, y, title, fit(pen.font, sizes.title, title, width), "centre")
    y -= sizes.body * 1.6
    pen.text(left + width / 2, y, data.month, sizes.body, "centre")
    y -= sizes.gap + sizes.body
    who = f"工号：{data.employee_no}　　姓名：{data.name}　　部门：{data.department}"
    pen.text(left, y, who, fit(pen.font, sizes.body, who, width))
    y = _draw_table(pen, data, left, y - sizes.gap * 0.6, width, sizes)
    y -= sizes.gap + sizes.body * 1.2
    net = f"实发工资：{_money(data.net)} 元"
    pen.text(left, y, net, sizes.body * 1.2)
    rest = f"人民币大写：{words}"
    x = left + text_width(pen.font, sizes.body * 1.2, net) + sizes.body * 2
    pen.text(x, y, rest, fit(pen.font, sizes.body, rest, left + width - x))
    y -= sizes.gap + sizes.body
    pen.text(left, y, "个税与考勤说明", sizes.body)
    y -= sizes.note * 0.3
    for note in data.notes:
        for line in wrap(pen.font, sizes.note, note, width):
            y -= sizes.note * 1.45
            pen.text(left, y, line, sizes.note)
        y -= sizes.note * 0.35
    signing = sizes.gap * 2.5 + sizes.body if signature else 0
    last = y - sizes.gap * 0.6 - sizes.note - signing
    if height:  # drawing: the footer at the box's bottom, unless the notes reach lower
        last = min(last, top - height + sizes.note * 0.4)
    if signature:
        pen.text(
            left + width, last, "员工签收：______________　日期：__________", sizes.body, "right"
        )
    pen.text(left, last + signing, FOOTNOTE, fit(pen.font, sizes.note, FOOTNOTE, width))
    return top - last + sizes.note * 0.4


def _draw_table(pen: Pen, data: PayslipData, left: float, top: float, width: float, sizes):
    """收入项目 | 金额 | 扣除项目 | 金额, the 合计 row last; returns the table's bottom."""
    deducted = sum((amount for _label, amount in data.deductions), Decimal(0))
    rows = [("收入项目", "金额（元）", "扣除项目", "金额（元）")]
    for index in range(max(len(data.earnings), len(data.deductions))):
        left_item = data.earnings[index] if index < len(data.earnings) else ("", None)
        right_item = data.deductions[index] if index < len(data.deductions) else ("", None)
        rows.append((left_item[0], _money(left_item[1]), right_item[0], _money(right_item[1])))
    rows.append(("收入合计", _money(data.income_total), "扣除合计", _money(deducted)))
    edges = [left, left + width * 0.3, left + width * 0.5, left + width * 0.8, left + width]
    bottom = top - sizes.row * len(rows)
    pen.fill(left, top - sizes.row, width, sizes.row, HEADER_FILL)
    pen.fill(left, bottom, width, sizes.row, TOTAL_FILL)
    pad = sizes.table * 0.5
    for number, row in enumerate(rows):
        baseline = top - sizes.row * (number + 0.5) - sizes.table * 0.35
        for column, text in enumerate(row):
            room = edges[column + 1] - edges[column] - 2 * pad
            size = fit(pen.font, sizes.table, text, room)
            if column % 2 == 1 and number > 0:
                pen.text(edges[column + 1] - pad, baseline, text, size, "right")
            else:
                pen.text(edges[column] + pad, baseline, text, size)
    grid = [
        (left, top - sizes.row * n, left + width, top - sizes.row * n) for n in range(len(rows) + 1)
    ]
    grid += [(x, top, x, bottom) for x in edges]
    pen.lines(grid)
    return bottom


def _canvas(path: Path, title: str, author: str, password: str | None):
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen.canvas import Canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    encrypt = StandardEncryption(password, canPrint=1, canModify=0, canCopy=1) if password else None
    canvas = Canvas(str(path), pagesize=A4, encrypt=encrypt)
    canvas.setTitle(title)
    canvas.setAuthor(author)
    return canvas


def _draft_mark(canvas, font: str, middle: float, size: float = 72) -> None:
    canvas.saveState()
    canvas.setFont(font, size)
    canvas.setFillColorRGB(0.8, 0.1, 0.1, alpha=0.18)
    canvas.translate(A4[0] / 2, middle)
    canvas.rotate(35)
    canvas.drawCentredString(0, 0, "草稿")
    canvas.restoreState()


def _money(amount: Decimal | None) -> str:
    return "" if amount is None else format_money(amount)
