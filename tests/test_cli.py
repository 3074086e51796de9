"""The `hrdesk` command as IT staff and scheduled tasks use it: exit codes and Chinese messages."""

import sqlite3
import subprocess
import sys

import pytest

from tests.conftest import DEMO_DAY


def hrdesk(*args, env_db=None):
    import os

    env = dict(
        os.environ, HRDESK_TODAY=DEMO_DAY.isoformat()
    )  # module fixtures run before conftest's
    # Demo databases have the published administrator demo/demo; commands sign in as demo.
    env.setdefault("HRDESK_USER", "demo")
    env.setdefault("HRDESK_PASSWORD", "demo")
    if env_db:
        env["HRDESK_DB"] = str(env_db)
    return subprocess.run(
        [sys.executable, "-m", "hrdesk", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    result = hrdesk(
        "demo-data", "--db", path, "--employees", "25", "--customers", "10", "--seed", "3"
    )
    assert result.returncode == 0, result.stderr
    assert "员工 25 人" in result.stdout
    return path


def employees_in(path):
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM employees").fetchone()[0]
    finally:
        connection.close()


def test_demo_data_builds_the_size_asked(demo_file):
    assert employees_in(demo_file) == 25


def test_demo_data_never_writes_over_an_existing_file(demo_file):
    result = hrdesk("demo-data", "--db", demo_file)
    assert result.returncode == 1
    assert "已存在" in result.stderr and "Traceback" not in result.stderr
    assert employees_in(demo_file) == 25


def test_backup_and_restore_round_trip(demo_file, tmp_path):
    work = tmp_path / "work.db"
    assert hrdesk("--db", demo_file, "backup", work).returncode == 0
    backup = tmp_path / "backup.db"
    result = hrdesk("backup", backup, env_db=work)  # HRDESK_DB does what --db does
    assert result.returncode == 0, result.stderr
    assert "员工 25 人" in result.stdout

    connection = sqlite3.connect(work)
    connection.execute("DELETE FROM customers")
    connection.commit()
    connection.close()

    result = hrdesk("--db", work, "restore", backup)
    assert result.returncode == 0, result.stderr
    assert "原数据库保留为" in result.stdout
    connection = sqlite3.connect(work)
    assert connection.execute("SELECT count(*) FROM customers").fetchone()[0] == 10
    actors = [
        row[0] for row in connection.execute("SELECT actor FROM audit_log WHERE action = '恢复'")
    ]
    connection.close()
    assert actors == ["演示管理员(demo)"]  # the signed-in user, never the OS account


def test_restore_of_a_bad_file_is_refused_and_changes_nothing(demo_file, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_text("hello", encoding="utf-8")
    result = hrdesk("--db", demo_file, "restore", bad)
    assert result.returncode == 1
    assert "不是 SQLite 数据库文件" in result.stderr and "Traceback" not in result.stderr
    assert employees_in(demo_file) == 25


def test_wrong_usage_exits_2_in_chinese():
    result = hrdesk("backup")
    assert result.returncode == 2
    assert "缺少必需的参数" in result.stderr
    result = hrdesk("no-such-command")
    assert result.returncode == 2 and "无效的选项" in result.stderr


def test_help_on_every_level():
    for args in ((), ("demo-data",), ("backup",), ("restore",)):
        result = hrdesk(*args, "--help")
        assert result.returncode == 0 and "用法" in result.stdout


def test_missing_database_file_is_created_and_migrated(tmp_path):
    path = tmp_path / "fresh" / "hrdesk.db"
    result = hrdesk("--db", path, "backup", tmp_path / "copy.db")
    assert result.returncode == 0, result.stderr
    assert path.exists()


def test_screenshot_of_the_window(demo_file, tmp_path):
    png = tmp_path / "home.png"
    result = hrdesk("--db", demo_file, "--page", "settings", "--screenshot", png)
    assert result.returncode == 0, result.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000


def test_unknown_page_is_a_usage_error(demo_file, tmp_path):
    result = hrdesk("--db", demo_file, "--page", "nowhere", "--screenshot", tmp_path / "x.png")
    assert result.returncode == 2 and "没有名为 nowhere 的页面" in result.stderr


def test_template_has_the_interface_headers_and_a_notes_sheet(tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "employees.xlsx"
    assert hrdesk("template", "employees", path).returncode == 0
    workbook = load_workbook(path)
    headers = [cell.value for cell in workbook["员工"][1]]
    assert headers[:24] == [
        "工号",
        "姓名",
        "身份证号",
        "部门",
        "岗位",
        "是否销售",
        "入职日期",
        "手机号",
        "银行卡号",
        "开户行",
        "社保城市",
        "社保基数",
        "公积金基数",
        "公积金比例",
        "基本工资",
        "岗位津贴",
        "提成比例",
        "月回款目标",
        "子女教育",
        "婴幼儿照护",
        "赡养老人",
        "住房贷款利息",
        "住房租金",
        "继续教育",
    ]
    assert workbook.sheetnames == ["员工", "说明"]
    path = tmp_path / "contracts.xlsx"
    assert hrdesk("template", "contracts", path).returncode == 0
    assert [c.value for c in load_workbook(path)["劳动合同"][1]] == [
        "工号",
        "合同编号",
        "合同类型",
        "开始日期",
        "结束日期",
        "试用期结束日期",
        "试用期工资",
        "合同工资",
        "签订日期",
    ]


def test_import_reports_problems_by_row_and_writes_nothing(demo_file, tmp_path):
    work = tmp_path / "work.db"
    hrdesk("--db", demo_file, "backup", work)
    export = tmp_path / "employees.xlsx"
    result = hrdesk("--db", work, "export", "employees", export)
    assert result.returncode == 0 and "已导出 25 行" in result.stdout

    from openpyxl import load_workbook

    workbook = load_workbook(export)
    sheet = workbook["员工"]
    sheet["B3"] = None  # a name left empty
    sheet["G4"] = "2026-02-30"  # a date that does not exist
    sheet["O5"] = 9999.99  # a raise that is fine on its own
    workbook.save(export)
    result = hrdesk("--db", work, "import", "employees", export)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "第3行 姓名: 不能为空",
        "第4行 入职日期: 日期“2026-02-30”不存在",
    ]
    assert employees_in(work) == 25

    sheet["B3"] = "新名字"
    sheet["G4"] = "2020-01-01"
    workbook.save(export)
    result = hrdesk("--db", work, "import", "employees", export, "--dry-run")
    assert result.returncode == 0 and result.stdout.startswith("检查通过（未写入）")
    result = hrdesk("--db", work, "import", "employees", export)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "新增 0 行, 更新 3 行, 跳过重复 22 行"
    assert (
        hrdesk("--db", work, "import", "employees", export).stdout.strip()
        == "新增 0 行, 更新 0 行, 跳过重复 25 行"
    )


def test_payroll_run_approve_and_outputs(demo_file, tmp_path):
    from openpyxl import load_workbook

    work = tmp_path / "pay.db"
    hrdesk("--db", demo_file, "backup", work)
    result = hrdesk("--db", work, "payroll", "run", "2026-10")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("已计算 2026-10 工资")
    assert hrdesk("--db", work, "payroll", "approve", "2026-10").returncode == 0
    again = hrdesk("--db", work, "payroll", "run", "2026-10")
    assert again.returncode == 1 and "已审核锁定" in again.stderr
    register = tmp_path / "register.xlsx"
    assert hrdesk("--db", work, "payroll", "export", "2026-10", register).returncode == 0
    sheet = load_workbook(register).active
    headers = [c.value for c in sheet[1]]
    assert (
        headers[:3] == ["工号", "姓名", "部门"]
        and "实发工资" in headers
        and "个人所得税" in headers
    )
    assert sheet.cell(row=sheet.max_row, column=1).value == "合计"
    bank = tmp_path / "bank.xlsx"
    assert hrdesk("--db", work, "payroll", "bankfile", "2026-10", bank).returncode == 0
    assert [c.value for c in load_workbook(bank).active[1]] == [
        "姓名",
        "银行卡号",
        "开户行",
        "金额",
        "用途",
    ]
    icbc = tmp_path / "icbc.xlsx"
    result = hrdesk("--db", work, "payroll", "bankfile", "2026-10", icbc, "--bank", "工商银行")
    assert result.returncode == 0 and "工商银行格式" in result.stdout, result.stderr
    rows = list(load_workbook(icbc).active.iter_rows(values_only=True))
    assert rows[0][0] == "总笔数" and rows[2] == ("序号", "卡号", "户名", "金额", "摘要")
    result = hrdesk("--db", work, "payroll", "bankfile", "2026-10", icbc, "--bank", "招商银行")
    assert result.returncode == 1 and "没有名为“招商银行”的代发模板" in result.stderr
    result = hrdesk("--db", work, "payslips", "2026-10", tmp_path / "two", "--per-page", "2")
    assert result.returncode == 0 and "每页两份" in result.stdout, result.stderr
    assert [p.name for p in (tmp_path / "two").iterdir()] == ["工资条_2026-10_每页两份.pdf"]
    assert hrdesk("--db", work, "payroll", "run", "2026-13").returncode == 1
    result = hrdesk(
        "--db",
        work,
        "payslips",
        "2026-10",
        tmp_path / "slips",
        "--employee",
        "E0001",
        "--password",
        "id6",
    )
    assert result.returncode == 0, result.stderr
    assert [p.name.split("_")[:3] for p in (tmp_path / "slips").iterdir()] == [
        ["工资条", "2026-10", "E0001"]
    ]


def test_success_lines_in_english_with_lang_en(demo_file, tmp_path):
    work = tmp_path / "pay.db"
    backed_up = hrdesk("--lang", "en", "--db", demo_file, "backup", work)
    assert backed_up.returncode == 0, backed_up.stderr
    assert backed_up.stdout.startswith(f"Backed up to {work} (database version ")
    ran = hrdesk("--lang", "en", "--db", work, "payroll", "run", "2026-10")
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.startswith("Calculated the 2026-10 payroll: ")
    assert " yuan, net " in ran.stdout and "元" not in ran.stdout
    approved = hrdesk("--lang", "en", "--db", work, "payroll", "approve", "2026-10")
    assert approved.stdout.strip() == "The 2026-10 payroll is approved and locked"


def test_usage_and_file_errors_are_said_in_chinese(tmp_path):
    result = hrdesk("demo-data")
    assert result.returncode == 2 and "需要 --db" in result.stderr
    result = hrdesk("demo-data", "--db", tmp_path / "x.db", "--employees", "many")
    assert result.returncode == 2 and "“many”不是整数" in result.stderr
    folder = tmp_path / "a-folder"
    folder.mkdir()
    result = hrdesk("--db", tmp_path / "y.db", "export", "policies", folder)
    assert result.returncode == 1 and "这是一个文件夹，不是文件" in result.stderr
    env_db = tmp_path / "from-env.db"
    result = hrdesk(
        "demo-data", "--employees", "8", "--customers", "2", "--payroll-months", "0", env_db=env_db
    )
    assert result.returncode == 0 and env_db.exists()


def test_receivables_templates_have_the_interface_headers(tmp_path):
    from openpyxl import load_workbook

    expected = {
        "customers": ["客户编码", "客户名称", "统一社会信用代码", "联系人", "电话", "地址", "业务员工号", "账期天数"],
        "invoices": ["单号", "客户编码", "业务员工号", "开票日期", "到期日期", "金额", "备注"],
        "receipts": ["交易日期", "流水号", "付款方名称", "金额", "摘要", "客户编码", "核销单号"],
    }  # fmt: skip
    for kind, headers in expected.items():
        path = tmp_path / f"{kind}.xlsx"
        assert hrdesk("template", kind, path).returncode == 0
        sheet = load_workbook(path).worksheets[0]
        assert [cell.value for cell in sheet[1]][: len(headers)] == headers


def test_aging_and_commission_commands(demo_file, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "aging.xlsx"
    result = hrdesk("--db", demo_file, "aging", "--as-of", "2026-06-30", out)
    assert result.returncode == 0, result.stderr
    rows = list(load_workbook(out).worksheets[0].values)
    assert rows[0][:6] == ("业务员工号", "业务员", "客户编码", "客户名称", "未收余额", "未到期")
    assert rows[-1][0] == "合计" and rows[-1][4] > 0
    # every row's buckets add up to its balance
    assert all(abs(sum(row[5:]) - row[4]) < 0.005 for row in rows[1:])
    bad = hrdesk("--db", demo_file, "aging", "--as-of", "2026-13-01", out)
    assert bad.returncode == 1 and "YYYY-MM-DD" in bad.stderr
    salesperson = rows[1][0]
    for suffix in ("xlsx", "pdf"):
        statement = tmp_path / f"statement.{suffix}"
        result = hrdesk("--db", demo_file, "commission", "2026-05", salesperson, statement)
        assert result.returncode == 0, result.stderr
        assert salesperson in result.stdout and statement.stat().st_size > 0
    assert hrdesk("commission", "--help").returncode == 0


def test_backup_into_a_folder_writes_a_dated_file(demo_file, tmp_path):
    folder = tmp_path / "备份"
    folder.mkdir()
    result = hrdesk("--db", demo_file, "backup", folder)
    assert result.returncode == 0, result.stderr
    [made] = list(folder.glob("hrdesk-*.db"))
    assert employees_in(made) == 25


def test_handover_report_command(demo_file, tmp_path):
    connection = sqlite3.connect(demo_file)
    [employee_no] = connection.execute(
        "SELECT e.employee_no FROM employees e JOIN customers c ON c.salesperson_id = e.id "
        "GROUP BY e.employee_no ORDER BY e.employee_no LIMIT 1"
    ).fetchone()
    connection.close()
    for suffix in ("pdf", "xlsx"):
        out = tmp_path / f"report.{suffix}"
        result = hrdesk("--db", demo_file, "handover", "report", employee_no, out)
        assert result.returncode == 0, result.stderr
        assert employee_no in result.stdout and out.stat().st_size > 0
    assert (
        hrdesk("--db", demo_file, "handover", "report", "NOPE", tmp_path / "x.pdf").returncode == 1
    )
    assert hrdesk("handover", "report", "--help").returncode == 0
