"""The buttons under a card: "Show answer" on the question, then the four ratings with their next intervals."""

from __future__ import annotations

from datetime import timedelta

from fsrs import Rating
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QWidget

from studyapp.ui.review_format import interval_text

RATINGS = ((Rating.Again, "Again"), (Rating.Hard, "Hard"), (Rating.Good, "Good"), (Rating.Easy, "Easy"))


def _centred(*widgets: QWidget) -> QWidget:
    page = QWidget()
    row = QHBoxLayout(page)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(10)
    row.addStretch(1)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return page


class RatingBar(QStackedWidget):
    """Emits ``show_requested``, ``dont_know_requested`` and ``rated(Rating)``; no button takes the keyboard
    focus (the screen keeps it)."""

    show_requested = Signal()
    dont_know_requested = Signal()
    rated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_button = QPushButton("Show answer")
        self.show_button.setProperty("role", "primary")
        self.show_button.setToolTip("Space or Enter")
        self.show_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.show_button.setMinimumWidth(220)
        self.show_button.clicked.connect(self.show_requested.emit)
        self.dont_know_button = QPushButton("I don't know")
        self.dont_know_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.dont_know_button.setMinimumWidth(160)
        self.dont_know_button.clicked.connect(self.dont_know_requested.emit)
        self.rating_buttons: dict[Rating, QPushButton] = {}
        for number, (rating, name) in enumerate(RATINGS, 1):
            button = QPushButton(name)
            button.setProperty("role", "rating")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(f"{name} (key {number})")
            button.clicked.connect(lambda _checked=False, r=rating: self.rated.emit(r))
            self.rating_buttons[rating] = button
        self.addWidget(_centred(self.dont_know_button, self.show_button))
        self.addWidget(_centred(*self.rating_buttons.values()))
        self.setFixedHeight(64)

    def ask(self, label: str | None, *, dont_know: str | None = None) -> None:
        """The question side: a button to reveal (or check) the answer unless ``label`` is None, and "I don't
        know" with the tooltip ``dont_know`` (choice and order cards)."""
        self.show_button.setVisible(label is not None)
        if label is not None:
            self.show_button.setText(label)
        self.dont_know_button.setVisible(dont_know is not None)
        if dont_know is not None:
            self.dont_know_button.setToolTip(dont_know)
        self.setCurrentIndex(0)

    def offer(self, intervals: dict[Rating, timedelta], suggested: Rating | None) -> None:
        """The answer side: each rating with the time until the card comes back, the suggestion highlighted."""
        for rating, name in RATINGS:
            button = self.rating_buttons[rating]
            button.setText(f"{name}\n{interval_text(intervals[rating])}")
            if button.property("suggested") != (rating == suggested):
                button.setProperty("suggested", rating == suggested)
                button.style().unpolish(button)
                button.style().polish(button)
        self.setCurrentIndex(1)
