"""From a sheet's rows to typed records: find the header, map the columns, parse every cell.

Every problem names the row as Excel shows it and the column by its template header.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

from hrdesk.messages import _
from hrdesk.spreadsheets import cells
from hrdesk.spreadsheets.bounds import column_letters
from hrdesk.spreadsheets.reading import FormulaError
from hrdesk.spreadsheets.templates import CellKind, Column, Template

HEADER_SEARCH_ROWS = 30
EXCEL_DIGITS = 15  # significant digits Excel keeps in a numeric cell
_ANNOTATION = re.compile(r"[(（\[【].*?[)）\]】]")


@dataclass(frozen=True)
class Problem:
    """One reason an import cannot go ahead: 第N行 列名: 原因."""

    row: int | None  # Excel's row number; None for the file as a whole
    column: str | None
    reason: str

    def __str__(self) -> str:
        where = _("第{row}行 ").format(row=self.row) if self.row is not None else ""
        column = f"{self.column}: " if self.column else ""
        return f"{where}{column}{self.reason}"


@dataclass(frozen=True, slots=True)
class ParsedRow:
    row: int  # Excel's row number
    values: dict[str, object]  # field → parsed value; absent when the cell was blank


@dataclass
class ParsedTable:
    header_row: int  # Excel's row number of the header
    mapping: dict[str, int]  # field → column index in the sheet
    rows: list[ParsedRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    ignored: int = 0  # bank lines passed over: totals and outgoing payments
    warnings: list[Problem] = field(default_factory=list)  # passed over, but the clerk must know


_SUMMARY_WORDS = re.compile(r"合计|总计|小计|本页|共计|笔数|累计|期初余额|期末余额|共\s*\d+\s*笔")
MONEY_OUT = {"借", "借方", "支", "支出", "付", "付出", "出", "d", "dr", "debit", "-"}
MONEY_IN = {"贷", "贷方", "收", "收入", "入", "存入", "c", "cr", "credit", "+"}


def _totals(rows: list[list], numbers: list[int], parsed: dict[str, list], date_field: str):
    """The row numbers of a bank statement's totals: lines without a readable date, or with
    neither payer nor 流水号, that hold a total's words (合计, 共 N 笔…) in any cell."""
    absent = [_ABSENT] * len(numbers)
    dates = parsed.get(date_field, absent)
    payers, transactions = parsed.get("payer", absent), parsed.get("transaction_no", absent)
    return {
        number
        for number, day, payer, transaction in zip(
            numbers, dates, payers, transactions, strict=True
        )
        if (day is _ABSENT or (payer is _ABSENT and transaction is _ABSENT))
        and any(_SUMMARY_WORDS.search(cells.text(cell)) for cell in rows[number - 1])
    }


def _not_a_receipt(total: bool, values: dict, unreadable: set[str]) -> str | None:
    """Why a bank line is passed over — a footer total, money going out — or a reason to warn
    (a negative credit: a reversal); None for a receipt. Judged on the parsed cells."""
    if total:
        return "汇总行"
    if "credit" in unreadable or "amount" in unreadable:
        return None  # an unreadable amount is reported by its column
    direction = values.get("direction")
    if direction is not None and str(direction).strip().casefold() in MONEY_OUT:
        return "支出"
    if "credit" in values or "debit" in values:
        credit = values.get("credit", 0)
        if credit < 0:
            return _("贷方金额为负数（冲正或退汇），未导入：请核对对应的那笔收款，必要时重新核销")
        return "支出" if credit == 0 else None
    return "支出" if values.get("amount", 0) < 0 else None


def normalise_header(value) -> str:
    """工号* · 是否销售（是/否） · ' 入职 日期 ' all reduce to the bare header."""
    cleaned = unicodedata.normalize("NFKC", cells.text(value))
    cleaned = _ANNOTATION.sub("", cleaned)
    return re.sub(r"[\s*]", "", cleaned)


def find_header_row(
    rows: list[list], template: Template, aliases: dict[str, str] | None = None
) -> int | None:
    """The index of the row that names the most template columns, among the first rows."""
    known = {normalise_header(name) for c in template.columns for name in (c.header, *c.synonyms)}
    known |= {normalise_header(a) for a in aliases or {}}
    best, best_hits = None, 0
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        hits = len({normalise_header(cell) for cell in row} & known)
        if hits > best_hits:
            best, best_hits = index, hits
    return best


def _by_header(template: Template, aliases: dict[str, str] | None) -> dict[str, str]:
    by_header = {
        normalise_header(name): c.field
        for c in template.columns
        for name in (*c.synonyms, c.header)  # the template's own header wins a clash
    }
    for own, template_header in (aliases or {}).items():
        if normalise_header(template_header) in by_header:
            by_header[normalise_header(own)] = by_header[normalise_header(template_header)]
    return by_header


def auto_mapping(
    header: list, template: Template, aliases: dict[str, str] | None = None
) -> dict[str, int]:
    """field → column index, by header text; aliases map a file's own headers to template headers."""
    by_header = _by_header(template, aliases)
    mapping: dict[str, int] = {}
    for index, cell in enumerate(header):
        field_name = by_header.get(normalise_header(cell))
        if field_name is not None and field_name not in mapping:
            mapping[field_name] = index
    return mapping


