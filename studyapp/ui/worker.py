"""Long work off the GUI thread: one helper that runs a function in the QThreadPool with a progress dialog.

The function receives ``progress(done, total)`` and ``cancelled() -> bool``; the dialog appears only when the
work lasts longer than about half a second, and its Cancel button sets the flag the function polls.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from studyapp.errors import Cancelled, StudyappError

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]
Job = Callable[[ProgressFn, CancelledFn], Any]

SHOW_AFTER_MS = 500

log = logging.getLogger(__name__)


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, job: Job, signals: _Signals, stop: threading.Event) -> None:
        super().__init__()
        self.job, self.signals, self.stop = job, signals, stop

    def run(self) -> None:
        try:
            result = self.job(lambda done, total: self.signals.progress.emit(done, total), self.stop.is_set)
        except Cancelled:  # the job gave up because it was asked to (ImportCancelled, ExportCancelled...)
            self.signals.cancelled.emit()
        except Exception as error:  # a failure, even one after Cancel was pressed, is told as what it is
            log.error("Background work failed", exc_info=error)
            self.signals.failed.emit(plain_message(error))
        else:
            if self.stop.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.done.emit(result)


def plain_message(error: BaseException) -> str:
    """A sentence for the user: the message of our errors, the file problem of an OSError, else a short note."""
    if isinstance(error, StudyappError):
        return str(error)
    if isinstance(error, OSError):
        return f"{error.strerror or error}: {error.filename or ''}".rstrip(": ")
    return f"Something went wrong ({type(error).__name__}: {error})."  # a bug: still in words, no traceback


class BackgroundTask(QObject):
    """A running job; keep a reference until ``finished`` fires (``run_in_background`` does it for you)."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget,
        label: str,
        job: Job,
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
        on_cancel: Callable[[], None] | None = None,
        cancellable: bool = True,
        show_after_ms: int = SHOW_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._on_done, self._on_error, self._on_cancel = on_done, on_error, on_cancel
        self.dialog = QProgressDialog(label, "Cancel", 0, 0, parent)
        self.dialog.setWindowTitle("Please wait")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(380)
        if cancellable:
            self.dialog.canceled.connect(self.cancel)
        else:
            self.dialog.setCancelButton(None)
        self.dialog.hide()
        self._show_timer = QTimer(self, singleShot=True, interval=show_after_ms)
        self._show_timer.timeout.connect(self._show_dialog)
        self.dialog_shown = False
        self.signals = _Signals()
        self.signals.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self.signals.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.signals.cancelled.connect(self._cancelled, Qt.ConnectionType.QueuedConnection)
        self._runnable = _Runnable(job, self.signals, self._stop)
        self._runnable.setAutoDelete(False)

    def start(self) -> None:
        self._show_timer.start()
        QThreadPool.globalInstance().start(self._runnable)

    def _show_dialog(self) -> None:
        self.dialog_shown = True
        self.dialog.show()

    def cancel(self) -> None:
        self._stop.set()
        self.dialog.setLabelText("Cancelling…")

    def _progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)

    def _close(self) -> None:
        self._show_timer.stop()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.finished.emit()

    def _done(self, result: object) -> None:
        self._close()
        self._on_done(result)

    def _failed(self, message: str) -> None:
        self._close()
        self._on_error(message)

    def _cancelled(self) -> None:
        self._close()
        if self._on_cancel:
            self._on_cancel()


_running: set[BackgroundTask] = set()


def run_in_background(
    parent: QWidget,
    label: str,
    job: Job,
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None],
    on_cancel: Callable[[], None] | None = None,
    cancellable: bool = True,
    show_after_ms: int = SHOW_AFTER_MS,
) -> BackgroundTask:
    """Run ``job(progress, cancelled)`` in the thread pool; callbacks run on the GUI thread.

    ``cancellable`` False hides the Cancel button (for work that cannot stop half-way). The job is cancelled
    when it raises :class:`~studyapp.errors.Cancelled`; any other exception is a failure, Cancel pressed or not.
    """
    task = BackgroundTask(
        parent,
        label,
        job,
        on_done=on_done,
        on_error=on_error,
        on_cancel=on_cancel,
        cancellable=cancellable,
        show_after_ms=show_after_ms,
    )
    _running.add(task)
    task.finished.connect(lambda: _running.discard(task))
    task.start()
    return task
