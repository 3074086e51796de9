"""代发文件: the approved month's transfers laid out as a bank wants them — the company's own
templates (column order, headers, which fields, where the totals go), kept in the settings,
and example presets for the big four banks to copy and edit. The bank's own template wins:
the presets only show the usual shape of each bank's file."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.services import audit, settings
from hrdesk.services.actor import Actor
from hrdesk.services.database import field_cipher
from hrdesk.services.employees import bank_card_of, id_number_of
from hrdesk.services.integrity import require_month_intact
from hrdesk.spreadsheets.bank_file import BankSheet, write_bank_sheet
from hrdesk.storage.models import Employee, PayrollMonth, Payslip
from hrdesk.storage.payroll_lock import LOCKED_STATUSES

ENTITY = "payroll"
# The fields a column can hold; 空列 is a column the bank has and the company leaves empty.
FIELDS = (
    "序号",
    "账号",
    "户名",
    "金额",
    "开户行",
    "用途",
    "证件类型",
    "证件号",
    "工号",
    "币种",
    "空列",
)
TEXT_FIELDS = {"账号", "证件号", "工号"}
TOTALS = {"bottom": "末行合计", "top": "表头上方总笔数、总金额", "none": "不写合计"}


@dataclass(frozen=True)
class BankTemplate:
    name: str
    columns: tuple[tuple[str, str], ...]  # (field, the header the bank's file gives it)
    total: str = "bottom"  # a key of TOTALS
    example: bool = False  # one of hrdesk's presets, not the company's own

    def headers(self) -> list[str]:
        return [header for _field, header in self.columns]

    def as_setting(self) -> dict:
        return {
            "name": self.name,
            "columns": [{"field": f, "header": h} for f, h in self.columns],
            "total": self.total,
        }


@dataclass(frozen=True)
class TransferLine:
    employee_no: str
    name: str
    account: str
    bank_name: str
    amount: Decimal
    purpose: str
    id_number: str  # empty unless the layout asks for it


GENERIC = BankTemplate(
    "通用",
    (
        ("户名", "姓名"),
        ("账号", "银行卡号"),
        ("开户行", "开户行"),
        ("金额", "金额"),
        ("用途", "用途"),
    ),
)
# Examples of each bank's usual 代发 layout, to copy and edit against the bank's own template.
PRESETS = (
    BankTemplate(
        "工商银行",
        (("序号", "序号"), ("账号", "卡号"), ("户名", "户名"), ("金额", "金额"), ("用途", "摘要")),
        "top",
        True,
    ),
    BankTemplate(
        "农业银行",
        (
            ("序号", "序号"),
            ("账号", "账号"),
            ("户名", "户名"),
            ("金额", "金额"),
            ("证件类型", "证件类型"),
            ("证件号", "证件号码"),
            ("用途", "备注"),
        ),
        "bottom",
        True,
    ),
    BankTemplate(
        "中国银行",
        (
            ("账号", "收款人账号"),
            ("户名", "收款人名称"),
            ("金额", "金额"),
            ("开户行", "收款人开户行"),
            ("用途", "用途"),
        ),
        "bottom",
        True,
    ),
    BankTemplate(
        "建设银行",
        (
            ("序号", "序号"),
            ("账号", "账号"),
            ("户名", "户名"),
            ("金额", "金额"),
            ("币种", "币种"),
            ("证件号", "证件号码"),
            ("用途", "摘要"),
        ),
        "bottom",
        True,
    ),
)


def parse_template(value: dict) -> BankTemplate:
    """A template from its stored or typed form; ValueError in Chinese naming what is wrong."""
    name = str(value.get("name", "")).strip()
    if not name:
        raise ValueError("代发模板需要名称")
    columns = tuple(
        (str(c.get("field", "")).strip(), str(c.get("header", "")).strip())
        for c in value.get("columns", [])
    )
    for number, (field, header) in enumerate(columns, start=1):
        if field not in FIELDS:
            raise ValueError(f"代发模板“{name}”第{number}列：内容应为 {'、'.join(FIELDS)} 之一")
        if not header:
            raise ValueError(f"代发模板“{name}”第{number}列：列名不能为空")
    fields = [field for field, _header in columns]
    for needed in ("账号", "户名", "金额"):
        if fields.count(needed) != 1:
            raise ValueError(f"代发模板“{name}”需要且只能有一列“{needed}”")
    total = value.get("total", "bottom")
    if total not in TOTALS:
        raise ValueError(f"代发模板“{name}”：合计位置应为 {'、'.join(TOTALS)} 之一")
    return BankTemplate(name, columns, total)


def own_templates(session: Session) -> list[BankTemplate]:
    return [parse_template(value) for value in settings.get(session, "bank_templates")]


def templates(session: Session) -> list[BankTemplate]:
    """The company's own templates, then the presets whose name none of them took."""
    own = own_templates(session)
    taken = {template.name for template in own}
    return [*own, *[preset for preset in PRESETS if preset.name not in taken]]


