"""Import benchmarks, whole process: `hrdesk import employees|receipts FILE` against a floor
process that reads the same file with python-calamine and inserts every row into SQLite with
one executemany. Runs alternate; the medians' ratio and the peak memories' ratio are printed.

    python benchmarks/imports.py [--runs N] [--only employees|receipts] [--workdir DIR] [--before SRC]

--before SRC also runs the import with the hrdesk whose sources are in SRC (another checkout's
src folder), taking turns with the rest: before and after figures measured under the same noise.

A 5,000-employee roster into an empty database; 50,000 bank lines, matched by payer name and
allocated, into a database of 2,000 customers and 50,000 invoices.
"""

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
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


# Starts one command and reports its figures. A child's peak memory counts the memory of the
# process it was forked from, and the benchmark's own process has loaded hrdesk to build the
# databases: the command is started from this small process instead.
LAUNCHER = """
import os, subprocess, sys, time
started = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_pid, status, usage = os.wait4(child.pid, 0)
elapsed = time.perf_counter() - started
cpu = usage.ru_utime + usage.ru_stime
print(os.waitstatus_to_exitcode(status), elapsed, cpu, usage.ru_maxrss / 1024)
"""


def measured(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(seconds, CPU seconds, peak resident MB) of one child process, reaped with wait4 for
    its own figures. CPU time (user + system) moves less than the clock on a shared machine."""
    with tempfile.TemporaryFile() as err:
        launched = subprocess.run(
            [sys.executable, "-S", "-c", LAUNCHER, *command],
            env=env,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        )
        status, elapsed, cpu, peak = launched.stdout.split()
        if launched.returncode != 0 or int(status) != 0:
            err.seek(0)
            raise RuntimeError(f"{' '.join(command[:6])} failed:\n{err.read().decode()[-3000:]}")
    return float(elapsed), float(cpu), float(peak)


def alternate(cases: dict, runs: int) -> dict[str, float]:
    """name → (seconds, CPU seconds, peak MB) of each case, taking turns: name → the median
    seconds, name_cpu → the median CPU seconds, name_mb → the highest peak."""
    for run in cases.values():
        run()  # warm the file cache and the bytecode
    measured: dict[str, list] = {name: [] for name in cases}
    for _ in range(runs):
        for name, run in cases.items():
            measured[name].append(run())
    figures = {}
    for name, found in measured.items():
        figures[name] = statistics.median(t for t, _c, _m in found)
        figures[f"{name}_cpu"] = statistics.median(c for _t, c, _m in found)
        figures[f"{name}_mb"] = max(m for _t, _c, m in found)
    return figures


def _empty_database(path: Path) -> None:
    from hrdesk.services import database as workspace

    database = workspace.open_workspace(path)
    with database.sessions.begin() as session:
        workspace.mark_as_demo(session)  # keeps the field key in the file, off the keyring
    database.close()


def case(
    workdir: Path,
    runs: int,
    kind: str,
    source: Path,
    sheet: Path,
    skip: int,
    check,
    before: Path | None = None,
):
    env = hrdesk_env(workdir)
    serial = iter(range(10**6))

    def importing(env: dict[str, str]):
        def run():
            copy = workdir / f"ours-{next(serial)}.db"
            shutil.copyfile(source, copy)
            command = [sys.executable, "-m", "hrdesk", "--db", str(copy), "import", kind]
            result = measured([*command, str(sheet)], env)
            check(copy)
            copy.unlink()
            return result

        return run

    def floor():
        target = workdir / f"floor-{next(serial)}.db"
        result = measured([sys.executable, "-c", FLOOR, str(sheet), str(target), str(skip)], env)
        target.unlink()
        return result

    cases = {"ours": importing(env), "floor": floor}
    if before is not None:
        cases["before"] = importing(dict(env, PYTHONPATH=str(before.resolve())))
    return alternate(cases, runs)


def _count(table: str, expected: int):
    import sqlite3

    def check(path: Path) -> None:
        connection = sqlite3.connect(path)
        found = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        connection.close()
        assert found >= expected, f"{table}: {found} rows, expected {expected}"

    return check


def employees(
    workdir: Path, runs: int, before: Path | None = None, count: int = 5000
) -> dict[str, float]:
    sys.path.insert(0, str(HERE))
    from run import _roster_file

    roster = workdir / f"roster-{count}.xlsx"
    if not roster.exists():
        _roster_file(roster, count)
    empty = workdir / "empty.db"
    if not empty.exists():
        _empty_database(empty)
    check = _count("employees", count)
    return case(workdir, runs, "employees", empty, roster, 1, check, before)


def receipts(
    workdir: Path, runs: int, before: Path | None = None, lines: int = 50_000
) -> dict[str, float]:
    sys.path.insert(0, str(HERE))
    import receivables

    database = receivables.large_database(workdir, 50_000)
    statement = workdir / f"statement-{lines}.xlsx"
    if not statement.exists():
        receivables.statement_file(database, statement, lines)
    applied = _allocations(database)
    counted = _count("receipts", lines // 2)

    def check(path: Path) -> None:
        counted(path)
        # applied to the invoices still open (most of the demo's are paid), not only kept
        assert _allocations(path) > applied, "no line was applied"

    return case(workdir, runs, "receipts", database, statement, 4, check, before)


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
    parser.add_argument("--before", type=Path, metavar="SRC", help="another checkout's src")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        workdir = args.workdir or Path(folder)
        workdir.mkdir(parents=True, exist_ok=True)
        for name, function in (("employees", employees), ("receipts", receipts)):
            if args.only is None or name in args.only:
                r = function(workdir, args.runs, args.before)
                for who in ("before", "ours") if args.before else ("ours",):
                    label = f"import {name}" + (f" ({args.before})" if who == "before" else "")
                    print(_figures(label, r, who), flush=True)
    return 0


def _figures(label: str, r: dict[str, float], who: str) -> str:
    return (
        f"{label}: {r[who]:.3f} s vs floor {r['floor']:.3f} s = {r[who] / r['floor']:.2f}×; "
        f"CPU {r[f'{who}_cpu']:.3f} s vs {r['floor_cpu']:.3f} s = "
        f"{r[f'{who}_cpu'] / r['floor_cpu']:.2f}×; peak {r[f'{who}_mb']:.0f} MB vs "
        f"{r['floor_mb']:.0f} MB = {r[f'{who}_mb'] / r['floor_mb']:.2f}×"
    )


if __name__ == "__main__":
    sys.exit(main())
