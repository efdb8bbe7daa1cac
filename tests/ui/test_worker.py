"""The background helper: work off the GUI thread, a progress dialog only for long work, cancel honoured."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from studyapp.errors import DocumentError
from studyapp.ui.worker import run_in_background


def test_quick_work_reports_its_result_without_showing_a_dialog(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    results, threads = [], []

    def job(progress, cancelled):
        threads.append(threading.get_ident())
        progress(1, 1)
        return 42

    task = run_in_background(parent, "Working…", job, on_done=results.append, on_error=results.append)
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    assert threads and threads[0] != threading.get_ident()
    assert not task.dialog_shown


def test_long_work_shows_progress_and_stops_when_cancelled(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    outcome: list[str] = []

    def job(progress, cancelled):
        for step in range(400):
            if cancelled():
                raise RuntimeError("stopped")  # what a cancelled import does (ImportCancelled)
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