def template_named(session: Session, name: str | None) -> BankTemplate:
    if not name:
        return GENERIC
    for template in templates(session):
        if template.name == name.strip():
            return template
    known = "、".join(t.name for t in templates(session))
    raise ValueError(f"没有名为“{name}”的代发模板；可选：{known}")


def save_templates(session: Session, actor: Actor, own: list[BankTemplate]) -> None:
    """Replace the company's own templates (checked, names unique); audited as a setting."""
    actor.require(Permission.APPROVE_PAYROLL)
    checked = [parse_template(template.as_setting()) for template in own]
    names = [template.name for template in checked]
    repeated = {name for name in names if names.count(name) > 1}
    if repeated:
        raise ValueError(f"代发模板名称重复：{'、'.join(sorted(repeated))}")
    settings.put(session, actor, "bank_templates", [t.as_setting() for t in checked])


def transfer_lines(
    session: Session, actor: Actor, month: date, with_ids: bool = False
) -> list[TransferLine]:
    """The approved month's transfers, by 工号: everyone with a positive 实发工资; audited."""
    actor.require(Permission.APPROVE_PAYROLL)
    status = session.scalar(select(PayrollMonth.status).where(PayrollMonth.month == month))
    if status not in LOCKED_STATUSES:
        raise ValueError(f"{month:%Y-%m} 工资尚未审核，不能生成代发文件")
    cipher = field_cipher(session)
    require_month_intact(session, cipher, month, "代发文件")
    query = (
        select(Payslip, Employee)
        .join(Employee, Payslip.employee_id == Employee.id)
        .join(PayrollMonth, Payslip.month_id == PayrollMonth.id)
        .where(PayrollMonth.month == month, Payslip.net_pay > Decimal(0))
        .order_by(Employee.employee_no)
    )
    lines = [
        TransferLine(
            employee.employee_no,
            employee.name,
            bank_card_of(cipher, employee),
            employee.bank_name or "",
            slip.net_pay,
            f"{month:%Y年%m月}工资",
            id_number_of(cipher, employee) if with_ids else "",
        )
        for slip, employee in session.execute(query)
    ]
    audit.record(session, actor, "导出代发文件", ENTITY, f"{month:%Y-%m}", "人数", None, len(lines))
    return lines


def bank_sheet(template: BankTemplate, lines: list[TransferLine], title: str) -> BankSheet:
    """The lines in the template's columns, with its totals: the count and the sum of 实发."""
    total = sum((line.amount for line in lines), Decimal(0))
    rows = [
        [_cell(field, number, line) for field, _h in template.columns]
        for number, line in enumerate(lines, start=1)
    ]
    fields = [field for field, _header in template.columns]
    amount = fields.index("金额")
    sheet = BankSheet(
        title,
        template.headers(),
        rows,
        {amount},
        {index for index, field in enumerate(fields) if field in TEXT_FIELDS},
    )
    if template.total == "top":
        sheet.above = [["总笔数", len(lines)], ["总金额", total]]
    elif template.total == "bottom":
        row: list = [""] * len(fields)
        labels = [index for index in range(len(fields)) if index != amount]
        row[labels[0]] = "合计"
        if len(labels) > 1:
            row[labels[1]] = f"共{len(lines)}笔"
        row[amount] = total
        sheet.below = [row]
    return sheet


def _cell(field: str, number: int, line: TransferLine):
    return {
        "序号": number,
        "账号": line.account,
        "户名": line.name,
        "金额": line.amount,
        "开户行": line.bank_name,
        "用途": line.purpose,
        "证件类型": "身份证",
        "证件号": line.id_number,
        "工号": line.employee_no,
        "币种": "人民币",
        "空列": "",
    }[field]


def write_bank_file(
    session: Session, actor: Actor, month: date, path: Path, bank: str | None = None
) -> int:
    """The month's 代发文件 in the named template's layout (the generic list without one)."""
    template = template_named(session, bank)
    lines = transfer_lines(session, actor, month, "证件号" in dict(template.columns))
    write_bank_sheet(Path(path), bank_sheet(template, lines, "代发工资"))
    return len(lines)
