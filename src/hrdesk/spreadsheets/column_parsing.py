"""One column's cells parsed: the parser its kind chooses, the checks every cell takes, and
values a column repeats read once."""

from decimal import Decimal

from hrdesk.messages import _
from hrdesk.spreadsheets import cells
from hrdesk.spreadsheets.errors import Problem
from hrdesk.spreadsheets.reading import FormulaError
from hrdesk.spreadsheets.templates import CellKind, Column

EXCEL_DIGITS = 15  # significant digits Excel keeps in a numeric cell


ABSENT = object()  # a blank or unreadable cell: its field has no value in the row


def _text_parser(column: Column):
    def parse(value, cleaned: str):
        if column.long_digits and isinstance(value, int | float) and len(cleaned) > EXCEL_DIGITS:
            raise cells.CellError(
                _(
                    "该列是数值格式，Excel只保留15位有效数字，末几位已丢失；"
                    "请把该列设为文本格式后重新填写"
                )
            )
        return cleaned

    return parse


def _quantity(value, cleaned: str) -> Decimal:
    quantity = cells.parse_amount(value, "数量")
    if quantity < 0:
        raise cells.CellError(_("不能为负数"))
    return quantity


def _choice_parser(column: Column):
    def parse(value, cleaned: str) -> str:
        if cleaned not in column.choices:
            raise cells.CellError(
                _("“{value}”不是可选值（{choices}）").format(
                    value=cleaned, choices="/".join(column.choices)
                )
            )
        return cleaned

    return parse


_BY_KIND = {
    CellKind.DATE: lambda value, cleaned: cells.parse_date(value),
    CellKind.AMOUNT: lambda value, cleaned: cells.parse_amount(value),
    CellKind.QUANTITY: _quantity,
    CellKind.MONTH: lambda value, cleaned: cells.parse_month(value),
    CellKind.RATE: lambda value, cleaned: cells.parse_rate(value),
    CellKind.BOOL: lambda value, cleaned: cells.parse_bool(value),
}


def cell_parser(column: Column):
    """The function (value, its text) → the column's value, chosen once per column; it
    raises CellError with the reason the clerk reads."""
    if column.kind is CellKind.TEXT:
        return _text_parser(column)
    if column.kind is CellKind.CHOICE:
        return _choice_parser(column)
    return _BY_KIND[column.kind]


def _cell_reader(column: Column):
    """(value, its text) → the column's value; CellError with the reason the clerk reads.
    The checks every cell takes (its length, a failed formula), then the column's parser."""
    parse = cell_parser(column)
    most = column.max_length

    def read(value, cleaned: str):
        if most is not None and len(cleaned) > most:
            raise cells.CellError(_("超过{most}个字").format(most=most))
        if isinstance(value, FormulaError):
            raise cells.CellError(
                _("公式出错（{error}），请在Excel中改正后重新导入").format(error=value)
            )
        return parse(value, cleaned)

    return read


def read_from_values(column: Column) -> bool:
    """Whether the column is read from each cell's value alone, its text neither kept nor
    measured: dates, amounts, rates… without a length limit."""
    return column.kind not in (CellKind.TEXT, CellKind.CHOICE) and column.max_length is None


_MEMO_SAMPLE = 1000  # distinct cells after which a column that hardly repeats stops remembering


def _read_cell(read, quick: bool, value, cleaned: str) -> tuple[bool, object]:
    """(True, the cell's value) or (False, why it cannot be read); with quick, an amount in
    whole fen (the usual cell of a statement) is taken at once (cells.quick_amount)."""
    if quick:
        amount = cells.quick_amount(value)
        if amount is not None:
            return True, amount
    try:
        return True, read(value, cleaned)
    except cells.CellError as exc:
        return False, str(exc)


def parse_column(column: Column, values: list, texts: list[str], numbers: list[int], found):
    """One column's parsed values, row by row (ABSENT where blank or unreadable); its
    problems go into found[row number] as (problem, unreadable). A column of amounts, dates
    or choices repeats its values: each distinct cell is read once (a date written as text
    with its time, 2026-11-02 09:30:15, once per day: parse_date reads no more of it) and
    its value shared. One that hardly repeats (a statement's amounts, its balances) stops
    remembering after a sample: its cells are read one by one, never all kept twice."""
    read = _cell_reader(column)
    # Text is its own value, when it fits and is no failed formula (nor a number where long
    # digits may have been lost): nothing to parse or save.
    plain, digits = column.kind is CellKind.TEXT, column.long_digits
    remember, looked = not plain, 0
    quick = column.kind is CellKind.AMOUNT and column.max_length is None
    days = column.kind is CellKind.DATE and column.max_length is None
    most = column.max_length
    known: dict[object, tuple[bool, object]] = {}
    parsed = []
    for number, value, cleaned in zip(numbers, values, texts, strict=True):
        if not cleaned:
            if column.required:
                problem = Problem(number, column.header, _("不能为空"))
                found.setdefault(number, []).append((problem, False))
            parsed.append(ABSENT)
            continue
        if (
            plain
            and (value.__class__ is str or (not digits and value.__class__ is not FormulaError))
            and (most is None or len(cleaned) <= most)
        ):
            parsed.append(cleaned)
            continue
        outcome = None
        if remember:
            looked += 1
            if days and value.__class__ is str and value.isascii():
                key = value.strip().split(" ")[0]  # what parse_date reads of it
            else:
                key = (value.__class__, value)
            outcome = known.get(key)
        if outcome is None:
            outcome = _read_cell(read, quick, value, cleaned)
            if remember:
                known[key] = outcome
                if len(known) == _MEMO_SAMPLE and looked < _MEMO_SAMPLE * 11 // 10:
                    remember, known = False, {}  # nine in ten new: not worth keeping
        if outcome[0]:
            parsed.append(outcome[1])
        else:
            found.setdefault(number, []).append((Problem(number, column.header, outcome[1]), True))
            parsed.append(ABSENT)
    return parsed
