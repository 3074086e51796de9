"""`hrdesk separation quote`: the final settlement as a spreadsheet, recording nothing."""

import sqlite3

import pytest
from openpyxl import load_workbook

from tests.test_cli import hrdesk


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("quote") / "demo.db"
    result = hrdesk(
        "demo-data", "--db", path, "--employees", "6", "--customers", "3", "--seed", "5"
    )
    assert result.returncode == 0, result.stderr
    return path


def _first_employee(path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT min(employee_no) FROM employees").fetchone()[0]
    finally:
        connection.close()


def _separations(path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM separations").fetchone()[0]
    finally:
        connection.close()


def test_quote_writes_the_items_and_a_total_and_records_nothing(small_demo, tmp_path):
    number, before = _first_employee(small_demo), _separations(small_demo)
    out = tmp_path / "quote.xlsx"
    result = hrdesk(
        "--db", small_demo, "separation", "quote", number,
        "--last-day", "2026-12-15", "--reason", "第40条", out,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert number in result.stdout and "合计" in result.stdout
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0] == ("项目", "金额", "计算依据")
    items = {row[0]: row for row in rows[1:]}
    # notice given today (2026-11-27) for 15 December: short of 30 days → 代通知金
    assert {"工资", "代通知金", "未休年休假工资", "经济补偿", "合计"} <= set(items)
    total = sum(items[k][1] for k in ("工资", "代通知金", "未休年休假工资", "经济补偿", "提成") if k in items)  # fmt: skip
    assert items["合计"][1] == pytest.approx(total)
    assert _separations(small_demo) == before


def test_quote_refuses_bad_reasons_people_and_dates(small_demo, tmp_path):
    number = _first_employee(small_demo)
    out = tmp_path / "q.xlsx"
    wrong_reason = hrdesk("--db", small_demo, "separation", "quote", number, "--last-day", "2026-12-15", "--reason", "开除", out)  # fmt: skip
    assert wrong_reason.returncode == 2 and "协商解除" in wrong_reason.stderr
    nobody = hrdesk("--db", small_demo, "separation", "quote", "NOPE", "--last-day", "2026-12-15", "--reason", "个人辞职", out)  # fmt: skip
    assert nobody.returncode == 1 and "NOPE" in nobody.stderr and "Traceback" not in nobody.stderr
    bad_day = hrdesk("--db", small_demo, "separation", "quote", number, "--last-day", "15/12/2026", "--reason", "个人辞职", out)  # fmt: skip
    assert bad_day.returncode == 1 and "YYYY-MM-DD" in bad_day.stderr
    assert hrdesk("separation", "quote", "--help").returncode == 0
