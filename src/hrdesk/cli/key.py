"""`hrdesk key export|import FILE --passphrase P` (管理员): the field-encryption key,
wrapped by a passphrase, so a backup can be read on another computer."""

import getpass
import sys
from pathlib import Path

from hrdesk.cli.common import BadInput, workspace
from hrdesk.messages import _


def register(commands) -> None:
    key = commands.add_parser("key", help="证件号加密密钥：导出或导入（用口令保护）")
    steps = key.add_subparsers(dest="step", metavar="步骤", required=True)
    for name, text, handler in (
        ("export", "把本数据库的密钥导出到文件（与备份分开保存）", run_export),
        ("import", "从导出的密钥文件导入密钥到本机", run_import),
    ):
        step = steps.add_parser(name, help=text)
        step.add_argument("file", metavar="FILE", type=Path, help="密钥文件")
        step.add_argument("--passphrase", metavar="P", help="口令，至少8位（不给则提示输入）")
        step.set_defaults(handler=handler)


def _passphrase(given: str | None, twice: bool) -> str:
    if given is not None:
        return given
    if sys.stdin is None or not sys.stdin.isatty():
        raise BadInput(_("错误：请用 --passphrase 给出口令，或在终端中运行以输入口令"))
    passphrase = getpass.getpass("口令：")
    if twice and getpass.getpass("再次输入口令：") != passphrase:
        raise BadInput(_("错误：两次输入的口令不一致"))
    return passphrase


def run_export(args) -> str:
    from hrdesk.services import keys

    passphrase = _passphrase(args.passphrase, twice=True)
    with workspace(args) as (session, actor):
        fingerprint = keys.export_key(session, actor, args.file, passphrase)
    return _("已导出密钥到 {path}（指纹 {fingerprint}）。请与备份分开保存，并记住口令。").format(
        path=args.file, fingerprint=fingerprint
    )


def run_import(args) -> str:
    from hrdesk.services import keys

    passphrase = _passphrase(args.passphrase, twice=False)
    with workspace(args, needs_key=False) as (session, actor):
        fingerprint = keys.import_key(session, actor, args.file, passphrase)
    return _("已导入密钥（指纹 {fingerprint}），本机现在可以读取此数据库的加密数据").format(
        fingerprint=fingerprint
    )
