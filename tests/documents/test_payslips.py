"""Payslips as printed: the month's strips share one set of columns, two payslips to a page."""

from decimal import Decimal

from pypdf import PdfReader

from hrdesk.documents.payslip_strips import strip_columns, write_strips
from hrdesk.documents.payslips import PayslipData, write_payslip, write_payslip_sheets

D = Decimal


def slip(number: str, name: str, earnings, deductions) -> PayslipData:
    income = sum((amount for _label, amount in earnings), D(0))
    net = income - sum((amount for _label, amount in deductions), D(0))
    note = "个税计算（累计预扣法）：累计收入 30,000.00 − 累计减除费用 5,000.00 = 25,000.00"
    return PayslipData(
        "测试公司", "2026年11月", number, name, "销售部", earnings, deductions, income, net, [note]
    )


SLIPS = [
    slip("E001", "张三", [("基本工资", D(8000))], [("个人所得税", D(90))]),
    slip(
        "E002",
        "李四",
        [("基本工资", D(9000)), ("提成", D(1200))],
        [("养老保险", D(720)), ("个人所得税", D(20))],
    ),
    slip("E003", "王五", [("基本工资", D(7000)), ("加班费", D(300))], []),
]


def test_every_strip_of_the_month_has_the_same_columns(tmp_path):
    write_strips(tmp_path / "strips.pdf", SLIPS)
    [page] = PdfReader(tmp_path / "strips.pdf").pages
    lines = page.extract_text().splitlines()
    header_lines = [line for line in lines if line.startswith("工号")]
    # Every strip shows every item anyone has, in the payslip's order; blank where one has none.
    assert header_lines == [
        "工号 姓名 基本工资 提成 加班费 收入合计 养老保险 个人所得税 实发工资"
    ] * len(SLIPS)
    columns = strip_columns(SLIPS)
    assert len(set(columns.widths[2:])) == 1  # and every figure's column at the same width


def test_two_payslips_to_a_page(tmp_path):
    write_payslip_sheets(tmp_path / "sheets.pdf", SLIPS)
    reader = PdfReader(tmp_path / "sheets.pdf")
    assert len(reader.pages) == 2  # three payslips: two on the first sheet, one on the second
    first = reader.pages[0].extract_text()
    assert "张三" in first and "李四" in first and "王五" not in first
    assert "王五" in reader.pages[1].extract_text()


def test_the_tax_note_prints_at_reading_size_and_in_black(tmp_path):
    write_payslip(tmp_path / "one.pdf", SLIPS[0])
    page = PdfReader(tmp_path / "one.pdf").pages[0]
    sizes = {}

    def visit(text, _cm, tm, _font, size):
        if text.strip():
            sizes[text.strip()] = size * tm[0]

    page.extract_text(visitor_text=visit)
    note = next(text for text in sizes if text.startswith("个税计算"))
    assert sizes[note] >= 10  # points: the old 8-point grey could not be read
    assert "累计收入 30,000.00 - 累计减除费用" in page.extract_text()  # the minus sign prints
    assert b" 0.5 g" not in page.get_contents().get_data()  # no grey text fill
