"""An error nobody caught reaches the learner in words and the log in full, never as a bare traceback."""

from __future__ import annotations

import sqlite3
import sys

from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from studyapp.ui import unexpected_errors


def test_an_error_in_a_slot_is_logged_and_told_in_words(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    unexpected_errors.install(tmp_path)
    button = QPushButton("break")
    qtbot.addWidget(button)

    def broken() -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    button.clicked.connect(broken)
    button.click()

    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1
    text = boxes[0].text()
    assert "Every answer given before this is saved" in text and "Traceback" not in text
    assert str(tmp_path / unexpected_errors.LOG_NAME) in text
    log = (tmp_path / unexpected_errors.LOG_NAME).read_text(encoding="utf-8")
    assert "Traceback" in log and "database disk image is malformed" in log
    boxes[0].close()
