"""Seals (issue 19): the attacks the review made, each now noticed and each payment file refused."""

from datetime import date

import pytest
from sqlalchemy import select

from hrdesk.domain.roles import Role
from hrdesk.services import attention, employees, integrity, payroll
from hrdesk.services.actor import Actor, command_line_actor
from hrdesk.services.database import field_cipher
from hrdesk.storage.audit_chain import first_break
from hrdesk.storage.models import Employee, PayrollMonth, Payslip
from tests.conftest import DEMO_DAY

ADMIN = command_line_actor()
CLERK = Actor("人事小王", Role.HR, 1)
FINANCE = Actor("财务小李", Role.FINANCE, 2)
MONTH = date(2026, 10, 1)


@pytest.fixture
def approved(demo_database):
    """The demo company with October calculated and approved by finance."""
    with demo_database.sessions.begin() as session:
        payroll.run(session, CLERK, MONTH)
    with demo_database.sessions.begin() as session:
        payroll.approve(session, FINANCE, MONTH)
    return demo_database


def verify(database) -> integrity.IntegrityReport:
    with database.sessions() as session:
        return integrity.verify(session, ADMIN, field_cipher(session))


def sql(database, statement: str, **values) -> None:
    with database.engine.begin() as connection:
        connection.exec_driver_sql(statement, values) if values else connection.exec_driver_sql(
            statement
        )


def slip_of(database, employee_no: str) -> tuple[int, int]:
    """(payslip id, employee id) of one employee's October payslip."""
    with database.sessions() as session:
        return session.execute(
            select(Payslip.id, Employee.id)
            .join(Employee, Payslip.employee_id == Employee.id)
            .join(PayrollMonth, Payslip.month_id == PayrollMonth.id)
            .where(PayrollMonth.month == MONTH, Employee.employee_no == employee_no)
        ).one()


def refused_everywhere(database, match: str) -> None:
    """The bank file, the register, the tax file and the payslips of the month all refuse."""
    with database.sessions() as session:
        for make in (payroll.bank_rows, payroll.register_rows, payroll.tax_rows):
            with pytest.raises(integrity.SealBroken, match=match):
                make(session, FINANCE, MONTH)
        with pytest.raises(integrity.SealBroken, match=match):
            payroll.payslip_documents(session, FINANCE, MONTH)


def test_an_untouched_database_verifies(approved):
    report = verify(approved)
    assert report.ok, report.problems
    assert report.summary().startswith(integrity.INTACT)
    assert report.payslips >= 30 and report.employees == 40 and report.audit_records > 40


def test_a_net_pay_raised_by_100000_in_sql_breaks_the_seal_and_the_bank_file_is_refused(approved):
    slip_id, _employee = slip_of(approved, "E0007")
    sql(approved, f"UPDATE payslips SET net_pay = net_pay + 10000000 WHERE id = {slip_id}")
    report = verify(approved)
    assert not report.ok
    assert report.problems[0].startswith("2026-10 工资条（工号 E0007 ")
    assert "与审核时不符" in report.problems[0] and len(report.problems) == 1
    refused_everywhere(approved, "E0007.*不予生成")


def test_a_changed_figure_in_the_detail_breaks_the_seal_too(approved):
    slip_id, _employee = slip_of(approved, "E0003")
    sql(
        approved,
        f"UPDATE payslips SET detail = replace(detail, '\"实发工资\"', '\"实发工资 \"') "
        f"WHERE id = {slip_id}",
    )
    assert "E0003" in verify(approved).problems[0]


def test_a_bank_card_copied_onto_another_employees_row_is_refused(approved):
    _slip, victim = slip_of(approved, "E0002")
    _slip, thief = slip_of(approved, "E0005")
    sql(
        approved,
        f"UPDATE employees SET bank_card_cipher = (SELECT bank_card_cipher FROM employees "
        f"WHERE id = {thief}) WHERE id = {victim}",
    )
    report = verify(approved)
    assert any("E0002" in problem for problem in report.problems), report.problems
    refused_everywhere(approved, "E0002")
    with approved.sessions() as session, pytest.raises(ValueError, match=r"E0002.*银行卡号"):
        employees.reveal(session, ADMIN, victim)


