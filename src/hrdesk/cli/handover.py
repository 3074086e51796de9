"""Handover commands: the departing salesperson's receivables list report."""

from pathlib import Path

from hrdesk import clock
from hrdesk.cli.common import UsageError, as_of, workspace
from hrdesk.messages import _


def register(commands) -> None:
    handover = commands.add_parser("handover", help="离职交接")
    steps = handover.add_subparsers(dest="step", metavar="步骤", required=True)
    report = steps.add_parser("report", help="离职业务员的应收账款清单报告（PDF 或 xlsx）")
    report.add_argument("employee_no", metavar="工号")
    report.add_argument("out", metavar="OUT.pdf|OUT.xlsx", type=Path)
    report.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="截止日期（默认今天；已移交的为移交前一天）"
    )
    report.set_defaults(handler=run_handover_report)


def run_handover_report(args) -> str:
    from hrdesk.services import separations

    if args.out.suffix.lower() not in (".pdf", ".xlsx"):
        raise UsageError(_("输出文件应为 .pdf 或 .xlsx"))
    with workspace(args, write=False) as (session, actor):
        # by default, what the salesperson owned before handing anything over
        day = (
            as_of(args.as_of)
            if args.as_of
            else separations.report_day(session, args.employee_no, clock.today())
        )
        count = separations.write_report(session, actor, args.employee_no, day, args.out)
    return _("已导出 {employee_no} 截至 {day} 的应收账款清单：{count} 张未收应收单，{path}").format(
        employee_no=args.employee_no, day=day, count=count, path=args.out
    )
