"""The `hrdesk` command: a table of command groups, each a module that registers its commands.

A new command group is one module here with `register(commands)` (its subparsers, each with
`set_defaults(handler=...)`) and one entry in GROUPS; handlers return the line to print and
raise BadInput/UsageError for the two refusals.
"""

import argparse
import atexit
import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from hrdesk import __version__
from hrdesk.cli import (
    attendance,
    audit,
    data,
    handover,
    key,
    leave,
    payroll,
    people,
    receivables,
    report,
    separation,
    server,
    settings,
    tax_year,
    users,
)
from hrdesk.cli.common import EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, BadInput, UsageError
from hrdesk.logs import setup_logging
from hrdesk.messages import LANGUAGES, _, chosen_language, use_language

log = logging.getLogger(__name__)

GROUPS = (
    data,
    payroll,
    receivables,
    handover,
    separation,
    settings,
    tax_year,
    server,
    users,
    key,
    audit,
    report,
    people,
    attendance,
    leave,
)

# argparse's own words, so a usage error reads in Chinese like everything else.
_ARGPARSE_WORDS = {
    "usage: ": "用法：",
    "options": "选项",
    "positional arguments": "位置参数",
    "show this help message and exit": "显示帮助并退出",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "expected one argument": "需要一个值",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选项 %(value)r（可选：%(choices)s）",
    "invalid %(type)s value: %(value)r": "无效的%(type)s值：%(value)r",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
}
argparse._ = lambda text: _ARGPARSE_WORDS.get(text, text)


def window_size(text: str) -> tuple[int, int]:
    """`--size 1366x768`: the window's width and height in pixels."""
    width, sep, height = text.lower().partition("x")
    if not (sep and width.isdigit() and height.isdigit()) or int(width) < 1 or int(height) < 1:
        raise argparse.ArgumentTypeError(
            _("窗口大小应写作 宽x高，如 1366x768：{text}").format(text=text)
        )
    return int(width), int(height)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hrdesk",
        description="hrdesk：中小企业人事、薪资与应收账款管理。不带命令时打开窗口。",
    )
    parser.add_argument("--version", action="version", version=f"hrdesk {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="数据库文件（默认取 HRDESK_DB 或用户数据目录）"
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="以该用户登录（默认取 HRDESK_USER；密码取 HRDESK_PASSWORD 或提示输入）",
    )
    parser.add_argument("--demo", action="store_true", help="在临时目录生成演示数据并打开")
    parser.add_argument("--page", metavar="NAME", help="打开指定页面，如 home、employees、settings")
    parser.add_argument("--screenshot", metavar="PNG", type=Path, help="窗口绘制后截图保存并退出")
    parser.add_argument(
        "--size", metavar="WxH", type=window_size, help="窗口大小，如 1366x768（截图用）"
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="语言：zh 中文、en English（本次运行，不改设置；默认取 HRDESK_LANG 或设置中的界面语言）",
    )
    commands = parser.add_subparsers(dest="command", metavar="命令")
    for group in GROUPS:
        group.register(commands)
    return parser


def _run_command(handler: Callable, args) -> int:
    try:
        print(handler(args))
        return EXIT_OK
    except UsageError as exc:
        print(_("hrdesk：用法错误：{exc}").format(exc=exc), file=sys.stderr)
        return EXIT_USAGE
    except BadInput as exc:
        log.warning("命令失败：%s", exc)
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:
        from hrdesk.services.database import describe_file_error

        log.warning("命令失败：%s", exc)
        print(_("错误：{exc}").format(exc=describe_file_error(exc)), file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:
        if not _refusal(exc):
            raise
        log.warning("命令失败：%s", exc)
        print(_("错误：{exc}").format(exc=exc), file=sys.stderr)
        return EXIT_BAD_INPUT


def _refusal(exc: Exception) -> bool:
    """Whether EXC is a refusal the services explain in words. Their types load only here:
    before the command, they would bring SQLAlchemy in ahead of the password check."""
    from hrdesk.services.actor import PermissionDenied
    from hrdesk.services.database import LockedMonthError, StorageError

    return isinstance(exc, (StorageError, PermissionDenied, LockedMonthError, ValueError))


def _language_option(argv: list[str] | None) -> str | None:
    """`--lang`, read before the full parse so that refusals while parsing speak it too."""
    early = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    early.add_argument("--lang")
    return early.parse_known_args(argv)[0].lang


def main(argv: list[str] | None = None) -> int:
    # What the process made lives until it ends, and its end frees it all: the collector's
    # last walk over every object at exit (a tenth of a second and more) is for nothing.
    atexit.unregister(gc.freeze)  # once, however often main runs in one process
    atexit.register(gc.freeze)
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    use_language(chosen_language(_language_option(argv)))
    args = build_parser().parse_args(argv)
    log_path = setup_logging()
    try:
        if args.command:
            return _run_command(args.handler, args)
        # Start-up makes some hundred thousand objects that live as long as the window
        # (modules, classes, mappers); the cyclic collector would walk them again and again
        # for nothing, so it waits until 首页 is drawn (ui.app turns it back on).
        gc.disable()
        # The password check and the credential store's search go on threads while
        # SQLAlchemy and the models load, before Qt: PySide6's import hook, once in, slows
        # each of their thousands of imports (a tenth of a second at start).
        from hrdesk.services import sign_in_ahead

        ahead = sign_in_ahead.from_environment(
            args.db, None, check_password=not args.demo, find_store=True
        )
        import hrdesk.services.database  # noqa: F401
        from hrdesk.ui.app import run_app

        return run_app(args, ahead)
    except Exception:
        log.exception("意外错误")
        print(_("发生意外错误，详情已写入日志：{path}").format(path=log_path), file=sys.stderr)
        return EXIT_BAD_INPUT
