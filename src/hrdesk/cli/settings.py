"""Settings commands: `hrdesk settings` lists every setting, `settings set 名称 值` changes one."""

from hrdesk.cli.common import BadInput, UsageError, workspace
from hrdesk.messages import _


def register(commands) -> None:
    settings = commands.add_parser(
        "settings", help="查看设置（每行“名称: 值”）；settings set 名称 值 修改一项"
    )
    settings.set_defaults(handler=run_list)
    steps = settings.add_subparsers(dest="step", metavar="步骤")
    change = steps.add_parser("set", help="修改一项设置（名称或英文键名），记入变更记录")
    change.add_argument("name", metavar="名称")
    change.add_argument("value", metavar="值", help="空字符串清空")
    change.set_defaults(handler=run_set)


def run_list(args) -> str:
    from hrdesk.services import setting_names

    with workspace(args, write=False) as (session, _actor):
        return "\n".join(f"{spec.name}: {value}" for spec, value in setting_names.listing(session))


def run_set(args) -> str:
    from hrdesk.services import setting_names

    if setting_names.find(args.name) is None:
        raise UsageError(
            _("没有名为“{name}”的设置；可用：{names}").format(
                name=args.name, names="、".join(setting_names.names())
            )
        )
    with workspace(args) as (session, actor):
        try:
            spec = setting_names.set_value(session, actor, args.name, args.value)
        except ValueError as exc:
            raise BadInput(_("错误：{exc}").format(exc=exc)) from None
        shown = setting_names.shown(
            dict((s.key, v) for s, v in setting_names.listing(session))[spec.key]
        )
    return f"{spec.name}: {shown}"
