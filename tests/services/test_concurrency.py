"""Two seats on one server database: work on the same payroll month waits, never interleaves."""

import re
import threading
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from hrdesk.domain.roles import Role
from hrdesk.services import demo, payroll
from hrdesk.services.actor import Actor
from hrdesk.storage.models import Employee, PayrollMonth
from tests.conftest import DEMO_DAY

CLERK = Actor("人事小王", Role.HR, 1)
FINANCE = Actor("财务小李", Role.FINANCE, 2)
MONTH = date(2026, 10, 1)


@pytest.fixture
def calculated_month(database):
    if database.path is not None:
        pytest.skip("行锁只在服务器数据库上有意义；SQLite 一次只允许一个写入者")
    with database.sessions.begin() as session:
        demo.build(session, None, demo.DemoSize(5, 1, 0, payroll_months=0), DEMO_DAY)
        payroll.run(session, CLERK, MONTH)
    return database


def test_an_approval_waits_for_a_change_of_inputs_and_then_refuses_the_stale_figures(
    calculated_month,
):
    """Without the lock, finance approved figures the clerk's change had just made stale."""
    database = calculated_month
    clerk = database.sessions()
    clerk.begin()
    someone = clerk.scalars(select(Employee.id)).first()
    payroll.save_inputs(clerk, CLERK, MONTH, someone, {"performance_pay": Decimal(900)})
    finished, outcome = threading.Event(), {}

    def approve():
        try:
            with database.sessions.begin() as session:
                payroll.approve(session, FINANCE, MONTH)
            outcome["approved"] = True
        except ValueError as refused:
            outcome["refused"] = str(refused)
        finished.set()

    finance = threading.Thread(target=approve)
    finance.start()
    assert not finished.wait(1.0), "the approval went ahead while the clerk held the month"
    clerk.commit()
    clerk.close()
    finance.join(60)
    assert "只有“已计算”的月份可以审核" in outcome.get("refused", "")
    with database.sessions() as session:
        status = session.scalar(select(PayrollMonth.status).where(PayrollMonth.month == MONTH))
    assert status == "草稿"


def test_a_contract_changed_by_another_seat_is_not_overwritten_by_a_stale_form(demo_database):
    from dataclasses import replace

    from hrdesk.services import contracts
    from hrdesk.services.auth import demo_administrator
    from hrdesk.services.database import StaleRecord

    with demo_database.sessions.begin() as session:
        admin = demo_administrator(session)
        employee_id = session.scalars(select(Employee.id)).first()
        [shown, *_] = contracts.contracts_of(session, admin, employee_id)
    with demo_database.sessions.begin() as session:  # the first seat saves a new wage
        wage = replace(shown.terms, contract_wage=shown.terms.contract_wage + 1000)
        assert (
            contracts.save_contract(session, admin, employee_id, wage, shown.id, shown.version)
            == []
        )
    second = demo_database.sessions.begin()
    with pytest.raises(StaleRecord, match=re.escape(f"已被 {admin.name} 于")), second as session:
        contracts.save_contract(session, CLERK, employee_id, shown.terms, shown.id, shown.version)
    with demo_database.sessions() as session:
        [kept, *_] = contracts.contracts_of(session, admin, employee_id)
    assert (
        kept.terms.contract_wage == shown.terms.contract_wage + 1000
        and kept.version == shown.version + 1
    )
