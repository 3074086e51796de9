"""What every benchmark shares: a whole process timed, and medians of alternating runs."""

import os
import resource
import sqlite3
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

# Every benchmark's "today", for this process (hrdesk.clock.today()) and every hrdesk process
# it starts: figures must not move with the calendar, and chinesecalendar ends with 2026.
TODAY = date(2026, 11, 27)
os.environ["HRDESK_TODAY"] = TODAY.isoformat()


def hrdesk_env(workdir: Path, **extra: str) -> dict[str, str]:
    """The environment of an hrdesk process in a benchmark: its log in the work folder,
    signed in as the demo database's published administrator (demo/demo), and running from
    bytecode compiled once (kept in the work folder) as an installed copy does — with
    PYTHONDONTWRITEBYTECODE each start would compile hrdesk's modules again."""
    env = dict(
        os.environ,
        HRDESK_LOG_DIR=str(workdir / "logs"),
        HRDESK_USER="demo",
        HRDESK_PASSWORD="demo",
        PYTHONPYCACHEPREFIX=str(workdir / "bytecode"),
        **extra,
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def timed_process(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting the process to its exit, the whole of it."""
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def process_cpu(command: list[str], env: dict[str, str]) -> float:
    """CPU seconds (user + system) the process and its children spent, the whole of it:
    what machine load moves far less than the clock."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, env=env, check=True, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def alternating_medians(cases: Sequence[Callable[[], float]], runs: int) -> list[float]:
    """Each case's median over RUNS rounds, the cases taking turns within a round so that
    machine noise falls on all alike; one unmeasured round first warms the caches."""
    for case in cases:
        case()
    times: list[list[float]] = [[] for _ in cases]
    for _ in range(runs):
        for case, measured in zip(cases, times, strict=True):
            measured.append(case())
    return [statistics.median(measured) for measured in times]


def median_pair(
    ours: Callable[[], float], baseline: Callable[[], float], runs: int
) -> tuple[float, float]:
    """Ours and its baseline, alternating: their medians."""
    ours_median, baseline_median = alternating_medians([ours, baseline], runs)
    return ours_median, baseline_median


def read_and_insert(source: Path, target: Path, skip: int, width: int) -> float:
    """The floor any import is measured against, in this process: calamine reads the sheet
    and one executemany inserts its rows (after `skip` title rows, padded or cut to `width`
    cells) into a bare table made beforehand. Returns the seconds the read and insert took."""
    from python_calamine import CalamineWorkbook

    connection = sqlite3.connect(target)
    connection.execute(f"CREATE TABLE floor ({', '.join(f'c{i}' for i in range(width))})")
    connection.commit()
    started = time.perf_counter()
    rows = CalamineWorkbook.from_path(str(source)).get_sheet_by_index(0).to_python()[skip:]
    connection.executemany(
        f"INSERT INTO floor VALUES ({', '.join('?' * width)})",
        [list(row[:width]) + [None] * (width - len(row[:width])) for row in rows],
    )
    connection.commit()
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed
