"""Accounts and login (用户与登录): argon2 hashes, five wrong tries lock for five minutes."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk.domain.passwords import (
    MAX_FAILED_ATTEMPTS,
    locked_until_after_failure,
    password_problems,
)
from hrdesk.domain.roles import Permission, Role
from hrdesk.messages import _
from hrdesk.services import audit
from hrdesk.services.actor import Actor
from hrdesk.services.password_hash import hasher, matches
from hrdesk.services.sign_in_ahead import Ahead
from hrdesk.storage.base import utc_now
from hrdesk.storage.models import User

DEMO_ADMIN = "demo"
DEMO_PASSWORD = "demo"  # published: demo data is fictional, and anyone may look at it


class AccountError(ValueError):
    """An account cannot be made or changed as asked (message in Chinese)."""


@dataclass(frozen=True)
class LoginResult:
    actor: Actor | None
    message: str  # why the login was refused; empty when it succeeded


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: datetime | None


def has_users(session: Session) -> bool:
    return session.scalar(select(func.count()).select_from(User)) > 0


def _actor(user: User) -> Actor:
    return Actor(
        name=f"{user.display_name}({user.username})", role=Role(user.role), user_id=user.id
    )


def _new_user(session: Session, username: str, display_name: str, role: Role, password: str):
    username = username.strip()
    if not username:
        raise AccountError(_("用户名不能为空"))
    if session.scalar(select(User).where(User.username == username)) is not None:
        raise AccountError(_("用户名“{username}”已存在").format(username=username))
    user = User(
        username=username,
        display_name=display_name.strip() or username,
        role=role.value,
        password_hash=hasher().hash(password),
        failed_attempts=0,
    )
    session.add(user)
    session.flush()
    return user


def create_administrator(
    session: Session, username: str, display_name: str, password: str, repeated: str
) -> Actor:
    """The first start: the administrator who then creates everyone else."""
    if has_users(session):
        raise AccountError(_("管理员已经创建过"))
    problems = password_problems(password, repeated)
    if problems:
        raise AccountError("；".join(problems))
    user = _new_user(session, username, display_name, Role.ADMIN, password)
    actor = _actor(user)
    audit.record(session, actor, "创建管理员", "users", user.id, "username", None, user.username)
    return actor


def add_user(
    session: Session,
    actor: Actor,
    username: str,
    display_name: str,
    role: Role,
    password: str,
    repeated: str,
) -> int:
    actor.require(Permission.MANAGE_USERS)
    problems = password_problems(password, repeated)
    if problems:
        raise AccountError("；".join(problems))
    user = _new_user(session, username, display_name, role, password)
    audit.record(session, actor, "新增用户", "users", user.id, "role", None, role.value)
    return user.id


def create_demo_administrator(session: Session) -> Actor:
    """A new demo database's administrator, demo/demo: a real account with a real hash."""
    user = _new_user(session, DEMO_ADMIN, "演示管理员", Role.ADMIN, DEMO_PASSWORD)
    audit.record(
        session, _actor(user), "创建管理员", "users", user.id, "username", None, DEMO_ADMIN
    )
    return _actor(user)


def demo_administrator(session: Session) -> Actor:
    """The demo administrator of a demo database this process has just built (`--demo`)."""
    user = session.scalar(select(User).where(User.username == DEMO_ADMIN, User.active))
    if user is None:
        raise AccountError(_("演示数据库中没有演示管理员"))
    return _actor(user)


def list_users(session: Session, actor: Actor) -> list[UserRow]:
    actor.require(Permission.MANAGE_USERS)
    return [
        UserRow(u.id, u.username, u.display_name, Role(u.role), u.active, u.locked_until)
        for u in session.scalars(select(User).order_by(User.id))
    ]


def _right_password(user: User, password: str, ahead: Ahead | None) -> bool:
    """Whether PASSWORD is USER's: as start-up checked it ahead for this very hash, else now."""
    known = ahead.password_matches(user.username, password, user.password_hash) if ahead else None
    return matches(user.password_hash, password) if known is None else known


def _failed(session: Session, user: User, now: datetime) -> LoginResult:
    """A wrong password counted; the fifth in a row locks the account for five minutes."""
    user.failed_attempts += 1
    user.locked_until = locked_until_after_failure(user.failed_attempts, now)
    if user.locked_until is not None:
        audit.record(session, _actor(user), "账户锁定", "users", user.id)
        return LoginResult(
            None,
            _("连续输错{MAX_FAILED_ATTEMPTS}次，账户已锁定5分钟").format(
                MAX_FAILED_ATTEMPTS=MAX_FAILED_ATTEMPTS
            ),
        )
    left = MAX_FAILED_ATTEMPTS - user.failed_attempts
    return LoginResult(None, _("用户名或密码错误（再错{left}次将锁定账户）").format(left=left))


def authenticate(
    session: Session,
    username: str,
    password: str,
    now: datetime | None = None,
    ahead: Ahead | None = None,
) -> LoginResult:
    """Check a login (with the check start-up made AHEAD, when it made one for this account).
    The caller commits either way: failed tries must be counted."""
    now = now or utc_now()
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None:
        hasher().hash(password)  # as long as a real check: timing does not tell who exists
        return LoginResult(None, _("用户名或密码错误"))
    if not user.active:
        # said only to whoever knows the password, so names cannot be probed
        if _right_password(user, password, ahead):
            return LoginResult(None, _("该账户已停用，请联系管理员"))
        return LoginResult(None, _("用户名或密码错误"))
    if user.locked_until is not None:
        if now < user.locked_until:
            until = user.locked_until.astimezone().strftime("%H:%M")
            return LoginResult(
                None,
                _("连续输错{MAX_FAILED_ATTEMPTS}次，账户已锁定，请于{until}后再试").format(
                    MAX_FAILED_ATTEMPTS=MAX_FAILED_ATTEMPTS, until=until
                ),
            )
        user.locked_until = None
        user.failed_attempts = 0
    if not _right_password(user, password, ahead):
        return _failed(session, user, now)
    user.failed_attempts = 0
    if hasher().check_needs_rehash(user.password_hash):
        user.password_hash = hasher().hash(password)
    return LoginResult(_actor(user), "")
