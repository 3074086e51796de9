"""What a template is: its columns, their kinds, and the fields that identify a row."""

from dataclasses import dataclass
from enum import StrEnum


class CellKind(StrEnum):
    TEXT = "文本"
    DATE = "日期"
    AMOUNT = "金额"
    QUANTITY = "数量"  # hours or days, two decimals, never negative
    MONTH = "月份"
    RATE = "比例"
    BOOL = "是/否"
    CHOICE = "选项"


@dataclass(frozen=True)
class Column:
    header: str
    field: str
    kind: CellKind = CellKind.TEXT
    required: bool = False
    help: str = ""
    choices: tuple[str, ...] = ()
    long_digits: bool = False  # a number Excel would round if the cell were numeric: must be text
    synonyms: tuple[str, ...] = ()  # other exports' names for this column, mapped without asking
    instead: str = ""  # a required column may be left out when this other field is mapped
    max_length: int | None = None  # characters the database keeps for this text


@dataclass(frozen=True)
class Template:
    kind: str  # as the command line names it
    title: str
    key: tuple[str, ...]  # the fields that identify a row: a re-import updates by them
    columns: tuple[Column, ...]
    # A bank statement: footer totals and outgoing (debit) lines are passed over, not refused.
    bank_statement: bool = False

    def column(self, field: str) -> Column:
        return next(c for c in self.columns if c.field == field)
