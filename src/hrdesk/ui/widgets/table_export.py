"""A list as the page shows it, saved as a spreadsheet: its columns, its rows, native values."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from hrdesk.spreadsheets.writing import SheetData, write_workbook
from hrdesk.ui.models.table import RowsTableModel, display

_WIDEST = 40  # characters


def _cell(value):
    """Dates and amounts stay dates and numbers in the sheet; the rest as the grid shows it."""
    if value is None or (isinstance(value, (date, Decimal, int)) and not isinstance(value, bool)):
        return value
    return display(value)


def write_table(path: Path, sheet: str, model: RowsTableModel) -> int:
    """Write the model's rows under its column titles; returns how many rows."""
    headers = [column.title for column in model.columns]
    rows = [[_cell(column.value(row)) for column in model.columns] for row in model.rows]
    widths = {
        index: min(_WIDEST, max([len(header) * 2, *(len(str(r[index] or "")) for r in rows)]) + 2)
        for index, header in enumerate(headers)
    }
    write_workbook(path, [SheetData(sheet, headers, rows, widths)])
    return len(rows)
