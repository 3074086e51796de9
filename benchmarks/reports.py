"""Report benchmarks on the large demo (5,000 staff with 12 pay months, 200,000 invoices).

Each report (services.reports, over twelve months) against one hand-written SQL query that
gives the same figures (or, for DSO and the risk score, the inputs their arithmetic reads),
run in the same process; the two results are compared so the baseline is the same work.

    python benchmarks/reports.py [DATABASE]   # an existing large demo, else one is made
"""

import os
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

AS_OF = date(2026, 11, 27)  # HRDESK_TODAY of the demo; the report months are 2025-11 … 2026-10
FIRST, LAST = date(2025, 11, 1), date(2026, 10, 1)
EMPLOYER = "(SELECT sum(CAST(value AS NUMERIC)) FROM json_each(p.detail) WHERE key LIKE '%(单位)')"


def reports_database(workdir: Path) -> Path:
    """`hrdesk demo-data --employees 5000 --invoices 200000` (about five minutes)."""
    database = workdir / "reports-5000-200000.db"
    if not database.exists():
        subprocess.run(
            [
                *(sys.executable, "-m", "hrdesk", "demo-data", "--db", str(database)),
                *("--employees", "5000", "--invoices", "200000"),
            ],
            env=dict(os.environ, HRDESK_TODAY=AS_OF.isoformat(), HRDESK_LOG_DIR=str(workdir)),
            check=True,
            capture_output=True,
        )
    return database


def _month_ends() -> list[str]:
    from hrdesk.domain.dates import add_months

    ends, month = [], FIRST
    while month <= LAST:
        ends.append((add_months(month, 1) - timedelta(days=1)).isoformat())
        month = add_months(month, 1)
    return ends


def _months_cte() -> str:
    rows = " UNION ALL ".join(
        f"SELECT '{end[:7]}-01' AS first, '{end}' AS last" for end in _month_ends()
    )
    return f"WITH months(first, last) AS ({rows})"


def _balance(day: str) -> str:
    return f"""(i.amount
        - coalesce((SELECT sum(amount) FROM allocations x WHERE x.invoice_id = i.id AND x.applied_on <= {day}), 0)
        - coalesce((SELECT sum(amount) FROM credit_notes x WHERE x.invoice_id = i.id AND x.issued_on <= {day}), 0)
        - coalesce((SELECT sum(amount) FROM write_offs x WHERE x.invoice_id = i.id AND x.status = '已批准' AND x.decided_on <= {day}), 0))"""


def _owner(day: str) -> str:
    return f"""(SELECT o.salesperson_id FROM invoice_owners o WHERE o.invoice_id = i.id
        AND o.from_date <= {day} AND (o.until_date IS NULL OR o.until_date > {day}))"""


def _bucket_sums(bounds=(30, 60, 90, 180, 365)) -> str:
    """One sum per aging bucket at each month's end, as the report shows them."""
    cuts = " ".join(
        f"WHEN i.due_on >= date(months.last, '-{upper} days') THEN {index}"
        for index, upper in enumerate(bounds, start=1)
    )
    bucket = f"CASE WHEN i.due_on >= months.last THEN 0 {cuts} ELSE {len(bounds) + 1} END"
    return ", ".join(
        f"sum(CASE WHEN {bucket} = {k} THEN {_balance('months.last')} ELSE 0 END)"
        for k in range(len(bounds) + 2)
    )


APPROVED = "m.status IN ('已审核', '已发放') AND m.month BETWEEN '2025-11-01' AND '2026-10-01'"

