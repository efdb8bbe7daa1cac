"""Working a modal dialog the app opens (an editor, a reject dialog), as a learner would, from a test."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def when_shown(kind: type[QDialog], act, *, within: float = 10.0) -> list[QDialog]:
    """Run ``act(dialog)`` on the next modal dialog of ``kind`` to open; returns the list it is put in."""
    seen: list[QDialog] = []
    deadline = time.monotonic() + within

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            seen.append(dialog)
            act(dialog)
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    return seen
