"""Malformed import files (issue #8): each is refused by `hrdesk import` and changes nothing.

Every case runs the real command line in a subprocess against one demo database made for
the module, and checks: exit status 1, a Chinese reason on stderr without a traceback (a row
problem as `第N行 列名: 原因`), and every table exactly as it was.

The files are made by this module into a temporary folder; only what cannot be made here is
kept in tests/data/bad/: encrypted_invoices.xlsx is a valid invoices workbook (one row,
ENC-0001) encrypted by msoffcrypto-tool with the password "hrdesk", as Excel's 用密码进行加密
does. Each good-but-quirky file (GBK, UTF-16, BOM, 200,000 rows) carries exactly one bad row;
the rows the cases start from pass a dry run, and a refusal must name nothing but the planted
flaw.
"""

import codecs
import csv
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import DEMO_DAY

SAMPLES = Path(__file__).parent / "data" / "bad"
BIG_ROWS = 200_000
BIG_BAD_ROW = 199_992  # Excel's row number: the header is row 1


def resident_id(first17: str) -> str:
    """A valid 身份证号: the GB 11643 check character after the first 17 digits."""
    total = sum(int(digit) * (2 ** (17 - i) % 11) for i, digit in enumerate(first17))
    return first17 + "10X98765432"[total % 11]


# Good data for every kind: a --dry-run of it passes, so each case fails for its planted flaw.
GOOD = {
    "employees": (
        ["工号", "姓名", "身份证号", "部门", "是否销售", "入职日期", "基本工资", "公积金比例"],
        [
            ["E9001", "测试甲", resident_id("11010519900307101"), "测试部", "否", "2026-03-02"],
            ["E9002", "测试乙", resident_id("11010519910415102"), "测试部", "否", "2026-03-02"],
            ["E9003", "测试丙", resident_id("11010519920521103"), "测试部", "是", "2026-03-02"],
        ],
        ["6000", "7%"],
    ),
    "contracts": (
        ["工号", "合同编号", "合同类型", "开始日期", "结束日期", "合同工资", "签订日期"],
        [
            ["E0001", "HT-T-0001", "固定期限", "2027-01-01", "2029-12-31"],
            ["E0002", "HT-T-0002", "无固定期限", "2027-01-01", ""],
        ],
        ["8000", "2026-12-20"],
    ),
    "payroll-inputs": (
        ["工号", "月份", "绩效工资", "事假天数", "其他补贴"],
        [["E0001", "2026-10"], ["E0002", "2026-10"], ["E0003", "2026-10"]],
        ["500", "0", "100"],
    ),
    "losses": (
        ["工号", "发生日期", "金额", "原因", "凭证说明"],
        [["E0001", "2026-03-01", "200.00", "损坏工具"], ["E0002", "2026-03-02", "80", "丢失样品"]],
        ["单据01"],
    ),
    "policies": (
        ["城市", "生效日期", "项目", "个人比例", "单位比例", "基数下限", "基数上限"],
        [
            ["测试市", "2026-07-01", "养老保险", "8%", "16%"],
            ["测试市", "2026-07-01", "医疗保险", "2%", "9%"],
        ],
        ["5000", "30000"],
    ),
    "customers": (
        ["客户编码", "客户名称", "联系人", "业务员工号", "账期天数"],
        [["C90001", "测试客户甲"], ["C90002", "测试客户乙"], ["C90003", "测试客户丙"]],
        ["王经理", "E0004", "30"],
    ),
    "invoices": (
        ["单号", "客户编码", "业务员工号", "开票日期", "到期日期", "金额", "备注"],
        [["XS-T-0001", "C00001"], ["XS-T-0002", "C00002"], ["XS-T-0003", "C00003"]],
        ["", "2026-03-01", "", "1000.00", "测试"],
    ),
    "receipts": (
        ["交易日期", "流水号", "付款方名称", "金额", "摘要", "客户编码"],
        [
            ["2026-03-05", "LS-T-0001", "测试付款方甲", "1000.00", "货款", "C00001"],
            ["2026-03-05", "LS-T-0002", "测试付款方乙", "2000.00", "货款", "C00002"],
        ],
        [],
    ),
}


