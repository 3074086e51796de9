"""The withholding client's import file (个税申报表): the month's wages, the one-time bonuses
taxed on their own, and severance paid to leavers, one sheet each."""

import json
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrdesk.domain.deductions import DeductionKind
from hrdesk.domain.roles import Permission
from hrdesk.domain.social_insurance import InsuranceItem
from hrdesk.services import audit, settlement
from hrdesk.services.actor import Actor
from hrdesk.services.database import field_cipher
from hrdesk.services.employees import id_number_of
from hrdesk.services.payroll.months import ENTITY, ZERO, require_sealed, slips
from hrdesk.services.tax_year.cumulation import opening_note
from hrdesk.spreadsheets.writing import SheetData, write_workbook
from hrdesk.storage.models import Employee, PayrollMonth, Payslip
from hrdesk.storage.payroll_lock import LOCKED_STATUSES

TAX_HEADERS = [
    "工号",
    "姓名",
    "证件类型",
    "证件号码",
    "本期收入",
    "本期免税收入",
    "基本养老保险费",
    "基本医疗保险费",
    "失业保险费",
    "住房公积金",
    "累计子女教育",
    "累计继续教育",
    "累计住房贷款利息",
    "累计住房租金",
    "累计赡养老人",
    "累计3岁以下婴幼儿照护",
    "企业(职业)年金",
    "商业健康保险",
    "税延养老保险",
    "其他",
    "准予扣除的捐赠额",
    "减免税额",
    "备注",
]
BONUS_TAX_HEADERS = [
    "工号",
    "姓名",
    "证件类型",
    "证件号码",
    "全年一次性奖金收入",
    "免税收入",
    "备注",
]
SEVERANCE_TAX_HEADERS = [
    "工号",
    "姓名",
    "证件类型",
    "证件号码",
    "本期收入",
    "本期免税收入",
    "其他",
    "准予扣除的捐赠额",
    "减免税额",
    "备注",
]
_CUMULATIVE = [
    DeductionKind.CHILD_EDUCATION,
    DeductionKind.CONTINUING_EDUCATION,
    DeductionKind.MORTGAGE_INTEREST,
    DeductionKind.HOUSING_RENT,
    DeductionKind.ELDERLY_CARE,
    DeductionKind.INFANT_CARE,
]
# 累计继续教育 counts the certificate's one-time 3,600 with the degree course's 400 a month.
_CUMULATIVE_NAMES = {
    kind: (kind.value, DeductionKind.CERTIFICATE.value)
    if kind is DeductionKind.CONTINUING_EDUCATION
    else (kind.value,)
    for kind in _CUMULATIVE
}
_OWN_CONTRIBUTIONS = (
    InsuranceItem.PENSION,
    InsuranceItem.MEDICAL,
    InsuranceItem.UNEMPLOYMENT,
    InsuranceItem.HOUSING_FUND,
)


def tax_rows(session: Session, actor: Actor, month: date) -> tuple[list[list], list[list]]:
    """The month's wages (正常工资薪金所得) and one-time bonuses laid out for the withholding client."""
    actor.require(Permission.VIEW_PAYROLL)
    require_sealed(session, month, "个税申报表")
    cipher = field_cipher(session)
    month_slips = slips(session, month)
    before = _earlier_months(session, month)
    wages, bonuses = [], []
    for slip, employee in month_slips:
        figures = json.loads(slip.detail)
        identity = _identity(cipher, employee)
        wages.append(_wage_row(identity, slip, figures, [*before.get(employee.id, []), figures]))
        if slip.bonus_tax or (
            slip.annual_bonus and slip.tax_income == slip.gross
        ):  # taxed on its own
            bonuses.append([*identity, slip.annual_bonus, ZERO, ""])
    audit.record(
        session, actor, "导出个税申报表", ENTITY, f"{month:%Y-%m}", "人数", None, len(wages)
    )
    return wages, bonuses


def _earlier_months(session: Session, month: date) -> dict[int, list[dict]]:
    """Each employee's figures of the tax year's approved months before this one: what was
    deducted before, month by month as it was withheld, not as declared today."""
    earlier = (
        select(Payslip.employee_id, Payslip.detail)
        .join(PayrollMonth, Payslip.month_id == PayrollMonth.id)
        .where(
            PayrollMonth.status.in_(LOCKED_STATUSES),
            PayrollMonth.month >= month.replace(month=1),
            PayrollMonth.month < month,
        )
    )
    before: dict[int, list[dict]] = {}
    for employee_id, detail in session.execute(earlier):
        before.setdefault(employee_id, []).append(json.loads(detail))
    return before


def _identity(cipher, employee: Employee) -> list:
    return [employee.employee_no, employee.name, "居民身份证", id_number_of(cipher, employee)]


def _wage_row(identity: list, slip: Payslip, figures: dict, months: list[dict]) -> list:
    """One 正常工资薪金所得 row: the month's income and contributions, the year's deductions."""
    cumulative = [
        sum(
            (
                Decimal(m.get(f"{name}(专项附加)", "0"))
                for m in months
                for name in _CUMULATIVE_NAMES[kind]
            ),
            ZERO,
        )
        for kind in _CUMULATIVE
    ]
    own = [Decimal(figures.get(f"{item.value}(个人)", "0")) for item in _OWN_CONTRIBUTIONS]
    return [
        *identity,
        slip.tax_income,
        ZERO,
        *own,
        *cumulative,
        ZERO,
        ZERO,
        ZERO,
        ZERO,
        ZERO,
        ZERO,
        opening_note(figures),
    ]


def severance_tax_rows(session: Session, actor: Actor, month: date) -> list[list]:
    """解除劳动合同一次性补偿金: the month's severance (or damages) paid to leavers, taxed on its
    own; 本期免税收入 is the part up to 3× the local average annual wage (财税〔2018〕164号)."""
    actor.require(Permission.VIEW_PAYROLL)
    cipher = field_cipher(session)
    rows = []
    for paid in settlement.severance_payments(session, month):
        employee = session.get(Employee, paid.employee_id)
        rows.append(
            [
                *_identity(cipher, employee),
                paid.amount,
                paid.exempt,
                ZERO,
                ZERO,
                ZERO,
                paid.note,
            ]
        )
    return rows


def write_tax_file(session: Session, actor: Actor, month: date, path) -> int:
    wages, bonuses = tax_rows(session, actor, month)
    severances = severance_tax_rows(session, actor, month)
    write_workbook(
        path,
        [
            SheetData("正常工资薪金所得", TAX_HEADERS, wages, {3: 22}),
            SheetData("全年一次性奖金收入", BONUS_TAX_HEADERS, bonuses, {3: 22}),
            SheetData(
                "解除劳动合同一次性补偿金", SEVERANCE_TAX_HEADERS, severances, {3: 22, 9: 40}
            ),
        ],
    )
    return len(wages)