SQL = {
    "payroll-cost": f"""SELECT m.month, e.department_id, count(*), sum(p.gross + p.annual_bonus),
          sum({EMPLOYER})
        FROM payslips p JOIN payroll_months m ON m.id = p.month_id
        JOIN employees e ON e.id = p.employee_id WHERE {APPROVED}
        GROUP BY m.month, e.department_id""",
    "register": f"""SELECT e.employee_no, count(*), sum(p.gross), sum(p.net_pay), sum({EMPLOYER})
        FROM payslips p JOIN payroll_months m ON m.id = p.month_id
        JOIN employees e ON e.id = p.employee_id WHERE {APPROVED} GROUP BY e.employee_no""",
    "headcount": _months_cte()
    + """ SELECT months.first,
        sum(e.hire_date < months.first AND (e.leaving_date IS NULL OR e.leaving_date >= months.first)),
        sum(e.hire_date BETWEEN months.first AND months.last),
        coalesce(sum(e.leaving_date BETWEEN months.first AND months.last), 0),
        sum(e.hire_date <= months.last AND (e.leaving_date IS NULL OR e.leaving_date > months.last))
        FROM months, employees e WHERE NOT (e.status = '离职' AND e.leaving_date IS NULL)
        GROUP BY months.first""",
    "collection": f"""SELECT substr(a.applied_on, 1, 7), {_owner("a.applied_on")} AS owner, sum(a.amount)
        FROM allocations a JOIN invoices i ON i.id = a.invoice_id
        WHERE a.applied_on BETWEEN '2025-11-01' AND '2026-10-31'
        GROUP BY substr(a.applied_on, 1, 7), owner""",
    "overdue": _months_cte()
    + f""" SELECT months.last, sum({_balance("months.last")}), {_bucket_sums()}
        FROM months JOIN invoices i ON i.issued_on <= months.last
          AND (i.settled_on IS NULL OR i.settled_on > months.last)
        GROUP BY months.last""",
    # the count-back's inputs: each month-end's balance by owner, and the invoicing of the
    # twelve months before it by that owner and month
    "dso": _months_cte()
    + f""" SELECT months.last, {_owner("months.last")} AS owner, 'balance', NULL,
          sum({_balance("months.last")})
        FROM months JOIN invoices i ON i.issued_on <= months.last
          AND (i.settled_on IS NULL OR i.settled_on > months.last)
        GROUP BY months.last, owner
        UNION ALL
        SELECT months.last, {_owner("months.last")} AS owner, 'sales', substr(i.issued_on, 1, 7),
          sum(i.amount)
        FROM months JOIN invoices i ON i.issued_on <= months.last
          AND i.issued_on > date(months.last, '-12 months')
        GROUP BY months.last, owner, substr(i.issued_on, 1, 7)""",
    # the score's inputs per customer: the last year's settled history and today's balances
    "risk": f"""SELECT i.customer_id, 'settled', sum(i.amount),
          sum(i.amount * max(0, julianday(i.settled_on) - julianday(i.due_on))),
          sum(CASE WHEN i.settled_on <= i.due_on THEN i.amount ELSE 0 END),
          sum((SELECT count(*) FROM allocations x WHERE x.invoice_id = i.id AND x.applied_on <= '{AS_OF}') > 1)
        FROM invoices i WHERE i.due_on BETWEEN '{AS_OF - timedelta(days=365)}' AND '{AS_OF}'
          AND i.settled_on <= '{AS_OF}'
        GROUP BY i.customer_id
        UNION ALL
        SELECT i.customer_id, 'open', sum({_balance(repr(str(AS_OF)))}),
          sum(CASE WHEN i.due_on < '{AS_OF}' THEN {_balance(repr(str(AS_OF)))} ELSE 0 END),
          min(CASE WHEN i.due_on < '{AS_OF}' THEN i.due_on END),
          (SELECT sum(amount) FROM invoices s WHERE s.customer_id = i.customer_id
            AND s.issued_on > '{AS_OF - timedelta(days=365)}' AND s.issued_on <= '{AS_OF}')
        FROM invoices i WHERE i.issued_on <= '{AS_OF}'
          AND (i.settled_on IS NULL OR i.settled_on > '{AS_OF}')
        GROUP BY i.customer_id""",
    # days and hours are stored in hundredths
    "attendance": """SELECT a.month, e.department_id, count(*), sum(a.attended_days),
          sum(a.absent_days), sum(a.late_count), sum(a.workday_overtime_hours
            + a.rest_day_overtime_hours + a.holiday_overtime_hours)
        FROM attendance_records a JOIN employees e ON e.id = a.employee_id
        WHERE a.month BETWEEN '2025-11-01' AND '2026-10-01'
        GROUP BY a.month, e.department_id""",
    # who is in the year's balances, and the annual leave the ledger records as taken
    "leave": """SELECT e.id, (SELECT -coalesce(sum(l.days), 0) FROM leave_entries l
            WHERE l.employee_id = e.id AND l.year = 2026 AND l.leave = '年休假' AND l.kind = '使用')
          + coalesce((SELECT o.leave_days_taken FROM opening_balances o
            WHERE o.employee_id = e.id AND o.year = 2026), 0)
        FROM employees e WHERE e.hire_date <= '2026-12-31'
          AND (e.leaving_date IS NULL OR e.leaving_date >= '2026-01-01')""",
}


