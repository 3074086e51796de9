"""Attendance commands: the monthly sheet out, and the year's holidays as hrdesk knows them."""

from pathlib import Path

from hrdesk.cli.common import BadInput, workspace
from hrdesk.messages import _


def register(commands) -> None:
    group = commands.add_parser("attendance", help="考勤：导出月度考勤表、查看节假日安排")
    sub = group.add_subparsers(dest="attendance_command", metavar="子命令", required=True)
    export = sub.add_parser("export", help="导出某月的考勤表（人员×日期，含合计）")
    export.add_argument("month", metavar="YYYY-MM")
    export.add_argument("out", metavar="OUT.xlsx", type=Path)
    export.set_defaults(handler=run_export)
    holidays = sub.add_parser("holidays", help="列出某年的放假、调休上班和法定节假日（300%）")
    holidays.add_argument("year", type=int, metavar="YYYY")
    holidays.set_defaults(handler=run_holidays)


def _month(text: str):
    from hrdesk.services import payroll

    try:
        return payroll.parse_month(text)
    except ValueError as exc:
        raise BadInput(_("错误：{exc}").format(exc=exc)) from None


def run_export(args) -> str:
    from hrdesk.services import attendance

    month = _month(args.month)
    with workspace(args) as (session, actor):
        count = attendance.write_sheet(session, actor, month, args.out)
    return _("已导出 {month:%Y-%m} 考勤表，{count} 人，到 {path}").format(
        month=month, count=count, path=args.out
    )


def run_holidays(args) -> str:
    from hrdesk.services import calendar

    with workspace(args, write=False) as (session, _actor):
        source, days = calendar.year_days(session, args.year)
    if not source:
        raise BadInput(
            _(
                "错误：{year} 年的放假安排未知（日历包没有该年）：请在考勤页面的“节假日安排”中录入"
            ).format(year=args.year)
        )
    statutory = "  " + _("法定节假日（300%）")
    lines = [f"{d.day}  {d.kind}  {d.name}{statutory if d.statutory else ''}" for d in days]
    heading = _("{year} 年（来源：{source}）").format(year=args.year, source=source)
    return "\n".join([heading, *lines])
