"""`hrdesk report NAME OUT`: every report as xlsx with the interface headers, PDFs with the
chart, and the refusals (exit 1 bad input, 2 wrong usage)."""

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.test_cli import hrdesk

HEADERS = {
    "payroll-cost": ("月份", "部门", "人数", "应发工资", "单位社保公积金", "人工成本合计"),
    "headcount": ("月份", "期初人数", "入职人数", "离职人数", "期末人数", "离职率"),
    "dso": ("月份", "业务员工号", "业务员", "期末应收", "当月开票", "DSO"),
    "collection": ("月份", "业务员工号", "业务员", "回款目标", "实际回款", "达成率"),
    "risk": ("客户编码", "客户名称", "业务员", "未收余额", "风险分", "等级"),
    "attendance": ("月份", "部门", "人数", "应出勤天数", "出勤天数", "事假天数", "病假天数",
                   "旷工天数", "迟到次数", "加班小时", "工作日加班小时", "休息日加班小时",
                   "节假日加班小时"),
    "leave": ("工号", "姓名", "部门", "累计工作年限", "年休假应休", "年休假已休", "年休假剩余",
              "调休余额"),
}  # fmt: skip


@pytest.fixture(scope="module")
def company(tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "demo.db"
    made = hrdesk("demo-data", "--db", path, "--employees", "25", "--customers", "20",
                  "--invoices", "400", "--payroll-months", "3")  # fmt: skip
    assert made.returncode == 0, made.stderr
    return path


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_each_report_has_the_interface_headers(company, tmp_path, name):
    out = tmp_path / f"{name}.xlsx"
    result = hrdesk("--db", company, "report", name, out, "--from", "2026-08", "--to", "2026-10")
    assert result.returncode == 0, result.stderr
    rows = list(load_workbook(out).worksheets[0].values)
    assert rows[0][: len(HEADERS[name])] == HEADERS[name]
    assert len(rows) > 2, rows  # figures, not only the header and a 合计


def test_payroll_cost_as_pdf_carries_its_chart(company, tmp_path):
    out = tmp_path / "cost.pdf"
    result = hrdesk("--db", company, "report", "payroll-cost", out, "--from", "2026-01")
    assert result.returncode == 0, result.stderr
    page = PdfReader(out).pages[0]
    assert "人工成本" in page.extract_text()
    assert len(page.images) == 1  # the chart


@pytest.mark.parametrize(("name", "title"), [("attendance", "考勤汇总"), ("leave", "休假汇总")])
def test_attendance_and_leave_print_with_their_chart(company, tmp_path, name, title):
    out = tmp_path / f"{name}.pdf"
    result = hrdesk("--db", company, "report", name, out, "--as-of", "2026-11-27")
    assert result.returncode == 0, result.stderr
    page = PdfReader(out).pages[0]
    assert title in page.extract_text()
    assert len(page.images) == 1


def test_refusals(company, tmp_path):
    wrong_month = hrdesk("--db", company, "report", "dso", tmp_path / "x.xlsx", "--from", "2026-13")
    assert wrong_month.returncode == 1 and "YYYY-MM" in wrong_month.stderr
    backwards = hrdesk("--db", company, "report", "dso", tmp_path / "x.xlsx",
                       "--from", "2026-10", "--to", "2026-01")  # fmt: skip
    assert backwards.returncode == 1 and "开始月份不能晚于结束月份" in backwards.stderr
    assert hrdesk("--db", company, "report", "dso", tmp_path / "x.txt").returncode == 2
    assert hrdesk("--db", company, "report", "nothing", tmp_path / "x.xlsx").returncode == 2
    assert hrdesk("report", "--help").returncode == 0
