"""Contracts as the clerk keeps them: history, audit, attachments, reminders on 首页."""

import hashlib
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import update

from hrdesk.domain.contracts import ContractKind, ContractTerms
from hrdesk.domain.employees import EmployeeRecord
from hrdesk.domain.roles import Role
from hrdesk.services import attention, audit, contracts, employees
from hrdesk.services.actor import Actor, PermissionDenied, command_line_actor
from hrdesk.storage.models import Attachment

ADMIN_VIEW = command_line_actor()  # reads what an administrator may read

CLERK = Actor("人事小王", Role.HR, 1)
TODAY = date(2026, 11, 27)
FIRST = ContractTerms(
    "HT-001",
    ContractKind.FIXED,
    date(2023, 12, 11),
    date(2026, 12, 10),
    date(2024, 3, 10),
    Decimal(6400),
    Decimal(8000),
    date(2023, 12, 11),
)


@pytest.fixture
def employee_id(database):
    record = EmployeeRecord(
        "E001", "张三", "11010519491231002X", "销售部", date(2023, 12, 11), Decimal(8000)
    )
    with database.sessions.begin() as session:
        return employees.save(session, CLERK, record, None, TODAY).employee_id


def save(database, employee_id, terms, contract_id=None):
    with database.sessions.begin() as session:
        return contracts.save_contract(session, CLERK, employee_id, terms, contract_id)


def test_contracts_keep_their_history_and_changes_are_audited(database, employee_id):
    assert save(database, employee_id, FIRST) == []
    renewal = replace(
        FIRST,
        number="HT-002",
        start=date(2026, 12, 11),
        end=None,
        kind=ContractKind.OPEN_ENDED,
        probation_end=None,
        probation_wage=None,
        signed_on=date(2026, 11, 20),
    )
    assert save(database, employee_id, renewal) == []
    with database.sessions() as session:
        rows = contracts.contracts_of(session, CLERK, employee_id)
    assert [r.terms.number for r in rows] == ["HT-001", "HT-002"]
    assert (
        save(database, employee_id, replace(FIRST, contract_wage=Decimal(8500)), rows[0].id) == []
    )
    with database.sessions() as session:
        lines = audit.entries(session, ADMIN_VIEW, "contracts", rows[0].id)
        on_employee = audit.entries(session, ADMIN_VIEW, "employees", employee_id)
    assert (lines[0].field, lines[0].old_value, lines[0].new_value) == (
        "合同工资",
        "8000.00",
        "8500.00",
    )
    assert sum(1 for line in on_employee if line.action == "合同变更") == 3


def test_invalid_contracts_are_refused_by_column(database, employee_id):
    problems = save(database, employee_id, replace(FIRST, end=None))
    assert problems == [("结束日期", "固定期限合同必须填写结束日期")]
    save(database, employee_id, FIRST)
    assert save(database, employee_id, replace(FIRST, start=date(2024, 1, 1)))[0] == (
        "合同编号",
        "合同编号HT-001已存在",
    )
    bad_probation = replace(FIRST, number="HT-9", probation_end=date(2027, 1, 1))
    assert save(database, employee_id, bad_probation) == [
        ("试用期结束日期", "不能晚于合同结束日期")
    ]


def test_attachments_keep_every_version_and_refuse_a_duplicate(database, employee_id, tmp_path):
    scan = tmp_path / "合同扫描.pdf"
    scan.write_bytes(b"%PDF-1.4 signed")
    with database.sessions.begin() as session:
        first = contracts.add_attachment(session, CLERK, employee_id, scan)
    with (
        database.sessions.begin() as session,
        pytest.raises(ValueError, match="同样内容的文件已保存"),
    ):
        contracts.add_attachment(session, CLERK, employee_id, scan)
    scan.write_bytes(b"%PDF-1.4 signed, second page added")
    with database.sessions.begin() as session:
        contracts.add_attachment(session, CLERK, employee_id, scan)
    with database.sessions() as session:
        kept = contracts.attachments_of(session, CLERK, employee_id)
        name, content = contracts.attachment_content(session, CLERK, first)
    assert [a.file_name for a in kept] == ["合同扫描.pdf", "合同扫描.pdf"]
    assert kept[0].sha256 == hashlib.sha256(b"%PDF-1.4 signed").hexdigest()
    assert (name, content) == ("合同扫描.pdf", b"%PDF-1.4 signed")


def test_a_damaged_attachment_is_reported_not_opened(database, employee_id, tmp_path):
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG original")
    with database.sessions.begin() as session:
        attachment_id = contracts.add_attachment(session, CLERK, employee_id, scan)
    with database.sessions.begin() as session:
        session.execute(update(Attachment).values(content=b"tampered"))
    with database.sessions() as session, pytest.raises(ValueError, match="校验值不符"):
        contracts.attachment_content(session, CLERK, attachment_id)


def test_urgent_findings_reach_the_home_page(database, employee_id):
    expired = replace(FIRST, end=date(2026, 11, 20))
    save(database, employee_id, expired)
    with database.sessions() as session:
        items = attention.items_for(session, CLERK, TODAY)
        manager_items = attention.items_for(session, Actor("李经理", Role.SALES_MANAGER), TODAY)
    contract_items = [i for i in items if i.page == "contracts"]
    assert [(i.title, i.record_id) for i in contract_items] == [
        ("张三：合同已到期，员工仍在职", employee_id)
    ]
    assert not [i for i in manager_items if i.page == "contracts"]


def test_minimum_wage_is_taken_from_the_employees_city(database, employee_id):
    from hrdesk.storage.models import Employee, MinimumWage

    with database.sessions.begin() as session:
        session.add(
            MinimumWage(
                city="上海", effective_from=date(2025, 7, 1), amount=Decimal(2740), source="测试"
            )
        )
        session.get(Employee, employee_id).social_city = "上海"
    low = replace(
        FIRST,
        start=date(2026, 11, 1),
        end=date(2029, 10, 31),
        probation_end=date(2027, 1, 31),
        probation_wage=Decimal(2700),
        contract_wage=Decimal(3000),
        signed_on=date(2023, 12, 11),
    )
    save(database, employee_id, low)
    with database.sessions() as session:
        rules = [r.finding.rule for r in contracts.reminders(session, CLERK, TODAY)]
    assert "probation_wage_below_minimum" in rules


def test_a_blank_signing_date_is_refused_not_taken_as_today(database, employee_id):
    assert save(database, employee_id, replace(FIRST, signed_on=None)) == [("签订日期", "不能为空")]


def test_minimum_wages_are_entered_once_per_city_and_date_and_audited(database):
    with database.sessions.begin() as session:
        assert (
            contracts.add_minimum_wage(
                session, ADMIN_VIEW, "上海", date(2025, 7, 1), Decimal(2740), True, "通知"
            )
            == []
        )
    with database.sessions.begin() as session:
        again = contracts.add_minimum_wage(
            session, ADMIN_VIEW, "上海", date(2025, 7, 1), Decimal(2800), True, ""
        )
        assert again == [("生效日期", "上海自2025-07-01起的标准已录入（2740.00元）")]
    with database.sessions() as session:
        assert [(r.city, r.amount) for r in contracts.minimum_wage_rows(session)] == [
            ("上海", Decimal("2740.00"))
        ]
        assert (
            audit.entries(session, ADMIN_VIEW, "minimum_wages")[0].new_value
            == "2740元，自2025-07-01起"
        )
    with database.sessions() as session, pytest.raises(PermissionDenied):
        contracts.add_minimum_wage(
            session, CLERK, "北京", date(2025, 9, 1), Decimal(2540), True, ""
        )
