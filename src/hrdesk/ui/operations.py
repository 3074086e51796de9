"""op(): the one way a screen runs long work — off the UI thread, with progress and cancel,
errors shown one way, and every page showing what the work changed refreshed.

    op(self, self.tr("计算工资"), work).with_progress(self.tr("正在计算…")) \\
        .changes(Area.PAYROLL).success(self._calculated).run_in_background()

`work(state)` runs on the worker thread with its own session; it reports progress with
`state.report(done, total)`, which raises Cancelled once the user pressed 取消.
"""

import enum
import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from hrdesk.ui.widgets.forms import USER_ERRORS, user_message

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """The user pressed 取消; the work stopped without writing."""


class Area(enum.StrEnum):
    """What an operation may change; pages that show an area refresh when it changed."""

    EMPLOYEES = "employees"
    CONTRACTS = "contracts"
    PAYROLL = "payroll"
    RECEIVABLES = "receivables"
    LETTERS = "letters"
    ATTENDANCE = "attendance"
    LEAVE = "leave"
    PEOPLE = "people"
    SETTINGS = "settings"
    USERS = "users"


class TaskState:
    """Handed to the work: report progress, and learn whether the user cancelled."""

    def __init__(self, emit: Callable[[int, int], None]):
        self._emit = emit
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def report(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled
        self._emit(done, total)


class _Changes(QObject):
    changed = Signal(object)  # a frozenset of Area


_CHANGES = _Changes()


class _Listener(QObject):
    """Lives as the page's child, so the connection ends when the page is deleted."""

    def __init__(
        self, page: QWidget, areas: frozenset[Area], refresh: Callable[[], None], lazy: bool
    ):
        super().__init__(page)
        self.page, self.areas, self.refresh, self.lazy = page, areas, refresh, lazy
        self.stale = False
        _CHANGES.changed.connect(self.on_changed)
        if lazy:
            page.installEventFilter(self)

    def on_changed(self, changed: frozenset[Area]) -> None:
        if not changed & self.areas:
            return
        if self.lazy and not self.page.isVisible():
            self.stale = True  # refreshed when next shown
        else:
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.refresh()
        return False


def refresh_on(
    page: QWidget, areas: Iterable[Area], refresh: Callable[[], None], lazy: bool = False
) -> None:
    """Call page's refresh whenever an operation says it changed one of these areas; a lazy
    page (an expensive refresh: 首页, 报表) only when shown, else when it is next shown."""
    _Listener(page, frozenset(areas), refresh, lazy)


def announce(*areas: Area) -> None:
    """Say that work done outside op() (a dialog's save) changed these areas."""
    _CHANGES.changed.emit(frozenset(areas))


def show_error(parent: QWidget, title: str, error: Exception) -> None:
    """A refusal as a warning, anything else as an error pointing at the log; a cancel silently."""
    if isinstance(error, Cancelled):
        return
    if isinstance(error, USER_ERRORS):
        QMessageBox.warning(parent, title, user_message(error))
        return
    QMessageBox.critical(
        parent,
        title,
        QCoreApplication.translate("op", "{0}\n\n详情已写入日志（帮助 → 打开日志文件夹）。").format(
            error
        ),
    )


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[TaskState], Any], signals: _Signals, state: TaskState):
        super().__init__()
        self.work, self.signals, self.state = work, signals, state

    def run(self) -> None:
        try:
            result = self.work(self.state)
        except Exception as exc:  # handed to the UI thread, which shows it
            if not isinstance(exc, Cancelled):
                log.exception("后台任务失败")
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


# Database work stays on one worker thread: SQLite writes are serialised anyway.
_POOL = QThreadPool()
_POOL.setMaxThreadCount(1)
# Signal carriers of running work, kept alive here (not by a widget) until their result is handled.
_RUNNING: set[_Signals] = set()


class Op:
    """A piece of long work a screen starts; built by op(), started by run_in_background()."""

    def __init__(self, parent: QWidget, title: str, work: Callable[[TaskState], Any]):
        self.parent, self.title, self.work = parent, title, work
        self._on_success: Callable[[Any], None] = lambda _result: None
        self._on_failure: Callable[[Exception], None] = lambda e: show_error(parent, title, e)
        self._label: str | None = None
        self._changes: frozenset[Area] = frozenset()

    def success(self, callback: Callable[[Any], None]) -> "Op":
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[Exception], None]) -> "Op":
        """Instead of the standard message box; the callback also gets Cancelled."""
        self._on_failure = callback
        return self

    def with_progress(self, label: str) -> "Op":
        """A progress dialog with 取消, shown when the work takes more than a moment."""
        self._label = label
        return self

    def changes(self, *areas: Area) -> "Op":
        """Pages showing these areas refresh once the work is done, whether it succeeded or not."""
        self._changes = frozenset(areas)
        return self

    def run_in_background(self) -> TaskState:
        signals = _Signals()
        _RUNNING.add(signals)
        state = TaskState(signals.progress.emit)
        dialog = self._progress_dialog(state, signals)

        def finish(callback, value) -> None:
            if dialog is not None:
                dialog.canceled.disconnect(state.cancel)
                dialog.reset()
                dialog.deleteLater()
            _RUNNING.discard(signals)
            signals.deleteLater()
            if self._changes:
                announce(*self._changes)
            callback(value)

        signals.succeeded.connect(lambda result: finish(self._on_success, result))
        signals.failed.connect(lambda error: finish(self._on_failure, error))
        _POOL.start(_Task(self.work, signals, state))
        return state

    def _progress_dialog(self, state: TaskState, signals: _Signals) -> QProgressDialog | None:
        if self._label is None:
            return None
        dialog = QProgressDialog(
            self._label, QCoreApplication.translate("op", "取消"), 0, 0, self.parent
        )
        dialog.setWindowTitle(self.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(state.cancel)

        def show_progress(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)

        signals.progress.connect(show_progress)
        return dialog


def op(parent: QWidget, title: str, work: Callable[[TaskState], Any]) -> Op:
    """Long work for a screen: chain .with_progress/.changes/.success/.failure, then run."""
    return Op(parent, title, work)
