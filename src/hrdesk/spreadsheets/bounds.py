"""Measuring a file before reading it (读取上限): a hostile or broken workbook is refused early.

The reader underneath builds each sheet as a dense grid from A1 to its last cell: one cell
at XFD1048576 in a 4.7 KB file asks for 512 GB and kills the process, a cell at AZ300000
costs 834 MB, a 616 KB zip bomb unpacks to 1.3 GB. So before any cell is read, the zip's
entries are measured (declared sizes, then the bytes really unpacked, with a cap) and each
worksheet's used range is found from its row and cell references, not from its
<dimension> tag. Limits are generous for real imports (100,000 rows of a template
use a tenth of them) and are stated in every refusal.
"""

import re
import zipfile
from pathlib import Path

from hrdesk.messages import _
from hrdesk.spreadsheets.errors import SpreadsheetError

MAX_ROWS = 1_000_000
MAX_COLUMNS = 500
MAX_CELLS = 3_000_000  # rows × columns of the used range
MAX_SHEET_BYTES = 300 * 1024 * 1024  # one sheet's XML, unpacked
MAX_UNPACKED_BYTES = 400 * 1024 * 1024  # the whole workbook, unpacked
MAX_CSV_BYTES = 200 * 1024 * 1024
_CHUNK = 1024 * 1024

# Row and cell references (<row r="7">, <c r="AZ7">), whatever the attribute order.
# A self-closed element (<c r="Z9" s="3"/>: formatting, no value) is no part of the range.
# One pass finds both: (column letters, empty in a row's reference; row number).
_REFERENCE = re.compile(rb'\sr="([A-Z]{0,4})(\d{1,9})"[^>]*(?<!/)>')
_OPEN_REFERENCE = re.compile(rb'\sr="[A-Z]{0,4}\d{1,9}"')  # the start of a match of _REFERENCE
# After a chunk's last '>', what is carried to the next whole (a cut tag, a short text); a
# longer run (a hostile tag that never ends) as its first reference and its last bytes,
# which hold any reference cut at the end (at most 19 bytes).
_LONGEST_CARRY = 1024
_CUT_REFERENCE_BYTES = 32
_ERROR_VALUE = b't="e"'  # a cell stored as an error value (#N/A, #DIV/0!…)
# Within Z99999 (2.6 million cells) a sheet is inside every limit. Only a reference with two
# letters or six digits can take it further, so a sheet without one is measured by a search,
# not by reading its every reference (a third of a 50,000-line statement's reading). Any r="
# counts, a self-closed cell's or another attribute's too: never fewer than the used range.
_BEYOND_SMALL = re.compile(rb'r="(?:[A-Z]{2}|[A-Z]?[0-9]{6})')
_SMALL_OVERLAP = 16  # longer than what _BEYOND_SMALL matches


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:,.0f} MB"


def column_number(letters: bytes | str) -> int:
    """A → 1, Z → 26, AA → 27, XFD → 16384."""
    number = 0
    for letter in letters.encode() if isinstance(letters, str) else letters:
        number = number * 26 + letter - ord("A") + 1
    return number


