"""People commands: certificates (收入证明/在职证明), removing candidates kept too long, and
appraisals filled from collections or turned into 绩效工资."""

from pathlib import Path

from hrdesk import clock
from hrdesk.cli.common import workspace
from hrdesk.messages import _


def register(commands) -> None:
    certificate = commands.add_parser(
        "certificate", help="开具收入证明或在职证明（PDF，编号并登记）"
    )
    certificate.add_argument(
        "kind", choices=["income", "employment"], help="income 收入证明；employment 在职证明"
    )
    certificate.add_argument("employee_no", metavar="工号")
    certificate.add_argument("out", metavar="OUT.pdf", type=Path)
    certificate.add_argument(
        "--email", action="store_true", help="同时发到员工邮箱（PDF 用身份证号后六位加密）"
    )
    certificate.set_defaults(handler=run_certificate)

    candidates = commands.add_parser("candidates", help="招聘：候选人")
    steps = candidates.add_subparsers(dest="step", metavar="步骤", required=True)
    purge = steps.add_parser(
        "purge", help="删除超过保存期限的未录用候选人的个人信息（个人信息保护法）"
    )
    purge.set_defaults(handler=run_purge)

    appraisal = commands.add_parser("appraisal", help="绩效考核")
    steps = appraisal.add_subparsers(dest="step", metavar="步骤", required=True)
    fill = steps.add_parser("fill", help="按回款填入销售人员该期间的目标与实际")
    fill.add_argument("period", metavar="YYYY-MM|YYYY-Qn")
    fill.set_defaults(handler=run_appraisal)
    pay = steps.add_parser("pay", help="按公司设定的等级规则，把该期间的绩效工资计入某月工资录入")
    pay.add_argument("period", metavar="YYYY-MM|YYYY-Qn")
    pay.add_argument("month", metavar="YYYY-MM", help="计入的工资月份")
    pay.set_defaults(handler=run_appraisal)


def run_certificate(args) -> str:
    from hrdesk.services.people import certificates, mail

    today = clock.today()
    with workspace(args, write=False) as (session, actor):  # e-mailing commits its log
        issued = certificates.issue(session, actor, args.kind, args.employee_no, today)
        session.commit()  # the number is kept before any copy of it exists
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_bytes(issued.pdf())
        if args.email:
            mail.send_issued(session, actor, issued)
    done = _("已开具{kind} {number}：{path}").format(
        kind=issued.data.kind, number=issued.number, path=args.out
    )
    return done + (_("，并已发送到员工邮箱") if args.email else "")


def run_purge(args) -> str:
    from hrdesk.services.people import recruitment

    with workspace(args) as (session, actor):
        count = recruitment.remove_overdue(session, actor, clock.today())
    return _("已删除 {count} 名超过保存期限的未录用候选人的个人信息").format(count=count)


def run_appraisal(args) -> str:
    from hrdesk.services import payroll
    from hrdesk.services.people import appraisal

    with workspace(args) as (session, actor):
        if args.step == "fill":
            count = appraisal.fill_from_collections(session, actor, args.period)
            return _("已按回款填入 {count} 名销售人员 {period} 的目标与实际").format(
                count=count, period=args.period
            )
        month = payroll.parse_month(args.month)
        done = appraisal.apply_performance_pay(session, actor, args.period, month)
    return _("已把 {count} 人的绩效工资计入 {month:%Y-%m} 工资录入").format(
        count=len(done), month=month
    )
