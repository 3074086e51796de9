"""From a sheet's rows to typed records: every row under the header parsed, column by column
(column_parsing), a bank statement's totals and outgoing payments passed over, the
template's key checked for repeats. The header is found and mapped by headers.

Every problem names the row as Excel shows it and the column by its template header.
"""

import re
from dataclasses import dataclass, field

from hrdesk.messages import _
from hrdesk.spreadsheets import cells
from hrdesk.spreadsheets.column_parsing import ABSENT, parse_column, read_from_values
from hrdesk.spreadsheets.errors import Problem
from hrdesk.spreadsheets.templates import CellKind, Column, Template


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
    absent = [ABSENT] * len(numbers)
    dates = parsed.get(date_field, absent)
    payers, transactions = parsed.get("payer", absent), parsed.get("transaction_no", absent)
    return {
        number
        for number, day, payer, transaction in zip(
            numbers, dates, payers, transactions, strict=True
        )
        if (day is ABSENT or (payer is ABSENT and transaction is ABSENT))
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


_NONE: frozenset[str] = frozenset()


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
        cells.texts(values, numbers=not read_from_values(column))
        for (column, _i), values in zip(mapped, columns, strict=True)
    ]
    kept = [k for k, line in enumerate(zip(*texts, strict=True)) if any(line)]
    if len(kept) < len(body):
        columns = [[values[k] for k in kept] for values in columns]
        texts = [[line[k] for k in kept] for line in texts]
    numbers = [header_index + 2 + k for k in kept]
    found: dict[int, list[tuple[Problem, bool]]] = {}
    parsed = [
        parse_column(column, values, line, numbers, found)
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
        values = {f: v for f, v in zip(fields, line, strict=True) if v is not ABSENT}
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
