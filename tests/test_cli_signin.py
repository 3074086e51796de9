"""Signing in on the command line: the window's permissions, never the OS account; users
and keys managed from the terminal."""

import getpass
import logging

import pytest

from hrdesk.cli import main
from hrdesk.domain.roles import Role
from hrdesk.services import audit, auth
from hrdesk.services.actor import command_line_actor

ADMIN_VIEW = command_line_actor()
PASSPHRASE = "long enough passphrase"


@pytest.fixture(autouse=True)
def on_a_file(sqlite_only):
    """Signing in does not depend on the engine; these commands name the database by its file
    (tests/storage/test_server.py signs in on a server)."""


@pytest.fixture
def run(capsys, monkeypatch):
    """hrdesk ARGS… in this process, as USER with PASSWORD (None: not given)."""

    def run(*args, user=None, password=None):
        for name, value in (("HRDESK_USER", user), ("HRDESK_PASSWORD", password)):
            if value is None:
                monkeypatch.delenv(name, raising=False)
            else:
                monkeypatch.setenv(name, value)
        code = main([str(arg) for arg in args])
        out, err = capsys.readouterr()
        return code, out, err

    root = logging.getLogger()
    level = root.level
    yield run
    for handler in [h for h in root.handlers if getattr(h, "hrdesk_log", False)]:
        root.removeHandler(handler)  # main() set up the log for this test's folder only
        handler.close()
    root.setLevel(level)


@pytest.fixture
def office(demo_database):
    """A demo company with a clerk (人事) and an accountant (财务) beside demo."""
    with demo_database.sessions.begin() as session:
        demo = auth.demo_administrator(session)
        auth.add_user(session, demo, "li", "李人事", Role.HR, "clerk pass", "clerk pass")
        auth.add_user(session, demo, "qian", "钱会计", Role.FINANCE, "money pass", "money pass")
    return demo_database.path


def test_a_clerk_who_may_not_approve_payroll_cannot_from_the_terminal_either(run, office):
    assert (
        run("--db", office, "payroll", "run", "2026-10", user="li", password="clerk pass")[0] == 0
    )
    code, _, err = run(
        "--db", office, "--user", "li", "payroll", "approve", "2026-10", password="clerk pass"
    )
    assert code == 1 and "无权限：审批薪资" in err
    code, out, _ = run(
        "--db", office, "payroll", "approve", "2026-10", user="qian", password="money pass"
    )
    assert code == 0 and "已审核" in out


def test_the_audit_names_the_signed_in_user_never_the_os_account(run, office, monkeypatch):
    monkeypatch.setattr(getpass, "getuser", lambda: pytest.fail("the OS user name was asked"))
    assert (
        run("--db", office, "payroll", "run", "2026-10", user="li", password="clerk pass")[0] == 0
    )
    with auth_session(office) as session:
        line = next(e for e in audit.entries(session, ADMIN_VIEW) if e.action == "计算工资")
    assert line.actor == "李人事(li)"


def auth_session(path):
    from hrdesk.services.database import open_workspace

    class Opened:
        def __enter__(self):
            self.database = open_workspace(path)
            self.session = self.database.sessions()
            return self.session

        def __exit__(self, *exc):
            self.session.close()
            self.database.close()

    return Opened()


def test_once_users_exist_a_command_without_a_sign_in_is_refused(run, office):
    code, _, err = run("--db", office, "export", "employees", "out.xlsx")
    assert code == 1 and "--user" in err and "HRDESK_PASSWORD" in err


def test_no_password_and_no_terminal_is_refused_not_waited_for(run, office, monkeypatch):
    monkeypatch.setattr("sys.stdin", None)
    code, _, err = run("--db", office, "aging", "out.xlsx", user="li")
    assert code == 1 and "HRDESK_PASSWORD" in err


def test_the_password_is_asked_at_a_terminal(run, office, monkeypatch, tmp_path):
    class Terminal:
        def isatty(self):
            return True

    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", lambda prompt: "money pass")
    code, out, _ = run("--db", office, "aging", tmp_path / "aging.xlsx", user="qian")
    assert code == 0 and "账龄表" in out


def test_wrong_password_lock_and_deactivated_user_each_exit_1_in_chinese(run, office):
    code, _, err = run("--db", office, "aging", "a.xlsx", user="qian", password="wrong")
    assert code == 1 and "登录失败：用户名或密码错误" in err
    for _ in range(4):
        run("--db", office, "aging", "a.xlsx", user="qian", password="wrong")
    code, _, err = run("--db", office, "aging", "a.xlsx", user="qian", password="money pass")
    assert code == 1 and "账户已锁定" in err
    assert run("--db", office, "users", "deactivate", "li", user="demo", password="demo")[0] == 0
    code, _, err = run("--db", office, "aging", "a.xlsx", user="li", password="clerk pass")
    assert code == 1 and "已停用" in err


