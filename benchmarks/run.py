"""Ratio benchmarks: each case against a baseline measured in the same run.

    python benchmarks/run.py [--runs N]

Prints, per case, our median time, the baseline's, their ratio and the target ratio.
"""

import argparse
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from startup import startup_case
from timing import TODAY, hrdesk_env, median_pair, read_and_insert

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


def startup(workdir: Path, runs: int) -> list[Result]:
    """The whole process to a drawn 首页 against a bare QMainWindow grabbed the same way
    (benchmarks/startup.py), and against that window after importing SQLAlchemy's ORM."""
    ours, bare, with_orm = startup_case(workdir, runs)
    return [
        Result("启动截图 vs 裸窗口", ours, bare, 3.0),
        Result("启动截图 vs 裸窗口+导入ORM", ours, with_orm, 1.5),
    ]


def _roster_file(path: Path, count: int) -> None:
    """A roster of COUNT employees in the template's layout, with valid ID and card numbers."""
    import random
    from datetime import date, timedelta

    from openpyxl import Workbook
    from stdnum import luhn

    from hrdesk.domain.identifiers import resident_id_check_character
    from hrdesk.spreadsheets.templates import EMPLOYEES

    rng = random.Random(1)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("员工")
    sheet.append([c.header for c in EMPLOYEES.columns])
    for index in range(count):
        birth = date(1970, 1, 1) + timedelta(days=index % 12000)
        first17 = f"310115{birth:%Y%m%d}{index // 12000:03d}"  # unique, as real ones are
        card = f"622202{rng.randrange(10**12):012d}"
        sheet.append(
            [
                f"E{index + 1:05d}",
                f"员工{index}",
                first17 + resident_id_check_character(first17),
                rng.choice(["销售部/销售一部", "销售部/销售二部", "财务部", "仓储物流部"]),
                "销售代表",
                rng.choice(["是", "否"]),
                (birth + timedelta(days=365 * 20)).isoformat(),
                f"138{rng.randrange(10**8):08d}",
                card + luhn.calc_check_digit(card),
                "中国工商银行人民路支行",
                "上海",
                8000,
                8000,
                "7%",
                rng.randrange(5000, 20000),
                500,
                "3%",
                100000,
                2000,
                None,
                1500,
                1000,
                None,
                None,
                None,  # 扣除起始月份: January of the payroll year, or the hire month
                "在职",
                None,
            ]
        )
    workbook.save(path)


def import_roster(workdir: Path, runs: int, count: int = 5000) -> list[Result]:
    """hrdesk importing a roster against the floor any import pays: calamine reading the same
    file plus one executemany insert of its rows into a bare table."""

    from hrdesk.services import database as workspace
    from hrdesk.services import imports
    from hrdesk.services.actor import command_line_actor

    roster = workdir / "roster.xlsx"
    _roster_file(roster, count)
    serial = iter(range(10**6))

    def ours() -> float:
        target = workdir / f"import-{next(serial)}.db"
        database = workspace.open_workspace(target)
        with database.sessions.begin() as session:
            workspace.mark_as_demo(session)  # keeps the field key in the file, off the keyring
        started = time.perf_counter()
        with database.sessions.begin() as session:
            result = imports.import_file(session, command_line_actor(), "employees", roster, TODAY)
        elapsed = time.perf_counter() - started
        database.close()
        assert result.ok and result.added == count, result.problems[:3]
        return elapsed

    def floor() -> float:
        return read_and_insert(roster, workdir / f"floor-{next(serial)}.db", 1, 26)

    ours_median, floor_median = median_pair(ours, floor, runs)
    return [Result(f"导入{count}名员工 vs 读取+批量插入", ours_median, floor_median, 2.0)]


def _payroll_database(workdir: Path, count: int) -> Path:
    env = hrdesk_env(workdir)
    database = workdir / f"payroll-{count}.db"
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
                str(count),
                "--customers",
                "10",
                "--payroll-months",
                "0",
            ],
            env=env,
            check=True,
            capture_output=True,
        )
    return database


def payroll_run(workdir: Path, runs: int, count: int = 1000) -> list[Result]:
    """Calculating and saving a month for COUNT employees against one bulk insert of as many rows."""
    import sqlite3

    from hrdesk.services import database as workspace
    from hrdesk.services import payroll
    from hrdesk.services.actor import command_line_actor

    database = workspace.open_workspace(_payroll_database(workdir, count))
    month = TODAY.replace(day=1)
    actor = command_line_actor()

    def ours() -> float:
        started = time.perf_counter()
        with database.sessions.begin() as session:
            summary = payroll.run(session, actor, month)
        elapsed = time.perf_counter() - started
        assert summary.employees > count * 0.9
        return elapsed

    def floor() -> float:
        connection = sqlite3.connect(workdir / "floor-payroll.db")
        connection.execute("DROP TABLE IF EXISTS payslip")
        connection.execute(f"CREATE TABLE payslip ({', '.join(f'c{i}' for i in range(14))})")
        rows = [
            [index, month.isoformat(), *range(10), '{"基本工资": "8000.00"}', 0]
            for index in range(count)
        ]
        started = time.perf_counter()
        connection.executemany(f"INSERT INTO payslip VALUES ({', '.join('?' * 14)})", rows)
        connection.commit()
        elapsed = time.perf_counter() - started
        connection.close()
        return elapsed

    ours_median, floor_median = median_pair(ours, floor, runs)
    database.close()
    return [Result(f"计算{count}人工资 vs 批量插入", ours_median, floor_median, 3.0)]


