"""Writing a salary transfer file (代发文件) in a bank's column layout: account numbers and ID
numbers as text (never 6.22E+18), amounts as numbers with two decimals, the totals where the
bank wants them."""

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

HEADER_FILL = "DDEBF7"


@dataclass
class BankSheet:
    name: str
    headers: list[str]
    rows: list[list]
    amount_columns: set[int]  # column indexes holding money: numbers, two decimals
    text_columns: set[int]  # account and ID numbers: stored as text
    above: list[list] = field(default_factory=list)  # rows before the headers (总笔数, 总金额)
    below: list[list] = field(default_factory=list)  # rows after the lines (合计)


def write_bank_sheet(path: Path, sheet: BankSheet) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet.name
    for row in sheet.above:
        worksheet.append(row)
    worksheet.append(sheet.headers)
    header_row = worksheet.max_row
    for cell in worksheet[header_row]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    for row in [*sheet.rows, *sheet.below]:
        worksheet.append(row)
        for index, cell in enumerate(worksheet[worksheet.max_row]):
            if index in sheet.text_columns:
                cell.number_format = "@"
            elif index in sheet.amount_columns or isinstance(cell.value, Decimal):
                cell.number_format = "0.00"
    for number in range(1, len(sheet.above) + 1):
        for cell in worksheet[number]:
            if isinstance(cell.value, Decimal):
                cell.number_format = "0.00"
    worksheet.freeze_panes = f"A{header_row + 1}"
    for index, header in enumerate(sheet.headers):
        wide = 26 if index in sheet.text_columns else max(10, len(header) * 2 + 2)
        worksheet.column_dimensions[get_column_letter(index + 1)].width = wide
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
