"""`hrdesk audit verify`: the audit chain, every approved payslip and every bound field, once."""

from hrdesk.cli.common import BadInput, workspace
from hrdesk.messages import _

SHOWN = 20  # problems listed; the count says how many more


def register(commands) -> None:
    audit = commands.add_parser("audit", help="审计与封存校验")
    actions = audit.add_subparsers(dest="audit_command", metavar="操作", required=True)
    verify = actions.add_parser(
        "verify", help="校验审计链、已审核工资条的封存和加密字段；完整时输出“审计链完整”"
    )
    verify.set_defaults(handler=run_verify)


def run_verify(args) -> str:
    from hrdesk.services import integrity
    from hrdesk.services.database import field_cipher

    with workspace(args, write=False) as (session, actor):
        report = integrity.verify(session, actor, field_cipher(session), limit=SHOWN)
    if report.ok:
        return report.summary()
    lines = [_("错误：{exc}").format(exc=report.summary()), *report.problems[:SHOWN]]
    lines.append(
        _(
            "被改动的数据不会用于代发文件、工资表、个税申报表和工资条；"
            "请从改动之前的备份恢复（hrdesk restore）"
        )
    )
    raise BadInput("\n".join(lines))
