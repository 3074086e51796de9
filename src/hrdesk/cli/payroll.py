"""Payroll commands: run and approve a month, the register, bank and tax files, payslips."""

import sys
from pathlib import Path

from hrdesk.cli.common import BadInput, UsageError, workspace
from hrdesk.documents.file_names import output_path
from hrdesk.domain.money import format_money
from hrdesk.messages import _


def register(commands) -> None:
    payroll = commands.add_parser("payroll", help="工资：计算、审核、导出工资表和代发文件")
    steps = payroll.add_subparsers(dest="step", metavar="步骤", required=True)
    for name, text in (
        ("run", "计算该月工资（已审核的月份不能重算）"),
        ("approve", "审核并锁定该月工资"),
    ):
        step = steps.add_parser(name, help=text)
        step.add_argument("month", metavar="YYYY-MM")
        step.set_defaults(handler=run_payroll_step)
    for name, text in (
        ("export", "导出工资表"),
        ("bankfile", "导出银行代发文件"),
        ("taxfile", "导出个税扣缴申报表"),
    ):
        step = steps.add_parser(name, help=text)
        step.add_argument("month", metavar="YYYY-MM")
        step.add_argument("out", metavar="OUT.xlsx", type=Path)
        if name == "bankfile":
            step.add_argument(
                "--bank",
                metavar="模板",
                help="按代发模板的列排列：自建模板或示例（工商银行、农业银行、中国银行、建设银行），"
                "以开户行提供的模板为准",
            )
        step.set_defaults(handler=run_payroll_step)

    payslips = commands.add_parser("payslips", help="生成工资条 PDF（每人一份）")
    payslips.add_argument("month", metavar="YYYY-MM")
    payslips.add_argument("outdir", metavar="OUTDIR", type=Path)
    payslips.add_argument("--employee", metavar="工号", help="只生成这名员工的工资条")
    payslips.add_argument("--password", choices=["id6"], help="id6：用身份证号后六位加密每份 PDF")
    payslips.add_argument(
        "--strips", action="store_true", help="裁切版：全部员工排在一个 PDF 中，每页多条"
    )
    payslips.add_argument(
        "--per-page",
        type=int,
        choices=[1, 2],
        help="1：每人一份 A4；2：全部员工合成一个 PDF，每张 A4 两份，裁开发放（默认按设置）",
    )
    payslips.add_argument(
        "--email",
        action="store_true",
        help="通过设置中的 SMTP 服务器发到每人的邮箱，PDF 用身份证号后六位加密；已发送的不再发",
    )
    payslips.add_argument(
        "--resend", action="store_true", help="与 --email 同用：已发送的也再发一次"
    )
    payslips.add_argument(
        "--draft", action="store_true", help="未审核的月份也生成，每页标“草稿”（不能发邮件）"
    )
    payslips.set_defaults(handler=run_payslips)


def run_payroll_step(args) -> str:
    from hrdesk.services import payroll

    month = payroll.parse_month(args.month)
    with workspace(args) as (session, actor):
        if args.step == "run":
            summary = payroll.run(session, actor, month)
            for warning in summary.warnings:
                print(_("提醒：{warning}").format(warning=warning), file=sys.stderr)
            return _(
                "已计算 {month:%Y-%m} 工资：{employees} 人，应发合计 {gross} 元，实发合计 {net} 元"
            ).format(
                month=month,
                employees=summary.employees,
                gross=format_money(summary.gross),
                net=format_money(summary.net),
            )
        if args.step == "approve":
            payroll.approve(session, actor, month)
            return _("{month:%Y-%m} 工资已审核并锁定").format(month=month)
        if args.step == "export":
            count = payroll.write_register(session, actor, month, args.out)
            return _("已导出 {month:%Y-%m} 工资表：{count} 人，{path}").format(
                month=month, count=count, path=args.out
            )
        if args.step == "taxfile":
            count = payroll.write_tax_file(session, actor, month, args.out)
            return _("已导出 {month:%Y-%m} 个税申报表：{count} 人，{path}").format(
                month=month, count=count, path=args.out
            )
        count = payroll.write_bank_file(session, actor, month, args.out, args.bank)
        return _("已导出 {month:%Y-%m} 代发文件（{bank}格式）：{count} 人，{path}").format(
            month=month, bank=args.bank or _("通用"), count=count, path=args.out
        )


def run_payslips(args) -> str:
    from hrdesk.services import payroll
    from hrdesk.services.people import mail

    month = payroll.parse_month(args.month)
    if args.email:
        return _email_payslips(args, month)
    with workspace(args) as (session, actor):
        approved = mail.month_approved(session, month)
        if not approved and not args.draft and not args.strips:
            raise BadInput(
                _("错误：{month:%Y-%m} 工资尚未审核；要先生成草稿请加 --draft").format(month=month)
            )
        if args.strips:
            target = output_path(args.outdir, f"工资条_{month:%Y-%m}_裁切版.pdf")
            count = payroll.write_payslip_strips(session, actor, month, target)
            return _("已生成 {count} 条工资条到 {path}").format(count=count, path=target)
        made = payroll.write_payslips(
            session,
            actor,
            month,
            args.outdir,
            args.employee,
            with_password=args.password == "id6",
            draft=not approved,
            per_page=args.per_page,
        )
    if len(made) == 1 and made[0].name.endswith("每页两份.pdf"):
        return _("已生成工资条（每页两份）到 {path}").format(path=made[0])
    return _("已生成 {count} 份工资条到 {path}").format(count=len(made), path=args.outdir)


def _email_payslips(args, month) -> str:
    """Send the month's payslips; exit 1 naming every employee not reached."""
    from hrdesk.services.people import mail

    if args.draft:
        raise UsageError(_("草稿工资条不能发邮件：请先审核该月工资"))
    with workspace(args, write=False) as (session, actor):  # the send log commits as it goes
        report = mail.send_payslips(
            session, actor, month, args.outdir, args.employee, resend=args.resend
        )
    if report.failed:
        raise BadInput(report.summary())
    return report.summary()
