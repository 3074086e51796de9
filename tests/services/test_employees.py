"""Saving employees: checks, encryption, the field-by-field audit trail, revealing numbers."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from hrdesk.domain.deductions import DeductionKind
from hrdesk.domain.employees import EmployeeRecord
from hrdesk.domain.roles import Role
from hrdesk.services import audit, employees
from hrdesk.services.actor import Actor, PermissionDenied, command_line_actor

ADMIN_VIEW = command_line_actor()  # reads what an administrator may read

CLERK = Actor("人事小王", Role.HR, 1)
MANAGER = Actor("销售李经理", Role.SALES_MANAGER, 2)
TODAY = date(2026, 11, 27)
ZHANG = EmployeeRecord(
    "E001",
    "张三",
    "11010519491231002X",
    "销售部/销售一部",
    date(2020, 3, 1),
    Decimal(8000),
    bank_card="6222021234567890128",
    phone="13812345678",
    deductions={DeductionKind.CHILD_EDUCATION: Decimal(2000)},
)


def save(database, record, employee_id=None, today=TODAY, actor=CLERK):
    with database.sessions.begin() as session:
        return employees.save(session, actor, record, employee_id, today)


def test_new_employee_is_saved_with_numbers_encrypted(database):
    result = save(database, ZHANG)
    assert result.errors == []
    with database.engine.connect() as connection:
        stored = connection.exec_driver_sql("SELECT * FROM employees").mappings().one()
    assert "11010519491231002X" not in str(dict(stored)) and "6222021234567890128" not in str(
        dict(stored)
    )
    assert stored["id_number_masked"] == "110105********002X"
    assert stored["gender"] == "女" and str(stored["birth_date"]) == "1949-12-31"
    with database.sessions() as session:
        row = employees.roster(session, CLERK)[0]
        detail = employees.detail(session, CLERK, result.employee_id, TODAY)
    assert row.department == "销售部/销售一部"
    assert detail.record.id_number == "110105********002X"
    assert detail.record.bank_card == "6222 **** **** 0128"
    assert detail.record.deductions == {DeductionKind.CHILD_EDUCATION: Decimal(2000)}


def test_bad_record_writes_nothing_and_names_the_field(database):
    result = save(database, replace(ZHANG, id_number="110105194912310021", base_salary=Decimal(0)))
    assert [p.field for p in result.errors] == ["身份证号", "基本工资"]
    with database.sessions() as session:
        assert employees.roster(session, CLERK) == []


def test_bank_card_checksum_only_warns(database):
    result = save(database, replace(ZHANG, bank_card="6222021234567890129"))
    assert result.errors == [] and result.problems[0].warning
    assert result.employee_id is not None


def test_duplicates_are_refused(database):
    save(database, ZHANG)
    same_id = save(database, replace(ZHANG, employee_no="E002"))
    assert [p.reason for p in same_id.errors] == ["与工号E001的身份证号相同"]
    same_no = save(database, replace(ZHANG, id_number="440524188001010014"))
    assert same_no.errors[0].field == "工号"


def test_edit_keeps_masked_numbers_and_audits_each_changed_field(database):
    employee_id = save(database, ZHANG).employee_id
    with database.sessions() as session:
        shown = employees.detail(session, CLERK, employee_id, TODAY).record
    changed = replace(
        shown,
        base_salary=Decimal(9000),
        position="大客户经理",
        deductions={DeductionKind.CHILD_EDUCATION: Decimal(4000)},
    )
    assert save(database, changed, employee_id).errors == []
    with database.sessions() as session:
        lines = audit.entries(session, ADMIN_VIEW, "employees", employee_id)
        again = employees.detail(session, CLERK, employee_id, TODAY).record
        numbers = employees.reveal(session, CLERK, employee_id)
    changes = {
        (line.field, line.old_value, line.new_value) for line in lines if line.action == "修改"
    }
    assert changes == {
        ("基本工资", "8000.00", "9000.00"),
        ("岗位", "", "大客户经理"),
        ("子女教育", "2000.00", "4000.00"),
    }
    assert all(line.actor == "人事小王" for line in lines)
    assert again.id_number == "110105********002X"
    assert numbers == ("11010519491231002X", "6222021234567890128")


def test_revealing_numbers_is_audited_and_needs_the_permission(database):
    employee_id = save(database, ZHANG).employee_id
    with database.sessions.begin() as session:
        employees.reveal(session, CLERK, employee_id)
    with database.sessions() as session:
        assert (
            audit.entries(session, ADMIN_VIEW, "employees", employee_id)[0].action
            == "查看完整证件号"
        )
    with database.sessions() as session, pytest.raises(PermissionDenied):
        employees.reveal(session, MANAGER, employee_id)
    with database.sessions() as session, pytest.raises(PermissionDenied):
        employees.roster(session, MANAGER)


def test_a_changed_deduction_applies_from_its_start_month_and_keeps_the_past(database):
    # Declared in March without a start month: from January of the payroll year (hired earlier).
    employee_id = save(database, ZHANG, today=date(2026, 3, 15)).employee_id
    record = replace(
        ZHANG,
        deductions={DeductionKind.CHILD_EDUCATION: Decimal(1000)},
        deductions_from=date(2026, 9, 1),
    )
    save(database, record, employee_id, today=date(2026, 9, 2))
    with database.sessions() as session:
        for month, amount in (
            (date(2025, 12, 1), None),
            (date(2026, 2, 1), 2000),
            (date(2026, 8, 1), 2000),
            (date(2026, 9, 1), 1000),
        ):
            found = employees.declared_deductions(session, [employee_id], month)[employee_id]
            assert found.get(DeductionKind.CHILD_EDUCATION) == (
                None if amount is None else Decimal(amount)
            )


def test_manager_must_exist(database):
    result = save(database, replace(ZHANG, manager_no="E999"))
    assert [p.field for p in result.errors] == ["直属上级工号"]


def test_audit_labels_cover_every_field():
    from dataclasses import fields

    # The deductions and their start month are audited as 子女教育… and 扣除起始月份.
    assert set(employees.LABELS) == {f.name for f in fields(EmployeeRecord)} - {
        "deductions",
        "deductions_from",
    }
