"""Managing accounts (用户管理): roles, deactivation and passwords, by an administrator.

The last active administrator can neither be deactivated nor given another role: a
database must always keep someone who can manage its users. Every change is audited;
passwords never appear in the trail.
"""

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrdesk.domain.passwords import password_problems
from hrdesk.domain.roles import Permission, Role
from hrdesk.messages import _
from hrdesk.services import audit
from hrdesk.services.actor import Actor
from hrdesk.services.auth import AccountError, UserRow, add_user, list_users
from hrdesk.services.password_hash import hasher
from hrdesk.storage.models import User

__all__ = [
    "AccountError",
    "UserRow",
    "add_user",
    "deactivate",
    "list_users",
    "reactivate",
    "reset_password",
    "set_role",
]


def _user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None:
        raise AccountError(_("没有用户“{username}”").format(username=username))
    return user


def _is_last_administrator(session: Session, user: User) -> bool:
    if not user.active or user.role != Role.ADMIN.value:
        return False
    others = session.scalar(
        select(func.count())
        .select_from(User)
        .where(User.active, User.role == Role.ADMIN.value, User.id != user.id)
    )
    return others == 0


def set_role(session: Session, actor: Actor, username: str, role: Role) -> None:
    actor.require(Permission.MANAGE_USERS)
    user = _user(session, username)
    if user.role == role.value:
        return
    if _is_last_administrator(session, user):
        raise AccountError(
            _("“{username}”是唯一启用的管理员，不能改为其他角色").format(username=user.username)
        )
    old, user.role = user.role, role.value
    audit.record(session, actor, "更改角色", "users", user.id, "role", old, role.value)


def deactivate(session: Session, actor: Actor, username: str) -> None:
    """停用: the account can no longer sign in, anywhere; its history stays."""
    actor.require(Permission.MANAGE_USERS)
    user = _user(session, username)
    if not user.active:
        return
    if _is_last_administrator(session, user):
        raise AccountError(
            _("“{username}”是唯一启用的管理员，不能停用").format(username=user.username)
        )
    user.active = False
    audit.record(session, actor, "停用用户", "users", user.id, "active", "启用", "停用")


def reactivate(session: Session, actor: Actor, username: str) -> None:
    actor.require(Permission.MANAGE_USERS)
    user = _user(session, username)
    if user.active:
        return
    user.active = True
    user.failed_attempts, user.locked_until = 0, None
    audit.record(session, actor, "启用用户", "users", user.id, "active", "停用", "启用")


def reset_password(
    session: Session, actor: Actor, username: str, password: str, repeated: str
) -> None:
    """A new password set by an administrator; it also lifts a lock."""
    actor.require(Permission.MANAGE_USERS)
    user = _user(session, username)
    problems = password_problems(password, repeated)
    if problems:
        raise AccountError("；".join(problems))
    user.password_hash = hasher().hash(password)
    user.failed_attempts, user.locked_until = 0, None
    audit.record(session, actor, "重置密码", "users", user.id, "password_hash")
