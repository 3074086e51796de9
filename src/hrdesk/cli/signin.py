"""Signing in on the command line: who acts is a user of the database, never the OS account.

A database without users belongs to whoever holds the file: commands act as its
administrator. Once users exist, every command on the company's data names a user
(`--user NAME` or HRDESK_USER) and gives the password (HRDESK_PASSWORD, else a prompt
when a person is at the terminal); the window's permissions then apply.
"""

import getpass
import os
import sys

from hrdesk.cli.common import BadInput


def _password(username: str) -> str:
    password = os.environ.get("HRDESK_PASSWORD")
    if password is not None:
        return password
    if sys.stdin is None or not sys.stdin.isatty():
        raise BadInput("错误：需要密码：请在终端中运行以输入密码，或设置环境变量 HRDESK_PASSWORD")
    return getpass.getpass(f"{username} 的密码：")


def command_actor(database, args):
    """The signed-in user of this command (or the holder of a database without users)."""
    from hrdesk.services import auth
    from hrdesk.services.actor import command_line_actor

    with database.sessions() as session:
        if not auth.has_users(session):
            return command_line_actor()
    username = getattr(args, "user", None) or os.environ.get("HRDESK_USER")
    if not username:
        raise BadInput(
            "错误：此数据库已设用户，请登录：--user 用户名（或环境变量 HRDESK_USER），"
            "密码在提示时输入（或环境变量 HRDESK_PASSWORD）"
        )
    password = _password(username)
    with database.sessions.begin() as session:  # a failed try is counted even so
        result = auth.authenticate(session, username, password)
    if result.actor is None:
        raise BadInput(f"错误：登录失败：{result.message}")
    return result.actor
