"""Writing .xlsx files: templates with a 说明 sheet and validation, and data in template layout."""

import re
from dataclasses import dataclass, field
from pathlib import Path

from hrdesk.spreadsheets.templates import CellKind, Template

HEADER_FILL = "DDEBF7"
REQUIRED_FONT = "C00000"


@dataclass
class SheetData:
    name: str
    headers: list[str]
    rows: list[list] = field(default_factory=list)
    widths: dict[int, int] = field(default_factory=dict)  # column index → width in characters


def _style_header(sheet, headers: list[str], required: set[str]) -> None:
    from openpyxl.styles import Font, PatternFill

    fill = PatternFill("solid", fgColor=HEADER_FILL)
    for index, header in enumerate(headers, start=1):
        cell = sheet.cell(row=1, column=index)
        cell.fill = fill
        cell.font = Font(bold=True, color=REQUIRED_FONT if header in required else None)
    sheet.freeze_panes = "A2"


_EXCEL_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def _as_written(value):
    """Text that Excel would read as an escaped character (_x0041_ is "A") keeps its letters."""
    if isinstance(value, str) and "_x" in value:
        return _EXCEL_ESCAPE.sub(r"_x005F_\1", value)
    return value


def write_workbook(path: Path, sheets: list[SheetData], required: set[str] = frozenset()) -> None:
    """Write sheets of rows; headers bold, required headers red."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)
    for data in sheets:
        sheet = workbook.create_sheet(data.name)
        sheet.append(data.headers)
        for row in data.rows:
            sheet.append([_as_written(value) for value in row])
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # the clerk's text, never a live formula
        _style_header(sheet, data.headers, required)
        for index, header in enumerate(data.headers):
            width = data.widths.get(index, max(10, len(header) * 2 + 2))
            sheet.column_dimensions[get_column_letter(index + 1)].width = width
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)


def template_sheets(template: Template, rows: list[list] | None = None) -> list[SheetData]:
    """The data sheet (headers in template order) and its 说明 sheet."""
    data = SheetData(template.title, [c.header for c in template.columns], rows or [])
    notes = SheetData(
        "说明",
        ["列名", "必填", "格式", "说明"],
        [
            [c.header, "是" if c.required else "", c.kind.value, c.help or ("/".join(c.choices))]
            for c in template.columns
        ],
        widths={0: 16, 1: 6, 2: 8, 3: 70},
    )
    return [data, notes]


def write_template(template: Template, path: Path, rows: list[list] | None = None) -> None:
    """An empty (or filled) template, with drop-down lists and date checks on the data sheet."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    write_workbook(
        path, template_sheets(template, rows), {c.header for c in template.columns if c.required}
    )
    workbook = load_workbook(path)
    sheet = workbook[template.title]
    last_row = max(1000, len(rows or []) + 500)
    for index, column in enumerate(template.columns, start=1):
        letter = get_column_letter(index)
        cells = f"{letter}2:{letter}{last_row}"
        if column.kind in (CellKind.CHOICE, CellKind.BOOL):
            choices = column.choices or ("是", "否")
            validation = DataValidation(
                type="list", formula1=f'"{",".join(choices)}"', allow_blank=True
            )
        elif column.kind is CellKind.DATE:
            validation = DataValidation(
                type="date", operator="greaterThan", formula1="1", allow_blank=True
            )
            validation.error = "请填写日期，如 2026-01-05"
            for row in range(2, last_row + 1):
                sheet[f"{letter}{row}"].number_format = "yyyy-mm-dd"
        else:
            continue
        validation.showErrorMessage = True
        validation.add(cells)
        sheet.add_data_validation(validation)
    workbook.save(path)
