"""Receivables benchmarks on a large demo database (200,000 invoices by default).

- aging as of a date against the same buckets summed by hand-written SQL, in the same process;
- the aging screen shown, against the same SQL, with the process's peak memory;
- a 100,000-line bank statement imported (matching and allocation included) against the floor
  any import pays: calamine reading the file plus one executemany into a bare table.
"""

import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from timing import TODAY, read_and_insert

HERE = Path(__file__).resolve().parent
AS_OF = date(2026, 6, 30)
BOUNDS = (30, 60, 90, 180, 365)


def large_database(workdir: Path, invoices: int) -> Path:
    """`hrdesk demo-data` with many invoices, made once per run (about 50 s for 200,000)."""
    database = workdir / f"receivables-{invoices}.db"
    if not database.exists():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "hrdesk",
                "demo-data",
                "--db",
                str(database),
                "--employees",
                "120",
                "--customers",
                "2000",
                "--invoices",
                str(invoices),
                "--payroll-months",
                "0",
            ],
            env=dict(os.environ, HRDESK_LOG_DIR=str(workdir / "logs")),
            check=True,
            capture_output=True,
        )
    return database


def plain_aging_sql(as_of: date = AS_OF, bounds=BOUNDS) -> str:
    """The same buckets as hrdesk's aging, written by hand: the database's own cost."""
    day = as_of.isoformat()
    cuts = " ".join(
        f"WHEN i.due_on >= '{(as_of - timedelta(days=upper)).isoformat()}' THEN {index}"
        for index, upper in enumerate(bounds, start=1)
    )
    bucket = f"CASE WHEN i.due_on >= '{day}' THEN 0 {cuts} ELSE {len(bounds) + 1} END"
    balance = f"""(i.amount
        - coalesce((SELECT sum(amount) FROM allocations x WHERE x.invoice_id = i.id AND x.applied_on <= '{day}'), 0)
        - coalesce((SELECT sum(amount) FROM credit_notes x WHERE x.invoice_id = i.id AND x.issued_on <= '{day}'), 0)
        - coalesce((SELECT sum(amount) FROM write_offs x WHERE x.invoice_id = i.id AND x.status = '已批准' AND x.decided_on <= '{day}'), 0))"""
    owner = f"""(SELECT o.salesperson_id FROM invoice_owners o WHERE o.invoice_id = i.id
        AND o.from_date <= '{day}' AND (o.until_date IS NULL OR o.until_date > '{day}'))"""
    sums = ", ".join(
        f"sum(CASE WHEN {bucket} = {k} THEN {balance} ELSE 0 END)" for k in range(len(bounds) + 2)
    )
    return f"""SELECT {owner} AS owner, i.customer_id, sum({balance}), {sums}
        FROM invoices i
        WHERE i.issued_on <= '{day}' AND (i.settled_on IS NULL OR i.settled_on > '{day}')
          AND {balance} != 0
        GROUP BY owner, i.customer_id"""


def aging_case(database_path: Path, runs: int, median_pair):
    from hrdesk.services import database as workspace
    from hrdesk.services import receivables
    from hrdesk.services.actor import command_line_actor

    database = workspace.open_workspace(database_path)
    actor = command_line_actor()
    connection = sqlite3.connect(database_path)
    sql = plain_aging_sql()

    def ours() -> float:
        started = time.perf_counter()
        with database.sessions() as session:
            report = receivables.aging(session, actor, AS_OF)
        elapsed = time.perf_counter() - started
        assert report.rows
        return elapsed

    def plain() -> float:
        started = time.perf_counter()
        rows = connection.execute(sql).fetchall()
        elapsed = time.perf_counter() - started
        assert rows
        return elapsed

    result = median_pair(ours, plain, runs)
    connection.close()
    database.close()
    return result