def test_a_database_without_users_is_its_holders_until_the_first_administrator(
    run, database, tmp_path
):
    path = database.path
    code, _, err = run(
        "--db", path, "users", "add", "wang", "--role", "人事", "--password", "12345678"
    )
    assert code == 1 and "第一个用户必须是管理员" in err
    code, out, _ = run(
        "--db", path, "users", "add", "wang", "--role", "管理员", "--name", "王会计",
        "--password", "correct horse",
    )  # fmt: skip
    assert code == 0 and "已新增用户 wang" in out
    assert run("--db", path, "users", "list")[0] == 1  # now it asks who you are
    code, out, _ = run("--db", path, "users", "list", user="wang", password="correct horse")
    assert code == 0 and out.strip() == "wang\t王会计\t管理员\t启用"


def test_users_commands_keep_the_last_administrator_and_reset_passwords(run, office):
    admin = {"user": "demo", "password": "demo"}
    code, _, err = run("--db", office, "users", "set-role", "demo", "财务", **admin)
    assert code == 1 and "唯一启用的管理员" in err
    code, _, err = run("--db", office, "users", "deactivate", "demo", **admin)
    assert code == 1 and "唯一启用的管理员" in err
    assert run("--db", office, "users", "set-role", "li", "销售经理", **admin)[0] == 0
    args = ("--db", office, "users", "reset-password", "li", "--password", "fresh pass")
    assert run(*args, **admin)[0] == 0
    code, out, _ = run("--db", office, "users", "list", **admin)
    assert "li\t李人事\t销售经理\t启用" in out.splitlines()
    assert run("--db", office, "users", "list", user="li", password="fresh pass")[0] == 1  # 无权限
    code, _, err = run("--db", office, "users", "list", user="qian", password="money pass")
    assert code == 1 and "无权限：管理用户" in err


def test_key_export_and_import_from_the_terminal(run, database, private_environment, tmp_path):
    path, key_file = database.path, tmp_path / "hrdesk.key"
    code, out, err = run("--db", path, "backup", tmp_path / "b1.db")
    assert code == 0 and "提醒" not in err  # no key made yet: nothing a backup could lose
    code, out, _ = run("--db", path, "key", "export", key_file, "--passphrase", PASSPHRASE)
    assert code == 0 and "指纹" in out
    private_environment.secrets.clear()  # a new computer, or a lost key store

    code, _, err = run("--db", path, "export", "employees", tmp_path / "e.xlsx")
    assert code == 1 and "hrdesk key import" in err and "不会另建新密钥" in err
    assert private_environment.secrets == {}  # and none was made
    code, _, err = run("--db", path, "key", "import", key_file, "--passphrase", "not the one!")
    assert code == 1 and "口令不正确" in err
    assert run("--db", path, "key", "import", key_file, "--passphrase", PASSPHRASE)[0] == 0
    assert run("--db", path, "export", "employees", tmp_path / "e.xlsx")[0] == 0


def test_a_seat_without_the_key_imports_receivables_not_employees(
    run, database, private_environment, tmp_path
):
    with database.sessions.begin() as session:
        from hrdesk.services.database import field_cipher

        field_cipher(session)  # the key is made with the first encrypted number
    private_environment.secrets.clear()  # a second seat, the key not imported yet
    statement = tmp_path / "bank.csv"
    statement.write_text("交易日期,流水号,付款方名称,金额\n2026-11-02,B001,某客户,1200.00\n")
    code, out, err = run("--db", database.path, "import", "receipts", statement)
    assert code == 0, err
    assert "新增 1 行" in out
    code, _, err = run("--db", database.path, "export", "employees", tmp_path / "e.xlsx")
    assert code == 1 and "hrdesk key import" in err
    assert private_environment.secrets == {}  # no key was made by either


def test_a_backup_warns_until_the_key_is_exported(run, database, tmp_path):
    path = database.path
    with database.sessions.begin() as session:
        from hrdesk.services.database import field_cipher

        field_cipher(session)  # the key is made with the first encrypted number
    code, _, err = run("--db", path, "backup", tmp_path / "b1.db")
    assert code == 0 and "提醒：加密密钥从未导出" in err
    run("--db", path, "key", "export", tmp_path / "k.key", "--passphrase", PASSPHRASE)
    code, _, err = run("--db", path, "backup", tmp_path / "b2.db")
    assert code == 0 and "提醒" not in err


def test_commands_that_touch_no_company_data_need_no_sign_in(run, office, tmp_path):
    code, _, _ = run("--db", office, "template", "employees", tmp_path / "t.xlsx")
    assert code == 0 and (tmp_path / "t.xlsx").exists()


def test_the_window_signs_in_from_the_environment_and_a_wrong_pair_exits_1(
    office, tmp_path, monkeypatch
):
    from tests.test_cli import hrdesk

    shot = tmp_path / "shot.png"
    monkeypatch.setenv("HRDESK_USER", "demo")
    monkeypatch.setenv("HRDESK_PASSWORD", "wrong")
    refused = hrdesk("--db", office, "--screenshot", shot)
    assert refused.returncode == 1 and "登录失败" in refused.stderr and not shot.exists()
    monkeypatch.setenv("HRDESK_PASSWORD", "demo")
    signed = hrdesk("--db", office, "--screenshot", shot)
    assert signed.returncode == 0, signed.stderr
    assert shot.exists()
