"""A workbook is measured before it is read (issue 19); the corpus in tests/test_bad_inputs.py
runs the .xlsx cases through the command line, these cover the pieces and .ods."""

import zipfile

import pytest

from hrdesk.spreadsheets.bounds import MAX_COLUMNS, column_letters, column_number
from hrdesk.spreadsheets.reading import SpreadsheetError, read_sheets

ODS_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name="花名册">'
    '<table:table-row><table:table-cell office:value-type="string"><text:p>工号</text:p>'
    '</table:table-cell><table:table-cell office:value-type="string"><text:p>姓名</text:p>'
    "</table:table-cell></table:table-row>"
)
ODS_TAIL = "</table:table></office:spreadsheet></office:body></office:document-content>"
# What LibreOffice writes after the data of every sheet: a million empty rows, repeated.
EMPTY_REST = (
    '<table:table-row table:number-rows-repeated="1048574">'
    '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
)


def ods(path, rows: str):
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        book.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        book.writestr("content.xml", ODS_HEAD + rows + ODS_TAIL, zipfile.ZIP_DEFLATED)
    return path


def test_column_letters_and_numbers_agree():
    for number in (1, 26, 27, 52, 500, 702, 703, 16384):
        assert column_number(column_letters(number)) == number
    assert column_letters(16384) == "XFD" and column_number("AZ") == 52


def test_an_ods_as_libreoffice_saves_it_is_read(tmp_path):
    row = (
        '<table:table-row><table:table-cell office:value-type="string"><text:p>E1</text:p>'
        '</table:table-cell><table:table-cell office:value-type="string"><text:p>张三</text:p>'
        "</table:table-cell></table:table-row>"
    )
    [sheet] = read_sheets(ods(tmp_path / "ok.ods", row + EMPTY_REST))
    assert sheet.rows[:2] == [["工号", "姓名"], ["E1", "张三"]]


def test_an_ods_with_repeated_values_far_out_is_refused(tmp_path):
    bomb = (
        '<table:table-row table:number-rows-repeated="200000"><table:table-cell '
        'table:number-columns-repeated="1000" office:value-type="float" office:value="1">'
        "<text:p>1</text:p></table:table-cell></table:table-row>"
    )
    with pytest.raises(SpreadsheetError, match=r"工作表“花名册”的使用范围到 ALL200001"):
        read_sheets(ods(tmp_path / "bomb.ods", bomb))


def test_one_column_too_many_is_refused_and_the_limit_said(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["工号"])
    book.active.cell(row=2, column=MAX_COLUMNS + 1, value="x")
    book.save(tmp_path / "wide.xlsx")
    with pytest.raises(SpreadsheetError, match=f"{MAX_COLUMNS} 列"):
        read_sheets(tmp_path / "wide.xlsx")
    book.active.cell(row=2, column=MAX_COLUMNS + 1).value = None  # formatting alone stays
    book.active.cell(row=2, column=MAX_COLUMNS + 1).number_format = "0.00"
    book.active.cell(row=2, column=MAX_COLUMNS, value="x")
    book.save(tmp_path / "wide.xlsx")
    assert len(read_sheets(tmp_path / "wide.xlsx")[0].rows[1]) == MAX_COLUMNS


def _xlsx_with_sheet_xml(path, sheet_xml: bytes):
    """An .xlsx whose one worksheet is the given XML, the rest as openpyxl writes it."""
    import openpyxl

    openpyxl.Workbook().save(path)
    with zipfile.ZipFile(path) as book:
        parts = {item.filename: book.read(item) for item in book.infolist()}
    parts["xl/worksheets/sheet1.xml"] = sheet_xml
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for name, data in parts.items():
            book.writestr(name, data)
    return path


