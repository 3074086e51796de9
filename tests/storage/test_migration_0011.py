"""Migration 0011: the old "from a month on, until a later row" deductions become items with
an end month, confirmed through the year the payroll had reached; a 0 row goes."""

from sqlalchemy import text

from hrdesk.storage.engine import open_database
from hrdesk.storage.migrations import upgrade_to


def test_declarations_become_items_with_end_months(tmp_path):
    old = open_database(tmp_path / "old.db", upgrade=False)
    upgrade_to(old.engine, "0010")
    with old.engine.begin() as connection:
        connection.execute(text("INSERT INTO departments (id, name) VALUES (1, '财务部')"))
        connection.execute(
            text(
                "INSERT INTO employees (id, employee_no, name, id_number_cipher, id_number_masked,"
                " gender, birth_date, department_id, is_salesperson, hire_date, status,"
                " base_salary, position_allowance) VALUES (1, 'E001', '张三', 'x', 'x', '男',"
                " '1980-01-01', 1, 0, '2020-01-01', '在职', 1000000, 0)"
            )
        )
        rows = [
            ("子女教育", 200000, "2025-03-01"),
            ("子女教育", 100000, "2026-02-01"),
            ("住房租金", 150000, "2025-06-01"),
            ("住房租金", 0, "2026-01-01"),
        ]
        for kind, amount, start in rows:
            connection.execute(
                text(
                    "INSERT INTO declared_deductions (employee_id, kind, monthly_amount,"
                    " effective_from) VALUES (1, :kind, :amount, :start)"
                ),
                {"kind": kind, "amount": amount, "start": start},
            )
        connection.execute(
            text("INSERT INTO payroll_months (month, status) VALUES ('2026-05-01', '已审核')")
        )
    old.close()

    upgraded = open_database(tmp_path / "old.db")
    with upgraded.engine.connect() as connection:
        found = connection.execute(
            text(
                "SELECT kind, monthly_amount, effective_from, effective_until, through_year"
                " FROM declared_deductions ORDER BY kind, effective_from"
            )
        ).all()
        merged = connection.execute(text("SELECT bonus_merged FROM payroll_inputs")).all()
    upgraded.close()
    assert [tuple(row) for row in found] == [
        ("住房租金", 150000, "2025-06-01", "2025-12-01", 2026),
        ("子女教育", 200000, "2025-03-01", "2026-01-01", 2026),
        ("子女教育", 100000, "2026-02-01", None, 2026),
    ]
    assert merged == []
