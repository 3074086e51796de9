"""The `hrdesk` command: parses, opens the database, calls services, prints in Chinese."""

import argparse
import logging
import os
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from hrdesk import __version__, clock
from hrdesk.logs import setup_logging

log = logging.getLogger(__name__)

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2

# argparse's own words, so a usage error reads in Chinese like everything else.
_ARGPARSE_WORDS = {
    "usage: ": "用法：",
    "options": "选项",
    "positional arguments": "位置参数",
    "show this help message and exit": "显示帮助并退出",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "expected one argument": "需要一个值",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选项 %(value)r（可选：%(choices)s）",
    "invalid %(type)s value: %(value)r": "无效的%(type)s值：%(value)r",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
}
argparse._ = lambda text: _ARGPARSE_WORDS.get(text, text)


class BadInput(Exception):
    """The user's input cannot be used; the message says why, in Chinese."""


class UsageError(Exception):
    """The command was given wrongly (exit status 2); the message says how, in Chinese."""


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是整数") from None
    if value < 0:
        raise argparse.ArgumentTypeError("不能为负数")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hrdesk",
        description="hrdesk：中小企业人事、薪资与应收账款管理。不带命令时打开窗口。",
    )
    parser.add_argument("--version", action="version", version=f"hrdesk {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="数据库文件（默认取 HRDESK_DB 或用户数据目录）"
    )
    parser.add_argument("--demo", action="store_true", help="在临时目录生成演示数据并打开")
    parser.add_argument("--page", metavar="NAME", help="打开指定页面，如 home、employees、settings")
    parser.add_argument("--screenshot", metavar="PNG", type=Path, help="窗口绘制后截图保存并退出")
    commands = parser.add_subparsers(dest="command", metavar="命令")

    demo = commands.add_parser("demo-data", help="生成演示数据库")
    demo.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="要生成的数据库文件")
    demo.add_argument("--employees", type=_positive, default=80, metavar="N", help="员工人数")
    demo.add_argument("--customers", type=_positive, default=200, metavar="N", help="客户数")
    demo.add_argument(
        "--invoices", type=_positive, default=3000, metavar="N", help="三年内的应收单张数"
    )
    demo.add_argument(
        "--seed", type=int, default=2026, metavar="S", help="随机种子（同一种子数据相同）"
    )
    demo.add_argument(
        "--payroll-months", type=_positive, default=12, metavar="N", help="生成的历史工资月数"
    )
    demo.set_defaults(handler=run_demo_data)

    backup = commands.add_parser("backup", help="备份数据库（程序打开时也可安全备份）")
    backup.add_argument(
        "out",
        metavar="OUT.db",
        type=Path,
        help="备份文件，或一个文件夹（在其中生成带日期的备份文件）",
    )
    backup.set_defaults(handler=run_backup)

    restore = commands.add_parser("restore", help="从备份恢复（被替换的数据库保留在旁边）")
    restore.add_argument("source", metavar="IN.db", type=Path, help="备份文件")
    restore.set_defaults(handler=run_restore)

    kinds = [
        "employees",
        "contracts",
        "policies",
        "payroll-inputs",
        "losses",
        "customers",
        "invoices",
        "receipts",
    ]
    template = commands.add_parser("template", help="生成空白导入模板（含“说明”工作表）")
    template.add_argument(
        "kind", choices=kinds, metavar="KIND", help="模板类型：" + "、".join(kinds)
    )
    template.add_argument("out", metavar="OUT.xlsx", type=Path)
    template.set_defaults(handler=run_template)

    imports = commands.add_parser("import", help="从 Excel/CSV 导入（有任何错误则不写入）")
    imports.add_argument(
        "kind", choices=kinds, metavar="KIND", help="导入类型：" + "、".join(kinds)
    )
    imports.add_argument("file", metavar="FILE", type=Path, help=".xlsx、.xls、.ods 或 .csv 文件")
    imports.add_argument("--mapping", metavar="NAME", help="使用已保存的列映射")
    imports.add_argument("--sheet", metavar="NAME", help="工作表名称（默认第一个可见工作表）")
    imports.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    imports.set_defaults(handler=run_import)

    export = commands.add_parser("export", help="按模板格式导出当前数据（可修改后再导入）")
    export.add_argument("kind", choices=kinds, metavar="KIND", help="导出类型：" + "、".join(kinds))
    export.add_argument("out", metavar="OUT.xlsx", type=Path)
    export.set_defaults(handler=run_export)

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
        step.set_defaults(handler=run_payroll_step)
    payslips = commands.add_parser("payslips", help="生成工资条 PDF（每人一份）")
    payslips.add_argument("month", metavar="YYYY-MM")
    payslips.add_argument("outdir", metavar="OUTDIR", type=Path)
    payslips.add_argument("--employee", metavar="工号", help="只生成这名员工的工资条")
    payslips.add_argument("--password", choices=["id6"], help="id6：用身份证号后六位加密每份 PDF")
    payslips.add_argument(
        "--strips", action="store_true", help="裁切版：全部员工排在一个 PDF 中，每页多条"
    )
    payslips.set_defaults(handler=run_payslips)

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
    letters.add_argument("outdir", metavar="OUTDIR", type=Path)
    letters.set_defaults(handler=run_letters)

    handover = commands.add_parser("handover", help="离职交接")
    handover_steps = handover.add_subparsers(dest="step", metavar="步骤", required=True)
    report = handover_steps.add_parser("report", help="离职业务员的应收账款清单报告（PDF 或 xlsx）")
    report.add_argument("employee_no", metavar="工号")
    report.add_argument("out", metavar="OUT.pdf|OUT.xlsx", type=Path)
    report.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="截止日期（默认今天；已移交的为移交前一天）"
    )
    report.set_defaults(handler=run_handover_report)

    statement = commands.add_parser("commission", help="导出业务员的回款提成明细（xlsx 或 pdf）")
    statement.add_argument("month", metavar="YYYY-MM")
    statement.add_argument("employee_no", metavar="工号")
    statement.add_argument("out", metavar="OUT.xlsx|OUT.pdf", type=Path)
    statement.set_defaults(handler=run_commission)
    return parser


