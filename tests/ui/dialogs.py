"""Answering the app's modal message boxes from a test, as a learner would click them."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


@dataclass
class Asked:
    """What the boxes said (title, text, informative text, button labels), in order."""

    boxes: list[dict] = field(default_factory=list)
    active: bool = True

    def stop(self) -> None:
        """No more boxes are expected: stop looking (a box opened later belongs to someone else)."""
        self.active = False

    @property
    def texts(self) -> list[str]:
        return [b["text"] for b in self.boxes]


def answer(click: list[str], asked: Asked | None = None, *, within: float = 20.0) -> Asked:
    """Click, in each message box that opens from now on, the button whose label starts with the next of
    ``click`` ("" clicks the box's escape or only button). Looking stops once every click is made, after
    :meth:`Asked.stop`, or after ``within`` seconds."""
    asked = asked if asked is not None else Asked()
    pending = list(click)
    deadline = time.monotonic() + within

    def look() -> None:
        if not asked.active or time.monotonic() > deadline:
            return
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(20, look)
            return
        labels = [b.text().replace("&", "") for b in box.buttons()]
        asked.boxes.append(
            {"title": box.windowTitle(), "text": box.text(), "info": box.informativeText(), "buttons": labels}
        )
        wanted = pending.pop(0) if pending else ""
        chosen = next((b for b in box.buttons() if wanted and b.text().replace("&", "").startswith(wanted)), None)
        if chosen is None:
            chosen = box.escapeButton() or box.buttons()[-1]
        chosen.click()
        if pending:
            QTimer.singleShot(20, look)
        else:
            asked.stop()

    QTimer.singleShot(0, look)
    return asked