def table(kind: str, changes: dict | None = None, header: dict | None = None) -> list[list]:
    """The good rows of a kind; changes maps (Excel row, header) to a cell's new text,
    header maps a header to what the file calls it (None leaves the column out)."""
    columns, rows, rest = GOOD[kind]
    grid = [list(columns)] + [row + rest for row in rows]
    for (row, column), value in (changes or {}).items():
        grid[row - 1][columns.index(column)] = value
    keep = [i for i, name in enumerate(columns) if (header or {}).get(name, name) is not None]
    grid[0] = [(header or {}).get(name, name) for name in columns]
    return [[row[i] for i in keep] for row in grid]


Maker = Callable[[Path], None]


def xlsx(rows: list[list], merge: str = "") -> Maker:
    def make(path: Path) -> None:
        book = openpyxl.Workbook()
        for row in rows:
            book.active.append(row)
        if merge:
            book.active.merge_cells(merge)
        book.save(path)

    return make


def csv_file(rows: list[list], encoding: str = "utf-8") -> Maker:
    def make(path: Path) -> None:
        with path.open("w", encoding=encoding, newline="") as out:
            csv.writer(out).writerows(rows)

    return make


def raw(data: bytes) -> Maker:
    return lambda path: path.write_bytes(data)


def sample(name: str) -> Maker:
    return lambda path: shutil.copyfile(SAMPLES / name, path)


def hidden_data_sheet(path: Path) -> None:
    """The only data sheet is hidden; the visible one is a note (Excel needs one visible)."""
    book = openpyxl.Workbook()
    book.active.title = "说明"
    book.active["A1"] = "数据在隐藏的工作表中"
    data = book.create_sheet("应收单")
    for row in table("invoices"):
        data.append(row)
    data.sheet_state = "hidden"
    book.save(path)


def truncated_xlsx(path: Path) -> None:
    xlsx(table("invoices"))(path)
    path.write_bytes(path.read_bytes()[:3000])  # a download cut short


def error_cell(path: Path) -> None:
    """A payroll sheet as Excel saves it: 绩效工资 of row 2 is a VLOOKUP showing #N/A."""
    rows = table("payroll-inputs")
    rows[1][2] = "=VLOOKUP(A2,绩效!A:B,2,FALSE)"
    xlsx(rows)(path)
    sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as book:
        parts = {item.filename: book.read(item) for item in book.infolist()}
    xml, found = re.subn(
        r'<c r="C2"[^>]*>.*?</c>',
        '<c r="C2" t="e"><f>VLOOKUP(A2,绩效!A:B,2,FALSE)</f><v>#N/A</v></c>',
        parts[sheet].decode(),
    )
    assert found == 1
    parts[sheet] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for name, data in parts.items():
            book.writestr(name, data)


def far_cell(reference: str) -> Maker:
    """Good invoices, and one stray cell far away (a tiny file whose used range is huge)."""

    def make(path: Path) -> None:
        book = openpyxl.Workbook()
        for row in table("invoices"):
            book.active.append(row)
        book.active[reference] = "x"
        book.save(path)

    return make


def lying_dimension(path: Path) -> None:
    """The <dimension> says A1:G4, but a cell sits at XFD1048576: the cells are what count."""
    far_cell("XFD1048576")(path)
    sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as book:
        parts = {item.filename: book.read(item) for item in book.infolist()}
    parts[sheet], found = re.subn(
        rb'<dimension ref="[^"]*"', b'<dimension ref="A1:G4"', parts[sheet]
    )
    assert found == 1
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for name, data in parts.items():
            book.writestr(name, data)


ERROR_ROWS = 8000


def many_error_cells(path: Path) -> None:
    """8,000 invoices whose 金额 is a formula saved without its result (<c t="e"><f>…</f></c>):
    the old error-cell pattern scanned the rest of the sheet for each, 74 s in all."""
    rows = [GOOD["invoices"][0]] + [
        [f"XS-E-{i:05d}", "C00001", "", "2026-03-01", "", "100.00", ""] for i in range(ERROR_ROWS)
    ]
    xlsx(rows)(path)
    sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as book:
        parts = {item.filename: book.read(item) for item in book.infolist()}
    parts[sheet], found = re.subn(
        rb'<c r="F([0-9]+)"[^>]*>(?:(?!</c>).)*</c>',
        lambda m: m[0] if m[1] == b"1" else b'<c r="F%s" t="e"><f>1/0</f></c>' % m[1],
        parts[sheet],
    )
    assert found == ERROR_ROWS + 1
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for name, data in parts.items():
            book.writestr(name, data)


