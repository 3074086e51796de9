"""`hrdesk users …`: list, add, set-role, deactivate, reset-password (管理员).

The first user of a database is made by whoever holds the file, and must be an
administrator; from then on these commands sign in like every other.
"""

import getpass
import sys

from hrdesk.cli.common import BadInput, workspace
from hrdesk.domain.roles import Role
from hrdesk.messages import _

ROLES = [role.value for role in Role]


def register(commands) -> None:
    users = commands.add_parser("users", help="用户：列出、新增、改角色、停用、重置密码（管理员）")
    steps = users.add_subparsers(dest="step", metavar="步骤", required=True)
    steps.add_parser("list", help="列出用户：用户名、姓名、角色、状态").set_defaults(
        handler=run_list
    )
    add = steps.add_parser("add", help="新增用户（第一个用户须为管理员）")
    add.add_argument("username", metavar="NAME", help="用户名")
    add.add_argument("--role", required=True, choices=ROLES, metavar="ROLE", help="、".join(ROLES))
    add.add_argument("--name", metavar="姓名", default="", help="姓名（默认同用户名）")
    add.add_argument("--password", metavar="P", help="初始密码，至少8位（不给则提示输入）")
    add.set_defaults(handler=run_add)
    role = steps.add_parser("set-role", help="更改角色（最后一名启用的管理员不能改）")
    role.add_argument("username", metavar="NAME")
    role.add_argument("role", choices=ROLES, metavar="ROLE", help="、".join(ROLES))
    role.set_defaults(handler=run_set_role)
    off = steps.add_parser("deactivate", help="停用：不能再登录，历史记录保留")
    off.add_argument("username", metavar="NAME")
    off.set_defaults(handler=run_deactivate)
    reset = steps.add_parser("reset-password", help="重置密码并解除锁定")
    reset.add_argument("username", metavar="NAME")
    reset.add_argument("--password", metavar="P", help="新密码，至少8位（不给则提示输入）")
    reset.set_defaults(handler=run_reset_password)


def _new_password(given: str | None) -> str:
    if given is not None:
        return given
    if sys.stdin is None or not sys.stdin.isatty():
        raise BadInput(_("错误：请用 --password 给出密码，或在终端中运行以输入密码"))
    password = getpass.getpass("新密码：")
    if getpass.getpass("再次输入：") != password:
        raise BadInput(_("错误：两次输入的密码不一致"))
    return password


def run_list(args) -> str:
    from hrdesk.services import users

    with workspace(args, write=False, needs_key=False) as (session, actor):
        rows = users.list_users(session, actor)
    return "\n".join(
        f"{row.username}\t{row.display_name}\t{row.role.value}\t{_('启用') if row.active else _('停用')}"
        for row in rows
    )


def run_add(args) -> str:
    from hrdesk.services import auth

    password = _new_password(args.password)
    with workspace(args, needs_key=False) as (session, actor):
        if auth.has_users(session):
            auth.add_user(
                session, actor, args.username, args.name, Role(args.role), password, password
            )
        elif args.role != Role.ADMIN.value:
            raise BadInput(_("错误：第一个用户必须是管理员（--role 管理员）"))
        else:
            auth.create_administrator(session, args.username, args.name, password, password)
    return _("已新增用户 {username}（{role}）").format(username=args.username, role=args.role)


def run_set_role(args) -> str:
    from hrdesk.services import users

    with workspace(args, needs_key=False) as (session, actor):
        users.set_role(session, actor, args.username, Role(args.role))
    return _("{username} 的角色已改为 {role}").format(username=args.username, role=args.role)


def run_deactivate(args) -> str:
    from hrdesk.services import users

    with workspace(args, needs_key=False) as (session, actor):
        users.deactivate(session, actor, args.username)
    return _("已停用 {username}：不能再登录，历史记录保留").format(username=args.username)


def run_reset_password(args) -> str:
    from hrdesk.services import users

    password = _new_password(args.password)
    with workspace(args, needs_key=False) as (session, actor):
        users.reset_password(session, actor, args.username, password, password)
    return _("已重置 {username} 的密码").format(username=args.username)
