"""对账函: the statement-confirmation letter with its reply slip (回执), drawn on an A4 canvas.

Drawn directly rather than through platypus: a batch of hundreds prints at the speed of
reportlab itself. A long statement continues on further pages; the reply slip always sits
whole at the foot of the last one.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from io import BytesIO
from pathlib import Path

from hrdesk.documents.fonts import cjk_font
from hrdesk.domain.money import format_money


@dataclass(frozen=True)
class LetterLine:
    number: str
    issued_on: date
    due_on: date
    amount: Decimal
    paid: Decimal  # received, credited and written off by the as-of date
    balance: Decimal


@dataclass(frozen=True)
class Letterhead:
    company: str
    address: str
    phone: str
    contact: str
    bank_name: str
    bank_account: str
    logo: bytes | None = None  # PNG or JPEG


@dataclass(frozen=True)
class LetterData:
    letterhead: Letterhead
    number: str
    customer: str
    customer_credit_code: str
    customer_address: str
    as_of: date
    pay_by: date
    lines: list[LetterLine]
    credit: Decimal  # the customer's unapplied payments, taken off the balance
    balance: Decimal
    balance_in_words: str
    dated: date  # the day the letter was made, printed by the company's seal
    void: bool = False  # a voided letter prints marked 作废, so it is not sent by mistake


MM = 72 / 25.4
PAGE_WIDTH, PAGE_HEIGHT = 210 * MM, 297 * MM
LEFT, RIGHT, TOP, BOTTOM = 20 * MM, 190 * MM, 277 * MM, 18 * MM
SLIP_HEIGHT = 92 * MM  # the reply slip, cut line included
ROW = 6 * MM
COLUMNS = [  # header, x of its left edge, right-aligned
    ("应收单号", LEFT, False),
    ("开票日期", LEFT + 42 * MM, False),
    ("到期日期", LEFT + 66 * MM, False),
    ("金额", LEFT + 90 * MM, True),
    ("已收/冲减", LEFT + 116 * MM, True),
    ("未收余额", LEFT + 143 * MM, True),
]


NO_LINE_START = "，。；：、）》」』！？,.;:)"


def _money(amount: Decimal) -> str:
    return format_money(amount)


def _day(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


class _Writer:
    """One canvas; letters drawn one after another (a merged batch shares the canvas)."""

    def __init__(self, target):
        from reportlab.pdfgen.canvas import Canvas

        self.font = cjk_font()
        self.canvas = Canvas(target, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1)
        self.canvas.setTitle("对账函")
        self.page = 1  # of the letter being drawn

    def width(self, text: str, size: float) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return stringWidth(text, self.font, size)

    def text(self, x: float, y: float, text: str, size: float = 10, right=False, centre=False):
        self.canvas.setFont(self.font, size)
        if right:
            self.canvas.drawRightString(x, y, text)
        elif centre:
            self.canvas.drawCentredString(x, y, text)
        else:
            self.canvas.drawString(x, y, text)

    def paragraph(self, y: float, text: str, size: float = 10, indent: float = 0) -> float:
        """Text wrapped character by character (Chinese has no spaces); returns the next y."""
        limit = RIGHT - LEFT - indent
        line, width = "", 0.0
        for character in text:
            step = self.width(character, size)
            # a closing mark never starts a line: it stays, a little over, on the one before
            if width + step > limit and character not in NO_LINE_START:
                self.text(LEFT + indent, y, line, size)
                y -= size * 1.6
                line, width = "", 0.0
            line += character
            width += step
        if line:
            self.text(LEFT + indent, y, line, size)
            y -= size * 1.6
        return y

    def letterhead(self, data: LetterData) -> float:
        head = data.letterhead
        y = TOP
        if head.logo:
            from reportlab.lib.utils import ImageReader

            image = ImageReader(BytesIO(head.logo))
            self.canvas.drawImage(
                image, LEFT, y - 14 * MM, height=16 * MM, width=16 * MM, preserveAspectRatio=True
            )
        self.text(PAGE_WIDTH / 2, y - 6 * MM, head.company, 16, centre=True)
        details = "　".join(
            part
            for part in (
                head.address and f"地址：{head.address}",
                head.phone and f"电话：{head.phone}",
                head.contact and f"联系人：{head.contact}",
            )
            if part
        )
        self.text(PAGE_WIDTH / 2, y - 12 * MM, details, 8.5, centre=True)
        self.canvas.setLineWidth(1)
        self.canvas.line(LEFT, y - 15 * MM, RIGHT, y - 15 * MM)
        return y - 15 * MM

    def table_header(self, y: float) -> float:
        self.canvas.setFillGray(0.9)
        self.canvas.rect(LEFT - 1 * MM, y - 1.8 * MM, RIGHT - LEFT + 2 * MM, ROW, stroke=0, fill=1)
        self.canvas.setFillGray(0)
        for index, (header, x, right) in enumerate(COLUMNS):
            self.text(self._right_edge(index) if right else x, y, header, 9, right=right)
        return y - ROW

    @staticmethod
    def _right_edge(index: int) -> float:
        return COLUMNS[index + 1][1] - 2 * MM if index + 1 < len(COLUMNS) else RIGHT

    def table_row(self, y: float, values: list[str], rule: bool = False) -> float:
        """One line of the statement; a rule above it sets the total apart."""
        if rule:
            self.canvas.setLineWidth(0.6)
            self.canvas.line(LEFT - 1 * MM, y + 4 * MM, RIGHT + 1 * MM, y + 4 * MM)
        self.canvas.setFont(self.font, 9)
        for index, ((_header, x, right), value) in enumerate(zip(COLUMNS, values, strict=True)):
            if right:
                self.canvas.drawRightString(self._right_edge(index), y, value)
            else:
                self.canvas.drawString(x, y, value)
        return y - ROW

    def letter(self, data: LetterData) -> None:
        """One letter from a new page: the statement, the request, the seal and the reply slip."""
        self.page = 1
        y = self._addressee(data, self.letterhead(data))
        y = self._statement(data, y)
        y = self._closing(data, y)
        self.reply_slip(data)
        if data.void:
            self.void_mark()
        if self.page > 1:
            self.text(
                RIGHT,
                BOTTOM - 6 * MM,
                f"{data.number}　第{self.page}页，共{self.page}页",
                8,
                right=True,
            )
        self.canvas.showPage()

    def _next_page(self, data: LetterData) -> None:
        self.text(RIGHT, BOTTOM - 6 * MM, f"{data.number}　第{self.page}页，接下页", 8, right=True)
        self.canvas.showPage()
        self.page += 1

    def _addressee(self, data: LetterData, y: float) -> float:
        """The title and number, to whom, and what the books say is owed."""
        self.text(PAGE_WIDTH / 2, y - 11 * MM, "对 账 函", 18, centre=True)
        self.text(RIGHT, y - 18 * MM, f"编号：{data.number}", 9.5, right=True)
        y -= 25 * MM
        customer = data.customer + (
            f"（统一社会信用代码：{data.customer_credit_code}）"
            if data.customer_credit_code
            else ""
        )
        y = self.paragraph(y, f"致：{customer}", 10.5)
        if data.customer_address:
            y = self.paragraph(y, f"地址：{data.customer_address}", 9)
        y -= 2 * MM
        owed = f"人民币{_money(abs(data.balance))}元（大写：{data.balance_in_words}）"
        if data.balance > 0:
            opening = f"贵公司尚欠我公司货款{owed}"
        else:
            opening = f"贵公司在我公司尚有预付款{owed}"
        y = self.paragraph(
            y, f"截至{_day(data.as_of)}，根据我公司账簿记录，{opening}，明细如下：", 10.5
        )
        return y - 1 * MM

    def _statement(self, data: LetterData, y: float) -> float:
        """The open invoices, continued on further pages, then the credit and the total."""
        y = self.table_header(y)
        for line in data.lines:
            if y < BOTTOM + 12 * MM:
                self._next_page(data)
                y = self.table_header(TOP - 6 * MM)
            y = self.table_row(
                y,
                [
                    line.number,
                    line.issued_on.isoformat(),
                    line.due_on.isoformat(),
                    _money(line.amount),
                    _money(line.paid),
                    _money(line.balance),
                ],
            )
        if data.credit:
            y = self.table_row(y, ["减：预收及多付款", "", "", "", "", _money(-data.credit)])
        return self.table_row(y, ["合计", "", "", "", "", _money(data.balance)], rule=True)

    def _closing(self, data: LetterData, y: float) -> float:
        """The request to pay (when owed) and to reply, and the company's seal and date, kept on
        the page with the reply slip."""
        head = data.letterhead
        reply = (
            "请贵公司核对后在下方回执中勾选，签字、盖章后于收到本函十五日内寄回我公司。"
            "如有不符，请列明不符项目及具体内容。"
        )
        if data.balance > 0:
            closing = [
                f"请贵公司于{_day(data.pay_by)}前将上述欠款汇入我公司账户（户名：{head.company}；"
                f"开户行：{head.bank_name}；账号：{head.bank_account}）。",
                "本函既是对账确认，也是我公司对上述欠款的付款通知。" + reply,
            ]
        else:
            closing = [reply]
        needed = 6 * MM + 2 * 14 * MM + 22 * MM + SLIP_HEIGHT
        if y - needed < BOTTOM:
            self._next_page(data)
            y = TOP - 6 * MM
        y -= 3 * MM
        for text in closing:
            y = self.paragraph(y, text, 10, indent=0)
        y -= 4 * MM
        self.text(RIGHT, y, f"{head.company}（盖章）", 10.5, right=True)
        self.text(RIGHT, y - 7 * MM, _day(data.dated), 10.5, right=True)
        return y

    def void_mark(self) -> None:
        self.canvas.saveState()
        self.canvas.setFillColorRGB(0.85, 0.1, 0.1, alpha=0.35)
        self.canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        self.canvas.rotate(35)
        self.text(0, 0, "作 废", 120, centre=True)
        self.canvas.restoreState()

    def reply_slip(self, data: LetterData) -> None:
        head = data.letterhead
        y = BOTTOM + SLIP_HEIGHT
        self.canvas.setDash(3, 3)
        self.canvas.setLineWidth(0.6)
        self.canvas.line(LEFT - 8 * MM, y, RIGHT + 8 * MM, y)
        self.canvas.setDash()
        self.text(PAGE_WIDTH / 2, y - 4 * MM, "（沿此线剪下，签章后寄回）", 7.5, centre=True)
        y -= 9 * MM
        self.text(PAGE_WIDTH / 2, y, "回　执", 14, centre=True)
        y -= 8 * MM
        self.text(LEFT, y, f"致：{head.company}", 10)
        self.text(RIGHT, y, f"对账函编号：{data.number}", 9.5, right=True)
        y -= 9 * MM
        amount = f"人民币{_money(abs(data.balance))}元"
        owed = (
            f"我公司尚欠贵公司{amount}" if data.balance > 0 else f"我公司在贵公司尚有预付款{amount}"
        )
        self.text(LEFT, y, f"□ 1. 信息证明无误：截至{_day(data.as_of)}，{owed}。", 10)
        y -= 8 * MM
        self.text(LEFT + 60 * MM, y, "（公司盖章）　经办人：__________　日期：________", 9.5)
        y -= 10 * MM
        self.text(LEFT, y, "□ 2. 信息不符，请列明不符项目及具体内容：", 10)
        for _ in range(2):
            y -= 8 * MM
            self.canvas.setLineWidth(0.4)
            self.canvas.line(LEFT + 6 * MM, y, RIGHT, y)
        y -= 8 * MM
        self.text(LEFT + 6 * MM, y, "我公司确认的余额：人民币________________元", 10)
        y -= 9 * MM
        self.text(LEFT + 60 * MM, y, "（公司盖章）　经办人：__________　日期：________", 9.5)

    def save(self) -> None:
        self.canvas.save()


def write_letter(path: Path, data: LetterData) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = _Writer(str(path))
    writer.letter(data)
    writer.save()


def write_letters(path: Path, letters: list[LetterData], progress=None) -> None:
    """Several letters in one PDF, each starting on a new page: one file to print."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = _Writer(str(path))
    for done, data in enumerate(letters):
        if progress is not None:
            progress(done, len(letters))
        writer.letter(data)
    writer.save()
