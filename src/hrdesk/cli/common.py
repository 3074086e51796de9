"""What every command shares: exit codes, the two refusals, dates, and opening the database."""

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from hrdesk import clock

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


class BadInput(Exception):
    """The user's input cannot be used; the message says why, in Chinese."""


class UsageError(Exception):
    """The command was given wrongly (exit status 2); the message says how, in Chinese."""


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是整数") from None
    if value < 0:
        raise argparse.ArgumentTypeError("不能为负数")
    return value


def as_of(text: str | None) -> date:
    """A --as-of date; today when it is not given."""
    if text is None:
        return clock.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"错误：日期“{text}”应写作 YYYY-MM-DD") from None


def open_database(args):
    from hrdesk.services.database import database_target, open_workspace

    return open_workspace(database_target(args.db))


@contextmanager
def opened(args) -> Iterator[tuple]:
    """The database the command names and who acts on it, closed however the command ends."""
    from hrdesk.services.actor import command_line_actor

    database = open_database(args)
    try:
        yield database, command_line_actor()
    finally:
        database.close()


@contextmanager
def workspace(args, *, write: bool = True) -> Iterator[tuple]:
    """A session on the named database (one transaction when the command writes) and the actor."""
    with opened(args) as (database, actor):
        sessions = database.sessions.begin() if write else database.sessions()
        with sessions as session:
            yield session, actor
