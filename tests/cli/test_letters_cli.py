"""`hrdesk letters`: a batch again the same day says which letters exist; --reprint and
--reissue print a letter again, each saying which happened."""

import re

import pytest
from pypdf import PdfReader

from tests.test_cli import hrdesk


@pytest.fixture(scope="module")
def company(tmp_path_factory):
    path = tmp_path_factory.mktemp("letters") / "demo.db"
    made = hrdesk("demo-data", "--db", path, "--employees", "12", "--customers", "10",
                  "--payroll-months", "1")  # fmt: skip
    assert made.returncode == 0, made.stderr
    return path


def test_letters_again_the_same_day_then_reprinted_and_reissued(company, tmp_path):
    first = hrdesk("--db", company, "letters", "--as-of", "2026-11-20", tmp_path / "a")
    assert first.returncode == 0, first.stderr
    assert "已生成" in first.stdout
    again = hrdesk("--db", company, "letters", "--as-of", "2026-11-20", tmp_path / "b")
    assert again.returncode == 0, again.stderr
    assert "没有未结余额" not in again.stdout
    assert "已有对账函" in again.stdout
    numbers = re.findall(r"DZ-\d{4}-\d{4}", again.stdout)
    assert numbers, again.stdout
    number = numbers[0]

    reprint = hrdesk("--db", company, "letters", "--reprint", number, tmp_path / "c")
    assert reprint.returncode == 0, reprint.stderr
    assert f"已重新打印 {number}" in reprint.stdout and "同一编号" in reprint.stdout
    [pdf] = (tmp_path / "c").glob("*.pdf")
    assert number in "".join(p.extract_text() for p in PdfReader(pdf).pages)

    reissue = hrdesk("--db", company, "letters", "--reissue", number, "--as-of", "2026-11-27",
                     tmp_path / "d")  # fmt: skip
    assert reissue.returncode == 0, reissue.stderr
    assert "已重新出具" in reissue.stdout and f"原函 {number} 已作废" in reissue.stdout
    new = re.findall(r"新对账函 (DZ-\d{4}-\d{4})", reissue.stdout)[0]
    assert new != number and new > max(numbers)
    missing = hrdesk("--db", company, "letters", "--reprint", "DZ-1999-0001", tmp_path / "e")
    assert missing.returncode == 1 and "DZ-1999-0001" in missing.stderr


def test_command_line_amounts_use_the_one_money_format(company):
    """Issue 18: the CLI printed 68500.00 where the grids print 68,500.00."""
    result = hrdesk("--db", company, "payroll", "run", "2026-11")
    assert result.returncode == 0, result.stderr
    amount = r"\d{1,3}(?:,\d{3})+\.\d{2} 元"
    assert re.search(f"应发合计 {amount}，实发合计 {amount}", result.stdout), result.stdout
