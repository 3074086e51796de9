"""The main window as the clerk meets it: pages, roles, 首页 links, menus, errors."""

import logging

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from hrdesk.domain.roles import Role
from hrdesk.logs import log_file, setup_logging
from hrdesk.services.actor import Actor
from hrdesk.services.auth import demo_administrator
from hrdesk.ui.app import show_unexpected_error
from hrdesk.ui.main_window import MainWindow
from hrdesk.ui.pages import PAGES
from hrdesk.ui.screens.home import HomePage
from tests.conftest import DEMO_DAY


@pytest.fixture
def admin(demo_database):
    with demo_database.sessions.begin() as session:
        return demo_administrator(session)


def open_window(qtbot, database, actor):
    window = MainWindow(database, actor)
    qtbot.addWidget(window)
    window.show()
    return window


def texts(widget):
    return " ".join(label.text() for label in widget.findChildren(QLabel))


def navigation(window):
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def test_administrator_sees_every_page_in_chinese(qtbot, demo_database, admin):
    window = open_window(qtbot, demo_database, admin)
    assert navigation(window) == [
        "首页",
        "员工",
        "合同",
        "薪资",
        "考勤",
        "休假",
        "应收账款",
        "对账函",
        "离职交接",
        "报表",
        "招聘",
        "绩效",
        "导入导出",
        "用户",
        "设置",
    ]
    assert "演示数据" in window.windowTitle()
    assert "演示管理员" in window.status_user.text()
    assert demo_database.location in window.status_database.text()
    assert "hrdesk:hrdesk@" not in window.status_database.text()
    home = window.stack.currentWidget()
    assert isinstance(home, HomePage)
    assert "在职员工" in texts(home) and "30 家" in texts(home)


def test_every_page_opens(qtbot, demo_database, admin):
    window = open_window(qtbot, demo_database, admin)
    for page in PAGES:
        assert window.show_page(page.name)
        assert window.current_page() == page.name
        assert window.stack.currentWidget() is window.page_widget(page.name)


def test_sales_manager_never_sees_wages_or_employees(qtbot, demo_database):
    manager = Actor("李经理", Role.SALES_MANAGER, 99)
    window = open_window(qtbot, demo_database, manager)
    assert navigation(window) == ["首页", "应收账款", "对账函", "离职交接", "报表", "设置"]
    assert not window.show_page("payroll")
    home = window.stack.currentWidget()
    assert "在职员工" not in texts(home)  # head count is HR's business
    window.show_page("settings")
    buttons = window.stack.currentWidget().findChildren(QPushButton)
    assert "新增用户…" not in [button.text() for button in buttons]


def test_home_item_opens_its_page(qtbot, database, sqlite_only):
    clerk = Actor("人事小王", Role.HR, 1)
    window = open_window(qtbot, database, clerk)
    home = window.stack.currentWidget()
    home.refresh(DEMO_DAY)
    item = home.items.item(0)
    assert item.text().startswith("从未备份数据")
    home.items.itemClicked.emit(item)
    assert window.current_page() == "settings"


def test_window_geometry_is_remembered(qtbot, demo_database, admin):
    window = open_window(qtbot, demo_database, admin)
    window.resize(700, 500)
    window.close()
    again = MainWindow(demo_database, admin)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)


def test_unexpected_error_is_shown_in_chinese_and_logged(qtbot, monkeypatch):
    setup_logging()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args))
    try:
        raise RuntimeError("模拟的故障")
    except RuntimeError as exc:
        show_unexpected_error(type(exc), exc, exc.__traceback__)
    title, message = shown[0][1], shown[0][2]
    assert title == "出错了"
    assert "模拟的故障" in message and str(log_file()) in message
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "RuntimeError: 模拟的故障" in log_file().read_text(encoding="utf-8")


def test_backup_from_the_menu_runs_in_the_background(
    qtbot, demo_database, admin, tmp_path, monkeypatch, sqlite_only
):
    window = open_window(qtbot, demo_database, admin)
    target = tmp_path / "menu-backup.db"
    monkeypatch.setattr(
        "hrdesk.ui.main_window.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    done = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: done.append(args[2]))
    window.backup()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert target.exists() and str(target) in done[0]


def test_restore_from_the_menu_replaces_the_data(
    qtbot, demo_database, admin, tmp_path, monkeypatch, sqlite_only
):
    from hrdesk.services import database as workspace

    backup = tmp_path / "before.db"
    workspace.backup(demo_database, backup, admin)
    window = open_window(qtbot, demo_database, admin)
    with window.database.sessions.begin() as session:
        from hrdesk.services import settings

        settings.put(session, admin, "company_name", "改过的名字")
    signed_in = []  # the restored file is signed in again: whoever it says may use it
    monkeypatch.setattr(
        "hrdesk.ui.main_window.sign_in", lambda database, parent: signed_in.append(1) or admin
    )
    assert window.restore_from(backup, confirm=False)
    assert signed_in == [1]
    with window.database.sessions() as session:
        from hrdesk.services import settings

        assert settings.get(session, "company_name") == "华东恒达贸易有限公司（演示）"
    assert "改过的名字" not in window.windowTitle()


def test_server_database_points_to_its_own_backup_tools(qtbot, demo_database, admin, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    monkeypatch.setattr(demo_database, "path", None)
    window = open_window(qtbot, demo_database, admin)
    window.backup()
    assert not window.restore_from(demo_database.location)
    assert len(told) == 2 and "pg_dump" in told[0]


def test_a_second_window_on_the_same_database_is_told(qtbot, database, sqlite_only):
    from hrdesk.ui.app import claim_database

    first = claim_database(database)
    assert first is not None
    assert claim_database(database) is None  # the second window: it says so
    first.unlock()
    assert claim_database(database) is not None


def test_the_window_takes_the_days_backup_once(qtbot, database, sqlite_only):
    from hrdesk.services import database as workspace
    from hrdesk.services.actor import command_line_actor

    window = open_window(qtbot, database, command_line_actor())
    window.take_daily_backup()
    qtbot.waitUntil(lambda: "已自动备份" in window.statusBar().currentMessage(), timeout=10_000)
    assert len(list(workspace.automatic_backups(database).glob("hrdesk-auto-*.db"))) == 1


def test_home_reloads_off_the_ui_thread_after_a_change(qtbot, demo_database, admin, monkeypatch):
    """Ten years of data take seconds to sum up: a change elsewhere must not freeze the
    window while 首页 reloads, and the reloaded figures are shown when they are ready."""
    import threading

    from sqlalchemy import select

    from hrdesk.domain.employees import EmployeeStatus
    from hrdesk.storage.models import Employee
    from hrdesk.ui.operations import Area, announce

    window = open_window(qtbot, demo_database, admin)
    home = window.stack.currentWidget()
    assert "在职员工 36 人" in texts(home)
    threads = []
    load = HomePage._load

    def noting_the_thread(page, today):
        threads.append(threading.current_thread())
        return load(page, today)

    monkeypatch.setattr(HomePage, "_load", noting_the_thread)
    with demo_database.sessions.begin() as session:
        employed = select(Employee).where(Employee.status != EmployeeStatus.LEFT)
        for employee in session.scalars(employed.order_by(Employee.id).limit(3)):
            employee.status = EmployeeStatus.LEFT  # behind the window's back
    announce(Area.EMPLOYEES)
    qtbot.waitUntil(lambda: "在职员工 33 人" in texts(home))
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
