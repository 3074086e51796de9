"""`hrdesk import attendance`, `attendance export`, `attendance holidays` and `leave balances`."""

from datetime import date

import pytest
from openpyxl import load_workbook

from tests.data.attendance import make_samples
from tests.services.test_attendance import add_three
from tests.test_cli import hrdesk


@pytest.fixture
def three(database_target):
    """The three employees in a file whose key travels with it, as a command in another
    process needs (a demo database's way)."""
    from hrdesk.services.database import mark_as_demo, open_workspace

    database = open_workspace(database_target)
    with database.sessions.begin() as session:
        mark_as_demo(session)
    add_three(database).close()
    return database_target


def test_import_attendance_then_again_then_export(three, tmp_path):
    files = make_samples.all_samples(tmp_path / "in")
    first = hrdesk("--db", three, "import", "attendance", files["钉钉"], "--month", "2026-03")
    assert first.returncode == 0, first.stderr
    assert "新增 3 行" in first.stdout
    again = hrdesk("--db", three, "import", "attendance", files["钉钉"], "--month", "2026-03")
    assert "跳过重复 3 行" in again.stdout
    out = tmp_path / "sheet.xlsx"
    exported = hrdesk("--db", three, "attendance", "export", "2026-03", out)
    assert exported.returncode == 0, exported.stderr
    sheet = load_workbook(out).active
    assert sheet.cell(2, 1).value == "E001" and sheet.cell(2, 13).value == "事假8小时"


def test_import_attendance_needs_the_month_and_names_the_bad_row(three, tmp_path):
    files = make_samples.all_samples(tmp_path / "in")
    assert hrdesk("--db", three, "import", "attendance", files["模板"]).returncode == 2
    book = load_workbook(files["钉钉"])
    book.active.append(["赵六", "行政组", "综合部", "", "职员", "zhaoliu"])
    book.save(files["钉钉"])
    result = hrdesk("--db", three, "import", "attendance", files["钉钉"], "--month", "2026-03")
    assert result.returncode == 1
    assert "第8行 姓名: 员工名册中没有“赵六”" in result.stderr


def test_leave_balances_and_holidays(three, tmp_path):
    out = tmp_path / "balances.xlsx"
    result = hrdesk("--db", three, "leave", "balances", "--year", "2026", out)
    assert result.returncode == 0, result.stderr
    rows = list(load_workbook(out).active.values)
    assert rows[0][:3] == ("工号", "姓名", "累计工作年限")
    assert rows[1][:4] == ("E001", "张三", 6, 5)
    holidays = hrdesk("--db", three, "attendance", "holidays", "2026")
    assert f"{date(2026, 2, 16)}  休  春节  法定节假日（300%）" in holidays.stdout
    unknown = hrdesk("--db", three, "attendance", "holidays", "2031")
    assert unknown.returncode == 1 and "录入" in unknown.stderr


def test_leave_carry_over_and_expire(three, tmp_path):
    carried = hrdesk(
        "--db", three, "leave", "carry-over", "2026", "E001", "3", "--note", "员工同意"
    )
    assert carried.returncode == 0, carried.stderr
    assert "结转到 2027年" in carried.stdout and "2026年剩余2天" in carried.stdout  # 5 − 3
    too_many = hrdesk("--db", three, "leave", "carry-over", "2026", "E001", "3")
    assert too_many.returncode == 1 and "不超过当年余额" in too_many.stderr
    no_reason = hrdesk("--db", three, "leave", "expire", "2026", "E001", "1")
    assert no_reason.returncode == 2  # --reason is required
    lapsed = hrdesk(
        "--db", three, "leave", "expire", "2026", "E001", "2", "--reason", "员工书面放弃"
    )
    assert lapsed.returncode == 0, lapsed.stderr
    assert "剩余0天" in lapsed.stdout
    out = tmp_path / "balances-2027.xlsx"
    balances = hrdesk("--db", three, "leave", "balances", "--year", "2027", out)
    assert balances.returncode == 0, balances.stderr
    row = next(r for r in load_workbook(out).active.values if r[0] == "E001")
    assert row[5] == 5 + 3  # 2027's own 5 days and the 3 carried
    from sqlalchemy import select

    from hrdesk.services.database import open_workspace
    from hrdesk.storage.models import AuditEntry

    database = open_workspace(three)
    try:
        with database.sessions() as session:
            actions = set(session.scalars(select(AuditEntry.action)))
    finally:
        database.close()
    assert {"年休假结转", "假期作废"} <= actions


def test_leave_types_listed_and_a_provinces_days_set(three):
    listed = hrdesk("--db", three, "leave", "types")
    assert listed.returncode == 0, listed.stderr
    assert "婚假\t全额\t每次3天\t法定最少3天\t劳动部〔1959〕" in listed.stdout
    too_few = hrdesk("--db", three, "leave", "types", "set", "婚假", "--days", "2")
    assert too_few.returncode == 1
    assert "婚假不能少于法定的3天" in too_few.stderr
    source = "广东省人口与计划生育条例"
    done = hrdesk(
        "--db", three, "leave", "types", "set", "婚假", "--days", "13", "--source", source
    )
    assert done.returncode == 0, done.stderr
    assert f"已设置：婚假\t全额\t每次13天\t法定最少3天\t{source}" in done.stdout
    # Ten working days of 婚假 (11–22 May 2026): beyond the national 3, within 广东's 13.
    added = hrdesk("--db", three, "leave", "add", "E001", "婚假", "2026-05-11", "2026-05-22")
    assert added.returncode == 0, added.stderr
    assert "共10天" in added.stdout