def column_letters(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters or "A"


def check_csv_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_CSV_BYTES:
        raise SpreadsheetError(
            _("文件 {name} 有 {size}，超过可导入的上限 {most}；请分成几个文件导入").format(
                name=path.name, size=_mb(size), most=_mb(MAX_CSV_BYTES)
            )
        )


def _refuse_range(sheet: str, rows: int, columns: int) -> None:
    if rows > MAX_ROWS or columns > MAX_COLUMNS or rows * columns > MAX_CELLS:
        raise SpreadsheetError(
            _(
                "工作表“{sheet}”的使用范围到 {corner}（{rows:,} 行 × {columns:,} 列），"
                "超过可导入的范围（上限：{max_rows:,} 行、{max_columns} 列、"
                "共 {max_cells:,} 个单元格）；"
                "请删除表格远处多余的单元格，或只把需要的数据复制到新文件后再导入"
            ).format(
                sheet=sheet,
                corner=f"{column_letters(columns)}{rows}",
                rows=rows,
                columns=columns,
                max_rows=MAX_ROWS,
                max_columns=MAX_COLUMNS,
                max_cells=MAX_CELLS,
            )
        )


def _sheet_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Member path → the sheet's name as Excel shows it (the member path when unknown)."""
    try:
        workbook = archive.read("xl/workbook.xml").decode("utf-8", "replace")
        rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    except KeyError:
        return {}
    targets = dict(re.findall(r'Id="([^"]+)"[^>]*Target="([^"]+)"', rels))
    targets |= {k: v for v, k in re.findall(r'Target="([^"]+)"[^>]*Id="([^"]+)"', rels)}
    names = {}
    for name, rel in re.findall(r'<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"', workbook):
        target = targets.get(rel, "").lstrip("/")
        names[target if target.startswith("xl/") else f"xl/{target}"] = name
    return names


def _measure_sheet(archive: zipfile.ZipFile, member: str, sheet: str) -> bool:
    """Unpack one worksheet as a stream, never more than the cap, and find its used range:
    within Z99999 when no reference could be beyond it, else from every row and cell that
    holds something. Not from <dimension>: it can lie low (a hostile file) or high
    (formatting alone, which the reader skips).
    Returns whether the sheet holds a cell stored as an error value (t="e")."""
    errors = _scan_sheet(archive, member, sheet, small=True)
    if errors is None:
        errors = _scan_sheet(archive, member, sheet, small=False)
    return errors


def _scan_sheet(archive: zipfile.ZipFile, member: str, sheet: str, *, small: bool) -> bool | None:
    """One pass over a worksheet: whether it holds an error cell; refused beyond the limits.
    small: only whether any reference could be beyond Z99999 (None when one could), else
    its last row and column tracked from every reference of a cell or row holding something."""
    rows = columns = unpacked = 0
    tail = edge = b""
    errors = False
    with archive.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            unpacked += len(chunk)
            if unpacked > MAX_SHEET_BYTES:
                raise SpreadsheetError(
                    _(
                        "工作表“{sheet}”解压后超过 {most}（文件可能是压缩炸弹或已损坏），不予读取"
                    ).format(sheet=sheet, most=_mb(MAX_SHEET_BYTES))
                )
            errors = errors or _ERROR_VALUE in chunk or _ERROR_VALUE in edge + chunk[:8]
            edge = chunk[-8:]
            data = tail + chunk
            if small:
                if _BEYOND_SMALL.search(data):
                    return None
                tail = data[-_SMALL_OVERLAP:]
                continue
            found = _REFERENCE.findall(data)
            if found:  # the distinct references first: a sheet repeats its rows and columns
                rows = max(rows, *map(int, {number for _letters, number in found}))
                columns = max(columns, *map(column_number, {letters for letters, _n in found}))
            _refuse_range(sheet, rows, columns)
            tail = _unclosed(data)
    return errors


def _unclosed(data: bytes) -> bytes:
    """What the next chunk needs of this one to find every reference _REFERENCE would find
    in the whole sheet at once: everything after the last '>'. A match needs a '>' to end,
    so every one ending before it was found, and none after it was (a tag cut anywhere,
    however long its attributes before or after r="…"). Carried whole when short; a longer
    run keeps only what a match can use: its first complete r="…", which a match would run
    from to the next '>', and its last bytes, which hold a reference cut by the chunk's end."""
    rest = data[data.rfind(b">") + 1 :]
    if len(rest) <= _LONGEST_CARRY:
        return rest
    first = _OPEN_REFERENCE.search(rest)
    return (first.group() if first else b"") + rest[-_CUT_REFERENCE_BYTES:]


def check_workbook(path: Path) -> set[str]:
    """Refuse an .xlsx/.xlsm/.ods whose unpacked size or any sheet's used range is beyond the
    limits, before the reader allocates anything. Other files pass (the reader judges them).
    Returns the worksheets (zip members) that hold error cells, found in the same pass, so
    that only those are unpacked again to find them."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return set()  # not a zip: .xls, or not a workbook at all; the reader says which
    with archive:
        members = archive.infolist()
        declared = sum(member.file_size for member in members)
        if declared > MAX_UNPACKED_BYTES:
            raise SpreadsheetError(
                _(
                    "文件 {name} 解压后有 {size}（压缩包只有 {packed}），"
                    "超过上限 {most}，可能是压缩炸弹，不予读取"
                ).format(
                    name=path.name,
                    size=_mb(declared),
                    packed=_mb(path.stat().st_size),
                    most=_mb(MAX_UNPACKED_BYTES),
                )
            )
        names = _sheet_names(archive)
        with_errors = set()
        for member in members:
            if member.filename.startswith("xl/worksheets/") and member.filename.endswith(".xml"):
                sheet = names.get(member.filename, member.filename)
                if _measure_sheet(archive, member.filename, sheet):
                    with_errors.add(member.filename)
            elif member.filename == "content.xml":
                _measure_unpacked(archive, member.filename)
                _measure_ods(archive)
            elif member.file_size > MAX_SHEET_BYTES:
                _measure_unpacked(archive, member.filename)
    return with_errors


def _measure_unpacked(archive: zipfile.ZipFile, member: str) -> None:
    """An entry's real unpacked size, capped: its declared size may lie."""
    unpacked = 0
    with archive.open(member) as stream:
        while chunk := stream.read(_CHUNK):
            unpacked += len(chunk)
            if unpacked > MAX_SHEET_BYTES:
                raise SpreadsheetError(
                    _("文件中的“{member}”解压后超过 {most}（可能是压缩炸弹），不予读取").format(
                        member=member, most=_mb(MAX_SHEET_BYTES)
                    )
                )


_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT_P = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}p"


def _repeat(element, name: str) -> int:
    return int(element.get(f"{_TABLE}number-{name}-repeated", "1"))


def _measure_ods(archive: zipfile.ZipFile) -> None:
    """An .ods sheet's used range: repeated rows and cells count as many times as they say,
    empty ones not at all (every LibreOffice file ends with a million empty repeated rows)."""
    from xml.etree.ElementTree import iterparse  # expat refuses entity bombs (2.4.1 and later)

    with archive.open("content.xml") as stream:
        sheet, row_index, rows, columns = "", 0, 0, 0
        for event, element in iterparse(stream, events=("start", "end")):
            if event == "start":
                if element.tag == f"{_TABLE}table":
                    sheet, row_index, rows, columns = element.get(f"{_TABLE}name", ""), 0, 0, 0
                continue
            if element.tag == f"{_TABLE}table-row":
                repeat, column, last = _repeat(element, "rows"), 0, 0
                for cell in element:
                    column += _repeat(cell, "columns")
                    if cell.get(f"{_OFFICE}value-type") or cell.find(_TEXT_P) is not None:
                        last = column
                row_index += repeat
                if last:
                    rows, columns = row_index, max(columns, last)
                    _refuse_range(sheet, rows, columns)
                element.clear()
            elif element.tag == f"{_TABLE}table":
                element.clear()
