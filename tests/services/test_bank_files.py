"""代发文件 in a bank's layout with its totals, and payslips two to a page by the setting."""

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from hrdesk.domain.roles import Role
from hrdesk.services import bank_files, payroll, settings
from hrdesk.services.actor import Actor

CLERK = Actor("人事小王", Role.HR, 1)
FINANCE = Actor("财务小李", Role.FINANCE, 2)
MONTH = date(2026, 10, 1)


@pytest.fixture
def approved(demo_database):
    with demo_database.sessions.begin() as session:
        payroll.run(session, CLERK, MONTH)
        payroll.approve(session, FINANCE, MONTH)
    return demo_database


def nets(database) -> list[Decimal]:
    with database.sessions() as session:
        return [row.net for row in payroll.month_view(session, FINANCE, MONTH).rows if row.net > 0]


def test_the_bank_file_ends_with_a_total_row_equal_to_the_sum_of_net_pay(approved, tmp_path):
    with approved.sessions.begin() as session:
        count = payroll.write_bank_file(session, FINANCE, MONTH, tmp_path / "bank.xlsx")
    rows = list(load_workbook(tmp_path / "bank.xlsx").active.iter_rows(values_only=True))
    paid = nets(approved)
    assert rows[0] == ("姓名", "银行卡号", "开户行", "金额", "用途")
    assert count == len(paid) == len(rows) - 2
    total = rows[-1]
    assert total[0] == "合计" and total[1] == f"共{len(paid)}笔"
    assert Decimal(str(total[3])).quantize(Decimal("0.01")) == sum(paid, Decimal(0))
    lines = [row[3] for row in rows[1:-1]]
    assert sum(Decimal(str(v)).quantize(Decimal("0.01")) for v in lines) == sum(paid)


def test_a_preset_gives_that_bank_s_headers_and_full_numbers_as_text(approved, tmp_path):
    with approved.sessions.begin() as session:
        payroll.write_bank_file(session, FINANCE, MONTH, tmp_path / "ccb.xlsx", "建设银行")
    sheet = load_workbook(tmp_path / "ccb.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("序号", "账号", "户名", "金额", "币种", "证件号码", "摘要")
    first = rows[1]
    assert first[0] == 1 and first[4] == "人民币" and "工资" in first[6]
    assert len(first[5]) == 18 and "*" not in first[5]  # the full ID number, as the bank checks
    assert sheet.cell(2, 2).number_format == "@"  # the card number stays text in Excel
    assert rows[-1][0] == "合计"


def test_the_company_s_own_template_wins_over_the_example_of_the_same_name(approved, tmp_path):
    own = bank_files.BankTemplate(
        "工商银行", (("户名", "收款人"), ("账号", "收款账号"), ("金额", "金额（元）")), "top"
    )
    with approved.sessions.begin() as session:
        bank_files.save_templates(session, FINANCE, [own])
        payroll.write_bank_file(session, FINANCE, MONTH, tmp_path / "icbc.xlsx", "工商银行")
        names = [t.name for t in bank_files.templates(session)]
        with pytest.raises(ValueError, match="需要且只能有一列“金额”"):
            bank_files.save_templates(
                session,
                FINANCE,
                [bank_files.BankTemplate("X", (("户名", "户名"), ("账号", "账号")))],
            )
        with pytest.raises(ValueError, match="没有名为“招商银行”的代发模板"):
            payroll.write_bank_file(session, FINANCE, MONTH, tmp_path / "x.xlsx", "招商银行")
    assert names == ["工商银行", "农业银行", "中国银行", "建设银行"]
    rows = list(load_workbook(tmp_path / "icbc.xlsx").active.iter_rows(values_only=True))
    paid = nets(approved)
    assert rows[0][0] == "总笔数" and rows[0][1] == len(paid)
    assert rows[1][0] == "总金额" and Decimal(str(rows[1][1])).quantize(Decimal("0.01")) == sum(
        paid
    )
    assert rows[2] == ("收款人", "收款账号", "金额（元）")


def test_payslips_two_to_a_page_by_the_setting(approved, tmp_path):
    with approved.sessions.begin() as session:
        settings.put(session, FINANCE, "payslips_per_page", 2)
        made = payroll.write_payslips(session, CLERK, MONTH, tmp_path)
        employees = len(payroll.month_view(session, CLERK, MONTH).rows)
        with pytest.raises(ValueError, match="不能按各人身份证号加密"):
            payroll.write_payslips(session, CLERK, MONTH, tmp_path, per_page=2, with_password=True)
    assert [path.name for path in made] == ["工资条_2026-10_每页两份.pdf"]
    assert len(PdfReader(made[0]).pages) == (employees + 1) // 2
