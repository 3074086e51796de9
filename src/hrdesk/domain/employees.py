"""An employee's record (员工档案) and the checks it must pass before it is saved."""

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from hrdesk.domain.dates import add_months
from hrdesk.domain.deductions import DeductionKind, deduction_problems
from hrdesk.domain.identifiers import bank_card_warnings, parse_resident_id
from hrdesk.messages import _

MINIMUM_WORKING_AGE = 16  # 劳动法 第十五条
HOUSING_FUND_RATES = (Decimal("0.05"), Decimal("0.12"))
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class EmployeeStatus(StrEnum):
    PROBATION = "试用"
    EMPLOYED = "在职"
    LEFT = "离职"


@dataclass(frozen=True)
class EmployeeRecord:
    """Every field the clerk keeps about one employee, as entered (Chinese names in comments)."""

    employee_no: str  # 工号
    name: str  # 姓名
    id_number: str  # 身份证号
    department: str  # 部门, a path such as 销售部/销售一部
    hire_date: date  # 入职日期
    base_salary: Decimal  # 基本工资
    position: str = ""  # 岗位
    is_salesperson: bool = False  # 是否销售
    status: EmployeeStatus = EmployeeStatus.EMPLOYED
    phone: str = ""  # 手机号
    bank_card: str = ""  # 银行卡号
    bank_name: str = ""  # 开户行
    social_city: str = ""  # 社保城市
    social_base: Decimal | None = None  # 社保基数
    housing_fund_base: Decimal | None = None  # 公积金基数
    housing_fund_rate: Decimal | None = None  # 公积金比例
    position_allowance: Decimal = Decimal(0)  # 岗位津贴
    commission_rate: Decimal | None = None  # 提成比例
    collection_target: Decimal | None = None  # 月回款目标
    manager_no: str = ""  # 直属上级的工号
    email: str = ""  # 邮箱: where payslips and certificates are e-mailed
    deductions: dict[DeductionKind, Decimal] = field(default_factory=dict)  # 专项附加扣除 per month
    deductions_from: date | None = None  # 扣除起始月份: the first day of the month they start
    # 参加工作日期: the first day of work anywhere, for annual leave's years; None = 入职日期.
    work_start_date: date | None = None


@dataclass(frozen=True)
class FieldProblem:
    field: str  # the Chinese column name the clerk sees
    reason: str
    warning: bool = False  # a warning lets the record be saved


def employee_problems(record: EmployeeRecord) -> list[FieldProblem]:
    """What is wrong with a record; warnings (bank card checksum) do not block saving."""
    problems = []
    if not record.employee_no.strip():
        problems.append(FieldProblem("工号", _("不能为空")))
    if not record.name.strip():
        problems.append(FieldProblem("姓名", _("不能为空")))
    if not record.department.strip():
        problems.append(FieldProblem("部门", _("不能为空")))
    try:
        person = parse_resident_id(record.id_number)
    except ValueError as exc:
        problems.append(FieldProblem("身份证号", str(exc)))
    else:
        if record.hire_date < add_months(person.birth_date, 12 * MINIMUM_WORKING_AGE):
            problems.append(
                FieldProblem("入职日期", _("入职时未满16周岁，不得招用（劳动法第十五条）"))
            )
    if record.work_start_date is not None and record.work_start_date > record.hire_date:
        problems.append(
            FieldProblem("参加工作日期", _("不能晚于入职日期（在本单位入职时已经参加工作）"))
        )
    if record.base_salary <= 0:
        problems.append(FieldProblem("基本工资", _("必须大于0")))
    if record.phone and not (
        len(record.phone) == 11 and record.phone.isdigit() and record.phone[0] == "1"
    ):
        problems.append(FieldProblem("手机号", _("应为以1开头的11位数字")))
    if record.email and not EMAIL.match(record.email):
        problems.append(FieldProblem("邮箱", _("格式不对，应如 name@example.com")))
    if record.bank_card:
        problems += [
            FieldProblem("银行卡号", w, warning=True) for w in bank_card_warnings(record.bank_card)
        ]
    for column, amount in (
        ("社保基数", record.social_base),
        ("公积金基数", record.housing_fund_base),
        ("岗位津贴", record.position_allowance),
        ("月回款目标", record.collection_target),
    ):
        if amount is not None and amount < 0:
            problems.append(FieldProblem(column, _("不能为负数")))
    rate = record.housing_fund_rate
    if (
        rate is not None
        and rate != 0
        and not HOUSING_FUND_RATES[0] <= rate <= HOUSING_FUND_RATES[1]
    ):
        problems.append(FieldProblem("公积金比例", _("应在5%至12%之间")))
    if record.commission_rate is not None and not 0 <= record.commission_rate <= 1:
        problems.append(FieldProblem("提成比例", _("应在0至100%之间")))
    if record.manager_no and record.manager_no == record.employee_no:
        problems.append(FieldProblem("直属上级", _("不能是本人")))
    problems += [
        FieldProblem(kind.value, reason) for kind, reason in deduction_problems(record.deductions)
    ]
    return problems
