"""Report commands: `hrdesk report NAME OUT.xlsx|OUT.pdf [--from] [--to] [--as-of]`."""

from datetime import date
from pathlib import Path

from hrdesk.cli.common import BadInput, UsageError, as_of, workspace
from hrdesk.messages import _

NAMES = (
    "payroll-cost",
    "headcount",
    "dso",
    "collection",
    "risk",
    "overdue",
    "register",
    "attendance",
    "leave",
)


def register(commands) -> None:
    report = commands.add_parser(
        "report",
        help="报表：payroll-cost 人工成本、headcount 人数与离职率、dso 周转天数、collection 回款达成、"
        "risk 回款风险、overdue 逾期趋势、register 年度工资汇总、attendance 考勤汇总、leave 休假汇总",
    )
    report.add_argument("name", metavar="NAME", choices=NAMES, help="、".join(NAMES))
    report.add_argument("out", metavar="OUT.xlsx|OUT.pdf", type=Path)
    report.add_argument("--from", dest="first", metavar="YYYY-MM", help="开始月份（默认12个月前）")
    report.add_argument("--to", dest="last", metavar="YYYY-MM", help="结束月份（默认上月）")
    report.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="截止日期（risk、leave 用；默认今天）"
    )
    report.set_defaults(handler=run_report)


def _month(text: str) -> date:
    try:
        year, month = text.split("-")
        return date(int(year), int(month), 1)
    except ValueError:
        raise BadInput(_("错误：月份“{text}”应写作 YYYY-MM").format(text=text)) from None


def run_report(args) -> str:
    from hrdesk.services import reports, settings

    suffix = args.out.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise UsageError(_("输出文件应为 .xlsx 或 .pdf"))
    day = as_of(args.as_of)
    default = reports.default_period(day)
    first = _month(args.first) if args.first else default.first
    last = _month(args.last) if args.last else max(default.last, first)
    try:
        period = reports.Period(first, last, day)
    except ValueError as exc:
        raise BadInput(_("错误：{exc}").format(exc=exc)) from None
    with workspace(args, write=False) as (session, actor):
        table = reports.build(session, actor, args.name, period)
        if suffix == ".pdf":
            from hrdesk.ui.charts import chart_png

            has_chart = table.chart is not None and table.chart.categories
            picture = chart_png(table.chart, 1800, 840, 200) if has_chart else None  # print quality
            reports.common.write_pdf(
                args.out,
                table,
                settings.get(session, "company_name"),
                reports.subtitle(reports.BY_NAME[args.name], period),
                picture,
            )
        else:
            reports.write_xlsx(args.out, table)
    return _("已导出{title}：{count} 行，{path}").format(
        title=table.title, count=len(table.rows), path=args.out
    )
