"""A sheet's header: the row that names the template's columns, and which column is which."""

import re
import unicodedata

from hrdesk.messages import _
from hrdesk.spreadsheets import cells
from hrdesk.spreadsheets.bounds import column_letters
from hrdesk.spreadsheets.errors import Problem
from hrdesk.spreadsheets.templates import Template

HEADER_SEARCH_ROWS = 30
_ANNOTATION = re.compile(r"[(（\[【].*?[)）\]】]")


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
