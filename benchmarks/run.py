"""Ratio benchmarks: each case against a baseline measured in the same run.

    python benchmarks/run.py [--runs N]

Prints, per case, our median time, the baseline's, their ratio and the target ratio.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Result:
    case: str
    ours: float
    baseline: float
    target: float

    @property
    def ratio(self) -> float:
        return self.ours / self.baseline


def timed_process(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def median_pair(ours: Callable[[], float], baseline: Callable[[], float], runs: int):
    """Alternate the two so that machine noise falls on both alike."""
    ours(), baseline()  # warm the file cache and the bytecode
    our_times, base_times = [], []
    for _ in range(runs):
        our_times.append(ours())
        base_times.append(baseline())
    return statistics.median(our_times), statistics.median(base_times)


def startup(workdir: Path, runs: int) -> list[Result]:
    """`hrdesk --db DEMO.db --screenshot` against a bare QMainWindow grabbed the same way."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HRDESK_LOG_DIR=str(workdir / "logs"))
    database = workdir / "demo.db"
    subprocess.run(
        [sys.executable, "-m", "hrdesk", "demo-data", "--db", str(database)],
        env=env,
        check=True,
        capture_output=True,
    )
    png = str(workdir / "shot.png")
    hrdesk = [sys.executable, "-m", "hrdesk", "--db", str(database), "--screenshot", png]
    bare = [sys.executable, str(HERE / "bare_window.py"), png]
    # The same bare window after importing SQLAlchemy's ORM: the floor the fixed stack sets.
    floor = [
        sys.executable,
        "-c",
        f"import sqlalchemy.orm, runpy, sys; sys.argv[1:] = [{png!r}]; "
        f"runpy.run_path({str(HERE / 'bare_window.py')!r}, run_name='__main__')",
    ]
    ours, baseline = median_pair(
        lambda: timed_process(hrdesk, env), lambda: timed_process(bare, env), runs
    )
    ours_again, with_orm = median_pair(
        lambda: timed_process(hrdesk, env), lambda: timed_process(floor, env), runs
    )
    return [
        Result("启动截图 vs 裸窗口", ours, baseline, 3.0),
        Result("启动截图 vs 裸窗口+导入ORM", ours_again, with_orm, 1.5),
    ]


CASES = [startup]


def main() -> int:
    parser = argparse.ArgumentParser(description="hrdesk 性能基准（与同次运行的基线之比）")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for case in CASES:
            results.extend(case(Path(folder), args.runs))
    print(f"{'case':<28}{'ours (s)':>10}{'baseline (s)':>14}{'ratio':>8}{'target':>8}")
    for r in results:
        verdict = "" if r.ratio <= r.target else "  ← over target"
        # Chinese characters are two columns wide in a terminal.
        padding = " " * (28 - sum(2 if ord(c) > 0x2E80 else 1 for c in r.case))
        print(
            f"{r.case}{padding}{r.ours:>10.3f}{r.baseline:>14.3f}{r.ratio:>8.2f}{r.target:>8.1f}{verdict}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
