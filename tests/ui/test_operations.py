"""op(): results reach the screen, refusals are shown one way, cancel is quiet, and pages
showing what the work changed refresh."""

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from hrdesk.services.actor import PermissionDenied
from hrdesk.ui.operations import Area, Cancelled, op, refresh_on


def run(qtbot, operation, finished):
    operation.run_in_background()
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)


def test_the_result_reaches_success_with_progress_reported(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    got = []

    def work(state):
        for done in range(3):
            state.report(done + 1, 3)
        return 42

    run(qtbot, op(page, "计算", work).with_progress("正在计算…").success(got.append), got)
    assert got == [42]


def test_a_refusal_is_shown_as_a_warning_naming_the_action(qtbot, monkeypatch):
    page = QWidget()
    qtbot.addWidget(page)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append((title, text)))

    def work(_state):
        raise PermissionDenied("您的角色无权审核工资。")

    run(qtbot, op(page, "审核", work), shown)
    assert shown == [("审核", "您的角色无权审核工资。")]


def test_cancel_stops_the_work_and_no_message_is_shown(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    failures, reached = [], []

    def work(state):
        state.cancel()  # as the 取消 button does
        state.report(1, 10)
        reached.append("after cancel")

    run(qtbot, op(page, "导入", work).failure(failures.append), failures)
    assert isinstance(failures[0], Cancelled) and reached == []


def test_pages_showing_a_changed_area_refresh_and_others_do_not(qtbot):
    payroll_page, letters_page, starter = QWidget(), QWidget(), QWidget()
    for widget in (payroll_page, letters_page, starter):
        qtbot.addWidget(widget)
    refreshed = []
    refresh_on(payroll_page, [Area.PAYROLL], lambda: refreshed.append("payroll"))
    refresh_on(letters_page, [Area.LETTERS], lambda: refreshed.append("letters"))
    done = []

    operation = op(starter, "计算", lambda _s: None).changes(Area.PAYROLL).success(done.append)
    run(qtbot, operation, done)
    assert refreshed == ["payroll"]


def test_a_deleted_page_is_no_longer_refreshed(qtbot):
    starter = QWidget()
    qtbot.addWidget(starter)
    page = QWidget()
    refreshed = []
    refresh_on(page, [Area.RECEIVABLES], lambda: refreshed.append("page"))
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    done = []
    operation = op(starter, "导入", lambda _s: None).changes(Area.RECEIVABLES)
    run(qtbot, operation.success(done.append), done)
    assert refreshed == []


def test_a_lazy_page_refreshes_when_shown_or_when_next_shown(qtbot):
    from hrdesk.ui.operations import announce

    page = QWidget()
    qtbot.addWidget(page)
    refreshed = []
    refresh_on(page, [Area.PAYROLL], lambda: refreshed.append("report"), lazy=True)
    announce(Area.PAYROLL)  # 薪资 approved a month while 报表 was not shown
    assert refreshed == []
    page.show()
    assert refreshed == ["report"]
    page.show()  # shown again with nothing new: no second refresh
    announce(Area.PAYROLL)  # shown: at once
    assert refreshed == ["report", "report"]
