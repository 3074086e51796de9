"""run_in_background: long work off the UI thread, with a progress dialog and cancel."""

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """The user pressed 取消; the work stopped without writing."""


class Progress:
    """Handed to the work: report progress, and check whether the user cancelled."""

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


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, operation: Callable[[Progress], Any], signals: _Signals, progress):
        super().__init__()
        self.operation = operation
        self.signals = signals
        self.progress = progress

    def run(self) -> None:
        try:
            result = self.operation(self.progress)
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


def run_in_background(
    parent: QWidget,
    label: str,
    operation: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[Exception], None],
) -> Progress:
    """Start operation(progress) on the worker thread; the callbacks run on the UI thread."""
    dialog = QProgressDialog(label, parent.tr("取消"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    signals = _Signals()
    _RUNNING.add(signals)
    progress = Progress(signals.progress.emit)
    dialog.canceled.connect(progress.cancel)

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def finish(callback, value) -> None:
        dialog.canceled.disconnect(progress.cancel)
        dialog.reset()
        dialog.deleteLater()
        _RUNNING.discard(signals)
        signals.deleteLater()
        callback(value)

    signals.progress.connect(show_progress)
    signals.succeeded.connect(lambda result: finish(on_success, result))
    signals.failed.connect(lambda error: finish(on_error, error))
    _POOL.start(_Task(operation, signals, progress))
    return progress
