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
        reached = int(writer.stdout.readline())
    finally:
        writer.kill()
        writer.wait()
        writer.stdout.close()

    restored = tmp_path / "restored.db"
    restore_database(backup, restored)
    pairs = pairs_in(restored)
    assert set(pairs.values()) == {2}
    assert {str(n) for n in range(20)} <= set(pairs)
    assert max(int(n) for n in pairs) <= reached
