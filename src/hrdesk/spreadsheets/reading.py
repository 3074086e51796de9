"""Opening a spreadsheet file as rows of cells: .xlsx/.xlsm/.xls/.ods through calamine, .csv by hand.

Row i of a sheet is Excel's row i + 1, so every message can name the row the clerk sees.
A file is measured before any cell is read (spreadsheets/bounds.py): a sheet whose used
range or unpacked size is beyond what an import can need is refused, not read.
"""

import csv
import html
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from hrdesk.messages import _
from hrdesk.spreadsheets.bounds import check_csv_size, check_workbook
from hrdesk.spreadsheets.errors import SpreadsheetError

__all__ = ["FormulaError", "Sheet", "SpreadsheetError", "read_sheets"]

EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
# What Chinese banks and CRMs export: UTF-8 (with or without BOM), UTF-16 with BOM, GBK/GB18030.
CSV_ENCODINGS = ("utf-8-sig", "gb18030")


class FormulaError(str):
    """A cell whose formula failed (#N/A, #DIV/0!…): never read as blank or as a value."""


# An .xlsx cell stored as an error value: <c r="C2" … t="e"><f>…</f><v>#N/A</v></c>.
# Each piece is bounded ([^<>] never crosses a tag, the formula is tag-free text), so a scan
# is linear in the sheet's size: the unbounded .*? of before made 8,000 error cells take 74 s.
_ERROR_CELL = re.compile(
    rb'<c r="([A-Z]{1,3})(\d{1,7})"[^<>]*?\st="e"[^<>]*>(?:<f[^<>]*/>|<f[^<>]*>[^<]*</f>)?'
    rb"(?:<v>([^<]*)</v>)?"  # a formula saved without its result has no <v>
)


def _column_index(letters: bytes) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + letter - ord("A") + 1
    return index - 1


def _error_cells(path: Path, members: set[str]) -> dict[str, dict[tuple[int, int], str]]:
    """sheet name → {(row, column): "#N/A"}: calamine reads error cells as blank, which would
    quietly import a failed VLOOKUP as nothing. Only .xlsx/.xlsm keep them findable; only
    the worksheets (zip members) check_workbook saw holding one are unpacked again."""
    found: dict[str, dict[tuple[int, int], str]] = {}
    if not members:
        return found
    try:
        with zipfile.ZipFile(path) as archive:
            workbook = archive.read("xl/workbook.xml").decode("utf-8")
            rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8")
            targets = dict(re.findall(r'Id="([^"]+)"[^>]*Target="([^"]+)"', rels))
            targets |= {k: v for v, k in re.findall(r'Target="([^"]+)"[^>]*Id="([^"]+)"', rels)}
            for name, rel in re.findall(r'<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"', workbook):
                target = targets.get(rel, "").lstrip("/")
                member = target if target.startswith("xl/") else f"xl/{target}"
                if member not in members:
                    continue
                xml = archive.read(member)  # within bounds: check_workbook measured it
                found[html.unescape(name)] = {
                    (int(row) - 1, _column_index(column)): value.decode("utf-8") or "#错误"
                    for column, row, value in _ERROR_CELL.findall(xml)
                }
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError):
        return {}  # not the usual layout: calamine's reading stands
    return found


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[list]  # cells as Python values; "" for an empty cell


def _decode_csv(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    for encoding in CSV_ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SpreadsheetError(_("无法识别CSV文件的编码（支持UTF-8、UTF-16和GBK）"))


def _read_csv(path: Path) -> list[Sheet]:
    check_csv_size(path)
    content = _decode_csv(path.read_bytes())
    try:
        dialect = csv.Sniffer().sniff(content[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(content), dialect)
    try:
        rows = [list(row) for row in reader]
    except csv.Error as exc:  # a stray quote makes the rest of a large file one cell
        raise SpreadsheetError(
            _("CSV文件第{line}行附近格式有误，可能有未配对的引号（{error}）").format(
                line=reader.line_num, error=exc
            )
        ) from None
    return [Sheet(path.stem, rows)]


def _fill_merged(rows: list[list], merged) -> None:
    """A merged cell means its value for every cell it covers (a department merged down rows)."""
    for (top, left), (bottom, right) in merged or ():
        value = rows[top][left] if top < len(rows) and left < len(rows[top]) else ""
        for row in range(top, min(bottom + 1, len(rows))):
            for column in range(left, min(right + 1, len(rows[row]))):
                rows[row][column] = value


def _read_excel(path: Path) -> list[Sheet]:
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError, SheetVisibleEnum

    with_errors = check_workbook(path)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        visible = [
            m.name for m in workbook.sheets_metadata if m.visible == SheetVisibleEnum.Visible
        ]
        xlsx = path.suffix.lower() in (".xlsx", ".xlsm")
        errors = _error_cells(path, with_errors) if xlsx else {}
        sheets = []
        for name in visible:
            sheet = workbook.get_sheet_by_name(name)
            rows = sheet.to_python(skip_empty_area=False)  # a new list of new lists
            for (row, column), value in errors.get(name, {}).items():
                if row < len(rows) and column < len(rows[row]):
                    rows[row][column] = FormulaError(value)
            _fill_merged(rows, sheet.merged_cell_ranges)
            sheets.append(Sheet(name, rows))
        return sheets
    except PasswordError:
        raise SpreadsheetError(_("工作簿有密码保护，请先在Excel中取消密码再导入")) from None
    except (CalamineError, OSError, ValueError) as exc:
        raise SpreadsheetError(
            _("无法读取该文件，它可能不是有效的Excel文件（{error}）").format(error=exc)
        ) from None


def read_sheets(path: Path) -> list[Sheet]:
    """Every visible sheet of the file, hidden sheets left out."""
    if not path.is_file():
        raise SpreadsheetError(_("找不到文件：{path}").format(path=path))
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        sheets = _read_csv(path)
    elif suffix in EXCEL_SUFFIXES:
        sheets = _read_excel(path)
    else:
        raise SpreadsheetError(
            _("不支持的文件类型“{suffix}”（支持 .xlsx、.xls、.ods、.csv）").format(suffix=suffix)
        )
    if not sheets:
        raise SpreadsheetError(_("文件中没有可见的工作表"))
    return sheets
