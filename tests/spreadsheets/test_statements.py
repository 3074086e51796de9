"""A bank statement's cells read the same whichever way is taken: the usual amount at once,
a day's dates once, a sheet measured by a search when nothing in it could be far away."""

import zipfile
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from hrdesk.spreadsheets.bounds import check_workbook
from hrdesk.spreadsheets.cells import CellError, parse_amount, quick_amount
from hrdesk.spreadsheets.errors import SpreadsheetError
from hrdesk.spreadsheets.tabular import parse_rows
from hrdesk.spreadsheets.templates import RECEIPTS

HEADER = ["交易日期", "流水号", "付款方名称", "借方金额", "贷方金额", "余额"]


def parsed(value):
    """parse_amount's answer as text (1234.50 and 1234.5 are different answers), or its error."""
    try:
        return str(parse_amount(value))
    except CellError as exc:
        return f"error: {exc}"


@pytest.mark.parametrize(
    "value",
    [
        1234.5,
        0.01,
        -500.0,
        0.1 + 0.2,  # binary noise: parse_amount rounds it to 0.30
        12.345,  # three decimals: refused
        0.005,
        0.0,
        -0.0,  # -0.00, not 0.00
        999999999999.99,
        1e12,
        9999999999999.99,
        1e15,  # beyond MAX_AMOUNT
        float("nan"),
        float("inf"),
        "1,234.56",
        "1234.5",
        "-,5",
        "1,2,3.4",
        "0012",
        "-0",
        "9999999999999.99",
        "99999999999999",
        "12.345",
        "10.",
        "+.5",
        " 1.5 ",
        "1.5\n",
        "１２３４.５",
        "(1,234.50)",
        "￥1,000",
        "1e4",
        "nan",
        "",
    ],
)
def test_the_quick_amount_is_parse_amounts_answer_or_none(value):
    quick = quick_amount(value)
    assert quick is None or str(quick) == parsed(value)


@given(st.floats(min_value=-2e13, max_value=2e13))
def test_a_float_amount_taken_at_once_is_what_parse_amount_gives(value):
    quick = quick_amount(value)
    assert quick is None or str(quick) == parsed(value)


@given(st.integers(min_value=-(10**14) + 1, max_value=10**14 - 1).filter(bool))
def test_whole_fen_below_a_trillion_yuan_is_taken_at_once(fen):
    """The statement's usual cell, as a float and as text: never left to the slow way."""
    value = fen / 100
    if abs(value) < 1e12:
        assert quick_amount(value) == Decimal(fen).scaleb(-2)
        assert str(quick_amount(value)) == str(parse_amount(value))
    text = str(Decimal(fen).scaleb(-2))
    assert quick_amount(text) == parse_amount(text)


def statement(lines: list[list]) -> list[list]:
    return [["某银行 账户明细"], [], HEADER, *lines]


def test_dates_with_their_times_and_an_impossible_day_on_every_line_it_is():
    rows = statement(
        [
            ["2026-11-02 09:30:15", "A1", "甲公司", "", 100.0, 900.0],
            ["2026-11-02 18:00:00", "A2", "甲公司", "", 200.0, 1100.0],
            ["2026-02-30 09:00:00", "A3", "乙公司", "", 300.0, 1400.0],
            ["2026-02-30 10:00:00", "A4", "乙公司", "", 400.0, 1800.0],
            ["2026-11-03", "A5", "丙公司", "", "1,234.5", "3,034.50"],
        ]
    )
    mapping = {"received_on": 0, "transaction_no": 1, "payer": 2, "debit": 3, "credit": 4}
    table = parse_rows(rows, 2, mapping | {"balance": 5}, RECEIPTS)
    assert [str(p) for p in table.problems] == [
        "第6行 交易日期: 日期“2026-02-30”不存在",
        "第7行 交易日期: 日期“2026-02-30”不存在",
    ]
    days = {r.row: str(r.values.get("received_on", "")) for r in table.rows}
    assert days == {4: "2026-11-02", 5: "2026-11-02", 6: "", 7: "", 8: "2026-11-03"}
    credit = {r.row: str(r.values["credit"]) for r in table.rows}
    assert credit[4] == "100.00" and credit[8] == "1234.5"  # text keeps its own decimals
    assert str(table.rows[-1].values["balance"]) == "3034.50"


def test_a_transaction_number_typed_as_a_long_number_is_refused_as_text_it_is_kept():
    rows = statement(
        [
            ["2026-11-02", 3100123456789012345, "甲公司", "", 100.0, ""],
            ["2026-11-02", " 0012345678901234567 ", "甲公司", "", 100.0, ""],
        ]
    )
    mapping = {"received_on": 0, "transaction_no": 1, "payer": 2, "debit": 3, "credit": 4}
    table = parse_rows(rows, 2, mapping, RECEIPTS)
    assert [(p.row, p.column) for p in table.problems] == [(4, "流水号")]
    assert "15位有效数字" in table.problems[0].reason
    assert table.rows[1].values["transaction_no"] == "0012345678901234567"


def test_a_line_whose_only_amount_is_zero_is_counted_not_skipped_as_blank():
    rows = statement([["", "", "", "", 0.0, ""], ["2026-11-02", "A1", "甲公司", "", 5.0, ""]])
    mapping = {"received_on": 0, "transaction_no": 1, "payer": 2, "debit": 3, "credit": 4}
    table = parse_rows(rows, 2, mapping | {"balance": 5}, RECEIPTS)
    assert table.ignored == 1  # a line of no receipt, counted; not a blank line, passed in silence
    assert [r.row for r in table.rows] == [5] and table.problems == []


