"""Cell values as real exports hold them: dates and amounts in every common spelling."""

import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from hrdesk.messages import _

EXCEL_EPOCH = date(1899, 12, 30)
# Fifteen significant digits, what Excel keeps: well inside the database's integer fen.
MAX_AMOUNT = Decimal("9999999999999.99")
RATE_STEP = Decimal("0.000001")  # the database keeps rates to a millionth
_DATE_PATTERNS = [
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
]
_PLAIN_NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$")
# An amount as a statement's text cells write it, commas taken out: whole fen, within MAX_AMOUNT.
_FEN_TEXT = re.compile(r"-?[0-9]{1,13}(?:\.[0-9]{1,2})?\Z")
_QUICK_FLOAT_LIMIT = 1e12  # a float below it that holds whole fen is its fen exactly
_TRUE = {"是", "y", "yes", "true", "1", "√", "✓"}
_FALSE = {"否", "n", "no", "false", "0", "×", "✗"}


class CellError(ValueError):
    """A cell that cannot be read as its column needs; the message says why, in the chosen language."""


def _raw(value) -> str:
    if value.__class__ is str:  # most cells: checked first, as every cell comes through here
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # an ID or phone typed as a number must not gain ".0"
    return str(value).strip()


def folded(value) -> str:
    """Full-width letters, digits and punctuation made half-width: for numbers, dates and codes."""
    raw = _raw(value)
    return raw if raw.isascii() else unicodedata.normalize("NFKC", raw).strip()


def text(value) -> str:
    """Cell text as the clerk wrote it, trimmed. A code typed in full-width characters
    (１１０１０５…, Ｅ００１) is made half-width; other text keeps its Chinese punctuation."""
    raw = value.strip() if value.__class__ is str else _raw(value)  # a call saved per cell
    if raw.isascii():
        return raw
    half = unicodedata.normalize("NFKC", raw).strip()
    return half if half.isascii() else raw


def texts(values: list, *, numbers: bool = True) -> list[str]:
    """text() of every cell of a column: plain ASCII text, most cells, without a call; any
    other value (a number, Chinese text) worked out once however often the column repeats it.
    numbers=False, for a column read from its values alone (amounts, dates): a cell that is
    no text (a number, a date) is never blank, and stands as NOT_TEXT, its text not made."""
    found = []
    known: dict[object, str] = {}
    for value in values:
        if value.__class__ is str:
            raw = value.strip()
            if raw.isascii():
                found.append(raw)
                continue
            key = value
        elif not numbers and value is not None:
            found.append(NOT_TEXT)
            continue
        else:
            key = (value.__class__, value)
        cleaned = known.get(key)
        if cleaned is None:
            cleaned = known[key] = text(value)
        found.append(cleaned)
    return found


NOT_TEXT = "\x00"  # texts(numbers=False) of a number or a date: not blank, its text not made


def quick_amount(value) -> Decimal | None:
    """parse_amount(value) for the usual cell of a statement, without its general steps: a
    float holding whole fen (1234.5 → 1234.50), or text such as 1,234.56; None for any other
    cell (zero, more decimals, a currency sign, beyond a trillion), which parse_amount judges."""
    if value.__class__ is float:
        if 0 < abs(value) < _QUICK_FLOAT_LIMIT:
            fen = round(value * 100)
            if fen / 100 == value:  # so repr(value) has at most two decimals: it is fen / 100
                return Decimal(fen).scaleb(-2)
        return None
    if value.__class__ is str:
        plain = value.replace(",", "") if "," in value else value
        if _FEN_TEXT.match(plain):
            return Decimal(plain)
    return None