def duplicate_headers(
    header: list, header_row: int, template: Template, aliases: dict[str, str] | None = None
) -> list[Problem]:
    """Two columns with the same header for one template column: which is meant cannot be
    guessed, so the file is refused with both named (taking the first quietly imported the
    wrong one). Different names for one column (a bank's 摘要 and 用途) keep the first."""
    by_header = _by_header(template, aliases)
    headers = {c.field: c.header for c in template.columns}
    first: dict[str, int] = {}
    found = []
    for index, cell in enumerate(header):
        name = normalise_header(cell)
        field_name = by_header.get(name)
        if field_name is None:
            continue
        if name not in first:
            first[name] = index
            continue
        earlier = first[name]
        found.append(
            Problem(
                header_row,
                headers[field_name],
                _(
                    "表头重复：{first}列“{first_header}”与{second}列“{second_header}”"
                    "都对应“{column}”，无法确定用哪一列；请删除或改名其中一列"
                ).format(
                    first=column_letters(earlier + 1),
                    first_header=cells.text(header[earlier]),
                    second=column_letters(index + 1),
                    second_header=cells.text(cell),
                    column=headers[field_name],
                ),
            )
        )
    return found


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


_ABSENT = object()  # a blank or unreadable cell: its field has no value in the row
_NONE: frozenset[str] = frozenset()


def _valued(column: Column) -> bool:
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


def _parse_column(column: Column, values: list, texts: list[str], numbers: list[int], found):
    """One column's parsed values, row by row (_ABSENT where blank or unreadable); its
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
            parsed.append(_ABSENT)
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
            parsed.append(_ABSENT)
    return parsed


def _parsed_lines(
    rows: list[list],
    header_index: int,
    mapped: list[tuple[Column, int]],
    statement_dates: str | None,
    keep_rows: bool,
):
    """({field: value}, its problems as (problem, whether the cell was unreadable), whether
    it is a bank statement's total — given the field of its dates) of every non-blank row
    under the header, parsed column by column. Without keep_rows, the rows under the header
    are let go (deleted from rows) once read: the parsed rows are never held beside them."""
    body = rows[header_index + 1 :]
    columns = [[row[i] if i < len(row) else "" for row in body] for _column, i in mapped]
    texts = [
        cells.texts(values, numbers=not _valued(column))
        for (column, _i), values in zip(mapped, columns, strict=True)
    ]
    kept = [k for k, line in enumerate(zip(*texts, strict=True)) if any(line)]
    if len(kept) < len(body):
        columns = [[values[k] for k in kept] for values in columns]
        texts = [[line[k] for k in kept] for line in texts]
    numbers = [header_index + 2 + k for k in kept]
    found: dict[int, list[tuple[Problem, bool]]] = {}
    parsed = [
        _parse_column(column, values, line, numbers, found)
        for (column, _i), values, line in zip(mapped, columns, texts, strict=True)
    ]
    del body, columns, texts
    fields = [column.field for column, _i in mapped]
    totals = set()
    if statement_dates is not None:
        by_field = dict(zip(fields, parsed, strict=True))
        totals = _totals(rows, numbers, by_field, statement_dates)
    if not keep_rows:
        del rows[header_index + 1 :]
    for number, line in zip(numbers, zip(*parsed, strict=True), strict=True):
        values = {f: v for f, v in zip(fields, line, strict=True) if v is not _ABSENT}
        yield number, values, found.get(number, ()), number in totals


class _DuplicateKeys:
    """The template's key seen twice in one file: the second row names the first."""

    def __init__(self, template: Template):
        self.fields = template.key
        self.column = template.column(template.key[0])  # a template with a key
        self.first_seen: dict[tuple, int] = {}

    def check(self, number: int, values: dict) -> Problem | None:
        key = tuple(values.get(field) for field in self.fields)
        if any(part in (None, "") for part in key):
            return None
        if key not in self.first_seen:
            self.first_seen[key] = number
            return None
        shown = " / ".join(str(part) for part in key)
        reason = _("“{value}”与第{row}行重复").format(value=shown, row=self.first_seen[key])
        return Problem(number, self.column.header, reason)


def parse_rows(
    rows: list[list],
    header_index: int,
    mapping: dict[str, int],
    template: Template,
    *,
    keep_rows: bool = True,
) -> ParsedTable:
    """Parse every row under the header; blank rows are skipped, problems collected, not raised.
    keep_rows=False lets the rows under the header go once read (they are deleted from rows):
    for a caller that has no more use for them, so a large sheet's cells and its parsed rows
    are never all held at once."""
    table = ParsedTable(header_row=header_index + 1, mapping=mapping)
    missing = [
        c.header
        for c in template.columns
        if c.required and c.field not in mapping and c.instead not in mapping
    ]
    if missing:
        reason = _("缺少必需的列：{columns}").format(columns="、".join(missing))
        table.problems.append(Problem(None, None, reason))
        return table
    check_key = _DuplicateKeys(template).check if template.key else None
    date_field = next((c.field for c in template.columns if c.kind is CellKind.DATE), "")
    mapped = [(c, mapping[c.field]) for c in template.columns if c.field in mapping]
    by_header = {c.header: c.field for c in template.columns}
    statement, problems, kept = template.bank_statement, table.problems, table.rows
    lines = _parsed_lines(rows, header_index, mapped, date_field if statement else None, keep_rows)
    for number, values, found, total in lines:
        if statement:
            unreadable = {by_header[p.column] for p, bad in found if bad} if found else _NONE
            reason = _not_a_receipt(total, values, unreadable)
            if reason is not None:
                table.ignored += 1
                if reason not in ("汇总行", "支出"):
                    table.warnings.append(Problem(number, "贷方金额", reason))
                continue
        if found:
            problems += [problem for problem, _unreadable in found]
        if check_key is not None and (duplicate := check_key(number, values)) is not None:
            problems.append(duplicate)
        kept.append(ParsedRow(number, values))
    if not table.rows and not table.problems and not table.ignored:
        table.problems.append(Problem(None, None, _("表格中没有数据行")))
    return table