def sheet_with(path, *cells: str) -> None:
    book = Workbook()
    for row in [HEADER, ["2026-11-02", "A1", "甲公司", "", 100, 100]]:
        book.active.append(row)
    for reference in cells:
        book.active[reference] = "x"
    book.save(path)


@pytest.mark.parametrize("corner", ["Z99999", "Z115384", "G400000", "AB100", "SF2"])
def test_a_sheet_within_the_limits_is_read(tmp_path, corner):
    sheet_with(tmp_path / "ok.xlsx", corner)
    assert check_workbook(tmp_path / "ok.xlsx") == set()


@pytest.mark.parametrize(
    ("corner", "says"),
    [
        ("Z115385", "使用范围到 Z115385（115,385 行 × 26 列）"),  # 26 × 115,385 > 3,000,000
        ("A1000001", "使用范围到 F1000001（1,000,001 行 × 6 列）"),
        ("SG1", "使用范围到 SG2（2 行 × 501 列）"),
    ],
)
def test_a_sheet_beyond_the_limits_is_refused_with_its_corner(tmp_path, corner, says):
    sheet_with(tmp_path / "far.xlsx", corner)
    with pytest.raises(SpreadsheetError, match=says.replace("（", r"\（").replace("）", r"\）")):
        check_workbook(tmp_path / "far.xlsx")


def test_a_far_reference_cut_by_the_unpacking_chunks_is_found(tmp_path):
    """The sheet is unpacked a megabyte at a time: a reference split between two pieces
    is still seen whole."""
    path = tmp_path / "split.xlsx"
    sheet_with(path)
    member = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as book:
        parts = {item.filename: book.read(item) for item in book.infolist()}
    xml = parts[member]
    # a hostile cell: far away, in a row that says it is the third
    far = b'<row r="3"><c r="A2000000" t="inlineStr"><is><t>x</t></is></c></row>'
    at = xml.index(b"</sheetData>")
    cut = far.index(b'r="A2000000"') + 6  # inside the cell's reference, r="A20|00000"
    padding = b"<!--" + b"p" * (1024 * 1024 - at - cut - 7) + b"-->"
    parts[member] = xml[:at] + padding + far + xml[at:]
    assert parts[member][: 1024 * 1024].endswith(b'r="A20')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for name, data in parts.items():
            book.writestr(name, data)
    with pytest.raises(SpreadsheetError, match="使用范围到 F2000000"):
        check_workbook(path)


def test_rows_let_go_as_they_are_parsed_give_the_same_table_totals_and_all():
    lines = [
        ["2026-11-02 09:30:15", "A1", "甲公司", "", 100.0, 900.0],
        ["", "", "", "", "", ""],
        ["2026-11-02", "", "", "手续费", "", 5.0],  # no one named, no total's words: a line
        ["", "A2", "乙公司", "", 200.0, 1100.0],  # no date: a problem, not a total
        ["本页合计", "", "", "", 300.0, ""],
        ["2026-11-03", "", "", "", "共 2 笔", ""],  # dated, no one named: a total
        ["", "", "", "", "", "累计 300.00"],
    ]
    rows = statement(lines)
    mapping = {"received_on": 0, "transaction_no": 1, "payer": 2, "memo": 3, "credit": 4}
    kept = parse_rows([list(row) for row in rows], 2, mapping | {"balance": 5}, RECEIPTS)
    let_go = parse_rows(rows, 2, mapping | {"balance": 5}, RECEIPTS, keep_rows=False)
    assert rows == statement([])  # the title and the header stay, the lines are gone
    assert let_go == kept
    assert kept.ignored == 3 and [r.row for r in kept.rows] == [4, 6, 7]
    assert [(p.row, p.column) for p in kept.problems] == [(7, "交易日期")]


def test_amounts_that_never_repeat_are_read_one_by_one_to_the_last():
    """A long statement's amounts: after the first thousand the column stops remembering
    them, and the lines further down read, and refuse, exactly as the first ones."""
    lines = [["2026-11-02", f"A{i}", "甲公司", "", 100 + i / 100, ""] for i in range(1500)]
    lines += [
        ["2026-11-03", "B1", "乙公司", "", "12.345", ""],
        ["2026-11-03", "B2", "", "", 0.5, ""],
    ]
    lines += [
        ["2026-11-03", "B3", "乙公司", "", "12.345", ""],
        ["2026-11-03", "B4", "", "", 12.5, ""],
    ]
    mapping = {"received_on": 0, "transaction_no": 1, "payer": 2, "debit": 3, "credit": 4}
    table = parse_rows(statement(lines), 2, mapping, RECEIPTS)
    assert [str(p) for p in table.problems] == [
        "第1504行 贷方金额: 金额“12.345”超过两位小数",
        "第1506行 贷方金额: 金额“12.345”超过两位小数",
    ]
    credits = [str(r.values.get("credit", "")) for r in table.rows]
    assert credits[:2] == ["100.00", "100.01"] and credits[1499] == "114.99"
    assert credits[-4:] == ["", "0.50", "", "12.50"]  # a refused cell leaves its field out
