"""`hrdesk audit verify` and the refusals a broken seal brings, as a terminal sees them."""

import shutil
import sqlite3

import pytest

from tests.test_cli import hrdesk


@pytest.fixture(scope="module")
def company(tmp_path_factory):
    """A demo company with twelve approved months (through 2026-09; October calculated)."""
    path = tmp_path_factory.mktemp("audit-cli") / "demo.db"
    made = hrdesk(
        "demo-data", "--db", path, "--employees", "12", "--customers", "4", "--invoices", "10"
    )
    assert made.returncode == 0, made.stderr
    return path


@pytest.fixture
def copy(company, tmp_path):
    path = tmp_path / "hrdesk.db"
    shutil.copyfile(company, path)
    return path


def sql(path, statement: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute(statement)
    connection.commit()
    connection.close()


def test_an_intact_database_says_so(copy):
    result = hrdesk("--db", copy, "audit", "verify")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("审计链完整")


def test_a_raised_net_pay_is_named_and_the_bank_file_refused(copy, tmp_path):
    sql(
        copy,
        "UPDATE payslips SET net_pay = net_pay + 10000000 WHERE employee_id = "
        "(SELECT id FROM employees WHERE employee_no = 'E0002') AND month_id = "
        "(SELECT id FROM payroll_months WHERE month = '2026-09-01')",
    )
    result = hrdesk("--db", copy, "audit", "verify")
    assert result.returncode == 1
    assert "2026-09 工资条（工号 E0002 " in result.stderr and "Traceback" not in result.stderr
    out = tmp_path / "bank.xlsx"
    bank = hrdesk("--db", copy, "payroll", "bankfile", "2026-09", out)
    assert bank.returncode == 1 and "封存校验未通过" in bank.stderr and "代发文件" in bank.stderr
    assert not out.exists()


def test_a_deleted_audit_record_is_named(copy):
    sql(copy, "DELETE FROM audit_log WHERE id = 4")
    result = hrdesk("--db", copy, "audit", "verify")
    assert result.returncode == 1
    assert "#4 已被删除" in result.stderr
