"""工资条: each employee's payslip of a calculated month as PDF — one file each (optionally
locked with the ID number's last six), two to an A4 sheet, or strips to cut apart."""

import json
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from hrdesk.documents.file_names import output_path
from hrdesk.documents.payslip_strips import write_strips
from hrdesk.documents.payslips import (
    PayslipData,
    sheet_file_name,
    write_payslip,
    write_payslip_sheets,
)
from hrdesk.documents.payslips import file_name as payslip_file_name
from hrdesk.domain.money import format_money
from hrdesk.domain.roles import Permission
from hrdesk.domain.social_insurance import InsuranceItem
from hrdesk.messages import _
from hrdesk.services import audit, departments, settings
from hrdesk.services.actor import Actor
from hrdesk.services.attendance.feed import describe as describe_attendance
from hrdesk.services.database import field_cipher
from hrdesk.services.employees import id_number_of
from hrdesk.services.payroll.months import ENTITY, ZERO, require_sealed, slips
from hrdesk.services.payroll.payslip import WAGE_ITEMS
from hrdesk.services.tax_year.cumulation import bonus_lines, source_lines

EARNINGS = (*WAGE_ITEMS, "全年一次性奖金")
DEDUCTIONS = (
    *[f"{item.value}(个人)" for item in InsuranceItem],
    "个人所得税",
    "年终奖个税",
    "损失赔偿扣款",
    "其他扣款",
)


def payslip_documents(session: Session, actor: Actor, month: date, employee_no: str | None = None):
    """(payslip data, the ID number's last six) for each employee of a calculated month."""
    actor.require(Permission.VIEW_PAYROLL)
    require_sealed(session, month, "工资条")
    company = settings.get(session, "company_name") or "本公司"
    paths = departments.paths(session)
    cipher = field_cipher(session)
    found = []
    for slip, employee in slips(session, month):
        if employee_no is not None and employee.employee_no != employee_no:
            continue
        figures = {label: Decimal(value) for label, value in json.loads(slip.detail).items()}
        earnings = [
            (label, -figures[label] if label == "缺勤扣款" else figures[label])
            for label in EARNINGS
            if figures.get(label)
        ]
        deductions = [(label, figures[label]) for label in DEDUCTIONS if figures.get(label)]
        notes = [
            f"个税计算（累计预扣法）：累计收入 {format_money(figures['累计收入'])} − 累计减除费用 {format_money(figures['累计减除费用'])}"
            f" − 累计专项扣除 {format_money(figures['累计专项扣除'])} − 累计专项附加扣除 {format_money(figures['累计专项附加扣除'])}"
            f" = 累计应纳税所得额 {format_money(figures['累计应纳税所得额'])}；× 预扣率 {figures['预扣率'] * 100:g}%"
            f" − 速算扣除数 {format_money(figures['速算扣除数'])} = {format_money(figures['累计应纳税额'])}，"
            f"减去已预扣 {format_money(figures['累计已预扣税额'])}，本月 {format_money(figures['个人所得税'])}。",
            "累计数来源：" + "；".join(source_lines(figures, month)) + "。",
            *bonus_lines(figures),
            *filter(None, [describe_attendance(figures)]),
        ]
        data = PayslipData(
            company,
            f"{month.year}年{month.month}月",
            employee.employee_no,
            employee.name,
            paths[employee.department_id],
            earnings,
            deductions,
            sum((amount for _label, amount in earnings), ZERO),
            slip.net_pay,
            notes,
        )
        id_number = id_number_of(cipher, employee)
        found.append((data, id_number[-6:]))
    if employee_no is not None and not found:
        raise ValueError(
            _("{month:%Y-%m} 没有工号为{employee_no}的工资记录").format(
                month=month, employee_no=employee_no
            )
        )
    return found


def write_payslip_strips(session: Session, actor: Actor, month: date, path) -> int:
    """Every employee's 工资条 as strips to cut apart, several to a page, in one PDF."""
    documents = payslip_documents(session, actor, month)
    write_strips(path, [data for data, _six in documents])
    audit.record(
        session,
        actor,
        "生成工资条（裁切版）",
        ENTITY,
        f"{month:%Y-%m}",
        "份数",
        None,
        len(documents),
    )
    return len(documents)


def write_payslips(
    session: Session,
    actor: Actor,
    month: date,
    folder,
    employee_no: str | None = None,
    with_password: bool = False,
    progress=None,
    draft: bool = False,
    per_page: int | None = None,
) -> list:
    """One PDF per employee, 工资条_YYYY-MM_工号_姓名.pdf; with_password locks each with the ID's
    last six. Two per page (per_page, else the setting; never when locked): one PDF of
    everyone, two payslips to each A4 sheet, to cut apart."""
    made = []
    documents = payslip_documents(session, actor, month, employee_no)
    if per_page == 2 and with_password:
        raise ValueError(_("每页两份的工资条合在一个文件里，不能按各人身份证号加密"))
    if not with_password and (per_page or settings.get(session, "payslips_per_page")) == 2:
        path = output_path(folder, sheet_file_name(f"{month:%Y-%m}"))
        write_payslip_sheets(path, [data for data, _six in documents], draft)
        count = len(documents)
        audit.record(
            session, actor, "生成工资条（每页两份）", ENTITY, f"{month:%Y-%m}", "份数", None, count
        )
        return [path]
    for done, (data, last_six) in enumerate(documents):
        if progress is not None:
            progress(done, len(documents))
        path = output_path(folder, payslip_file_name(data, f"{month:%Y-%m}"))
        write_payslip(path, data, last_six if with_password else None, draft)
        made.append(path)
    audit.record(session, actor, "生成工资条", ENTITY, f"{month:%Y-%m}", "份数", None, len(made))
    return made
