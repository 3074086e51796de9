"""The 考勤 and 休假 screens: the sheet shows an imported month, a leave request shows the
balance as it is typed, and the holiday dialog names where a year's days come from."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from hrdesk.services import attendance
from hrdesk.services.actor import command_line_actor
from hrdesk.ui.dialogs.holidays import HolidaysDialog
from hrdesk.ui.dialogs.leave_request import LeaveRequestDialog
from hrdesk.ui.models.table import TableColumn
from hrdesk.ui.screens.attendance import AttendancePage
from hrdesk.ui.screens.leave import LeavePage
from tests.data.attendance import make_samples
from tests.services.test_attendance import roster  # noqa: F401  (a fixture: three employees)

ADMIN = command_line_actor()


def test_the_sheet_shows_the_imported_month(qtbot, roster, tmp_path):  # noqa: F811
    files = make_samples.all_samples(tmp_path)
    with roster.sessions.begin() as session:
        assert attendance.import_attendance(
            session, ADMIN, files["钉钉"], date(2026, 3, 1), date(2026, 4, 2)
        ).ok
    page = AttendancePage(roster, ADMIN)
    qtbot.addWidget(page)
    assert page.chosen_month() == date(2026, 3, 1)  # the month last imported
    model = page.model
    assert model.rowCount() == 3
    assert model.headerData(11, Qt.Orientation.Horizontal) == "10\n二"  # 10 March 2026, a Tuesday
    assert model.data(model.index(0, 11)) == "事8h"
    assert "已导入 3 人（钉钉）" in page.summary.text()


def test_every_day_mark_fits_its_column_and_keeps_the_file_s_words(qtbot, roster):  # noqa: F811
    from PySide6.QtGui import QFontMetrics

    from hrdesk.ui.screens.attendance import MARKS, SheetModel

    page = AttendancePage(roster, ADMIN)
    qtbot.addWidget(page)
    said = ["正常", "休息", "迟到", "旷工", "年假1天", "病假8小时", "事假4小时", "加班8小时",
            "正常 加班3小时", "加班8小时（转调休）"]  # fmt: skip
    model = SheetModel()
    model.day_columns = range(0, 1)
    model.columns = [TableColumn("1", lambda text: text)]
    model.rows = said
    room = 46 - 8  # a day column less the cell's padding: wider text is cut to “正常…”
    metrics = QFontMetrics(page.view.font())
    for row, text in enumerate(said):
        shown = model.data(model.index(row, 0))
        assert metrics.horizontalAdvance(shown) <= room, shown
        assert model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole) == text
    assert model.data(model.index(8, 0)) == "+3h"  # a normal day with 3 hours' overtime
    lieu, paid = (model.data(model.index(r, 0), Qt.ItemDataRole.BackgroundRole) for r in (9, 7))
    assert lieu.color() == MARKS[1][1] and paid.color() == MARKS[2][1]  # 转调休 is told apart


def test_a_leave_request_shows_the_balance_as_it_is_typed(qtbot, roster):  # noqa: F811
    page = LeavePage(roster, ADMIN)
    qtbot.addWidget(page)
    page.year.setValue(2026)
    dialog = LeaveRequestDialog(roster, ADMIN, page.model.rows, page.model.rows[0].employee_id)
    qtbot.addWidget(dialog)
    dialog.start.set_value(date(2026, 3, 2))
    dialog.end.set_value(date(2026, 3, 4))
    assert "本次 3 天" in dialog.balance.text()
    assert "余额 5.00 天，登记后剩余 2.00 天" in dialog.balance.text()
    dialog.end.set_value(date(2026, 3, 10))
    assert "余额不足" in dialog.balance.text()
    dialog.end.set_value(date(2026, 3, 3))
    dialog.submit()
    page.refresh()
    assert page.model.rows[0].remaining == 3


def test_holidays_for_a_year_nobody_published(qtbot, roster, monkeypatch):  # noqa: F811
    dialog = HolidaysDialog(roster, ADMIN, 2031)
    qtbot.addWidget(dialog)
    assert "2031" in dialog.source.text() and "法定节假日" in dialog.source.text()
    # the statutory days, which the law fixes ahead (12 dates: 中秋 falls on 1 October in 2031)
    assert dialog.table.rowCount() == 12
    dialog.year.setValue(2040)  # past the lunar festivals' table: nothing to start from
    assert dialog.table.rowCount() == 0
    dialog.year.setValue(2026)
    assert dialog.table.rowCount() > 20
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
