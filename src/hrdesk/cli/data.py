"""Commands on the database and its spreadsheets: demo data, backup, restore, templates, import, export."""

import argparse
import os
import sys
from pathlib import Path

from hrdesk import clock
from hrdesk.cli.common import BadInput, UsageError, open_database, opened, positive, workspace
from hrdesk.messages import _

KINDS = [
    "employees",
    "contracts",
    "policies",
    "payroll-inputs",
    "losses",
    "customers",
    "invoices",
    "receipts",
    "opening-balances",
    "deductions",
    "candidates",
    "appraisals",
    "attendance",
    "leave",
]


def register(commands) -> None:
    demo = commands.add_parser("demo-data", help="生成演示数据库")
    # SUPPRESS keeps a global --db given before the command
    demo.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="要生成的数据库文件")
    demo.add_argument("--employees", type=positive, default=80, metavar="N", help="员工人数")
    demo.add_argument("--customers", type=positive, default=200, metavar="N", help="客户数")
    demo.add_argument(
        "--invoices", type=positive, default=3000, metavar="N", help="三年内的应收单张数"
    )
    demo.add_argument(
        "--seed", type=int, default=2026, metavar="S", help="随机种子（同一种子数据相同）"
    )
    demo.add_argument(
        "--payroll-months", type=positive, default=12, metavar="N", help="生成的历史工资月数"
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

    kinds_help = "、".join(KINDS)
    template = commands.add_parser("template", help="生成空白导入模板（含“说明”工作表）")
    template.add_argument("kind", choices=KINDS, metavar="KIND", help="模板类型：" + kinds_help)
    template.add_argument("out", metavar="OUT.xlsx", type=Path)
    template.set_defaults(handler=run_template)

    imports = commands.add_parser("import", help="从 Excel/CSV 导入（有任何错误则不写入）")
    imports.add_argument("kind", choices=KINDS, metavar="KIND", help="导入类型：" + kinds_help)
    imports.add_argument("file", metavar="FILE", type=Path, help=".xlsx、.xls、.ods 或 .csv 文件")
    imports.add_argument("--mapping", metavar="NAME", help="使用已保存的列映射")
    imports.add_argument("--sheet", metavar="NAME", help="工作表名称（默认第一个可见工作表）")
    imports.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    imports.add_argument(
        "--month", metavar="YYYY-MM", help="考勤所属月份（import attendance 必填）"
    )
    imports.set_defaults(handler=run_import)

    export = commands.add_parser("export", help="按模板格式导出当前数据（可修改后再导入）")
    export.add_argument("kind", choices=KINDS, metavar="KIND", help="导出类型：" + kinds_help)
    export.add_argument("out", metavar="OUT.xlsx", type=Path)
    export.set_defaults(handler=run_export)


def run_demo_data(args) -> str:
    from hrdesk.services import demo
    from hrdesk.services.auth import has_users

    args.db = args.db or os.environ.get("HRDESK_DB")
    if not args.db:
        raise UsageError(_("demo-data 需要 --db 指定要生成的演示数据库文件（或设置 HRDESK_DB）"))
    # a new file, or an empty server database (its tables made, nobody in it yet)
    path = None if "://" in args.db else Path(args.db)
    if path is not None and path.exists():
        raise BadInput(_("错误：{path} 已存在；演示数据只写入新文件").format(path=path))
    database = open_database(args)
    try:
        with database.sessions.begin() as session:
            if has_users(session):
                raise BadInput(_("错误：{location} 已有数据").format(location=database.location))
            size = demo.DemoSize(
                args.employees, args.customers, args.invoices, args.seed, args.payroll_months
            )
            demo.build(session, None, size, clock.today())  # as its administrator demo
    except Exception:
        database.close()
        if path is not None:
            path.unlink(missing_ok=True)
        raise
    database.close()
    return (
        _("已生成演示数据库 {path}：员工 {employees} 人，客户 {customers} 家，应收单 {invoices} 张")
    ).format(
        path=database.location,
        employees=args.employees,
        customers=args.customers,
        invoices=args.invoices,
    )


def run_backup(args) -> str:
    from hrdesk.services import database as workspace_files

    with opened(args, needs_key=False) as (database, actor):  # a folder: a dated file in it
        check = workspace_files.backup(database, args.out, actor)
        warning = workspace_files.key_backup_warning(database)
    if warning is not None:
        print(_("提醒：{warning}").format(warning=warning), file=sys.stderr)
    return _("已备份到 {path}（数据库版本 {revision}，员工 {employees} 人）").format(
        path=check.path, revision=check.revision, employees=check.employees
    )


def run_restore(args) -> str:
    from hrdesk.services import database as workspace_files

    with opened(args, needs_key=False) as (database, actor):
        kept = workspace_files.restore(database, args.source, actor)
    if kept:
        return _("已从 {source} 恢复，原数据库保留为 {kept}").format(source=args.source, kept=kept)
    return _("已从 {source} 恢复").format(source=args.source)


def run_template(args) -> str:
    from hrdesk.services.exports import blank_template

    blank_template(args.kind, args.out)
    return _("已生成模板 {path}").format(path=args.out)


# Receivables' kinds read and write no encrypted field (only employees' ID and card numbers
# are encrypted): a seat without the key may import them, and the credential store is not
# searched for a key they never use.
_KINDS_WITHOUT_KEY = {"customers", "invoices", "receipts"}


def run_import(args) -> str:
    if args.kind == "attendance":
        return _import_attendance(args)
    with workspace(args, needs_key=args.kind not in _KINDS_WITHOUT_KEY) as (session, actor):
        from hrdesk.services import imports  # after the password check has begun

        result = imports.import_file(
            session,
            actor,
            args.kind,
            args.file,
            clock.today(),
            mapping_name=args.mapping,
            sheet_name=args.sheet,
            dry_run=args.dry_run,
        )
        for warning in result.warnings:
            print(_("提醒：{warning}").format(warning=warning), file=sys.stderr)
        if not result.ok:
            raise BadInput("\n".join(str(problem) for problem in result.problems))
    return _checked(args, result)


def _checked(args, result) -> str:
    """What an import did, or with --dry-run what it would do."""
    if args.dry_run:
        return _("检查通过（未写入）：{summary}").format(summary=result.summary())
    return result.summary()


def _import_attendance(args) -> str:
    """`import attendance FILE --month YYYY-MM`: the month is replaced, all or nothing."""
    from hrdesk.services import attendance, payroll

    if not args.month:
        raise UsageError(_("导入考勤须指定月份：--month YYYY-MM"))
    try:
        month = payroll.parse_month(args.month)
    except ValueError as exc:
        raise BadInput(_("错误：{exc}").format(exc=exc)) from None
    with workspace(args) as (session, actor):
        result = attendance.import_attendance(
            session, actor, args.file, month, clock.today(), dry_run=args.dry_run
        )
        for warning in result.warnings:
            print(_("提醒：{warning}").format(warning=warning), file=sys.stderr)
        if not result.ok:
            raise BadInput("\n".join(str(problem) for problem in result.problems))
    return _checked(args, result)


def run_export(args) -> str:
    from hrdesk.services import exports

    with workspace(args) as (session, actor):
        count = exports.export(session, actor, args.kind, args.out, clock.today())
    return _("已导出 {count} 行到 {path}").format(count=count, path=args.out)
