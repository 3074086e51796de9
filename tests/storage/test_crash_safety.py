"""A killed process loses nothing committed and leaves nothing half-written; backups during writes are consistent."""

import random
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

from hrdesk.storage.backup import backup_database, restore_database
from hrdesk.storage.engine import open_database

WRITER = Path(__file__).with_name("writer.py")


def start_writer(path: Path, start: int) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(path), str(start)],
        stdout=subprocess.PIPE,
        text=True,
    )


def pairs_in(path: Path) -> Counter:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = [row[0] for row in connection.execute("SELECT name FROM departments")]
    finally:
        connection.close()
    return Counter(name.split("-")[0] for name in names)


def test_killed_writer_keeps_every_commit_and_no_half_transaction(tmp_path, sqlite_only):
    path = tmp_path / "crash.db"
    open_database(path).close()
    rng = random.Random(7)
    committed: set[str] = set()
    start = 0
    for _round in range(6):
        writer = start_writer(path, start)
        for _ in range(rng.randint(5, 60)):
            committed.add(writer.stdout.readline().strip())
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        pairs = pairs_in(path)
        assert committed <= set(pairs), "a commit the writer reported is missing"
        assert set(pairs.values()) == {2}, "a transaction was half-written"
        start += 100_000


def test_backup_taken_during_writes_restores_consistently(tmp_path, sqlite_only):
    path = tmp_path / "live.db"
    open_database(path).close()
    writer = start_writer(path, 0)
    try:
        for _ in range(20):
            writer.stdout.readline()
        backup = tmp_path / "backup.db"
        backup_database(path, backup)
    finally:
        writer.kill()
        writer.wait()
        # Every commit before the kill printed its number, except perhaps the last one
        # (killed between commit and print): the backup holds nothing beyond that.
        printed = [int(line) for line in writer.stdout.read().split()]
        writer.stdout.close()
    reached = (printed[-1] if printed else 19) + 1

    restored = tmp_path / "restored.db"
    restore_database(backup, restored)
    pairs = pairs_in(restored)
    assert set(pairs.values()) == {2}
    assert {str(n) for n in range(20)} <= set(pairs)
    assert max(int(n) for n in pairs) <= reached


def _roster_csv(path: Path, count: int) -> None:
    from hrdesk.domain.identifiers import resident_id_check_character

    lines = ["工号,姓名,身份证号,部门,入职日期,基本工资"]
    for n in range(count):
        first17 = f"110105{1980 + n // 1000}0101{n % 1000:03d}"
        lines.append(
            f"K{n:05d},员工{n},{first17}{resident_id_check_character(first17)},销售部/一组,2024-01-01,6000"
        )
    path.write_text("\n".join(lines), encoding="utf-8")


def _hrdesk(*args) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "hrdesk", *map(str, args)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _count(path: Path, sql: str) -> int:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return connection.execute(sql).fetchone()[0]
    finally:
        connection.close()


def test_a_killed_import_leaves_all_of_it_or_none(tmp_path, sqlite_only):
    import shutil
    import time

    roster = tmp_path / "roster.csv"
    _roster_csv(roster, 2000)
    empty = tmp_path / "empty.db"
    open_database(empty).close()
    rng = random.Random(11)
    for round_ in range(6):
        path = tmp_path / f"import-{round_}.db"
        shutil.copyfile(empty, path)
        process = _hrdesk("--db", path, "import", "employees", roster)
        time.sleep(rng.uniform(0.3, 3.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
        count = _count(path, "SELECT count(*) FROM employees")
        assert count in (0, 2000), f"a killed import left {count} of 2000 employees"
    # which outcome a kill meets depends on the machine's speed; left alone, it all goes in
    path = tmp_path / "whole.db"
    shutil.copyfile(empty, path)
    assert _hrdesk("--db", path, "import", "employees", roster).wait() == 0
    assert _count(path, "SELECT count(*) FROM employees") == 2000


def test_a_killed_payroll_run_leaves_the_month_whole_or_untouched(tmp_path, sqlite_only):
    import shutil
    import time

    source = tmp_path / "company.db"
    made = subprocess.run(
        [
            sys.executable,
            "-m",
            "hrdesk",
            "demo-data",
            "--db",
            str(source),
            "--employees",
            "300",
            "--customers",
            "5",
            "--invoices",
            "0",
            "--payroll-months",
            "0",
        ],
        capture_output=True,
    )
    assert made.returncode == 0, made.stderr
    month = "2026-01"
    rng = random.Random(5)
    for round_ in range(6):
        path = tmp_path / f"payroll-{round_}.db"
        shutil.copyfile(source, path)
        process = _hrdesk("--db", path, "payroll", "run", month)
        time.sleep(rng.uniform(0.3, 2.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        slips = _count(
            path,
            "SELECT count(*) FROM payslips p JOIN payroll_months m ON m.id = p.month_id WHERE m.month = '2026-01-01'",
        )
        status = _count(
            path,
            "SELECT count(*) FROM payroll_months WHERE month = '2026-01-01' AND status = '已计算'",
        )
        assert (slips == 0 and status == 0) or (slips > 250 and status == 1), (slips, status)
