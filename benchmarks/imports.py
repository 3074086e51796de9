"""Import benchmarks, whole process: `hrdesk import employees|receipts FILE` against a floor
process that reads the same file with python-calamine and inserts every row into SQLite with
one executemany. Runs alternate; the medians' ratio and the peak memories' ratio are printed.

    python benchmarks/imports.py [--runs N] [--only employees|receipts] [--workdir DIR]

A 5,000-employee roster into an empty database; 50,000 bank lines, matched by payer name and
allocated, into a database of 2,000 customers and 50,000 invoices.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import hrdesk_env

HERE = Path(__file__).resolve().parent

# The floor: read the sheet with calamine, one executemany of its rows into a bare table.
FLOOR = """
import sqlite3, sys
from python_calamine import CalamineWorkbook
path, target, skip = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = CalamineWorkbook.from_path(path).get_sheet_by_index(0).to_python()[skip:]
width = max(len(row) for row in rows)
connection = sqlite3.connect(target)
connection.execute(f"CREATE TABLE t ({', '.join(f'c{i}' for i in range(width))})")
connection.executemany(
    f"INSERT INTO t VALUES ({', '.join('?' * width)})",
    [list(row) + [None] * (width - len(row)) for row in rows],
)
connection.commit()
"""


def measured(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(seconds, CPU seconds, peak resident MB) of one child process, reaped with wait4 for
    its own figures. CPU time (user + system) moves less than the clock on a shared machine."""
    started = time.perf_counter()
    with open(os.devnull, "wb") as devnull, tempfile.TemporaryFile() as err:
        child = subprocess.Popen(command, env=env, stdout=devnull, stderr=err)
        _pid, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.perf_counter() - started
        if child.returncode != 0:
            err.seek(0)
            raise RuntimeError(f"{' '.join(command[:6])} failed:\n{err.read().decode()[-3000:]}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def alternate(ours, floor, runs: int) -> dict[str, float]:
    ours(), floor()  # warm the file cache and the bytecode
    mine, base = [], []
    for _ in range(runs):
        mine.append(ours())
        base.append(floor())
    return {
        "ours": statistics.median(t for t, _c, _m in mine),
        "floor": statistics.median(t for t, _c, _m in base),
        "ours_cpu": statistics.median(c for _t, c, _m in mine),
        "floor_cpu": statistics.median(c for _t, c, _m in base),
        "ours_mb": max(m for _t, _c, m in mine),
        "floor_mb": max(m for _t, _c, m in base),
    }


def _empty_database(path: Path) -> None:
    from hrdesk.services import database as workspace

    database = workspace.open_workspace(path)
    with database.sessions.begin() as session:
        workspace.mark_as_demo(session)  # keeps the field key in the file, off the keyring
    database.close()


def case(workdir: Path, runs: int, kind: str, source: Path, sheet: Path, skip: int, check):
    env = hrdesk_env(workdir)
    serial = iter(range(10**6))

    def ours():
        copy = workdir / f"ours-{next(serial)}.db"
        shutil.copyfile(source, copy)
        command = [sys.executable, "-m", "hrdesk", "--db", str(copy), "import", kind, str(sheet)]
        result = measured(command, env)
        check(copy)
        copy.unlink()
        return result

    def floor():
        target = workdir / f"floor-{next(serial)}.db"
        result = measured([sys.executable, "-c", FLOOR, str(sheet), str(target), str(skip)], env)
        target.unlink()
        return result

    return alternate(ours, floor, runs)


def _count(table: str, expected: int):
    import sqlite3

    def check(path: Path) -> None:
        connection = sqlite3.connect(path)
        found = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        connection.close()
        assert found >= expected, f"{table}: {found} rows, expected {expected}"

    return check


def employees(workdir: Path, runs: int, count: int = 5000) -> dict[str, float]:
    sys.path.insert(0, str(HERE))
    from run import _roster_file

    roster = workdir / f"roster-{count}.xlsx"
    if not roster.exists():
        _roster_file(roster, count)
    empty = workdir / "empty.db"
    if not empty.exists():
        _empty_database(empty)
    return case(workdir, runs, "employees", empty, roster, 1, _count("employees", count))


def receipts(workdir: Path, runs: int, lines: int = 50_000) -> dict[str, float]:
    sys.path.insert(0, str(HERE))
    import receivables

    database = receivables.large_database(workdir, 50_000)
    statement = workdir / f"statement-{lines}.xlsx"
    if not statement.exists():
        receivables.statement_file(database, statement, lines)
    before = _allocations(database)
    counted = _count("receipts", lines // 2)

    def check(path: Path) -> None:
        counted(path)
        # applied to the invoices still open (most of the demo's are paid), not only kept
        assert _allocations(path) > before, "no line was applied"

    return case(workdir, runs, "receipts", database, statement, 4, check)


def _allocations(path: Path) -> int:
    import sqlite3

    connection = sqlite3.connect(path)
    found = connection.execute("SELECT count(*) FROM allocations").fetchone()[0]
    connection.close()
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", choices=["employees", "receipts"], action="append")
    parser.add_argument("--workdir", type=Path, help="keep the files here between runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        workdir = args.workdir or Path(folder)
        workdir.mkdir(parents=True, exist_ok=True)
        for name, function in (("employees", employees), ("receipts", receipts)):
            if args.only is None or name in args.only:
                r = function(workdir, args.runs)
                print(
                    f"import {name}: {r['ours']:.3f} s vs floor {r['floor']:.3f} s = "
                    f"{r['ours'] / r['floor']:.2f}×; CPU {r['ours_cpu']:.3f} s vs "
                    f"{r['floor_cpu']:.3f} s = {r['ours_cpu'] / r['floor_cpu']:.2f}×; peak "
                    f"{r['ours_mb']:.0f} MB vs {r['floor_mb']:.0f} MB = "
                    f"{r['ours_mb'] / r['floor_mb']:.2f}×",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
