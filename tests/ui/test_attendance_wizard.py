"""Attendance through the import wizard (issue 15): the month asked for, the layout named, the
rows previewed, written in the background exactly as `hrdesk import attendance` writes them;
an approved month refused on the first page; the 考勤 page opens the wizard on its month."""

from datetime import date

from sqlalchemy import select

from hrdesk.services import payroll
from hrdesk.services.actor import command_line_actor
from hrdesk.services.attendance.importing import FED_FIELDS
from hrdesk.services.database import mark_as_demo, open_workspace
from hrdesk.storage.models import Employee, PayrollInput, PayrollMonth
from hrdesk.ui.dialogs import import_wizard
from hrdesk.ui.dialogs.import_wizard import ImportWizard
from hrdesk.ui.screens.attendance import AttendancePage
from tests.data.attendance import make_samples
from tests.services.test_attendance import (
    FINANCE,
    add_three,
    roster,  # noqa: F401  (a fixture: three employees)
)
from tests.test_cli import hrdesk

ADMIN = command_line_actor()
MARCH = date(2026, 3, 1)


def inputs(database, month=MARCH) -> dict[str, tuple]:
    query = (
        select(Employee.employee_no, *[getattr(PayrollInput, f) for f in FED_FIELDS])
        .join(Employee, PayrollInput.employee_id == Employee.id)
        .join(PayrollMonth, PayrollInput.month_id == PayrollMonth.id)
        .where(PayrollMonth.month == month)
    )
    with database.sessions() as session:
        return {number: tuple(rest) for number, *rest in session.execute(query)}


def start(qtbot, database, path, month=MARCH):
    wizard = ImportWizard(database, ADMIN, "attendance", month=month)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.file_page.month.currentData() == month
    wizard.file_page.path.setText(str(path))
    wizard.next()
    return wizard


def test_a_dingtalk_month_through_the_wizard_equals_the_command_line(
    qtbot,
    roster,  # noqa: F811
    tmp_path,
):
    files = make_samples.all_samples(tmp_path / "in")
    wizard = start(qtbot, roster, files["钉钉"])
    preview = wizard.currentPage()  # no sheet or mapping pages: the layout is recognised
    assert wizard.currentId() == wizard.preview_id
    qtbot.waitUntil(lambda: preview.plan is not None, timeout=10_000)
    text = preview.summary.text()
    assert "2026-03 考勤" in text and "“钉钉”格式" in text and "新增 3 行" in text
    rows = {
        preview.rows.item(r, 1).text(): [
            preview.rows.item(r, c).text() for c in range(preview.rows.columnCount())
        ]
        for r in range(preview.rows.rowCount())
    }
    assert set(rows) == {"E001", "E002", "E003"}
    # 张三: 事假 8 hours = 1 day, 旷工 half a day, 4 weekday overtime hours (the sample's figures).
    assert rows["E001"][2] == "张三" and rows["E001"][4] == "1" and rows["E001"][7] == "0.5"
    assert rows["E001"][9] == "4" and rows["E001"][12] == "8"  # 8 rest-day hours to 调休
    assert rows["E002"][5] == "2"  # 李四: 病假 16 hours = 2 days
    assert inputs(roster) == {}  # nothing written before 导入
    wizard.next()
    done = wizard.currentPage()
    qtbot.waitUntil(lambda: done.done, timeout=10_000)
    assert "导入完成" in done.label.text() and "工资录入" in done.label.text()

    cli_db = tmp_path / "cli.db"
    other = open_workspace(cli_db)
    with other.sessions.begin() as session:
        mark_as_demo(session)
    add_three(other).close()
    result = hrdesk("--db", cli_db, "import", "attendance", files["钉钉"], "--month", "2026-03")
    assert result.returncode == 0, result.stderr
    by_cli = open_workspace(cli_db)
    try:
        expected = inputs(by_cli)
    finally:
        by_cli.close()
    assert expected and inputs(roster) == expected


def test_an_approved_month_is_refused_on_the_first_page(qtbot, roster, tmp_path):  # noqa: F811
    files = make_samples.all_samples(tmp_path / "in")
    with roster.sessions.begin() as session:
        payroll.run(session, ADMIN, MARCH)
        payroll.approve(session, FINANCE, MARCH)
    wizard = start(qtbot, roster, files["钉钉"])
    assert wizard.currentPage() is wizard.file_page
    assert "2026-03 工资已审核锁定" in wizard.file_page.problem.text()
    assert inputs(roster).get("E001", (0,))[0] == 0  # payroll's own zero row, nothing imported


def test_the_attendance_page_opens_the_wizard_on_its_month(
    qtbot,
    roster,  # noqa: F811
    monkeypatch,
):
    opened = []
    monkeypatch.setattr(import_wizard.ImportWizard, "exec", lambda self: opened.append(self))
    page = AttendancePage(roster, ADMIN)
    qtbot.addWidget(page)
    shown = [page.month.itemData(i) for i in range(page.month.count())]
    page.month.setCurrentIndex(shown.index(MARCH))
    page.import_file()
    (wizard,) = opened
    assert wizard.file_page.kind.currentData() == "attendance"
    assert wizard.file_page.month.currentData() == MARCH


def test_last_month_is_offered_by_default(qtbot, roster):  # noqa: F811
    wizard = ImportWizard(roster, ADMIN, "attendance")
    qtbot.addWidget(wizard)
    assert wizard.file_page.month.currentData() == date(2026, 10, 1)  # today is 2026-11-27


def test_problems_are_listed_by_row_and_column_and_block_the_import(
    qtbot,
    roster,  # noqa: F811
    tmp_path,
):
    from openpyxl import load_workbook

    files = make_samples.all_samples(tmp_path / "in")
    book = load_workbook(files["钉钉"])
    book.active.append(["赵六", "行政组", "综合部", "", "职员", "zhaoliu"])
    book.save(files["钉钉"])
    wizard = start(qtbot, roster, files["钉钉"])
    preview = wizard.currentPage()
    qtbot.waitUntil(lambda: preview.plan is not None, timeout=10_000)
    assert not preview.isComplete() and "不能导入" in preview.summary.text()
    found = [
        [preview.problems.item(r, c).text() for c in range(3)]
        for r in range(preview.problems.rowCount())
    ]
    assert [row[:2] for row in found] == [["8", "姓名"]]
    assert found[0][2].startswith("员工名册中没有“赵六”")
    assert inputs(roster) == {}
