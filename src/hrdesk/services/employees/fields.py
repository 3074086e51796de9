"""An employee's fields as the audit trail names them, and the deductions a record carries."""

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from hrdesk.domain.deductions import DeductionKind
from hrdesk.services.tax_year import declarations

ENTITY = "employees"

# Record field → the label the clerk sees, in the template's order, for the audit trail.
LABELS = {
    "employee_no": "工号",
    "name": "姓名",
    "id_number": "身份证号",
    "department": "部门",
    "position": "岗位",
    "is_salesperson": "是否销售",
    "hire_date": "入职日期",
    "phone": "手机号",
    "bank_card": "银行卡号",
    "bank_name": "开户行",
    "social_city": "社保城市",
    "social_base": "社保基数",
    "housing_fund_base": "公积金基数",
    "housing_fund_rate": "公积金比例",
    "base_salary": "基本工资",
    "position_allowance": "岗位津贴",
    "commission_rate": "提成比例",
    "collection_target": "月回款目标",
    "status": "状态",
    "manager_no": "直属上级工号",
    "email": "邮箱",
    "work_start_date": "参加工作日期",
}
RATE_FIELDS = {"housing_fund_rate", "commission_rate"}


def declared_deductions(
    session: Session, employee_ids, month: date
) -> dict[int, dict[DeductionKind, Decimal]]:
    """Each employee's monthly deductions in force in that month."""
    return declarations.in_force(session, employee_ids, month)