def _open(args):
    from hrdesk.services.database import database_path, open_workspace

    return open_workspace(database_path(args.db))


def run_demo_data(args) -> str:
    from hrdesk.services import demo
    from hrdesk.services.actor import command_line_actor
    from hrdesk.services.auth import has_users

    args.db = args.db or os.environ.get("HRDESK_DB")
    if not args.db:
        raise UsageError("demo-data 需要 --db 指定要生成的演示数据库文件（或设置 HRDESK_DB）")
    path = Path(args.db)
    if path.exists():
        raise BadInput(f"错误：{path} 已存在；演示数据只写入新文件")
    database = _open(args)
    try:
        with database.sessions.begin() as session:
            if has_users(session):
                raise BadInput(f"错误：{path} 已有数据")
            size = demo.DemoSize(
                args.employees, args.customers, args.invoices, args.seed, args.payroll_months
            )
            demo.build(session, command_line_actor(), size, clock.today())
    except Exception:
        database.close()
        path.unlink(missing_ok=True)
        raise
    database.close()
    return (
        f"已生成演示数据库 {path}：员工 {args.employees} 人，客户 {args.customers} 家，"
        f"应收单 {args.invoices} 张"
    )


def run_backup(args) -> str:
    from hrdesk.services import database as workspace
    from hrdesk.services.actor import command_line_actor

    if args.out.is_dir():  # a folder: a dated file in it, as a nightly task wants
        args.out = args.out / f"hrdesk-{datetime.now():%Y%m%d-%H%M%S}.db"
    database = _open(args)
    try:
        check = workspace.backup(database, args.out, command_line_actor())
    finally:
        database.close()
    return f"已备份到 {args.out}（数据库版本 {check.revision}，员工 {check.employees} 人）"


