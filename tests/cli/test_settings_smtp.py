"""`hrdesk settings` for the mail server: the SMTP names set and checked, the password kept in
the OS keyring and listed only as 已保存 — never in the database, never printed."""

import sqlite3

from hrdesk.cli import main

PASSWORD = "Mail-Pass-2026"


def _run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_smtp_settings_by_name_and_the_password_in_the_keyring(
    tmp_path, capsys, private_environment
):
    db = tmp_path / "hr.db"
    for name, value in (
        ("SMTP服务器", "smtp.example.com"),
        ("SMTP端口", "465"),
        ("SMTP加密", "SSL"),
        ("SMTP用户", "hr@example.com"),
        ("发件人", "hr@example.com"),
    ):
        assert _run(capsys, "--db", db, "settings", "set", name, value)[0] == 0
    assert _run(capsys, "--db", db, "settings")[1].count("SMTP密码: （未设置）") == 1
    code, out, _err = _run(capsys, "--db", db, "settings", "set", "SMTP密码", PASSWORD)
    assert code == 0 and PASSWORD not in out
    listed = _run(capsys, "--db", db, "settings")[1].splitlines()
    assert "SMTP密码: （已保存）" in listed and "SMTP端口: 465" in listed
    assert PASSWORD not in "\n".join(listed)
    assert PASSWORD in private_environment.secrets.values()
    with sqlite3.connect(db) as connection:
        stored = " ".join(str(row) for row in connection.execute("SELECT * FROM settings"))
        trail = " ".join(str(row) for row in connection.execute("SELECT * FROM audit_log"))
    assert PASSWORD not in stored and PASSWORD not in trail


def test_a_wrong_smtp_value_exits_1(tmp_path, capsys):
    db = tmp_path / "hr.db"
    code, _out, err = _run(capsys, "--db", db, "settings", "set", "SMTP加密", "TLS")
    assert code == 1 and "SMTP加密只能是" in err
    code, _out, err = _run(capsys, "--db", db, "settings", "set", "SMTP密码", "x")
    assert code == 1 and "SMTP服务器" in err  # the password is kept per server and user
