"""A small sales team with customers, and how tests load CRM and bank sheets into it."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from hrdesk.domain.employees import EmployeeRecord
from hrdesk.domain.identifiers import resident_id_check_character
from hrdesk.domain.roles import Role
from hrdesk.services import employees, imports, receivables
from hrdesk.services.actor import Actor, command_line_actor
from hrdesk.spreadsheets.reading import Sheet
from hrdesk.storage.models import Customer, Invoice

ADMIN = command_line_actor()
FINANCE = Actor("财务小李", Role.FINANCE, 2)
OWNER = Actor("老板", Role.ADMIN, 3)
MANAGER = Actor("销售经理老周", Role.SALES_MANAGER, 4)
TODAY = date(2026, 6, 30)
D = Decimal

CUSTOMER_HEADER = ["客户编码", "客户名称", "统一社会信用代码", "联系人", "电话", "地址", "业务员工号", "账期天数"]  # fmt: skip
INVOICE_HEADER = ["单号", "客户编码", "业务员工号", "开票日期", "到期日期", "金额", "备注"]
RECEIPT_HEADER = ["交易日期", "流水号", "付款方名称", "金额", "摘要", "客户编码", "核销单号"]


def _id(serial: int) -> str:
    first17 = f"11010519850101{serial:03d}"
    return first17 + resident_id_check_character(first17)


def load(database, kind: str, rows: list[list], header=None, actor=ADMIN, today=TODAY):
    headers = {"customers": CUSTOMER_HEADER, "invoices": INVOICE_HEADER, "receipts": RECEIPT_HEADER}  # fmt: skip
    with database.sessions.begin() as session:
        plan = imports.plan(session, actor, kind, Sheet("表", [header or headers[kind], *rows]), today)  # fmt: skip
        if plan.ok:
            imports.commit(session, actor, plan, today)
    return plan


@pytest.fixture
def sales(database):
    """Two salespeople (3% and 2%, targets 10,000), four customers, two of them named alike."""
    with database.sessions.begin() as session:
        for serial, (no, name, rate) in enumerate([("S01", "王销售", "0.03"), ("S02", "李销售", "0.02")]):  # fmt: skip
            record = EmployeeRecord(
                no, name, _id(serial + 1), "销售部", date(2020, 1, 1), D(5000),
                is_salesperson=True, commission_rate=D(rate), collection_target=D(10000),
            )  # fmt: skip
            assert employees.save(session, ADMIN, record, None, TODAY).errors == []
    plan = load(
        database,
        "customers",
        [
            ["C1", "甲贸易有限公司", "", "张", "", "", "S01", 30],
            ["C2", "乙科技（上海）有限公司", "", "", "", "", "S01", 60],
            ["C3", "丙商行", "", "", "", "", "S02", 30],
            ["C4", "丙 商行", "", "", "", "", "S02", 30],
        ],
    )
    assert plan.ok, plan.problems
    return database


def balances(database, customer_id):
    with database.sessions() as session:
        return {i[0]: i[2] for i in receivables.open_balances(session, [customer_id])[customer_id]}


def invoice_ids(database):
    with database.sessions() as session:
        return dict(session.execute(select(Invoice.number, Invoice.id)).all())


def customer_id(database, code):
    with database.sessions() as session:
        return session.scalar(select(Customer.id).where(Customer.code == code))