def run_restore(args) -> str:
    from hrdesk.services import database as workspace
    from hrdesk.services.actor import command_line_actor

    database = _open(args)
    kept = workspace.restore(database, args.source, command_line_actor())
    kept_note = f"，原数据库保留为 {kept}" if kept else ""
    return f"已从 {args.source} 恢复{kept_note}"


def run_template(args) -> str:
    from hrdesk.services.exports import blank_template

    blank_template(args.kind, args.out)
    return f"已生成模板 {args.out}"


def run_import(args) -> str:
    from hrdesk.services import imports
    from hrdesk.services.actor import command_line_actor

    database = _open(args)
    try:
        with database.sessions.begin() as session:
            result = imports.import_file(
                session,
                command_line_actor(),
                args.kind,
                args.file,
                clock.today(),
                mapping_name=args.mapping,
                sheet_name=args.sheet,
                dry_run=args.dry_run,
            )
            for warning in result.warnings:
                print(f"提醒：{warning}", file=sys.stderr)
            if not result.ok:
                raise BadInput("\n".join(str(problem) for problem in result.problems))
    finally:
        database.close()
    return ("检查通过（未写入）：" if args.dry_run else "") + result.summary()


def run_export(args) -> str:
    from hrdesk.services import exports
    from hrdesk.services.actor import command_line_actor

    database = _open(args)
    try:
        with database.sessions.begin() as session:
            count = exports.export(
                session, command_line_actor(), args.kind, args.out, clock.today()
            )
    finally:
        database.close()
    return f"已导出 {count} 行到 {args.out}"


def run_payroll_step(args) -> str:
    from hrdesk.services import payroll
    from hrdesk.services.actor import command_line_actor

    month = payroll.parse_month(args.month)
    actor = command_line_actor()
    database = _open(args)
    try:
        with database.sessions.begin() as session:
            if args.step == "run":
                summary = payroll.run(session, actor, month)
                for warning in summary.warnings:
                    print(f"提醒：{warning}", file=sys.stderr)
                return f"已计算 {month:%Y-%m} 工资：{summary.employees} 人，应发合计 {summary.gross}，实发合计 {summary.net}"
            if args.step == "approve":
                payroll.approve(session, actor, month)
                return f"{month:%Y-%m} 工资已审核并锁定"
            if args.step == "export":
                count = payroll.write_register(session, actor, month, args.out)
                return f"已导出 {month:%Y-%m} 工资表：{count} 人，{args.out}"
            if args.step == "taxfile":
                count = payroll.write_tax_file(session, actor, month, args.out)
                return f"已导出 {month:%Y-%m} 个税申报表：{count} 人，{args.out}"
            count = payroll.write_bank_file(session, actor, month, args.out)
            return f"已导出 {month:%Y-%m} 代发文件：{count} 人，{args.out}"
    finally:
        database.close()


def run_payslips(args) -> str:
    from hrdesk.services import payroll
    from hrdesk.services.actor import command_line_actor

    month = payroll.parse_month(args.month)
    database = _open(args)
    try:
        with database.sessions.begin() as session:
            if args.strips:
                target = args.outdir / f"工资条_{month:%Y-%m}_裁切版.pdf"
                count = payroll.write_payslip_strips(session, command_line_actor(), month, target)
                return f"已生成 {count} 条工资条到 {target}"
            made = payroll.write_payslips(
                session,
                command_line_actor(),
                month,
                args.outdir,
                args.employee,
                with_password=args.password == "id6",
            )
    finally:
        database.close()
    return f"已生成 {len(made)} 份工资条到 {args.outdir}"


def _as_of(text: str | None) -> date:
    if text is None:
        return clock.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"错误：日期“{text}”应写作 YYYY-MM-DD") from None


