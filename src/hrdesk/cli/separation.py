"""Leaving commands: the final settlement worked out without recording it."""

from decimal import Decimal, InvalidOperation
from pathlib import Path

from hrdesk import clock
from hrdesk.cli.common import BadInput, UsageError, as_of, workspace
from hrdesk.domain.grounds import QUOTE_REASONS
from hrdesk.domain.money import format_money
from hrdesk.messages import _


def register(commands) -> None:
    separation = commands.add_parser("separation", help="离职结算")
    steps = separation.add_subparsers(dest="step", metavar="步骤", required=True)
    quote = steps.add_parser(
        "quote",
        help="离职结算试算（不记录）：经济补偿、赔偿金、代通知金、未休年休假工资、提成、工资",
    )
    quote.add_argument("employee_no", metavar="工号")
    quote.add_argument("--last-day", metavar="YYYY-MM-DD", required=True, help="最后工作日")
    quote.add_argument(
        "--reason", metavar="REASON", required=True, choices=list(QUOTE_REASONS),
        help="、".join(QUOTE_REASONS),
    )  # fmt: skip
    quote.add_argument("out", metavar="OUT.xlsx", type=Path)
    quote.add_argument(
        "--notice-date", metavar="YYYY-MM-DD", help="书面通知日期（默认今天，用于代通知金）"
    )
    quote.add_argument("--leave-taken", metavar="天数", help="今年已休年休假天数（默认取假期台账）")
    quote.add_argument("--agreed", metavar="金额", help="协商解除时双方约定的补偿金额")
    quote.add_argument("--agreement", metavar="协议", default="", help="约定金额所在的协议")
    quote.set_defaults(handler=run_quote)


def _amount(text: str | None, name: str) -> Decimal | None:
    if text is None:
        return None
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise BadInput(_("错误：{name}“{text}”不是数字").format(name=name, text=text)) from None
    if not value.is_finite() or value < 0:
        raise BadInput(_("错误：{name}不能为负数").format(name=name))
    return value


def run_quote(args) -> str:
    from hrdesk.services import settlement

    if args.out.suffix.lower() != ".xlsx":
        raise UsageError(_("输出文件应为 .xlsx"))
    last_day = as_of(args.last_day)
    with workspace(args) as (session, actor):
        found = settlement.write_quote(
            session,
            actor,
            args.employee_no,
            args.out,
            last_day=last_day,
            reason=args.reason,
            today=clock.today(),
            notice_date=as_of(args.notice_date) if args.notice_date else None,
            leave_taken_days=(
                None if args.leave_taken is None else _amount(args.leave_taken, "已休天数")
            ),
            agreed_amount=_amount(args.agreed, "约定金额"),
            agreement=args.agreement,
        )
    return _(
        "已导出 {employee_no} {name} 的离职结算试算（{reason}，最后工作日{day}）：合计 {total} 元，{path}"
    ).format(
        employee_no=found.employee_no,
        name=found.name,
        reason=args.reason,
        day=last_day,
        total=format_money(found.settlement_total),
        path=args.out,
    )
