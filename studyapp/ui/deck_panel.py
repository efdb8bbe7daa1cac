"""The selected deck at a glance: today's cards, mastery, the exam outlook, and what to do next."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studyapp.services.library import DeckSummary, Library
from studyapp.ui.typography import heading
from studyapp.ui.widgets import plain_label


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


class DeckPanel(QFrame):
    """Emits ``set_aside_requested(deck id)`` to see the deck's suspended and buried cards."""

    set_aside_requested = Signal(str)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.deck_id: str | None = None
        self.setProperty("role", "panel")
        self.title = plain_label()  # the article's title: text, whatever it holds
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.today = plain_label()
        self.today.setWordWrap(True)
        self.progress = plain_label()
        self.progress.setProperty("role", "muted")
        self.progress.setWordWrap(True)
        self.exam = plain_label()
        self.exam.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(6)
        self.set_aside = QLabel()
        self.set_aside.setProperty("role", "muted")
        self.set_aside_button = QPushButton("Show them…")
        self.set_aside_button.setToolTip("See the suspended and buried cards and bring them back (Ctrl+Shift+U)")
        self.set_aside_button.clicked.connect(lambda: self.deck_id and self.set_aside_requested.emit(self.deck_id))
        self.set_aside_row = QWidget()
        row = QHBoxLayout(self.set_aside_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.set_aside)
        row.addWidget(self.set_aside_button)
        row.addStretch(1)
        for label in (self.title, self.today, self.progress, self.exam):
            layout.addWidget(label)
        layout.addWidget(self.set_aside_row)

    def show_deck(self, deck: DeckSummary | None, *, reading_first: bool = False) -> None:
        """``reading_first``: the deck is not started; reading it is the first step."""
        self.setVisible(deck is not None)
        self.deck_id = deck.id if deck is not None else None
        if deck is None:
            return
        self.title.setText(heading(deck.title))
        waiting = deck.new + deck.learning + deck.due
        if reading_first:
            self.today.setText(
                f"New here: read it section by section, then study each section's cards "
                f"({_plural(deck.total, 'card')} in all). Press Enter to start reading."
            )
        elif waiting:
            self.today.setText(
                f"Today: {_plural(deck.new, 'new card')}, {deck.learning} learning, "
                f"{deck.due} due for review. Press Enter to study."
            )
        else:
            self.today.setText("Nothing left for today. Come back tomorrow, or read on.")
        mastery = self.library.section_mastery(deck.id)
        average = sum(mastery.values()) / len(mastery) if mastery else 0.0
        self.progress.setText(
            f"{_plural(deck.total, 'card')} from {_plural(len(mastery), 'section')} · "
            f"average mastery {round(average * 100)}%"
        )
        self.exam.setVisible(deck.exam_date is not None)
        if deck.exam_date is not None:
            forecast = self.library.exam.forecast(deck.id)
            when = "today" if deck.days_to_exam == 0 else f"in {_plural(deck.days_to_exam or 0, 'day')}"
            text = f"Exam {when} ({deck.exam_date:%d %B %Y})."
            if forecast is not None:
                text += (
                    f" Predicted recall on the day: {round(forecast.overall * 100)}% "
                    f"(target {round(forecast.exam.target * 100)}%); about "
                    f"{_plural(forecast.reviews_per_day, 'review')} a day gets you there."
                )
            self.exam.setText(text)
        cards = self.library.set_aside.cards(deck.id)
        suspended = sum(1 for card in cards if card.suspended)
        self.set_aside_row.setVisible(bool(cards))
        self.set_aside.setText(f"Set aside: {suspended} suspended, {len(cards) - suspended} buried.")
