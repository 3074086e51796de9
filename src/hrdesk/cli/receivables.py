"""Receivables commands: the aging table, 对账函 batches, commission statements."""

from pathlib import Path

from hrdesk import clock
from hrdesk.cli.common import UsageError, as_of, opened, workspace
from hrdesk.domain.money import format_money
from hrdesk.messages import _


def register(commands) -> None:
    aging = commands.add_parser("aging", help="导出应收账款账龄表")
    aging.add_argument("--as-of", metavar="YYYY-MM-DD", help="截止日期（默认今天）")
    aging.add_argument(
        "--by",
        choices=["customer", "salesperson"],
        default="customer",
        help="customer：每个业务员×客户一行（默认）；salesperson：每个业务员一行",
    )
    aging.add_argument("out", metavar="OUT.xlsx", type=Path)
    aging.set_defaults(handler=run_aging)

    letters = commands.add_parser("letters", help="批量生成对账函 PDF（每个有余额的客户一份）")
    letters.add_argument("--as-of", metavar="YYYY-MM-DD", help="对账截止日期（默认今天）")
    letters.add_argument(
        "--customer", metavar="编码", action="append", help="只给这些客户（可重复）"
    )
    letters.add_argument("--salesperson", metavar="工号", help="只给该业务员的客户")
    letters.add_argument(
        "--merged", action="store_true", help="另把全部对账函合并为一个 PDF 便于打印"
    )
    again = letters.add_mutually_exclusive_group()
    again.add_argument(
        "--reprint", metavar="编号", help="重新打印这封对账函：同一编号、同一内容，再出一份 PDF"
    )
    again.add_argument(
        "--reissue",
        metavar="编号",
        help="重新出具：按 --as-of（默认今天）给该客户出一封新编号的对账函，原函可作废的即作废",
    )
    letters.add_argument("outdir", metavar="OUTDIR", type=Path)
    letters.set_defaults(handler=run_letters)

    statement = commands.add_parser("commission", help="导出业务员的回款提成明细（xlsx 或 pdf）")
    statement.add_argument("month", metavar="YYYY-MM")
    statement.add_argument("employee_no", metavar="工号")
    statement.add_argument("out", metavar="OUT.xlsx|OUT.pdf", type=Path)
    statement.set_defaults(handler=run_commission)


def run_aging(args) -> str:
    from hrdesk.services import receivables

    day = as_of(args.as_of)
    with workspace(args, write=False) as (session, actor):
        count = receivables.write_aging(session, actor, day, args.out, args.by)
    return _("已导出 {day} 账龄表：{count} 行，{path}").format(day=day, count=count, path=args.out)


def run_letters(args) -> str:
    from hrdesk.services import letters

    day = as_of(args.as_of)
    if args.reprint or args.reissue:
        return _letter_again(args, day)
    with opened(args) as (database, actor):
        with database.sessions.begin() as session:
            chosen = letters.choose_customers(session, args.customer, args.salesperson)
            existing = letters.letters_already_made(session, day, **chosen)
            made = letters.generate(session, actor, day, clock.today(), **chosen)
        with database.sessions() as session:  # numbers kept first: a failed PDF loses none
            letters.write_pdfs(session, actor, made, args.outdir)
            if args.merged:
                letters.write_pdfs(session, actor, made, args.outdir, merged=True)
    skipped = ""
    if existing:
        skipped = _(
            "；以下客户截至 {day} 已有对账函，未重复生成（可用 --reprint 编号 重新打印，"
            "--reissue 编号 重新出具）：{letters}"
        ).format(day=day, letters=letters.describe_already_made(existing))
    if not made:
        if existing:
            return _("未生成新的对账函") + skipped
        return _("截至 {day} 所选客户都没有未结余额，未生成对账函").format(day=day)
    return (
        _("已生成 {count} 份对账函到 {path}").format(count=len(made), path=args.outdir)
        + (_("（另有合并版一份）") if args.merged else "")
        + skipped
    )


def _letter_again(args, day) -> str:
    """--reprint: the same letter again; --reissue: a new letter (new number) as of the date."""
    from hrdesk.services import letters

    with opened(args) as (database, actor):
        if args.reprint:
            with database.sessions() as session:
                letter = letters.letter_by_number(session, args.reprint)
                [path] = letters.write_pdfs(session, actor, [letter.id], args.outdir)
            return _("已重新打印 {number}（同一编号、同一内容，状态：{status}）：{path}").format(
                number=letter.number, status=letter.status, path=path
            )
        with database.sessions.begin() as session:
            old = letters.letter_by_number(session, args.reissue)
            new_id = letters.reissue(session, actor, old.id, day, clock.today())
            old_status, new = old.status, letters.letter_by_id(session, new_id).number
        with database.sessions() as session:
            [path] = letters.write_pdfs(session, actor, [new_id], args.outdir)
    fate = (
        _("已作废")
        if old_status == "已作废"
        else _("保留（{status}），由新函取代").format(status=old_status)
    )
    return _("已重新出具：新对账函 {new}（截至 {day}），原函 {old} {fate}：{path}").format(
        new=new, day=day, old=args.reissue, fate=fate, path=path
    )


def run_commission(args) -> str:
    from hrdesk.services import commission, payroll

    month = payroll.parse_month(args.month)
    if args.out.suffix.lower() not in (".xlsx", ".pdf"):
        raise UsageError(_("输出文件应为 .xlsx 或 .pdf"))
    with workspace(args, write=False) as (session, actor):
        write = (
            commission.print_statement
            if args.out.suffix.lower() == ".pdf"
            else commission.write_statement
        )
        entry = write(session, actor, month, args.employee_no, args.out)
    return _(
        "{employee_no} {name} {month:%Y-%m}：回款 {collected} 元，提成 {earned} 元（{state}），{path}"
    ).format(
        employee_no=entry.employee_no,
        name=entry.name,
        month=month,
        collected=format_money(entry.collected),
        earned=format_money(entry.earned),
        state=entry.state,
        path=args.out,
    )