def payslip_pdfs(workdir: Path, runs: int, count: int = 1000) -> list[Result]:
    """COUNT payslip PDFs against bare reportlab drawing the same text with the same font."""

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    sys.path.insert(0, str(HERE))
    from bare_font import bare_font
    from hrdesk.services import database as workspace
    from hrdesk.services import payroll
    from hrdesk.services.actor import command_line_actor

    database = workspace.open_workspace(_payroll_database(workdir, count))
    month = TODAY.replace(day=1)
    actor = command_line_actor()
    with database.sessions.begin() as session:
        payroll.run(session, actor, month)
        documents = payroll.payslip_documents(session, actor, month)
    font = bare_font()
    serial = iter(range(10**6))

    def ours() -> float:
        folder = workdir / f"slips-{next(serial)}"
        started = time.perf_counter()
        with database.sessions.begin() as session:
            payroll.write_payslips(session, actor, month, folder)
        return time.perf_counter() - started

    def floor() -> float:
        folder = workdir / f"bare-{next(serial)}"
        folder.mkdir()
        started = time.perf_counter()
        for index, (data, _six) in enumerate(documents):
            page = canvas.Canvas(str(folder / f"{index}.pdf"), pagesize=A4)
            page.setFont(font, 10)
            lines = [
                data.company,
                data.month,
                data.name,
                *[f"{k} {v}" for k, v in data.earnings + data.deductions],
                str(data.net),
                *data.notes,
            ]
            for line_number, line in enumerate(lines):
                page.drawString(50, 800 - 15 * line_number, line)
            page.save()
        return time.perf_counter() - started

    ours_median, floor_median = median_pair(ours, floor, runs)
    database.close()
    return [Result(f"{count}份工资条PDF vs 裸reportlab", ours_median, floor_median, 1.5)]


def receivables_cases(workdir: Path, runs: int, invoices: int = 200_000) -> list[Result]:
    """Aging, the aging screen and a bank statement import on a large demo database."""
    sys.path.insert(0, str(HERE))
    import receivables

    database = receivables.large_database(workdir, invoices)
    ours, plain = receivables.aging_case(database, runs, median_pair)
    shown, peak_mb, plain_here = receivables.screen_case(database, workdir)
    print(f"账龄页面：显示 {shown:.3f} 秒（目标 < 0.5），峰值内存 {peak_mb:.0f} MB（目标 < 300）")
    imported, floor = receivables.import_case(
        database, workdir, max(3, runs // 2), median_pair, 100_000
    )
    return [
        Result(f"账龄{invoices // 10000}万张应收单 vs 手写SQL", ours, plain, 1.5),
        Result("账龄页面显示 vs 手写SQL", shown, plain_here, 3.0),
        Result("导入10万行银行流水 vs 读取+批量插入", imported, floor, 2.0),
    ]


def letter_pdfs(workdir: Path, runs: int) -> list[Result]:
    sys.path.insert(0, str(HERE))
    import receivables

    ours, bare = receivables.letters_case(workdir, max(3, runs // 2), median_pair)
    return [Result("500份对账函PDF vs 裸reportlab", ours, bare, 1.5)]


def report_cases(workdir: Path, runs: int) -> list[Result]:
    """Every report over twelve months of the large demo (5,000 staff, 200,000 invoices)
    against one hand-written SQL query giving the same figures (or their inputs)."""
    sys.path.insert(0, str(HERE))
    import reports

    database = reports.reports_database(workdir)
    return [
        Result(f"报表 {name} vs 手写SQL", ours, plain, 2.0)
        for name, ours, plain in reports.report_cases(database, median_pair, max(1, runs // 3))
    ]


def home_load(workdir: Path, runs: int) -> list[Result]:
    """首页's load (attention list and figures, as the administrator) on the large demo
    against the hand-written SQL of its money figures."""
    sys.path.insert(0, str(HERE))
    import home
    import reports

    ours, plain = home.home_case(reports.reports_database(workdir), max(3, runs // 2))
    return [Result("首页（大库） vs 其数字的手写SQL", ours, plain, 3.0)]


def attendance_import(workdir: Path, runs: int, count: int = 1000) -> list[Result]:
    """A 钉钉 月度汇总 of COUNT people × 31 days imported whole, against calamine + executemany."""
    sys.path.insert(0, str(HERE))
    import attendance

    ours, floor, people = attendance.import_case(
        _payroll_database(workdir, count), workdir, max(3, runs // 2), median_pair
    )
    return [Result(f"导入{people}人×31天考勤 vs 读取+批量插入", ours, floor, 3.0)]


CASES = [
    startup,
    import_roster,
    payroll_run,
    payslip_pdfs,
    receivables_cases,
    letter_pdfs,
    report_cases,
    home_load,
    attendance_import,
]


def main() -> int:
    parser = argparse.ArgumentParser(description="hrdesk 性能基准（与同次运行的基线之比）")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--only", choices=[case.__name__ for case in CASES], action="append", help="只运行这些"
    )
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for case in CASES:
            if args.only is None or case.__name__ in args.only:
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
