"""首页 on the large demo (5,000 staff, 12 pay months, 200,000 invoices) and a long audit trail.

In one process: 首页's load as the window does it for the administrator (the attention list,
then the owner's figures) against hand-written SQLite queries of its money figures — labour
cost of the last two approved months, what is overdue today and a month ago, what was
collected this month and last month to the same day — its labour cost and overdue figures
checked equal to 首页's. The baseline does none of the attention list's work (contracts, 诉讼时效, the audit
chain…), so the ratio says how far 首页 is from the price of its own figures.

With --before SRC (another checkout's src folder) and --before-db DB (the same data at that
checkout's schema), the whole window, started on the database to 首页 drawn and grabbed,
takes turns with the same start in SRC: CPU seconds (user + system), medians.

    python benchmarks/home.py [DATABASE] [--runs N] [--before SRC --before-db DB]
"""

import argparse
import os
import sqlite3
import subprocess
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

from reports import AS_OF, EMPLOYER, _balance, reports_database
from timing import alternating_medians, hrdesk_env, median_pair, process_cpu

FEN = Decimal(100)
PASSWORD = "demodemo"  # the administrator window_case signs in as (demo)


def _sql_figures(connection: sqlite3.Connection, today: date, month_ago: date) -> dict:
    """首页's money figures by hand: amounts in fen."""
    labour = connection.execute(
        f"""SELECT sum(p.gross + p.annual_bonus) + CAST(round(sum({EMPLOYER}) * 100) AS INTEGER)
        FROM payslips p JOIN payroll_months m ON m.id = p.month_id
        WHERE m.id IN (SELECT id FROM payroll_months WHERE status IN ('已审核', '已发放')
                       ORDER BY month DESC LIMIT 2)
        GROUP BY m.month ORDER BY m.month DESC"""
    ).fetchall()
    overdue = []
    for day in (today, month_ago):
        # +i.due_on: SQLite then finds the invoices open on the day by settled_on's index
        overdue.append(
            connection.execute(
                f"""SELECT coalesce(sum(b), 0) FROM (SELECT {_balance("?1")} AS b FROM invoices i
                WHERE i.issued_on <= ?1 AND (i.settled_on IS NULL OR i.settled_on > ?1)
                  AND +i.due_on < ?1) WHERE b > 0""",
                (day.isoformat(),),
            ).fetchone()[0]
        )
    collected = []
    for first, last in ((today.replace(day=1), today), (month_ago.replace(day=1), month_ago)):
        collected.append(
            connection.execute(
                "SELECT coalesce(sum(amount), 0) FROM allocations WHERE applied_on BETWEEN ? AND ?",
                (first.isoformat(), last.isoformat()),
            ).fetchone()[0]
        )
    return {"labour": [row[0] for row in labour], "overdue": overdue, "collected": collected}


def _check(figures: dict, found: dict) -> None:
    """首页's figures and the SQL's agree (labour cost: the employer's parts are sums of the
    payslips' JSON text, so to the fen)."""
    shown = {f.key: f for f in figures}
    labour = [shown["labour_cost"].value, shown["labour_cost"].previous]
    assert [Decimal(v) / FEN for v in found["labour"]] == labour, (found, labour)
    overdue = [shown["overdue"].value, shown["overdue"].previous]
    assert [Decimal(v) / FEN for v in found["overdue"]] == overdue, (found, overdue)


def home_case(database_path: Path, runs: int) -> tuple[float, float]:
    """(首页's load, the SQL of its figures): medians of alternating runs after a warm-up."""
    from hrdesk.domain.dates import add_months
    from hrdesk.services import attention, overview
    from hrdesk.services import database as workspace
    from hrdesk.services.actor import command_line_actor

    database = workspace.open_workspace(database_path)
    actor = command_line_actor()
    connection = sqlite3.connect(database_path)
    found: dict = {}

    def ours() -> float:
        started = time.perf_counter()
        with database.sessions() as session:
            found["items"] = attention.items_for(session, actor, AS_OF)
            found["dashboard"] = overview.dashboard(session, actor, AS_OF)
        return time.perf_counter() - started

    def plain() -> float:
        started = time.perf_counter()
        found["sql"] = _sql_figures(connection, AS_OF, add_months(AS_OF, -1))
        return time.perf_counter() - started

    result = median_pair(ours, plain, runs)
    _check(found["dashboard"].figures, found["sql"])
    connection.close()
    database.close()
    return result


def window_case(
    database: Path, before: Path, before_database: Path, runs: int, workdir: Path
) -> tuple[float, float]:
    """CPU seconds of the window started on DATABASE to 首页 drawn, and of SRC's on its copy."""
    env = hrdesk_env(workdir, QT_QPA_PLATFORM="offscreen", HRDESK_TODAY=AS_OF.isoformat())
    env["HRDESK_PASSWORD"] = PASSWORD
    png = str(workdir / "home.png")

    def start(path: Path, source: Path | None):
        run_env = env if source is None else dict(env, PYTHONPATH=str(source.resolve()))
        # The large demo has no users yet; the first is its administrator (refused once made).
        user = [sys.executable, "-m", "hrdesk", "--db", str(path), "users", "add", "demo"]
        user += ["--role", "管理员", "--password", PASSWORD]
        subprocess.run(user, env=run_env, capture_output=True, check=False)
        command = [sys.executable, "-m", "hrdesk", "--db", str(path), "--page", "home"]
        command += ["--screenshot", png]
        return lambda: process_cpu(command, run_env)

    ours, theirs = alternating_medians(
        [start(database, None), start(before_database, before)], runs
    )
    return ours, theirs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path, nargs="?")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", type=Path, metavar="SRC")
    parser.add_argument("--before-db", type=Path, metavar="DB")
    args = parser.parse_args()
    workdir = Path(os.environ.get("TMPDIR", "/tmp"))
    database = args.database or reports_database(workdir)
    ours, sql = home_case(database, args.runs)
    print(f"首页 (attention list + figures)  {ours:.3f} s")
    print(f"SQL of its figures              {sql:.3f} s   ratio {ours / sql:.2f}")
    if args.before is not None:
        after, before = window_case(database, args.before, args.before_db, args.runs, workdir)
        print(f"window to 首页 drawn, CPU         {after:.3f} s")
        print(f"the same in {args.before}        {before:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