def screen_case(database_path: Path, workdir: Path) -> tuple[float, float, float]:
    """(seconds to show the aging tab, peak memory in MB, seconds for the plain SQL), measured
    in a fresh process so the memory is the screen's own."""
    output = subprocess.run(
        [sys.executable, str(Path(__file__)), "screen", str(database_path)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", HRDESK_LOG_DIR=str(workdir / "logs")),
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return float(output[0]), float(output[1]), float(output[2])


def _show_aging_screen(database_path: str) -> None:
    from PySide6.QtWidgets import QApplication

    from hrdesk.services import database as workspace
    from hrdesk.services.actor import command_line_actor
    from hrdesk.ui.screens.receivables import AgingTab

    app = QApplication([])
    database = workspace.open_workspace(database_path)
    connection = sqlite3.connect(database_path)
    started = time.perf_counter()
    connection.execute(plain_aging_sql(TODAY)).fetchall()
    plain = time.perf_counter() - started
    started = time.perf_counter()
    tab = AgingTab(database, command_line_actor())
    tab.resize(1100, 700)
    tab.show()
    app.processEvents()
    shown = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{shown:.4f} {peak_mb:.1f} {plain:.4f}")


def statement_file(database_path: Path, path: Path, lines: int) -> None:
    """A bank export as banks write it: a title, the account line, the header on row 4, debit
    and credit columns, a few outgoing lines, and totals at the foot."""
    from openpyxl import Workbook

    connection = sqlite3.connect(database_path)
    names = [row[0] for row in connection.execute("SELECT name FROM customers")]
    connection.close()
    rng = random.Random(7)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("明细")
    sheet.append(["中国建设银行 单位账户交易明细"])
    sheet.append(["账号：3100 1234 5678 9012", "", "币种：人民币"])
    sheet.append([])
    sheet.append(["交易时间", "交易流水号", "对方户名", "摘要", "借方发生额", "贷方发生额", "余额"])
    balance = 1_000_000.0
    start = TODAY - timedelta(days=365)
    for index in range(lines):
        day = start + timedelta(days=index * 365 // lines)
        if index % 50 == 0:
            amount = round(rng.uniform(50, 5000), 2)
            balance -= amount
            sheet.append(
                [f"{day} 10:00:00", f"C{index:09d}", "", "手续费", amount, "", round(balance, 2)]
            )
            continue
        amount = round(rng.uniform(2000, 90000), 2)
        balance += amount
        sheet.append(
            [
                f"{day} 09:30:00",
                f"C{index:09d}",
                rng.choice(names),
                "货款",
                "",
                amount,
                round(balance, 2),
            ]
        )
    sheet.append(["合计", "", "", "", "", "", ""])
    sheet.append([f"共 {lines} 笔"])
    workbook.save(path)


def import_case(database_path: Path, workdir: Path, runs: int, median_pair, lines: int):

    from hrdesk.services import database as workspace
    from hrdesk.services import imports
    from hrdesk.services.actor import command_line_actor

    statement = workdir / f"statement-{lines}.xlsx"
    if not statement.exists():
        statement_file(database_path, statement, lines)
    serial = iter(range(10**6))

    def ours() -> float:
        copy = workdir / f"import-{next(serial)}.db"
        shutil.copyfile(database_path, copy)
        database = workspace.open_workspace(copy)
        started = time.perf_counter()
        with database.sessions.begin() as session:
            plan = imports.import_file(session, command_line_actor(), "receipts", statement, TODAY)
        elapsed = time.perf_counter() - started
        database.close()
        copy.unlink()
        assert plan.ok and plan.added > lines * 0.95, plan.problems[:3]
        return elapsed

    def floor() -> float:
        target = workdir / f"floor-{next(serial)}.db"
        elapsed = read_and_insert(statement, target, 4, 7)
        target.unlink()
        return elapsed

    return median_pair(ours, floor, runs)


if __name__ == "__main__" and sys.argv[1:2] == ["screen"]:
    _show_aging_screen(sys.argv[2])


def letters_case(workdir: Path, runs: int, median_pair, count: int = 500):
    """`count` 对账函 PDFs against bare reportlab drawing the same text with the same font."""
    from reportlab.pdfgen.canvas import Canvas

    from bare_font import bare_font
    from hrdesk.services import database as workspace
    from hrdesk.services import letters
    from hrdesk.services.actor import command_line_actor
    from hrdesk.storage.models import Letter

    source = large_database(workdir, 20_000)
    database = workspace.open_workspace(source)
    actor = command_line_actor()
    with database.sessions.begin() as session:
        made = letters.generate(session, actor, TODAY, TODAY)[:count]
        contents = [letters.letter_data(session, session.get(Letter, i)) for i in made]
    assert len(made) == count, f"only {len(made)} customers owe anything"
    font = bare_font()
    serial = iter(range(10**6))

    def ours() -> float:
        folder = workdir / f"letters-{next(serial)}"
        started = time.perf_counter()
        with database.sessions() as session:
            letters.write_pdfs(session, actor, made, folder)
        elapsed = time.perf_counter() - started
        shutil.rmtree(folder)
        return elapsed

    texts = [_letter_texts(data) for data in contents]

    def bare() -> float:
        folder = workdir / f"letters-bare-{next(serial)}"
        folder.mkdir()
        started = time.perf_counter()
        for index, strings in enumerate(texts):
            canvas = Canvas(str(folder / f"{index}.pdf"), pageCompression=1)
            y = 800
            for size, text in strings:
                canvas.setFont(font, size)
                canvas.drawString(50, y, text)
                y -= 12
                if y < 40:
                    canvas.showPage()
                    y = 800
            canvas.showPage()
            canvas.save()
        elapsed = time.perf_counter() - started
        shutil.rmtree(folder)
        return elapsed

    result = median_pair(ours, bare, runs)
    database.close()
    return result


class _Recorder:
    """Stands in for a reportlab canvas and keeps only the strings drawn, with their size."""

    def __init__(self):
        self.size = 10
        self.strings: list[tuple[float, str]] = []

    def setFont(self, _font, size):
        self.size = size

    def drawString(self, _x, _y, text):
        self.strings.append((self.size, text))

    drawRightString = drawCentredString = drawString

    def __getattr__(self, _name):
        return lambda *args, **kwargs: None


def _letter_texts(data) -> list[tuple[float, str]]:
    """Every string hrdesk's letter draws, so the baseline draws exactly the same text."""
    from hrdesk.documents.fonts import cjk_font
    from hrdesk.documents.letters import _Writer

    writer = _Writer.__new__(_Writer)
    writer.font = cjk_font()
    writer.canvas = _Recorder()
    writer.letter(data)
    return writer.canvas.strings