def test_an_error_cell_is_found_when_the_measuring_stream_cuts_through_it(tmp_path):
    """The sheet is measured in chunks of a megabyte, which also notes the sheets holding
    error values: one whose t="e" straddles two chunks is read as the error, not as blank."""
    from hrdesk.spreadsheets.bounds import _CHUNK
    from hrdesk.spreadsheets.reading import FormulaError

    head = (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>No</t></is></c></row>'
        b'<row r="2"><c r="A2" t="inlineStr"><is><t>'
    )
    cell = (
        b'</t></is></c><c r="B2" t="e"><f>1/0</f><v>#DIV/0!</v></c></row></sheetData></worksheet>'
    )
    padding = _CHUNK - 2 - len(head) - cell.index(b't="e"')  # t=" | e" across the cut
    xml = head + b"x" * padding + cell
    assert xml[_CHUNK - 2 : _CHUNK + 3] == b't="e"'
    rows = read_sheets(_xlsx_with_sheet_xml(tmp_path / "cut.xlsx", xml))[0].rows
    assert isinstance(rows[1][1], FormulaError) and rows[1][1] == "#DIV/0!"
    assert rows[1][0] == "x" * padding


_SHEET_HEAD = (
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>'
)
_ROW_ONE_END = b"</t></is></c></row>"
_SHEET_END = b"</sheetData></worksheet>"
_LONG = b' x14ac:dyDescent="0.25" customFormat="1" ht="15.75" customHeight="1" thickBot="1"'
# Tags whose reference is far more than 64 bytes from either end: the cut may fall anywhere.
_FAR_TAGS = {
    "cell": b'<row r="2"><c s="1"' + _LONG + b' r="XFD2"' + _LONG + b"><v>1</v></c></row>",
    "row": b'<row r="1000001" spans="1:1"' + _LONG + _LONG + b"></row>",
    "long cell": b'<row r="2"><c' + _LONG * 30 + b' r="XFD2"' + _LONG * 30 + b"><v>1</v></c></row>",
}


def _sheet_cut_at(far: bytes, cut: int, chunk: int) -> bytes:
    """A sheet whose far tag starts cut bytes before the end of a chunk."""
    chunk_end = chunk * (2 + cut // chunk)
    before = chunk_end - cut - len(_SHEET_HEAD) - len(_ROW_ONE_END)
    xml = _SHEET_HEAD + b"x" * before + _ROW_ONE_END + far + _SHEET_END
    assert xml[chunk_end - cut :].startswith(far)
    return xml


def _only_sheet(path, sheet_xml: bytes):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return path


@pytest.mark.parametrize("kind", list(_FAR_TAGS))
def test_a_reference_is_found_wherever_a_chunk_ends_in_its_tag(tmp_path, monkeypatch, kind):
    """The sheet is measured in chunks; a tag cut by a chunk's end is carried whole to the
    next (a long one as its reference and its end), not as a fixed 64 bytes, which lost a
    reference whose tag began further back: a cell at XFD2 passed the limit and reached the
    reader. Small chunks here, so that every cut is tried."""
    from hrdesk.spreadsheets import bounds

    chunk = 512
    monkeypatch.setattr(bounds, "_CHUNK", chunk)
    far = _FAR_TAGS[kind]
    near = far.replace(b'r="XFD2"', b'r="B2"').replace(b'r="1000001"', b'r="2"')
    path = tmp_path / "cut.xlsx"
    for cut in range(1, len(far)):
        with pytest.raises(SpreadsheetError, match="超过可导入的范围"):
            bounds.check_workbook(_only_sheet(path, _sheet_cut_at(far, cut, chunk)))
        assert bounds.check_workbook(_only_sheet(path, _sheet_cut_at(near, cut, chunk))) == set()


def test_a_self_closed_cell_cut_by_a_chunk_end_stays_outside_the_range(tmp_path, monkeypatch):
    """Formatting alone (<c r="XFD2" …/>) is no part of the used range, however long the tag
    and wherever the chunk ends in it."""
    from hrdesk.spreadsheets import bounds

    chunk = 512
    monkeypatch.setattr(bounds, "_CHUNK", chunk)
    far = b'<row r="2"><c' + _LONG * 30 + b' r="XFD2"' + _LONG * 30 + b"/></row>"
    for cut in range(1, len(far)):
        sheet = _sheet_cut_at(far, cut, chunk)
        assert bounds.check_workbook(_only_sheet(tmp_path / "formatted.xlsx", sheet)) == set()
