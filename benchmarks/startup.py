"""Start-up benchmark: the whole `hrdesk` process, from launch to 首页 drawn and grabbed to a
PNG and exit, on the default demo database (80 employees, signed in through HRDESK_USER and
HRDESK_PASSWORD), against a bare PySide6 QMainWindow of the same size shown, grabbed to a
PNG the same way and closed (bare_window.py) — and against that bare window after importing
SQLAlchemy's ORM, the floor the stack sets. The three take turns; medians.

And the fixed cost every command pays: `hrdesk settings` (open the database, sign in, check
the key, one read, exit) against a process that only imports SQLAlchemy's ORM.

    python benchmarks/startup.py [--runs N] [--before SRC] [--cpu]

--before SRC also times the hrdesk whose sources are in SRC (another checkout's src folder),
taking turns with the rest: before and after figures measured under the same noise. --cpu
gives each process's CPU seconds (user + system, its children included) instead of the clock.
"""

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from timing import alternating_medians, hrdesk_env, process_cpu, timed_process

HERE = Path(__file__).resolve().parent


def startup_case(
    workdir: Path, runs: int, before: Path | None = None, measure: Callable = timed_process
) -> list[float]:
    """Medians (seconds by MEASURE, the clock or CPU) of hrdesk to a drawn 首页, the bare window,
    the bare window after `import sqlalchemy.orm`, and (given BEFORE) the hrdesk in SRC."""
    env = hrdesk_env(workdir, QT_QPA_PLATFORM="offscreen")
    database = workdir / "startup-demo.db"
    if not database.exists():
        subprocess.run(
            [sys.executable, "-m", "hrdesk", "demo-data", "--db", str(database)],
            env=env,
            check=True,
            capture_output=True,
        )
    png = str(workdir / "startup.png")
    hrdesk = [sys.executable, "-m", "hrdesk", "--db", str(database), "--page", "home"]
    hrdesk += ["--screenshot", png]
    bare = [sys.executable, str(HERE / "bare_window.py"), png]
    with_orm = [
        sys.executable,
        "-c",
        f"import sqlalchemy.orm, runpy, sys; sys.argv[1:] = [{png!r}]; "
        f"runpy.run_path({str(HERE / 'bare_window.py')!r}, run_name='__main__')",
    ]
    cases = [(hrdesk, env), (bare, env), (with_orm, env)]
    if before is not None:
        cases.append((hrdesk, dict(env, PYTHONPATH=str(before.resolve()))))
    return alternating_medians(
        [lambda command=command, env=env: measure(command, env) for command, env in cases],
        runs,
    )


def command_case(
    workdir: Path, runs: int, before: Path | None = None, measure: Callable = timed_process
) -> list[float]:
    """Medians (seconds by MEASURE) of `hrdesk settings` on the demo database startup_case made, of
    `import sqlalchemy.orm` alone, and (given BEFORE) of the command in that source folder."""
    env = hrdesk_env(workdir)
    command = [sys.executable, "-m", "hrdesk", "--db", str(workdir / "startup-demo.db"), "settings"]
    floor = [sys.executable, "-c", "import sqlalchemy.orm"]
    cases = [(command, env), (floor, env)]
    if before is not None:
        cases.append((command, dict(env, PYTHONPATH=str(before.resolve()))))
    return alternating_medians(
        [lambda command=command, env=env: measure(command, env) for command, env in cases],
        runs,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--before", type=Path, metavar="SRC")
    parser.add_argument("--cpu", action="store_true", help="CPU seconds instead of the clock")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        measure = process_cpu if args.cpu else timed_process
        ours, bare, with_orm, *before = startup_case(Path(folder), args.runs, args.before, measure)
        command, orm, *command_before = command_case(Path(folder), args.runs, args.before, measure)
    print(f"hrdesk to a drawn 首页  {ours:.3f} s")
    print(f"bare window            {bare:.3f} s   ratio {ours / bare:.2f} (target 3.0, goal 2.0)")
    print(f"bare window + ORM      {with_orm:.3f} s   ratio {ours / with_orm:.2f} (target 1.5)")
    for seconds in before:
        print(f"before ({args.before})  {seconds:.3f} s   ratio {seconds / bare:.2f}")
    print(f"hrdesk settings        {command:.3f} s")
    print(f"import sqlalchemy.orm  {orm:.3f} s   ratio {command / orm:.2f}")
    for seconds in command_before:
        print(f"before ({args.before})  {seconds:.3f} s   ratio {seconds / orm:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
