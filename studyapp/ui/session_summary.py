"""The end of a review session: what was done, and the next step (read on, study more, the statistics)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from studyapp.core.session import Summary
from studyapp.services.reading import SectionRef
from studyapp.ui.review_format import duration_text
from studyapp.ui.typography import heading

STEP_WIDTH = 340  # px: the next-step buttons, one under the other


@dataclass(frozen=True)
class NextSteps:
    """What can follow a session: the next section to read, more new cards (how many), the whole deck
    after a section's session."""

    read_next: SectionRef | None = None
    more_new: int = 0
    whole_deck: bool = False
    back_to: str = "the library"  # where Esc and the last button go


class SessionSummary(QWidget):
    """Emits the step chosen: ``read_requested(section id)``, ``more_requested``, ``whole_deck_requested``,
    ``statistics_requested`` or ``back_requested``. The first step offered has the keyboard focus."""

    back_requested = Signal()
    whole_deck_requested = Signal()
    more_requested = Signal()
    read_requested = Signal(str)
    statistics_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._read_next: SectionRef | None = None
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.RichText)  # numbers and fixed words only
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.read_button = QPushButton()
        self.read_button.clicked.connect(lambda: self._read_next and self.read_requested.emit(self._read_next.id))
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self.more_requested.emit)
        self.whole_deck_button = QPushButton("Study the whole deck")
        self.whole_deck_button.clicked.connect(self.whole_deck_requested.emit)
        self.statistics_button = QPushButton("See the statistics")
        self.statistics_button.clicked.connect(self.statistics_requested.emit)
        self.back_button = QPushButton("Back to the library")
        self.back_button.setToolTip("Esc")
        self.back_button.clicked.connect(self.back_requested.emit)
        self.steps = (
            self.read_button,
            self.more_button,
            self.whole_deck_button,
            self.statistics_button,
            self.back_button,
        )
        column = QVBoxLayout()
        column.setSpacing(8)
        for button in self.steps:
            button.setAutoDefault(True)  # Enter presses the button with the focus
            button.setFixedWidth(STEP_WIDTH)
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addSpacing(12)
        layout.addLayout(column)
        layout.addStretch(2)

    def show_summary(
        self, summary: Summary, *, learning_back_in: timedelta | None = None, steps: NextSteps = NextSteps()
    ) -> None:
        """Show what the session did and the steps that can follow; ``learning_back_in``: when the next card
        being learned comes back."""
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
        self._read_next = steps.read_next
        self.read_button.setVisible(steps.read_next is not None)
        if steps.read_next is not None:
            text = f"Read next: {heading(steps.read_next.title)}"  # a button's text is plain
            bold = QFont(self.read_button.font())
            bold.setBold(True)  # as the first step is set
            room = STEP_WIDTH - 48  # the button's padding and border
            self.read_button.setText(QFontMetrics(bold).elidedText(text, Qt.TextElideMode.ElideRight, room))
            self.read_button.setToolTip("Open the next section you have not read in the reader")
        self.more_button.setVisible(steps.more_new > 0)
        self.more_button.setText(f"Study {steps.more_new} more new card{'s' if steps.more_new != 1 else ''}")
        self.more_button.setToolTip("Past today's limit, for this session only")
        self.whole_deck_button.setVisible(steps.whole_deck)
        self.back_button.setText(f"Back to {steps.back_to}")
        first = next(button for button in self.steps if not button.isHidden())
        for button in self.steps:
            role = "primary" if button is first else ""
            if button.property("role") != role:
                button.setProperty("role", role)
                button.style().unpolish(button)
                button.style().polish(button)
        first.setFocus()


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
