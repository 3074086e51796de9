"""Server commands: prepare a PostgreSQL database for the office, keep its password on this PC."""

import getpass
import sys

from hrdesk.cli.common import BadInput, UsageError
from hrdesk.messages import _


def register(commands) -> None:
    server = commands.add_parser("server", help="多人使用：PostgreSQL 服务器数据库")
    steps = server.add_subparsers(dest="step", metavar="步骤", required=True)

    init = steps.add_parser("init", help="在服务器数据库中建表并创建第一位管理员")
    init.add_argument("url", metavar="URL", help="postgresql+psycopg://用户名@服务器/数据库")
    init.add_argument("--admin", metavar="用户名", required=True, help="第一位管理员的用户名")
    init.add_argument("--name", metavar="姓名", default="", help="管理员姓名")
    init.add_argument("--password", metavar="P", help="管理员密码（不给则提示输入两次）")
    init.set_defaults(handler=run_init)

    password = steps.add_parser("password", help="把数据库用户的密码保存在本机的系统凭据管理器中")
    password.add_argument("url", metavar="URL", help="postgresql+psycopg://用户名@服务器/数据库")
    password.add_argument("--password", metavar="P", help="数据库密码（不给则提示输入）")
    password.set_defaults(handler=run_password)


def _asked(prompt: str, given: str | None, *, twice: bool = False) -> tuple[str, str]:
    if given is not None:
        return given, given
    if not sys.stdin.isatty():
        raise UsageError(
            _("{prompt}：请用 --password 给出（没有可输入的终端）").format(prompt=prompt)
        )
    first = getpass.getpass(f"{prompt}：")
    return first, getpass.getpass(f"再输入一次{prompt}：") if twice else first


def run_init(args) -> str:
    from hrdesk.services import auth
    from hrdesk.services.database import open_workspace, server_url

    url = server_url(args.url)
    password, repeated = _asked("管理员密码", args.password, twice=True)
    database = open_workspace(args.url)
    try:
        with database.sessions.begin() as session:
            if auth.has_users(session):
                raise BadInput(
                    _("错误：{location} 已有用户，无需初始化").format(location=database.location)
                )
            auth.create_administrator(session, args.admin, args.name, password, repeated)
    except auth.AccountError as exc:
        raise BadInput(_("错误：{exc}").format(exc=exc)) from None
    finally:
        database.close()
    return _("已在 {url} 建好 hrdesk 数据库，管理员 {admin} 可以登录").format(
        url=url, admin=args.admin
    )


def run_password(args) -> str:
    from hrdesk.services.database import remember_server_password, server_url

    url = server_url(args.url)
    password = _asked("数据库密码", args.password)[0]
    remember_server_password(args.url, password)
    return _("已把 {url} 的密码保存在本机凭据管理器中；以后连接时不必在地址里写密码").format(
        url=url
    )
