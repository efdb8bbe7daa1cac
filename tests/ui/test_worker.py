"""The background helper: work off the GUI thread, a progress dialog only for long work, cancel honoured."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from studyapp.errors import Cancelled, DocumentError
from studyapp.ui.worker import SHOW_AFTER_MS, BackgroundTask, run_in_background


def test_quick_work_reports_its_result_without_showing_a_dialog(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    results, threads = [], []

    def job(progress, cancelled):
        threads.append(threading.get_ident())
        progress(1, 1)
        return 42

    # Quick means done before the dialog's delay. The delay is long here so that a loaded machine, slow to deliver
    # the result, cannot turn quick work into slow work; the default is the half second of the design.
    assert BackgroundTask.__init__.__kwdefaults__["show_after_ms"] == SHOW_AFTER_MS == 500
    task = run_in_background(
        parent, "Working…", job, on_done=results.append, on_error=results.append, show_after_ms=30_000
    )
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    assert threads and threads[0] != threading.get_ident()
    assert not task.dialog_shown
    assert not task._show_timer.isActive()  # and it never shows later: the result stopped its timer


def test_long_work_shows_progress_and_stops_when_cancelled(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    outcome: list[str] = []

    def job(progress, cancelled):
        for step in range(400):
            if cancelled():
                raise Cancelled("stopped")  # what a cancelled import does (ImportCancelled)
            progress(step, 400)
            time.sleep(0.01)
        return "finished"

    task = run_in_background(
        parent,
        "Working…",
        job,
        on_done=outcome.append,
        on_error=outcome.append,
        on_cancel=lambda: outcome.append("cancelled"),
    )
    qtbot.waitUntil(lambda: task.dialog_shown, timeout=3000)
    assert task.dialog.isVisible()
    qtbot.waitUntil(lambda: task.dialog.value() > 0, timeout=3000)
    cancel_button = task.dialog.findChild(QPushButton)
    assert cancel_button.text() == "Cancel"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=5000)


def test_errors_come_back_as_plain_sentences(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    messages: list[str] = []

    def job(progress, cancelled):
        raise DocumentError("The file is empty.")

    run_in_background(parent, "Working…", job, on_done=messages.append, on_error=messages.append)
    qtbot.waitUntil(lambda: messages == ["The file is empty."], timeout=5000)


def test_a_failure_after_cancel_is_told_as_the_failure_it_is(qtbot, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    outcome: list[str] = []
    pressed = threading.Event()

    def job(progress, cancelled):
        pressed.wait(5)
        assert cancelled()
        (tmp_path / "missing" / "deck.apkg").write_bytes(b"")  # the disk fails while the job winds down

    task = run_in_background(
        parent,
        "Working…",
        job,
        on_done=outcome.append,
        on_error=outcome.append,
        on_cancel=lambda: outcome.append("cancelled"),
        show_after_ms=0,
    )
    qtbot.waitUntil(lambda: task.dialog_shown, timeout=3000)
    qtbot.mouseClick(task.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    pressed.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == [f"No such file or directory: {tmp_path / 'missing' / 'deck.apkg'}"]
