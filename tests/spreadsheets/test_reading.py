"""Files as clerks get them: title rows, merged headers, hidden sheets, GBK CSV."""

import pytest
from openpyxl import Workbook

from hrdesk.spreadsheets.headers import auto_mapping, find_header_row
from hrdesk.spreadsheets.reading import SpreadsheetError, read_sheets
from hrdesk.spreadsheets.tabular import parse_rows
from hrdesk.spreadsheets.templates import CONTRACTS, EMPLOYEES


def test_title_rows_merged_cells_and_hidden_sheets(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "花名册"
    sheet["A1"] = "华东恒达 员工花名册（2026年11月）"
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(["工号*", "姓名", "身份证号", "部门（多级用/）", "入职 日期", "基本工资"])
    sheet.append(["E1", "张三", "11010519491231002X", "销售部", "2026/1/5", "8,000"])
    sheet.append(["E2", "李四", "440524188001010014", None, "2026年1月6日", "9000"])
    sheet.merge_cells("D4:D5")  # one department for both rows
    workbook.create_sheet("隐藏的旧表").sheet_state = "hidden"
    path = tmp_path / "roster.xlsx"
    workbook.save(path)

    sheets = read_sheets(path)
    assert [s.name for s in sheets] == ["花名册"]
    rows = sheets[0].rows
    header = find_header_row(rows, EMPLOYEES)
    assert header == 2
    mapping = auto_mapping(rows[header], EMPLOYEES)
    assert mapping["department"] == 3 and mapping["hire_date"] == 4
    table = parse_rows(rows, header, mapping, EMPLOYEES)
    assert table.problems == []
    assert [r.row for r in table.rows] == [4, 5]
    assert table.rows[1].values["department"] == "销售部"


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "utf-8", "utf-16"])
def test_csv_in_the_encodings_banks_use(tmp_path, encoding):
    path = tmp_path / "contracts.csv"
    path.write_bytes(
        '工号,合同编号,合同类型,开始日期,合同工资,签订日期\nE1,HT-1,固定期限,2026-01-01,"8,000",2025-12-28\n'.encode(
            encoding
        )
    )
    rows = read_sheets(path)[0].rows
    table = parse_rows(rows, 0, auto_mapping(rows[0], CONTRACTS), CONTRACTS)
    assert table.problems == []
    assert table.rows[0].values["number"] == "HT-1"


def test_files_that_are_not_spreadsheets(tmp_path):
    fake = tmp_path / "renamed.xlsx"
    fake.write_text("这其实是一个文本文件", encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="不是有效的Excel文件"):
        read_sheets(fake)
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    with pytest.raises(SpreadsheetError, match="不支持的文件类型"):
        read_sheets(pdf)


def test_problems_name_the_row_and_column(tmp_path):
    rows = [
        ["工号", "合同编号", "合同类型", "开始日期", "合同工资", "签订日期"],
        ["E1", "HT-1", "固定期限", "2026-02-30", "八千", "2026-01-01"],
        ["E2", "HT-1", "长期", "2026-01-01", "8000", ""],
    ]
    table = parse_rows(rows, 0, auto_mapping(rows[0], CONTRACTS), CONTRACTS)
    assert [str(p) for p in table.problems] == [
        "第2行 开始日期: 日期“2026-02-30”不存在",
        "第2行 合同工资: “八千”不是金额",
        "第3行 合同类型: “长期”不是可选值（固定期限/无固定期限/以完成一定工作任务为期限）",
        "第3行 签订日期: 不能为空",
        "第3行 合同编号: “HT-1”与第2行重复",
    ]


def test_a_missing_required_column_refuses_the_file():
    rows = [["工号", "姓名"], ["E1", "张三"]]
    table = parse_rows(rows, 0, auto_mapping(rows[0], EMPLOYEES), EMPLOYEES)
    assert str(table.problems[0]) == "缺少必需的列：身份证号、部门、入职日期、基本工资"