def test_an_id_number_copied_onto_another_row_fails_to_decrypt(approved):
    _slip, one = slip_of(approved, "E0010")
    _slip, other = slip_of(approved, "E0011")
    sql(
        approved,
        f"UPDATE employees SET id_number_cipher = (SELECT id_number_cipher FROM employees "
        f"WHERE id = {other}) WHERE id = {one}",
    )
    assert any("员工 E0010" in p and "身份证号" in p for p in verify(approved).problems)


def test_an_edited_audit_record_is_named(approved):
    sql(approved, "UPDATE audit_log SET actor = '别人' WHERE id = 5")
    problems = verify(approved).problems
    assert problems[0].startswith("审计记录 #5（") and "内容已被改动" in problems[0]
    assert len(problems) == 1


def test_a_deleted_audit_record_is_named(approved):
    sql(approved, "DELETE FROM audit_log WHERE id = 7")
    problems = verify(approved).problems
    assert problems == [problems[0]] and "#7 已被删除" in problems[0]


def test_an_audit_record_added_behind_the_apps_back_is_named(approved):
    sql(
        approved,
        "INSERT INTO audit_log (at, actor, action, entity) "
        "VALUES ('2026-11-27 10:00:00.000000', '某人', '审核工资', 'payroll')",
    )
    assert "没有封存" in verify(approved).problems[0]


def test_records_written_later_extend_the_chain(approved):
    with approved.sessions.begin() as session:
        payroll.mark_paid(session, FINANCE, MONTH)
    with approved.sessions.begin() as session:
        payroll.bank_rows(session, FINANCE, MONTH)  # audited too
    assert verify(approved).ok


def test_a_rolled_back_transaction_leaves_no_gap_in_the_chain(approved):
    from hrdesk.services import audit

    with approved.sessions() as session:
        audit.record(session, ADMIN, "试探", "x")
        session.flush()
        session.rollback()
    with approved.sessions.begin() as session:
        audit.record(session, ADMIN, "之后", "x")
    assert verify(approved).ok


def test_a_new_bank_card_through_the_app_keeps_the_seals_and_is_paid(approved):
    _slip, employee_id = slip_of(approved, "E0004")
    with approved.sessions.begin() as session:
        record = employees.detail(session, CLERK, employee_id, DEMO_DAY).record
        from dataclasses import replace

        result = employees.save(
            session, CLERK, replace(record, bank_card="6222021234567890128"), employee_id, DEMO_DAY
        )
        assert not result.errors, result.problems
    assert verify(approved).ok
    with approved.sessions() as session:
        bank = payroll.bank_rows(session, FINANCE, MONTH)
    assert "6222021234567890128" in {row[1] for row in bank}


def test_saving_an_employee_unchanged_keeps_the_stored_ciphertexts(approved):
    _slip, employee_id = slip_of(approved, "E0006")
    with approved.engine.connect() as connection:
        before = connection.exec_driver_sql(
            f"SELECT id_number_cipher, bank_card_cipher FROM employees WHERE id = {employee_id}"
        ).one()
    with approved.sessions.begin() as session:
        record = employees.detail(session, CLERK, employee_id, DEMO_DAY).record
        employees.save(session, CLERK, record, employee_id, DEMO_DAY)
    with approved.engine.connect() as connection:
        after = connection.exec_driver_sql(
            f"SELECT id_number_cipher, bank_card_cipher FROM employees WHERE id = {employee_id}"
        ).one()
    assert tuple(after) == tuple(before)