BOMB_BYTES = 450 * 1024 * 1024


def zip_bomb(path: Path) -> None:
    """A workbook of well under a megabyte whose sheet unpacks to 450 MB (padding in a comment)."""
    xlsx(table("invoices"))(path)
    sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as book:
        parts = {item.filename: book.read(item) for item in book.infolist()}
    head, tail = parts.pop(sheet).split(b"</worksheet>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as book:
        for name, data in parts.items():
            book.writestr(name, data)
        with book.open(sheet, "w", force_zip64=True) as out:
            out.write(head + b"<!--")
            block = b" " * (1024 * 1024)
            for _ in range(BOMB_BYTES // len(block)):
                out.write(block)
            out.write(b"--></worksheet>" + tail)
    assert path.stat().st_size < 1024 * 1024


def big_csv(path: Path) -> None:
    """200,000 invoices, one with a letter O for a zero in its amount near the end."""
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(GOOD["invoices"][0])
        for i in range(BIG_ROWS):
            amount = "12O.00" if i + 2 == BIG_BAD_ROW else f"{100 + i % 900}.50"
            writer.writerow([f"BIG{i:06d}", f"C{i % 10 + 1:05d}", "", "2026-03-01", "", amount, ""])


def unbalanced_quote_csv(path: Path) -> None:
    """A stray opening quote: the rest of a 300 KB file reads as one cell."""
    rows = table("invoices") + [
        [f"XS-Q-{i:05d}", "C00001", "", "2026-03-01", "", "100", ""] for i in range(6000)
    ]
    rows[2][6] = '"备注未闭合'
    path.write_text("\n".join(",".join(row) for row in rows) + "\n", encoding="utf-8")


def on_row(row: int, column: str, reason: str = "") -> str:
    """The problem line for one cell: 第N行 列名: 原因."""
    return rf"^第{row}行 {re.escape(column)}: .*{re.escape(reason)}"


def says(*fragments: str) -> tuple[str, ...]:
    return tuple(re.escape(fragment) for fragment in fragments)


@dataclass(frozen=True)
class Case:
    id: str
    kind: str
    file: str  # its suffix chooses the reader
    make: Maker | None  # None: the file does not exist
    expect: tuple[str, ...]  # regular expressions, each matching somewhere in stderr


def case(id: str, kind: str, file: str, make: Maker | None, *expect: str) -> Case:
    return Case(id, kind, file, make, expect)


NOT_EXCEL = "不是有效的Excel文件"
NO_HEADER = "找不到表头行"
NO_ROWS = "没有数据行"
MISSING = "缺少必需的列"
PLAIN_TEXT = "客户编码,客户名称,业务员工号\nC90001,测试客户,E0004\n".encode()

CASES = [
    # -- the file as a whole -------------------------------------------------------
    case("empty-xlsx", "invoices", "empty.xlsx", raw(b""), *says("无法读取", NOT_EXCEL)),
    case("empty-csv", "invoices", "empty.csv", raw(b""), *says(NO_HEADER)),
    case("empty-workbook", "employees", "blank.xlsx", xlsx([]), *says(NO_HEADER)),
    case("text-renamed-xlsx", "customers", "客户.xlsx", raw(PLAIN_TEXT), *says(NOT_EXCEL)),
    case(
        "garbage-bytes-xlsx",
        "employees",
        "员工.xlsx",
        raw(bytes((i * 37 + 11) % 256 for i in range(5000))),
        *says(NOT_EXCEL),
    ),
    case("truncated-xlsx", "invoices", "cut.xlsx", truncated_xlsx, *says(NOT_EXCEL)),
    # -- hostile workbooks: measured and refused before any cell is read (issue 19) --
    case(
        "far-cell-xfd1048576",
        "invoices",
        "far.xlsx",
        far_cell("XFD1048576"),
        *says(
            "工作表“Sheet”的使用范围到 XFD1048576", "1,048,576 行 × 16,384 列", "超过可导入的范围"
        ),
    ),
    case(
        "far-cell-az300000",
        "invoices",
        "far.xlsx",
        far_cell("AZ300000"),
        *says("工作表“Sheet”的使用范围到 AZ300000", "300,000 行 × 52 列", "超过可导入的范围"),
    ),
    case(
        "lying-dimension",
        "invoices",
        "liar.xlsx",
        lying_dimension,
        *says("使用范围到 XFD1048576", "超过可导入的范围"),
    ),
    case(
        "zip-bomb",
        "invoices",
        "bomb.xlsx",
        zip_bomb,
        *says("解压后有 450 MB", "可能是压缩炸弹"),
    ),
    case(
        "many-error-cells",
        "invoices",
        "errors.xlsx",
        many_error_cells,
        r"^第\d+行 金额: 公式出错（#错误）",
    ),
    case(
        "encrypted-xlsx",
        "invoices",
        "locked.xlsx",
        sample("encrypted_invoices.xlsx"),
        *says("密码保护"),
    ),
    case(
        "ole2-junk-xls",
        "invoices",
        "old.xls",
        raw(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(range(256)) * 16),
        *says(NOT_EXCEL),
    ),
    case(
        "ole2-junk-xlsx",
        "losses",
        "old.xlsx",
        raw(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(range(256)) * 16),
        *says(NOT_EXCEL),
    ),
    case(
        "undecodable-csv",
        "receipts",
        "bank.csv",
        raw(b"\x80\xff\xfe\x00\x81\xff" * 50),
        *says("无法识别CSV文件的编码"),
    ),
    case("unsupported-suffix", "losses", "损失.docx", raw(PLAIN_TEXT), *says("不支持的文件类型")),
    case("missing-file", "losses", "nowhere.xlsx", None, *says("找不到文件")),
    case("hidden-data-sheet", "invoices", "hidden.xlsx", hidden_data_sheet, *says(NO_HEADER)),
    case(
        "header-only-xlsx",
        "contracts",
        "header.xlsx",
        xlsx(table("contracts")[:1]),
        *says(NO_ROWS),
    ),
    case(
        "header-only-csv", "receipts", "header.csv", csv_file(table("receipts")[:1]), *says(NO_ROWS)
    ),
    case(
        "unbalanced-quote-csv",
        "invoices",
        "quote.csv",
        unbalanced_quote_csv,
        *says("引号"),
    ),
    # -- headers -------------------------------------------------------------------
    case(
        "misspelt-header",
        "employees",
        "staff.xlsx",
        xlsx(table("employees", header={"身份证号": "身分证号"})),
        *says(MISSING, "身份证号"),
    ),
    case(
        "missing-header",
        "losses",
        "losses.xlsx",
        xlsx(table("losses", header={"原因": None})),
        *says(MISSING, "原因"),
    ),
    case(
        "misspelt-date-header",
        "invoices",
        "inv.csv",
        csv_file(table("invoices", header={"开票日期": "开票日"})),
        *says(MISSING, "开票日期"),
    ),
    case(
        "missing-cap-header",
        "policies",
        "policy.xlsx",
        xlsx(table("policies", header={"基数上限": None})),
        *says(MISSING, "基数上限"),
    ),
    case(
        "foreign-header",
        "customers",
        "crm.csv",
        csv_file([["Code", "Name", "Sales"], ["C90001", "Test", "E0004"]]),
        *says(NO_HEADER),
    ),
    # -- employees -----------------------------------------------------------------
    case(
        "employees-duplicate-no",
        "employees",
        "dup.xlsx",
        xlsx(table("employees", {(3, "工号"): "E9001"})),
        on_row(3, "工号", "与第2行重复"),
    ),
    case(
        "employees-impossible-date",
        "employees",
        "date.xlsx",
        xlsx(table("employees", {(2, "入职日期"): "20260230"})),
        on_row(2, "入职日期", "不存在"),
    ),
    case(
        "employees-text-salary",
        "employees",
        "salary.xlsx",
        xlsx(table("employees", {(4, "基本工资"): "面议"})),
        on_row(4, "基本工资", "不是金额"),
    ),
    case(
        "employees-negative-salary",
        "employees",
        "negative.xlsx",
        xlsx(table("employees", {(2, "基本工资"): "-3000"})),
        on_row(2, "基本工资", "必须大于0"),
    ),
    # -- issue 19: accountants' brackets, exponents, a year for a date, twin headers --
    case(
        "employees-bracketed-minus-salary",
        "employees",
        "negative.xlsx",
        xlsx(table("employees", {(2, "基本工资"): "(-5000)"})),
        on_row(2, "基本工资", "必须大于0"),
    ),
    case(
        "employees-bracketed-salary",
        "employees",
        "negative.csv",
        csv_file(table("employees", {(3, "基本工资"): "(5,000)"})),
        on_row(3, "基本工资", "必须大于0"),
    ),
    case(
        "employees-year-as-hire-date",
        "employees",
        "year.csv",
        csv_file(table("employees", {(2, "入职日期"): "2026"})),
        on_row(2, "入职日期", "只有年份，不是日期"),
    ),
    case(
        "invoices-exponent-amount",
        "invoices",
        "exp.csv",
        csv_file(table("invoices", {(2, "金额"): "1e4"})),
        on_row(2, "金额", "“1e4”不是金额"),
    ),
    case(
        "invoices-twin-amount-headers",
        "invoices",
        "twins.xlsx",
        xlsx([[*row, row[5]] for row in table("invoices")]),
        on_row(1, "金额", "表头重复：F列“金额”与H列“金额”都对应“金额”"),
    ),
    case(
        "employees-gbk-csv",
        "employees",
        "员工_gbk.csv",
        csv_file(table("employees", {(4, "入职日期"): "2025年13月1日"}), "gbk"),
        on_row(4, "入职日期", "不存在"),
    ),
    case(
        "employees-rate-too-precise",
        "employees",
        "rate.xlsx",
        xlsx(table("employees", {(3, "公积金比例"): "7.00001%"})),
        on_row(3, "公积金比例"),
    ),
    # -- contracts -----------------------------------------------------------------
    case(
        "contracts-unknown-employee",
        "contracts",
        "ht.xlsx",
        xlsx(table("contracts", {(2, "工号"): "E9999"})),
        on_row(2, "工号", "没有工号为E9999的员工"),
    ),
    case(
        "contracts-impossible-date",
        "contracts",
        "ht.csv",
        csv_file(table("contracts", {(3, "开始日期"): "2026/2/30"})),
        on_row(3, "开始日期", "不存在"),
    ),
    case(
        "contracts-unknown-kind",
        "contracts",
        "kind.xlsx",
        xlsx(table("contracts", {(2, "合同类型"): "临时工"})),
        on_row(2, "合同类型", "不是可选值"),
    ),
    # -- payroll inputs ------------------------------------------------------------
    case(
        "payroll-unknown-employee",
        "payroll-inputs",
        "inputs.xlsx",
        xlsx(table("payroll-inputs", {(3, "工号"): "E9999"})),
        on_row(3, "工号", "没有工号为E9999的员工"),
    ),
    case(
        "payroll-negative-days",
        "payroll-inputs",
        "leave.xlsx",
        xlsx(table("payroll-inputs", {(2, "事假天数"): "-1"})),
        on_row(2, "事假天数", "不能为负数"),
    ),
    case(
        "payroll-bad-month",
        "payroll-inputs",
        "month.csv",
        csv_file(table("payroll-inputs", {(4, "月份"): "2026-13"})),
        on_row(4, "月份", "YYYY-MM"),
    ),
    case(
        "payroll-duplicate-key",
        "payroll-inputs",
        "twice.xlsx",
        xlsx(table("payroll-inputs", {(3, "工号"): "E0001"})),
        on_row(3, "工号", "与第2行重复"),
    ),
    case(
        "payroll-utf16-csv",
        "payroll-inputs",
        "inputs_utf16.csv",
        csv_file(table("payroll-inputs", {(3, "绩效工资"): "五百"}), "utf-16"),
        on_row(3, "绩效工资", "不是金额"),
    ),
    case(
        "payroll-error-cell",
        "payroll-inputs",
        "vlookup.xlsx",
        error_cell,
        on_row(2, "绩效工资", "#N/A"),
    ),
    # -- losses --------------------------------------------------------------------
    case(
        "losses-negative-amount",
        "losses",
        "neg.xlsx",
        xlsx(table("losses", {(2, "金额"): "(200.00)"})),
        on_row(2, "金额", "必须大于0"),
    ),
    case(
        "losses-text-amount",
        "losses",
        "text.csv",
        csv_file(table("losses", {(3, "金额"): "12O.00"})),
        on_row(3, "金额", "不是金额"),
    ),
    case(
        "losses-unknown-employee",
        "losses",
        "who.xlsx",
        xlsx(table("losses", {(2, "工号"): "E9999"})),
        on_row(2, "工号", "没有工号为E9999的员工"),
    ),
    case(
        "losses-impossible-date",
        "losses",
        "date.xlsx",
        xlsx(table("losses", {(3, "发生日期"): "2026年2月30日"})),
        on_row(3, "发生日期", "不存在"),
    ),
    case(
        "losses-blank-reason",
        "losses",
        "blank.xlsx",
        xlsx(table("losses", {(2, "原因"): ""})),
        on_row(2, "原因", "不能为空"),
    ),
    # -- policies ------------------------------------------------------------------
    case(
        "policies-rate-over-100",
        "policies",
        "rate.xlsx",
        xlsx(table("policies", {(2, "个人比例"): "150%"})),
        on_row(2, "个人比例", "0%至100%"),
    ),
    case(
        "policies-rate-nan",
        "policies",
        "nan.csv",
        csv_file(table("policies", {(3, "单位比例"): "nan"})),
        on_row(3, "单位比例", "不是比例"),
    ),
    case(
        "policies-duplicate-key",
        "policies",
        "twice.xlsx",
        xlsx(table("policies", {(3, "项目"): "养老保险"})),
        on_row(3, "城市", "与第2行重复"),
    ),
    case(
        "policies-text-floor",
        "policies",
        "floor.xlsx",
        xlsx(table("policies", {(2, "基数下限"): "见文件"})),
        on_row(2, "基数下限", "不是金额"),
    ),
    # -- customers -----------------------------------------------------------------
    case(
        "customers-unknown-salesperson",
        "customers",
        "kh.xlsx",
        xlsx(table("customers", {(3, "业务员工号"): "E9999"})),
        on_row(3, "业务员工号", "没有工号为E9999的员工"),
    ),
    case(
        "customers-duplicate-code",
        "customers",
        "dup.xlsx",
        xlsx(table("customers", {(4, "客户编码"): "C90001"})),
        on_row(4, "客户编码", "与第2行重复"),
    ),
    case(
        "customers-bom-csv",
        "customers",
        "客户_bom.csv",
        csv_file(table("customers", {(3, "账期天数"): "-5"}), "utf-8-sig"),
        on_row(3, "账期天数", "不能为负数"),
    ),
    case(
        "customers-code-too-long",
        "customers",
        "long.xlsx",
        xlsx(table("customers", {(2, "客户编码"): "C" + "9" * 30})),
        on_row(2, "客户编码", "超过30个字"),
    ),
    # -- invoices ------------------------------------------------------------------
    case(
        "invoices-unknown-customer",
        "invoices",
        "ys.xlsx",
        xlsx(table("invoices", {(3, "客户编码"): "C99999"})),
        on_row(3, "客户编码", "没有编码为C99999的客户"),
    ),
    case(
        "invoices-duplicate-number",
        "invoices",
        "dup.csv",
        csv_file(table("invoices", {(4, "单号"): "XS-T-0001"})),
        on_row(4, "单号", "与第2行重复"),
    ),
    case(
        "invoices-negative-amount",
        "invoices",
        "neg.xlsx",
        xlsx(table("invoices", {(2, "金额"): "-100"})),
        on_row(2, "金额", "必须大于0"),
    ),
    case(
        "invoices-text-amount",
        "invoices",
        "text.xlsx",
        xlsx(table("invoices", {(3, "金额"): "一千元"})),
        on_row(3, "金额", "不是金额"),
    ),
    case(
        "invoices-impossible-date",
        "invoices",
        "date.xlsx",
        xlsx(table("invoices", {(2, "开票日期"): "2026-02-30"})),
        on_row(2, "开票日期", "不存在"),
    ),
    case(
        # openpyxl writes formulas without the value Excel would cache: read as blank cells
        "invoices-uncached-formulas",
        "invoices",
        "formula.xlsx",
        xlsx(table("invoices", {(2, "金额"): "=1/0", (3, "金额"): "=A1*2"})),
        on_row(2, "金额", "不能为空"),
        on_row(3, "金额", "不能为空"),
    ),
    case(
        # a merged cell counts for every row it covers: the same 单号 twice
        "invoices-merged-rows",
        "invoices",
        "merged.xlsx",
        xlsx(table("invoices", {(3, "单号"): None}), merge="A2:A3"),
        on_row(3, "单号", "与第2行重复"),
    ),
    case(
        "invoices-huge-amount-text",
        "invoices",
        "huge.csv",
        csv_file(table("invoices", {(3, "金额"): "1" + "0" * 30})),
        on_row(3, "金额", "过大"),
    ),
    case(
        "invoices-huge-amount-number",
        "invoices",
        "huge.xlsx",
        xlsx(table("invoices", {(2, "金额"): 100_000_000_000_000_000})),
        on_row(2, "金额", "过大"),
    ),
    case(
        "invoices-200000-rows",
        "invoices",
        "big.csv",
        big_csv,
        on_row(BIG_BAD_ROW, "金额", "“12O.00”不是金额"),
    ),
    # -- receipts ------------------------------------------------------------------
    case(
        "receipts-unknown-customer",
        "receipts",
        "bank.xlsx",
        xlsx(table("receipts", {(2, "客户编码"): "C99999"})),
        on_row(2, "客户编码", "没有编码为C99999的客户"),
    ),
    case(
        "receipts-same-number-other-amount",
        "receipts",
        "bank.csv",
        csv_file(table("receipts", {(3, "流水号"): "LS-T-0001"})),
        on_row(3, "流水号", "日期或金额不同"),
    ),
    case(
        "receipts-impossible-date",
        "receipts",
        "date.xlsx",
        xlsx(table("receipts", {(3, "交易日期"): "2026-02-29"})),
        on_row(3, "交易日期", "不存在"),
    ),
    case(
        "receipts-text-amount",
        "receipts",
        "text.xlsx",
        xlsx(table("receipts", {(2, "金额"): "壹仟元整"})),
        on_row(2, "金额", "不是金额"),
    ),
]


def hrdesk(*args, logs: Path | None = None) -> subprocess.CompletedProcess:
    """The command line as a clerk's script runs it (tests/test_cli.py's helper)."""
    env = dict(os.environ, HRDESK_USER="demo", HRDESK_PASSWORD="demo")  # demo's administrator
    if logs is not None:  # module fixtures run before conftest's private log folder is set
        env["HRDESK_LOG_DIR"] = str(logs)
    return subprocess.run(
        [sys.executable, "-m", "hrdesk", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def snapshot(path: Path) -> dict[str, tuple[int, str]]:
    """Per table: its row count and a sha256 of all its rows; the schema as one more entry."""
    connection = sqlite3.connect(path)
    try:
        schema = connection.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        found = {"sqlite_master": (len(schema), hashlib.sha256(repr(schema).encode()).hexdigest())}
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall():
            rows = connection.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
            found[name] = (len(rows), hashlib.sha256(repr(rows).encode()).hexdigest())
        return found
    finally:
        connection.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One demo database for the module, and what its tables hold."""
    folder = tmp_path_factory.mktemp("bad-inputs")
    path = folder / "demo.db"
    result = hrdesk(
        "demo-data",
        "--db",
        path,
        "--employees",
        "20",
        "--customers",
        "10",
        "--invoices",
        "50",
        "--payroll-months",
        "0",
        logs=folder,
    )
    assert result.returncode == 0, result.stderr
    assert not list(path.parent.glob("demo.db-*"))  # nothing left in a journal
    before = snapshot(path)
    assert before["employees"][0] == 20 and before["customers"][0] == 10
    return path, before


@pytest.fixture(scope="session")
def bad_files(tmp_path_factory) -> dict[str, Path]:
    """Every case's file, made once."""
    folder = tmp_path_factory.mktemp("bad-files")
    files = {}
    for item in CASES:
        path = folder / item.id / item.file
        path.parent.mkdir()
        if item.make is not None:
            item.make(path)
        files[item.id] = path
    return files


def test_the_corpus_is_large_enough():
    assert len(CASES) >= 30 and len({item.id for item in CASES}) == len(CASES)
    assert {item.kind for item in CASES} == set(GOOD)


@pytest.mark.parametrize("kind", GOOD)
def test_the_good_rows_pass_a_dry_run(kind, demo, tmp_path):
    """The rows the cases spoil are good as they stand: each case fails for its own flaw.
    (In process, to keep the module quick: the cases below run the command line.)"""
    from hrdesk.services import imports
    from hrdesk.services.actor import command_line_actor
    from hrdesk.services.database import open_workspace

    pristine, before = demo
    database = tmp_path / "hrdesk.db"
    shutil.copyfile(pristine, database)
    data = tmp_path / f"{kind}.xlsx"
    xlsx(table(kind))(data)
    workspace = open_workspace(database)
    try:
        with workspace.sessions.begin() as session:
            plan = imports.import_file(
                session, command_line_actor(), kind, data, DEMO_DAY, dry_run=True
            )
    finally:
        workspace.close()
    assert plan.ok, [str(problem) for problem in plan.problems]
    assert plan.added == len(GOOD[kind][1])
    assert snapshot(database) == before


@pytest.mark.parametrize("item", CASES, ids=[item.id for item in CASES])
def test_a_bad_file_is_refused_and_changes_nothing(item, demo, bad_files, tmp_path):
    pristine, before = demo
    database = tmp_path / "hrdesk.db"
    shutil.copyfile(pristine, database)
    result = hrdesk("--db", database, "import", item.kind, bad_files[item.id])
    problems = result.stderr
    assert result.returncode == 1, (result.stdout, problems)
    assert problems.strip()
    assert "Traceback" not in problems and "意外错误" not in problems, problems
    for pattern in item.expect:
        assert re.search(pattern, problems, re.MULTILINE), (pattern, problems)
    lines = [line for line in problems.splitlines() if line and not line.startswith("提醒：")]
    for line in lines:  # nothing but the planted flaw: the good rows stay good
        assert any(re.search(pattern, line) for pattern in item.expect), (line, problems)
    assert snapshot(database) == before


def test_the_snapshot_notices_a_changed_cell(demo, tmp_path):
    pristine, before = demo
    database = tmp_path / "hrdesk.db"
    shutil.copyfile(pristine, database)
    connection = sqlite3.connect(database)
    connection.execute("UPDATE invoices SET note = note || '.' WHERE rowid = 1")
    connection.commit()
    connection.close()
    after = snapshot(database)
    assert after["invoices"][0] == before["invoices"][0]
    assert [name for name in before if after[name] != before[name]] == ["invoices"]


def test_a_gbk_file_is_gbk_and_a_utf16_file_has_its_bom(bad_files):
    """The quirky encodings really are what they claim, so the cases test the decoding."""
    gbk = bad_files["employees-gbk-csv"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        gbk.decode("utf-8")
    assert "测试部" in gbk.decode("gbk")
    assert bad_files["payroll-utf16-csv"].read_bytes().startswith(codecs.BOM_UTF16)
    assert bad_files["customers-bom-csv"].read_bytes().startswith(codecs.BOM_UTF8)
    assert bad_files["unbalanced-quote-csv"].stat().st_size > 131_072  # csv's field limit


def test_a_bad_file_is_refused_in_english_under_lang_en(demo, tmp_path):
    """Issue 18: `hrdesk --lang en import` names the row and column and says why in English."""
    pristine, before = demo
    database = tmp_path / "hrdesk.db"
    shutil.copyfile(pristine, database)
    data = tmp_path / "bank.xlsx"
    xlsx(table("receipts", {(2, "金额"): "12.345", (3, "交易日期"): "2026"}))(data)
    result = hrdesk("--lang", "en", "--db", database, "import", "receipts", data)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Row 2 金额: The amount “12.345” has more than two decimals" in result.stderr
    assert "Row 3 交易日期: “2026” is only a year, not a date (write e.g. 2026-01-05)" in (
        result.stderr
    )
    assert snapshot(database) == before
