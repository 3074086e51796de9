"""What every command shares: exit codes, the two refusals, dates, and opening the database
as a signed-in user.

A database without users belongs to whoever holds the file: commands act as its
administrator. Once users exist, every command on the company's data names a user
(`--user NAME` or HRDESK_USER) and gives the password (HRDESK_PASSWORD, else a prompt when
a person is at the terminal); the window's permissions then apply. The OS account name is
never an identity.
"""

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from hrdesk import clock
from hrdesk.messages import _

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


class BadInput(Exception):
    """The user's input cannot be used; the message says why, in Chinese."""


class UsageError(Exception):
    """The command was given wrongly (exit status 2); the message says how, in Chinese."""


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("“{text}”不是整数").format(text=text)) from None
    if value < 0:
        raise argparse.ArgumentTypeError(_("不能为负数"))
    return value


def as_of(text: str | None) -> date:
    """A --as-of date; today when it is not given."""
    if text is None:
        return clock.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadInput(_("错误：日期“{text}”应写作 YYYY-MM-DD").format(text=text)) from None


def open_database(args):
    from hrdesk.services.database import database_target, open_workspace

    return open_workspace(database_target(args.db))


def _password(username: str) -> str:
    password = os.environ.get("HRDESK_PASSWORD")
    if password is not None:
        return password
    if sys.stdin is None or not sys.stdin.isatty():
        raise BadInput(
            _("错误：需要密码：请在终端中运行以输入密码，或设置环境变量 HRDESK_PASSWORD")
        )
    return getpass.getpass(f"{username} 的密码：")


def command_actor(database, args, ahead=None):
    """The signed-in user of this command (or the holder of a database without users), with
    the password check start-up made AHEAD (services/sign_in_ahead.py) when it made one."""
    from hrdesk.services import auth
    from hrdesk.services.actor import command_line_actor

    with database.sessions() as session:
        if not auth.has_users(session):
            return command_line_actor()
    username = getattr(args, "user", None) or os.environ.get("HRDESK_USER")
    if not username:
        raise BadInput(
            _(
                "错误：此数据库已设用户，请登录：--user 用户名（或环境变量 HRDESK_USER），"
                "密码在提示时输入（或环境变量 HRDESK_PASSWORD）"
            )
        )
    password = _password(username)
    with database.sessions.begin() as session:  # a failed try is counted even so
        result = auth.authenticate(session, username, password, ahead=ahead)
    if result.actor is None:
        raise BadInput(_("错误：登录失败：{message}").format(message=result.message))
    return result.actor


@contextmanager
def opened(args, *, needs_key: bool = True) -> Iterator[tuple]:
    """The database the command names and who acts on it (signed in: command_actor),
    closed however the command ends. A seat without the key of encrypted data stops here
    with the way to import it, unless the command does not need the key."""
    from hrdesk.services import sign_in_ahead

    # The password is checked and the credential store found on threads while SQLAlchemy
    # and the models load (each takes a tenth of a second, mostly outside the interpreter).
    ahead = sign_in_ahead.from_environment(
        args.db, getattr(args, "user", None), find_store=needs_key
    )
    from hrdesk.services.database import missing_key_message

    database = open_database(args)
    try:
        actor = command_actor(database, args, ahead)
        ahead.key_store_found()
        missing = missing_key_message(database) if needs_key else None
        if missing is not None:
            raise BadInput(_("错误：{missing}").format(missing=missing))
        yield database, actor
    finally:
        database.close()


@contextmanager
def workspace(args, *, write: bool = True, needs_key: bool = True) -> Iterator[tuple]:
    """A session on the named database (one transaction when the command writes) and the actor."""
    with opened(args, needs_key=needs_key) as (database, actor):
        sessions = database.sessions.begin() if write else database.sessions()
        with sessions as session:
            yield session, actor