def run_aging(args) -> str:
    from hrdesk.services import aging
    from hrdesk.services.actor import command_line_actor

    as_of = _as_of(args.as_of)
    database = _open(args)
    try:
        with database.sessions() as session:
            count = aging.write_aging(session, command_line_actor(), as_of, args.out, args.by)
    finally:
        database.close()
    return f"已导出 {as_of} 账龄表：{count} 行，{args.out}"


def run_letters(args) -> str:
    from hrdesk.services import letters
    from hrdesk.services.actor import command_line_actor

    as_of = _as_of(args.as_of)
    actor = command_line_actor()
    database = _open(args)
    try:
        with database.sessions.begin() as session:
            chosen = letters.choose_customers(session, args.customer, args.salesperson)
            made = letters.generate(session, actor, as_of, clock.today(), **chosen)
        with database.sessions() as session:  # numbers kept first: a failed PDF loses none
            letters.write_pdfs(session, actor, made, args.outdir)
            if args.merged:
                letters.write_pdfs(session, actor, made, args.outdir, merged=True)
    finally:
        database.close()
    if not made:
        return f"截至 {as_of} 所选客户都没有未结余额，未生成对账函"
    return f"已生成 {len(made)} 份对账函到 {args.outdir}" + (
        "（另有合并版一份）" if args.merged else ""
    )


def run_handover_report(args) -> str:
    from hrdesk.services import separations
    from hrdesk.services.actor import command_line_actor

    if args.out.suffix.lower() not in (".pdf", ".xlsx"):
        raise UsageError("输出文件应为 .pdf 或 .xlsx")
    database = _open(args)
    try:
        with database.sessions() as session:
            # by default, what the salesperson owned before handing anything over
            as_of = (
                _as_of(args.as_of)
                if args.as_of
                else separations.report_day(session, args.employee_no, clock.today())
            )
            count = separations.write_report(
                session, command_line_actor(), args.employee_no, as_of, args.out
            )
    finally:
        database.close()
    return (
        f"已导出 {args.employee_no} 截至 {as_of} 的应收账款清单：{count} 张未收应收单，{args.out}"
    )


def run_commission(args) -> str:
    from hrdesk.services import commission, payroll
    from hrdesk.services.actor import command_line_actor

    month = payroll.parse_month(args.month)
    if args.out.suffix.lower() not in (".xlsx", ".pdf"):
        raise UsageError("输出文件应为 .xlsx 或 .pdf")
    database = _open(args)
    try:
        with database.sessions() as session:
            write = (
                commission.print_statement
                if args.out.suffix.lower() == ".pdf"
                else commission.write_statement
            )
            entry = write(session, command_line_actor(), month, args.employee_no, args.out)
    finally:
        database.close()
    return (
        f"{entry.employee_no} {entry.name} {month:%Y-%m}：回款 {entry.collected}，"
        f"提成 {entry.earned}（{entry.state}），{args.out}"
    )


def _run_command(handler: Callable, args) -> int:
    from hrdesk.services.actor import PermissionDenied
    from hrdesk.services.database import StorageError, describe_file_error
    from hrdesk.services.payroll import LockedMonthError

    try:
        print(handler(args))
        return EXIT_OK
    except UsageError as exc:
        print(f"hrdesk：用法错误：{exc}", file=sys.stderr)
        return EXIT_USAGE
    except BadInput as exc:
        log.warning("命令失败：%s", exc)
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:
        log.warning("命令失败：%s", exc)
        print(f"错误：{describe_file_error(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (StorageError, PermissionDenied, LockedMonthError, ValueError) as exc:
        log.warning("命令失败：%s", exc)
        print(f"错误：{exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    args = build_parser().parse_args(argv)
    log_path = setup_logging()
    try:
        if args.command:
            return _run_command(args.handler, args)
        from hrdesk.ui.app import run_app

        return run_app(args)
    except Exception:
        log.exception("意外错误")
        print(f"发生意外错误，详情已写入日志：{log_path}", file=sys.stderr)
        return EXIT_BAD_INPUT
