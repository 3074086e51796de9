"""The payroll register (工资表): one row per employee of a calculated month, a 合计 row last,
on screen and as a spreadsheet."""

import json
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from hrdesk.domain.roles import Permission
from hrdesk.domain.social_insurance import InsuranceItem
from hrdesk.services import departments
from hrdesk.services.actor import Actor
from hrdesk.services.payroll.months import ZERO, require_sealed, slips
from hrdesk.services.payroll.payslip import WAGE_ITEMS
from hrdesk.spreadsheets.writing import SheetData, write_workbook

REGISTER_HEADERS = [
    "工号",
    "姓名",
    "部门",
    *WAGE_ITEMS,
    "应发工资",
    "养老保险(个人)",
    "医疗保险(个人)",
    "失业保险(个人)",
    "住房公积金(个人)",
    "工伤保险(个人)",
    "生育保险(个人)",
    "专项附加扣除",
    "个人所得税",
    "全年一次性奖金",
    "年终奖个税",
    "损失赔偿扣款",
    "其他扣款",
    "实发工资",
    *[f"{item.value}(单位)" for item in InsuranceItem],
]


def register_rows(session: Session, actor: Actor, month: date) -> list[list]:
    """The payroll register (工资表): one row per employee, a 合计 row last."""
    actor.require(Permission.VIEW_PAYROLL)
    require_sealed(session, month, "工资表")
    paths = departments.paths(session)
    rows = []
    for slip, employee in slips(session, month):
        figures = json.loads(slip.detail)
        row = [employee.employee_no, employee.name, paths[employee.department_id]]
        for header in REGISTER_HEADERS[3:]:
            row.append(Decimal(figures.get(header, "0")))
        rows.append(row)
    totals = ["合计", "", ""] + [
        sum((r[i] for r in rows), ZERO) for i in range(3, len(REGISTER_HEADERS))
    ]
    return [*rows, totals]


def write_register(session: Session, actor: Actor, month: date, path) -> int:
    """工资表 as .xlsx: frozen header, amounts as numbers, the 合计 row last."""
    rows = register_rows(session, actor, month)
    write_workbook(path, [SheetData(f"{month:%Y-%m}工资表", REGISTER_HEADERS, rows)])
    return len(rows) - 1