def test_an_edit_through_the_app_does_not_launder_a_tampered_payslip(approved):
    slip_id, employee_id = slip_of(approved, "E0008")
    sql(approved, f"UPDATE payslips SET net_pay = net_pay + 10000000 WHERE id = {slip_id}")
    with approved.sessions.begin() as session:
        record = employees.detail(session, CLERK, employee_id, DEMO_DAY).record
        from dataclasses import replace

        employees.save(
            session, CLERK, replace(record, bank_card="6222021234567890128"), employee_id, DEMO_DAY
        )
    assert any("E0008" in p for p in verify(approved).problems)


def test_home_shows_a_broken_seal(approved):
    slip_id, _employee = slip_of(approved, "E0007")
    with approved.sessions() as session:
        titles = [item.title for item in attention.items_for(session, ADMIN, DEMO_DAY)]
    assert not any("封存" in title or "审计链" in title for title in titles)
    sql(approved, f"UPDATE payslips SET net_pay = net_pay + 10000000 WHERE id = {slip_id}")
    sql(approved, "DELETE FROM audit_log WHERE id = 3")
    with approved.sessions() as session:
        items = attention.items_for(session, ADMIN, DEMO_DAY)
        finance = attention.items_for(session, FINANCE, DEMO_DAY)
    broken = [item for item in items if item.title.startswith(("封存被破坏", "审计链被破坏"))]
    assert len(broken) == 2 and all(item.urgent for item in broken)
    assert any("E0007" in item.title for item in finance)  # who pays sees it


def chain_warning(database, recent: int | None = None) -> str | None:
    """What 首页 says about the audit chain (with recent: checking that many newest records'
    content, to try the limit on a small database)."""
    with database.engine.connect() as connection:
        found = first_break(connection) if recent is None else first_break(connection, recent)
    return None if found is None else str(found)


def test_home_names_what_the_whole_walk_names(approved):
    """Each kind of tampering 首页 catches, named as hrdesk audit verify names it."""
    last = verify(approved).audit_records
    for statement in (
        f"UPDATE audit_log SET new_value = 'x' WHERE id = {last - 2}",  # content, newest
        "UPDATE audit_log SET hash = NULL WHERE id = 6",  # not sealed, far back
        "UPDATE audit_log SET hash = 'f00' WHERE id = 4",  # sealed again: the next one
        "DELETE FROM audit_log WHERE id BETWEEN 2 AND 3",  # the first break wins
    ):
        sql(approved, statement)
        assert chain_warning(approved) == verify(approved).problems[0]
    assert "之前的 2 条记录（#2–#3）已被删除" in chain_warning(approved)


def test_content_edited_further_back_than_home_reads_is_left_to_verify(approved):
    last = verify(approved).audit_records
    sql(approved, "UPDATE audit_log SET old_value = '1' WHERE id = 5")
    assert chain_warning(approved, recent=last - 10) is None
    assert "#5（" in chain_warning(approved, recent=last - 4)  # within reach: named
    assert "#5（" in verify(approved).problems[0]
    sql(approved, "DELETE FROM audit_log WHERE id = 8")  # a deletion anywhere: at once
    assert "#8 已被删除" in chain_warning(approved, recent=1)


def test_only_an_administrator_verifies(approved):
    with approved.sessions() as session, pytest.raises(Exception, match="无权"):
        integrity.verify(session, FINANCE, field_cipher(session))


def test_an_employee_named_to_escape_writes_the_payslip_inside_the_folder(demo_database, tmp_path):
    with demo_database.sessions.begin() as session:
        payroll.run(session, CLERK, MONTH)
    sql(demo_database, "UPDATE employees SET name = '../../../ESCAPED' WHERE employee_no = 'E0002'")
    folder = tmp_path / "a" / "b" / "c" / "out"
    folder.mkdir(parents=True)
    with demo_database.sessions() as session:
        made = payroll.write_payslips(session, CLERK, MONTH, folder, employee_no="E0002")
    assert [path.parent for path in made] == [folder]
    assert made[0].exists() and "ESCAPED" in made[0].name and ".." not in made[0].name
    assert list(tmp_path.rglob("*ESCAPED*")) == made
