"""Leave commands: the year's balances out, a leave recorded, and annual leave carried into the
next year or days that lapse (作废), each a signed, audited ledger entry."""

from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from hrdesk.cli.common import BadInput, workspace
from hrdesk.messages import _


def register(commands) -> None:
    group = commands.add_parser("leave", help="休假：余额表、登记请假、年休假结转、作废")
    sub = group.add_subparsers(dest="leave_command", metavar="子命令", required=True)
    balances = sub.add_parser("balances", help="导出某年的年休假和调休余额")
    balances.add_argument("--year", type=int, required=True, metavar="YYYY")
    balances.add_argument("out", metavar="OUT.xlsx", type=Path)
    balances.set_defaults(handler=run_balances)
    add = sub.add_parser("add", help="登记一次请假（年休假、调休不能超过余额）")
    add.add_argument("employee_no", metavar="工号")
    add.add_argument("leave", metavar="假期类型")
    add.add_argument("start", metavar="开始日期")
    add.add_argument("end", metavar="结束日期")
    add.add_argument("--days", metavar="N", help="天数（默认按工作日历计算）")
    add.add_argument("--note", default="", metavar="TEXT")
    add.set_defaults(handler=run_add)
    carry = sub.add_parser(
        "carry-over", help="把某人当年未休的年休假结转到下一年（须员工同意，只能跨一个年度）"
    )
    carry.add_argument("year", type=int, metavar="YYYY")
    carry.add_argument("employee_no", metavar="工号")
    carry.add_argument("days", metavar="天数")
    carry.add_argument("--note", default="", metavar="TEXT", help="说明，如“员工同意跨年安排”")
    carry.set_defaults(handler=run_carry_over)
    lapse = sub.add_parser("expire", help="作废某人某年的假期天数（须写明原因）")
    lapse.add_argument("year", type=int, metavar="YYYY")
    lapse.add_argument("employee_no", metavar="工号")
    lapse.add_argument("days", metavar="天数")
    lapse.add_argument("--leave", default="年休假", metavar="假期类型", help="默认年休假")
    lapse.add_argument("--reason", required=True, metavar="TEXT", help="原因，如“员工书面放弃”")
    lapse.set_defaults(handler=run_expire)
    _register_types(sub)


def _register_types(sub) -> None:
    types = sub.add_parser("types", help="列出公司的假期类型（法定天数与本省规定）")
    types.set_defaults(handler=run_types)
    what = types.add_subparsers(dest="types_command", metavar="子命令")
    days = what.add_parser(
        "set", help="设置某种假期的天数（不能少于法定天数）；新名称即新增公司自己的假期类型"
    )
    days.add_argument("name", metavar="假期类型")
    days.add_argument("--days", type=int, required=True, metavar="N")
    days.add_argument("--source", metavar="TEXT", help="依据，如“广东省人口与计划生育条例”")
    days.add_argument("--unpaid", action="store_true", help="无薪（仅公司新增的假期）")
    days.add_argument("--yearly", action="store_true", help="天数按每年计（如育儿假），默认每次")
    days.set_defaults(handler=run_set_type)


def run_balances(args) -> str:
    from hrdesk.services import leave

    with workspace(args) as (session, actor):
        count = leave.write_balances(session, actor, args.year, args.out)
    return _("已导出 {year} 年 {count} 人的假期余额到 {path}").format(
        year=args.year, count=count, path=args.out
    )


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadInput(_("错误：日期“{text}”应写作 YYYY-MM-DD").format(text=text)) from None


def run_add(args) -> str:
    from hrdesk.services import leave
    from hrdesk.services.calendar import work_calendar

    start, end = _date(args.start), _date(args.end)
    try:
        days = Decimal(args.days) if args.days else None
    except InvalidOperation:
        raise BadInput(_("错误：天数“{days}”不是数字").format(days=args.days)) from None
    with workspace(args) as (session, actor):
        employee_id = leave.employee_id_of(session, args.employee_no)
        leave.balances(session, actor, start.year)  # the year's grants, as of today
        calendar = work_calendar(session, [start.year])
        entry = leave.add_request(
            session, actor, employee_id, args.leave, start, end, calendar, days, args.note
        )
        left = leave.balance(session, employee_id, args.leave, start.year)
    line = _("已登记 {employee_no} {leave} {start}至{end} 共{days}天").format(
        employee_no=args.employee_no, leave=args.leave, start=start, end=end, days=-entry.days
    )
    if args.leave not in ("年休假", "调休"):
        return line
    return line + _("；{year}年剩余{days}天").format(year=start.year, days=left)


def _days(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:
        raise BadInput(_("错误：天数“{text}”不是数字").format(text=text)) from None


def _shown(days: Decimal) -> str:
    """2.00 as 2, 0.50 as 0.5."""
    return f"{days.normalize():f}"


def run_carry_over(args) -> str:
    from hrdesk.services import leave

    days = _days(args.days)
    with workspace(args) as (session, actor):
        employee_id = leave.employee_id_of(session, args.employee_no)
        leave.balances(session, actor, args.year)  # the year's grants, as of today
        leave.carry_over(session, actor, employee_id, args.year, days, args.note)
        left = leave.balance(session, employee_id, "年休假", args.year)
    return _(
        "已将 {employee_no} {year}年未休年休假 {days} 天结转到 {next_year}年；{year}年剩余{left}天"
    ).format(
        employee_no=args.employee_no,
        year=args.year,
        days=days,
        next_year=args.year + 1,
        left=_shown(left),
    )


def run_expire(args) -> str:
    from hrdesk.services import leave

    days = _days(args.days)
    with workspace(args) as (session, actor):
        employee_id = leave.employee_id_of(session, args.employee_no)
        leave.balances(session, actor, args.year)
        leave.expire(session, actor, employee_id, args.leave, args.year, days, args.reason)
        left = leave.balance(session, employee_id, args.leave, args.year)
    return _("已作废 {employee_no} {year}年{leave} {days} 天（{reason}）；剩余{left}天").format(
        employee_no=args.employee_no,
        year=args.year,
        leave=args.leave,
        days=days,
        reason=args.reason.strip(),
        left=_shown(left),
    )


def _type_line(kind) -> str:
    days = kind.entitled_by if kind.days is None else f"{kind.per.value}{kind.days}天"
    if kind.added:
        origin = _("公司新增")
    elif kind.minimum:
        origin = _("法定最少{minimum}天").format(minimum=kind.minimum)
    else:
        origin = _("法定")
    state = "" if kind.active else _("（已停用）")
    return f"{kind.name}\t{kind.pay.value}\t{days}\t{origin}{state}\t{kind.source}"


def run_types(args) -> str:
    from hrdesk.services.leave.leave_types import company_types

    with workspace(args, write=False) as (session, _actor):
        lines = [_type_line(kind) for kind in company_types(session)]
    return "\n".join([_("假期类型\t待遇\t天数\t法定/公司\t依据"), *lines])


def run_set_type(args) -> str:
    from hrdesk.domain.leave import Per
    from hrdesk.services.leave.leave_types import set_days

    with workspace(args) as (session, actor):
        kind = set_days(
            session,
            actor,
            args.name,
            args.days,
            args.source,
            paid=False if args.unpaid else None,
            per=Per.YEAR if args.yearly else None,
        )
    return _("已设置：{line}").format(line=_type_line(kind))
