"""Start-up work that needs neither SQLAlchemy nor the models, begun on threads before they
load (a third of a second) so that it is done when they are:

- checking HRDESK_PASSWORD against the stored hash: argon2 takes a tenth of a second and
  64 MB outside the interpreter's lock, and the 64 MB are given back before the import's own
  work needs memory;
- finding the credential store: keyring tries each of its backends in turn, a tenth of a
  second, most of it waiting (on Linux one backend asks the C compiler for a library).

The sign-in proper (services/auth.py) still reads the account through the models, counts
failures and honours locks; it takes the early answer only for the same user, password and
stored hash, and checks again itself otherwise.
"""

import hmac
import logging
import os
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from hrdesk.services.password_hash import matches
from hrdesk.storage.keystore import find_os_keyring
from hrdesk.storage.location import resolve_database_target
from hrdesk.storage.stored_hash import stored_password_hash

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckedPassword:
    username: str
    password: str
    password_hash: str
    matches: bool


class Ahead:
    """The early checks of one start (none: Ahead()); each answer waits for its thread."""

    def __init__(
        self,
        password: "Future[CheckedPassword | None] | None" = None,
        store: Future | None = None,
    ):
        self._password = password
        self._store = store

    def password_matches(self, username: str, password: str, password_hash: str) -> bool | None:
        """Whether PASSWORD is right for USERNAME whose stored hash is PASSWORD_HASH, as checked
        ahead; None when the check ahead was not made for exactly these."""
        checked = _result(self._password)
        if (
            checked is None
            or checked.username != username
            or checked.password_hash != password_hash
            or not hmac.compare_digest(checked.password.encode(), password.encode())
        ):
            return None
        return checked.matches

    def key_store_found(self) -> None:
        """Wait until the credential store has been looked for (found, or found missing)."""
        _result(self._store)


def start(
    explicit_db: str | None, username: str | None, password: str | None, *, find_store: bool
) -> Ahead:
    """Begin what can be begun for a start on the database --db EXPLICIT_DB (or HRDESK_DB, or
    the default) signed in as USERNAME with PASSWORD: the password check only for a SQLite
    file that exists (a server is read through its driver, later), the credential store's
    search when FIND_STORE."""
    target = resolve_database_target(explicit_db)
    check = username and password is not None and isinstance(target, Path) and target.is_file()
    if not (check or find_store):
        return Ahead()
    pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="ahead")
    try:
        checking = pool.submit(_check, target, username.strip(), password) if check else None
        store = pool.submit(find_os_keyring) if find_store else None
    finally:
        pool.shutdown(wait=False)
    return Ahead(checking, store)


def from_environment(
    explicit_db: str | None, user: str | None, *, check_password: bool = True, find_store: bool
) -> Ahead:
    """start() for the user --user USER or HRDESK_USER names with HRDESK_PASSWORD, as set
    (no password check unless CHECK_PASSWORD: a demo builds its database later)."""
    username = (user or os.environ.get("HRDESK_USER")) if check_password else None
    return start(explicit_db, username, os.environ.get("HRDESK_PASSWORD"), find_store=find_store)


def _check(path: Path, username: str, password: str) -> CheckedPassword | None:
    password_hash = stored_password_hash(path, username)
    if password_hash is None:
        return None
    return CheckedPassword(username, password, password_hash, matches(password_hash, password))


def _result(work: Future | None):
    """What WORK gave, once done; None for no work, or work that failed (a fault of ours,
    logged: the sign-in then checks the usual way)."""
    if work is None:
        return None
    try:
        return work.result()
    except Exception:
        log.exception("启动时的预先检查失败")
        return None
