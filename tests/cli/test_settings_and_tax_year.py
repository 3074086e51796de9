"""`hrdesk settings`, `settings set`, `deductions confirm` and the opening-balances import,
run in-process as a user would type them."""

import sqlite3

from openpyxl import Workbook

from hrdesk.cli import main

REQUIRED = ["公司名称", "统一社会信用代码", "公司地址", "联系人", "联系电话", "开户行", "账号"]


def _run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_settings_list_set_and_audit(tmp_path, capsys):
    db = tmp_path / "hr.db"
    code, out, _err = _run(capsys, "--db", db, "settings")
    assert code == 0
    names = [line.split(": ", 1)[0] for line in out.splitlines()]
    assert names[:7] == REQUIRED
    assert _run(capsys, "--db", db, "settings", "set", "公司名称", "华东恒达贸易有限公司")[0] == 0
    assert _run(capsys, "--db", db, "settings", "set", "company_bank_account", "6222 0200")[0] == 0
    code, out, _err = _run(capsys, "--db", db, "settings", "set", "病假工资比例", "80%")
    assert (code, out.strip()) == (0, "病假工资比例: 0.8")
    _code, out, _err = _run(capsys, "--db", db, "settings")
    assert "公司名称: 华东恒达贸易有限公司" in out.splitlines()
    assert "账号: 6222 0200" in out.splitlines()
    with sqlite3.connect(db) as connection:
        audited = connection.execute(
            "SELECT entity_id, new_value FROM audit_log WHERE action = '修改设置'"
        ).fetchall()
    assert ("company_name", '"华东恒达贸易有限公司"') in [(k, v) for k, v in audited] or any(
        key == "company_name" and "华东恒达" in value for key, value in audited
    )


def test_an_unknown_setting_exits_2_and_lists_the_names(tmp_path, capsys):
    code, _out, err = _run(capsys, "--db", tmp_path / "hr.db", "settings", "set", "公司电话", "1")
    assert code == 2
    assert all(name in err for name in REQUIRED)


def test_a_bad_value_exits_1_and_changes_nothing(tmp_path, capsys):
    db = tmp_path / "hr.db"
    code, _out, err = _run(capsys, "--db", db, "settings", "set", "统一社会信用代码", "123")
    assert code == 1 and "统一社会信用代码" in err
    code, _out, err = _run(capsys, "--db", db, "settings", "set", "合同到期提醒天数", "-3")
    assert code == 1
    assert "统一社会信用代码: \n" in _run(capsys, "--db", db, "settings")[1] + "\n"


def test_opening_balances_import_refuses_row_by_row_and_confirm_deductions(tmp_path, capsys):
    db = tmp_path / "hr.db"
    workbook = Workbook()
    workbook.active.append(["工号", "年度", "截至月份", "累计收入", "累计已预扣预缴税额"])
    workbook.active.append(["E404", 2026, 6, 1000, 0])
    workbook.active.append(["E404", "2025年", 13, -1, 0])
    workbook.save(tmp_path / "o.xlsx")
    code, _out, err = _run(capsys, "--db", db, "import", "opening-balances", tmp_path / "o.xlsx")
    assert code == 1
    lines = err.splitlines()
    assert "第2行 工号: 没有工号为E404的员工，请先导入员工" in lines
    assert any(line.startswith("第3行 截至月份:") for line in lines)
    assert any(line.startswith("第3行 累计收入:") for line in lines)
    code, out, _err = _run(capsys, "--db", db, "template", "opening-balances", tmp_path / "t.xlsx")
    assert code == 0
    code, out, _err = _run(capsys, "--db", db, "deductions", "confirm", "2026")
    assert (code, out.strip()) == (0, "已确认 0 项专项附加扣除延续到 2027 年")
