"""Tax-year commands: confirm declared deductions for the next year (60号公告 第五条)."""

from hrdesk.cli.common import BadInput, positive, workspace
from hrdesk.messages import _


def register(commands) -> None:
    deductions = commands.add_parser("deductions", help="专项附加扣除")
    steps = deductions.add_subparsers(dest="step", metavar="步骤", required=True)
    confirm = steps.add_parser(
        "confirm", help="员工已确认下一年度扣除信息：把 YEAR 年底到期的扣除延续到下一年"
    )
    confirm.add_argument("year", metavar="YEAR", type=positive)
    confirm.add_argument("--employee", metavar="工号", help="只确认这名员工的")
    confirm.set_defaults(handler=run_confirm)


def run_confirm(args) -> str:
    from hrdesk.services.tax_year import declarations

    with workspace(args) as (session, actor):
        try:
            count = declarations.confirm_by_number(session, actor, args.year, args.employee)
        except ValueError as exc:
            raise BadInput(_("错误：{exc}").format(exc=exc)) from None
    return _("已确认 {count} 项专项附加扣除延续到 {year} 年").format(
        count=count, year=args.year + 1
    )
