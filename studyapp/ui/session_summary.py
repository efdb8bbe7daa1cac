"""The end of a review session: what was done, and where to go next."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studyapp.core.session import Summary
from studyapp.ui.review_format import duration_text


class SessionSummary(QWidget):
    """Emits ``back_requested`` (to the library) or ``whole_deck_requested`` (after a section's session)."""

    back_requested = Signal()
    whole_deck_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back_button = QPushButton("Back to the library")
        self.back_button.setProperty("role", "primary")
        self.back_button.clicked.connect(self.back_requested.emit)
        self.whole_deck_button = QPushButton("Study the whole deck")
        self.whole_deck_button.clicked.connect(self.whole_deck_requested.emit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.whole_deck_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def show_summary(
        self, summary: Summary, *, section_scoped: bool, learning_back_in: timedelta | None = None
    ) -> None:
        """Show what the session did; ``learning_back_in``: when the next card being learned comes back."""
        later = (
            "<p>Come back when more cards are due; the library shows how many.</p>"
            if learning_back_in is None
            else f"<p>A card you are learning comes back in <b>{_wait_text(learning_back_in)}</b>: "
            "study again then to fix it in memory.</p>"
        )
        if summary.answered:
            self.title.setText("Well done — that's all for now")
            self.text.setText(
                f"<p>You answered <b>{summary.answered}</b> card{'s' if summary.answered != 1 else ''} in "
                f"{duration_text(summary.seconds)}.</p>"
                f"<p>Again {summary.again} · Hard {summary.hard} · Good {summary.good} · Easy {summary.easy}</p>"
                + later
            )
        else:
            self.title.setText("Nothing to study right now")
            self.text.setText(
                "<p>No cards are due here today. New cards arrive each day within the deck's "
                "daily limit.</p>" + ("" if learning_back_in is None else later)
            )
        self.whole_deck_button.setVisible(section_scoped)


def _wait_text(delay: timedelta) -> str:
    """A wait rounded up to what matters: "1 min", "45 min", "2 h", "1 h 30 min", "3 days"."""
    minutes = max(1, -(-int(delay.total_seconds()) // 60))
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 24 * 60:
        hours, rest = divmod(minutes, 60)
        rest = rest // 5 * 5
        return f"{hours} h {rest} min" if rest else f"{hours} h"
    days = round(minutes / (24 * 60))
    return f"{days} day{'s' if days != 1 else ''}"