def parse_date(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # Excel's serial day numbers up to 9999-12-31
            return EXCEL_EPOCH + timedelta(days=int(value))
        raise CellError(_("不是有效的日期"))
    cleaned = folded(value).split(" ")[0]
    for pattern in _DATE_PATTERNS:
        match = pattern.match(cleaned)
        if match:
            try:
                year, month, day = match.groups()
                return date(int(year), int(month), int(day))
            except ValueError:
                raise CellError(_("日期“{date}”不存在").format(date=cleaned)) from None
    if cleaned.isdigit() and len(cleaned) == 4:
        raise CellError(_("“{year}”只有年份，不是日期（可写作 {year}-01-05）").format(year=cleaned))
    # A serial day number stored as text has five digits (1927–2173); "2026" is a year,
    # not 1905-07-18, and six digits are no date either.
    if cleaned.isdigit() and len(cleaned) == 5:
        return EXCEL_EPOCH + timedelta(days=int(cleaned))
    raise CellError(
        _("无法识别的日期“{date}”（可写作 2026-01-05、2026/1/5、2026年1月5日 或 20260105）").format(
            date=cleaned
        )
    )


def parse_amount(value, what: str = "金额") -> Decimal:
    """Yuan with at most two decimals: 1,234.50 · ¥1234.5 · １２３４.５ · (1,234.50) for negatives.
    what names the quantity in messages: 金额, or 数量 for hours and days."""
    what = _("数量") if what == "数量" else _("金额")
    if isinstance(value, bool):
        raise CellError(_("不是{what}").format(what=what))
    if isinstance(value, int):
        return _within_range(Decimal(value), value, what)
    if isinstance(value, float):
        # Excel keeps numbers as binary floats; two decimals is what was typed.
        exact = _within_range(Decimal(repr(value)), value, what)
        amount = exact.quantize(Decimal("0.01"))
        if abs(amount - exact) > Decimal("0.000001"):
            raise CellError(_("{what}“{value}”超过两位小数").format(what=what, value=value))
        return amount
    cleaned = folded(value).replace(",", "").replace("¥", "").replace("￥", "").replace("元", "")
    cleaned = cleaned.replace("RMB", "").replace("CNY", "").replace("\u2212", "-").strip()
    # Accountants write a negative as (5,000); "(-5000)" is the same negative, never +5000.
    negative = cleaned.startswith("(") and cleaned.endswith(")")
    if negative:
        cleaned = cleaned[1:-1].strip().removeprefix("-").strip()
    if not _PLAIN_NUMBER.match(cleaned):
        # Not Decimal()'s wider grammar: 1e4, nan and Infinity are no amount a clerk types.
        raise CellError(_("“{value}”不是{what}").format(value=text(value), what=what))
    amount = Decimal(cleaned)
    _within_range(amount, value, what)
    if amount != amount.quantize(Decimal("0.01")):
        raise CellError(_("{what}“{value}”超过两位小数").format(what=what, value=text(value)))
    return -abs(amount) if negative else amount


def _within_range(amount: Decimal, value, what: str) -> Decimal:
    """Refuses what no clerk means (1e30, a card number in the amount column): rounding it
    to fen would overflow the decimal context, and the database's integer fen cannot hold it."""
    if abs(amount) > MAX_AMOUNT:
        raise CellError(
            _("{what}“{value}”过大（最多 {most:,}）").format(
                what=what, value=text(value), most=MAX_AMOUNT
            )
        )
    return amount


_MONTH_PATTERNS = [
    re.compile(r"^(\d{4})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月?$"),
    re.compile(r"^(\d{4})(\d{2})$"),
]


def parse_month(value) -> date:
    """A pay month, 2026-11 · 2026/11 · 2026年11月 · 202611 or a date in it, as its first day."""
    if isinstance(value, datetime | date):
        return date(value.year, value.month, 1)
    cleaned = folded(value)
    for pattern in _MONTH_PATTERNS:
        match = pattern.match(cleaned)
        if match:
            year, month = (int(part) for part in match.groups())
            if 1 <= month <= 12:
                return date(year, month, 1)
            break
    raise CellError(_("月份“{month}”应写作 YYYY-MM，如 2026-11").format(month=cleaned))


def parse_rate(value) -> Decimal:
    """A rate written as 8% or 0.08, to a millionth (what the database keeps)."""
    number = isinstance(value, float | int) and not isinstance(value, bool)
    if number:
        rate = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    else:
        cleaned = folded(value)
        try:
            rate = Decimal(cleaned[:-1]) / 100 if cleaned.endswith("%") else Decimal(cleaned)
        except InvalidOperation:
            raise CellError(
                _("“{value}”不是比例（可写作 8% 或 0.08）").format(value=cleaned)
            ) from None
    if not rate.is_finite():  # "nan" is a Decimal too, and cannot even be compared
        raise CellError(_("“{value}”不是比例（可写作 8% 或 0.08）").format(value=text(value)))
    if not 0 <= rate <= 1:
        raise CellError(
            _("比例“{value}”应在0%至100%之间（可写作 8% 或 0.08）").format(value=text(value))
        )
    step = rate.quantize(RATE_STEP)
    if number and abs(step - rate) < Decimal("1e-12"):
        rate = step  # a binary float's noise (0.07000000000000001), not what was typed
    if rate != step:
        raise CellError(_("比例“{value}”精度过高（最多到0.0001%）").format(value=text(value)))
    return rate.normalize()


def parse_bool(value) -> bool:
    cleaned = folded(value).lower()
    if cleaned in _TRUE:
        return True
    if cleaned in _FALSE:
        return False
    raise CellError(_("“{value}”应填“是”或“否”").format(value=text(value)))