def _check(name: str, table, rows) -> None:
    """The report and the SQL agree on a headline figure (amounts in the SQL are in fen)."""
    fen = Decimal(100)
    if name == "payroll-cost":
        assert table.total[3] == sum(Decimal(r[3]) for r in rows) / fen
    elif name == "register":
        assert table.total[4] == sum(Decimal(r[2]) for r in rows) / fen
    elif name == "headcount":
        assert [r[1:5] for r in table.rows] == [list(r[1:5]) for r in sorted(rows)]
    elif name == "collection":
        assert sum(r[4] for r in table.rows) == sum(Decimal(r[2]) for r in rows) / fen
    elif name == "overdue":  # the balance and every bucket of each month's end
        assert [r[1:9] for r in table.rows] == [
            [Decimal(v) / fen for v in r[1:9]] for r in sorted(rows)
        ]
    elif name == "dso":
        company = [r[3] for r in table.rows if r[1] == "全公司"]
        by_month: dict[str, Decimal] = {}
        for end, _owner_id, kind, _month, amount in rows:
            if kind == "balance":
                by_month[end] = by_month.get(end, Decimal(0)) + Decimal(amount) / fen
        assert company == [by_month[end] for end in sorted(by_month)]
    elif name == "attendance":  # 出勤, 旷工, 迟到 and overtime over the twelve months
        sums = [sum(Decimal(r[i] or 0) for r in rows) for i in (3, 4, 6)]
        assert [table.total[4], table.total[7], table.total[9]] == [v / fen for v in sums]
        assert table.total[8] == sum(r[5] for r in rows)
    elif name == "leave":
        assert len(table.rows) == len(rows)
        assert table.total[5] == sum(Decimal(r[1]) for r in rows) / fen
    elif name == "risk":
        owed = sum(Decimal(r[2]) for r in rows if r[1] == "open" and r[2] > 0) / fen
        assert sum(r[3] for r in table.rows) == owed


def report_cases(database_path: Path, median_pair, runs: int = 1) -> list[tuple[str, float, float]]:
    """(report, ours, the SQL) for every report, each run `runs` times after a warm-up."""
    from hrdesk.services import database as workspace
    from hrdesk.services import reports
    from hrdesk.services.actor import command_line_actor

    database = workspace.open_workspace(database_path)
    actor = command_line_actor()
    period = reports.Period(FIRST, LAST, AS_OF)
    connection = sqlite3.connect(database_path)
    results = []
    for name, sql in SQL.items():
        found = {}

        def ours(name=name, found=found) -> float:
            started = time.perf_counter()
            with database.sessions() as session:
                found["table"] = reports.build(session, actor, name, period)
            return time.perf_counter() - started

        def plain(sql=sql, found=found) -> float:
            started = time.perf_counter()
            found["rows"] = connection.execute(sql).fetchall()
            return time.perf_counter() - started

        mine, theirs = median_pair(ours, plain, runs)
        _check(name, found["table"], found["rows"])
        results.append((name, mine, theirs))
    connection.close()
    database.close()
    return results


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from run import median_pair

    if len(sys.argv) > 1:
        path = Path(sys.argv[1])
    else:
        path = reports_database(Path(os.environ.get("TMPDIR", "/tmp")))
    print(f"{'report':<14}{'ours (s)':>10}{'SQL (s)':>10}{'ratio':>8}")
    for name, mine, theirs in report_cases(path, median_pair):
        print(f"{name:<14}{mine:>10.3f}{theirs:>10.3f}{mine / theirs:>8.2f}")
