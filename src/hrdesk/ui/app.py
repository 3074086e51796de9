"""Starting the window: application, language, error dialog, database, sign-in, screenshot."""

import gc
import logging
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QLockFile, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hrdesk import APP_NAME, clock, messages
from hrdesk.logs import log_file
from hrdesk.services import attention
from hrdesk.services import database as workspace
from hrdesk.services.auth import LoginResult
from hrdesk.services.sign_in_ahead import Ahead
from hrdesk.ui.dialogs.login import demo_actor, environment_sign_in, sign_in_dialog
from hrdesk.ui.i18n import chosen_language, install_translator, use_language_this_run
from hrdesk.ui.main_window import MainWindow
from hrdesk.ui.pages import PAGE_NAMES
from hrdesk.ui.resources import resource_path

log = logging.getLogger(__name__)


def show_unexpected_error(exc_type, exc_value, exc_traceback) -> None:
    """Log the traceback, tell the user in Chinese where it is, and keep running."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc_value, exc_traceback)
        return
    log.error(
        "未处理的异常\n%s", "".join(traceback.format_exception(exc_type, exc_value, exc_traceback))
    )
    QMessageBox.critical(
        QApplication.activeWindow(),
        QApplication.translate("App", "出错了"),
        QApplication.translate(
            "App",
            "hrdesk 遇到一个意外错误，刚才的操作可能没有完成，已保存的数据不受影响。\n\n"
            "错误：{0}\n详细信息已写入日志：{1}",
        ).format(exc_value, log_file()),
    )


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def log_qt_message(kind: QtMsgType, _context, message: str) -> None:
    """Qt's own warnings go to the log file, not to the clerk's console."""
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), message)


def make_application(language: str | None = None) -> QApplication:
    use_language_this_run(language)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(QIcon(str(resource_path("icons/hrdesk.png"))))
    install_translator(app, chosen_language())
    messages.use_language(chosen_language())  # a service's refusal in the window's language
    sys.excepthook = show_unexpected_error
    qInstallMessageHandler(log_qt_message)
    return app


def make_demo_database(folder: Path) -> Path:
    """A fresh demo database in FOLDER, for `hrdesk --demo`."""
    from hrdesk.services import demo

    path = folder / "hrdesk-demo.db"
    database = workspace.open_workspace(path)
    try:
        with database.sessions.begin() as session:
            demo.build(session, None, demo.DemoSize(), clock.today())
    finally:
        database.close()
    return path


def save_screenshot(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        log.error("截图保存失败：%s", path)
    QApplication.exit(0)


def run_app(args, ahead: Ahead) -> int:
    """The window on the database ARGS name, with what start-up began AHEAD of it."""
    app = make_application(args.lang)
    if args.page and args.page not in PAGE_NAMES:
        print(
            f"错误：没有名为 {args.page} 的页面（可用：{', '.join(PAGE_NAMES)}）", file=sys.stderr
        )
        return 2
    if not args.demo:
        return _open_and_run(app, args, lambda: workspace.database_target(args.db), ahead)
    # The demo lives in a temporary folder removed when the window closes, after a failure too.
    with tempfile.TemporaryDirectory(prefix="hrdesk-demo-", ignore_cleanup_errors=True) as folder:
        return _open_and_run(app, args, lambda: make_demo_database(Path(folder)), ahead)


def _open_and_run(app: QApplication, args, target: Callable[[], Path | str], ahead: Ahead) -> int:
    """Open the database TARGET() names, run the window on it, and close it at the end."""
    try:
        database = workspace.open_workspace(target())
    except workspace.StorageError as exc:
        log.warning("无法打开数据库：%s", exc)
        if args.screenshot is None:
            QMessageBox.critical(None, app.translate("App", "无法打开数据库"), str(exc))
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    try:
        return _sign_in_and_run(app, args, database, ahead)
    finally:
        database.close()


def _sign_in_and_run(app: QApplication, args, database: workspace.Database, ahead: Ahead) -> int:
    if args.demo:
        actor = demo_actor(database)  # the demo database this very process has just built
    else:
        signed = _environment_sign_in_meanwhile(database, ahead)
        if signed is not None and signed.actor is None:
            print(f"登录失败：{signed.message}", file=sys.stderr)
            if args.screenshot is None:
                QMessageBox.critical(None, app.translate("App", "登录失败"), signed.message)
            return 1
        actor = signed.actor if signed else None
    if actor is None:
        dialog = sign_in_dialog(database)
        if args.screenshot is not None:
            # Nobody can type a password into a screenshot run: show the dialog it would ask.
            dialog.show()
            QTimer.singleShot(0, lambda: save_screenshot(dialog, args.screenshot))
            return app.exec()
        # what 首页 needs loads on a thread while the password is typed (the dialog is idle)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="prepare-home") as pool:
            preparing = pool.submit(prepare_home, ahead)
            accepted = dialog.exec()
            preparing.result()
        if not accepted:
            return 0
        actor = dialog.actor
    return _run_window(app, args, MainWindow(database, actor))


def _environment_sign_in_meanwhile(
    database: workspace.Database, ahead: Ahead
) -> LoginResult | None:
    """HRDESK_USER and HRDESK_PASSWORD checked on a thread (the password hash takes a tenth
    of a second or more, out of the GIL) while what 首页 needs is prepared here. Without them
    the sign-in dialog comes first, as soon as it can, and 首页 is prepared while it waits."""
    if not os.environ.get("HRDESK_USER"):
        return None
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sign-in") as pool:
        signing = pool.submit(environment_sign_in, database, ahead)
        prepare_home(ahead)
        return signing.result()


def prepare_home(ahead: Ahead) -> None:
    """What 首页 needs before it can be drawn and nobody is waiting for yet: its attention
    sources, and the credential store found (a demo's 首页 asks it; a real database's
    window asks it just after, whether this computer has the key)."""
    attention.load_sources()
    ahead.key_store_found()


def start_collecting() -> None:
    """Once the window is drawn, the cyclic collector the command paused for start-up comes
    back; what start-up made lives as long as the window, so it is set aside (gc.freeze)
    and the collector walks only what comes after."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _run_window(app: QApplication, args, window: MainWindow) -> int:
    if args.size is not None:
        window.resize(*args.size)
    if args.page and not window.show_page(args.page):
        print(f"提示：当前用户无权查看页面 {args.page}", file=sys.stderr)
    window.show()
    QTimer.singleShot(0, start_collecting)
    if args.screenshot is not None:
        QTimer.singleShot(0, lambda: save_screenshot(window, args.screenshot))
        return app.exec()
    lock = claim_database(window.database)
    if lock is None:
        QMessageBox.information(
            window, app.translate("App", "另一个窗口"), shared_database_note(app)
        )
    QTimer.singleShot(0, window.warn_if_key_missing)
    QTimer.singleShot(0, window.take_daily_backup)
    QTimer.singleShot(0, window.remove_overdue_candidates)
    try:
        return app.exec()
    finally:
        if lock is not None:
            lock.unlock()  # before a --demo folder is removed
        window.database.close()


def claim_database(database) -> QLockFile | None:
    """A lock beside the database file while this window has it open; None when another
    hrdesk window (this PC or another on a shared folder) holds it already."""
    if database.path is None:
        return QLockFile("")  # a server database: PostgreSQL handles many users itself
    lock = QLockFile(str(database.path) + ".lock")
    lock.setStaleLockTime(0)  # a lock left by a crashed window is taken over
    return lock if lock.tryLock(100) else None


def shared_database_note(app) -> str:
    return app.translate(
        "App",
        "此数据库已在另一个 hrdesk 窗口中打开。两个窗口可以同时查看和录入；同时保存时，"
        "后保存的一方会等待，等待超时会提示稍后再试，不会损坏数据。请避免两人同时计算或审核同一个月的工资。",
    )
