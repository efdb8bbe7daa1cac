"""The review screen: a card's front, its answer with the source, ratings with their next intervals, undo.

Keys: Space/Enter show the answer (then accept the suggested rating); 1-4 rate, or pick a choice first on a
multiple-choice card; an order drill is arranged with Up/Down and Alt+Up/Down; "-" buries the card until
tomorrow, "@" suspends it. Ctrl+Z (the main window's Undo) takes the last rating, bury or suspend back.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta

from fsrs import Rating
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.cards import from_us
from studyapp.core.session import Answer, Phase, ReviewSession
from studyapp.generate.model import CHOICE_KINDS, ORDER_KINDS
from studyapp.services.changes import Changes
from studyapp.services.library import Library
from studyapp.ui import review_format as fmt
from studyapp.ui import theme
from studyapp.ui.order_drill import OrderList, shown_entries
from studyapp.ui.rating_bar import RatingBar
from studyapp.ui.session_summary import SessionSummary
from studyapp.ui.typography import heading
from studyapp.ui.widgets import ElidedLabel

CARD_MAX_WIDTH = 780
LONG_TEXT = 220  # characters: longer prompts and answers are set smaller


def _label(role: str | None = None, *, wrap: bool = True, rich: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    return label


class ReviewScreen(QWidget):
    """Runs review sessions. Emits ``changed(Changes)`` after each rating or undo, ``finished`` when done."""

    changed = Signal(object)
    set_aside = Signal(str)  # a sentence saying what happened to the card
    back_requested = Signal()
    study_deck_requested = Signal(str)

    def __init__(self, library: Library, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.clock = clock
        self.session: ReviewSession | None = None
        self.deck_id: str | None = None
        self.section_id: str | None = None
        self._shown_at = time.monotonic()
        self._choice: str | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.scope_label = ElidedLabel()
        self.scope_label.setProperty("role", "muted")
        self.count_new = _label("count-new", wrap=False)
        self.count_learning = _label("count-learning", wrap=False)
        self.count_due = _label("count-due", wrap=False)
        for label, tip in (
            (self.count_new, "New cards left today"),
            (self.count_learning, "Learning cards left today"),
            (self.count_due, "Review cards due today"),
        ):
            label.setToolTip(tip)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(160)
        top = QHBoxLayout()
        top.addWidget(self.scope_label, 1)
        for widget in (self.count_new, self.count_learning, self.count_due):
            top.addWidget(widget)
            top.addSpacing(6)
        top.addSpacing(10)
        top.addWidget(self.progress)

        # the card
        self.kind_label = _label("muted", wrap=False)
        self.prompt_label = _label(rich=True)
        self.prompt_label.setFont(theme.reading_font(17))
        self.prompt_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.choice_buttons: list[QPushButton] = []
        choices = QVBoxLayout()
        choices.setSpacing(8)
        for number in range(1, 5):
            button = QPushButton()
            button.setProperty("role", "choice")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, n=number: self.pick_choice(n))
            choices.addWidget(button)
            self.choice_buttons.append(button)
        self.order_list = OrderList()
        self.order_list.setFont(theme.reading_font(13))
        self._order_shown: tuple[str, ...] | None = None  # entries of the current order drill, as first listed
        self._order_card: int | None = None  # the card they belong to
        self.rule = QFrame()
        self.rule.setFrameShape(QFrame.Shape.HLine)
        self.rule.setStyleSheet("color: palette(mid);")
        self.answer_label = _label(rich=True)
        self.answer_label.setFont(theme.reading_font(17))
        self.grade_label = _label(wrap=False)
        self.source_label = _label(rich=True)
        self.source_label.setFont(theme.reading_font(12))
        self.card = QFrame()
        self.card.setProperty("role", "card")
        self.card.setMaximumWidth(CARD_MAX_WIDTH)
        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(36, 28, 36, 28)
        card_layout.setSpacing(14)
        card_layout.addWidget(self.kind_label)
        card_layout.addWidget(self.prompt_label)
        card_layout.addLayout(choices)
        card_layout.addWidget(self.order_list)
        card_layout.addWidget(self.rule)
        card_layout.addWidget(self.answer_label)
        card_layout.addWidget(self.grade_label)
        card_layout.addWidget(self.source_label)

        self.buttons = RatingBar()
        self.buttons.show_requested.connect(self.show_answer)
        self.buttons.rated.connect(self.rate)
        self.show_button, self.rating_buttons = self.buttons.show_button, self.buttons.rating_buttons

        study = QWidget()
        study_layout = QVBoxLayout(study)
        study_layout.setContentsMargins(0, 0, 0, 0)
        sheet = QWidget()  # the card, centred, scrolling when a long list does not fit
        sheet.setAutoFillBackground(False)
        sheet_layout = QVBoxLayout(sheet)
        sheet_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card, 100)
        row.addStretch(1)
        sheet_layout.addLayout(row)
        sheet_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(sheet)
        self.scroll.viewport().setAutoFillBackground(False)
        study_layout.addWidget(self.scroll, 1)
        study_layout.addWidget(self.buttons)
        self.hint = _label("muted", wrap=False)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        study_layout.addWidget(self.hint)

        self.summary_page = SessionSummary()
        self.summary_page.back_requested.connect(self.back_requested.emit)
        self.summary_page.whole_deck_requested.connect(
            lambda: self.deck_id and self.study_deck_requested.emit(self.deck_id)
        )

        self.pages = QStackedWidget()
        self.pages.addWidget(study)
        self.pages.addWidget(self.summary_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 20)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)

    # --- session ----------------------------------------------------------------------------------------
    def start(self, deck_id: str, section_id: str | None = None) -> None:
        """Begin a session over a deck, or over one section (and its subsections)."""
        self.deck_id, self.section_id = deck_id, section_id
        self.session = self.library.study.start_session(deck_id, section=section_id, now=self.clock())
        title = heading(self.library.deck(deck_id).title)
        if section_id:
            section_title = heading(self.library.document(deck_id).section(section_id).title)
            self.scope_label.setText(f"{title}  ·  {section_title}")
        else:
            self.scope_label.setText(title)
        self.render()
        self.setFocus()

    def show_answer(self) -> None:
        """Reveal the answer; an order drill being arranged is checked first."""
        if self.session and self.session.phase is Phase.QUESTION and not self.current_is_choice():
            if self._order_shown is not None:
                self.session.submit(self.order_list.entries())
            else:
                self.session.show_answer()
            self.render()

    def pick_choice(self, number: int) -> None:
        """Answer a multiple-choice card with its ``number``-th choice (1-based)."""
        if not (self.session and self.session.phase is Phase.QUESTION and self.current_is_choice()):
            return
        choices = self.session.current.item.choices
        if 1 <= number <= len(choices):
            self._choice = choices[number - 1]
            self.session.submit(self._choice)
            self.render()

    def rate(self, rating: Rating | None = None) -> None:
        """Rate the shown answer (None: the suggested rating, Good without a suggestion)."""
        if not (self.session and self.session.phase is Phase.ANSWER):
            return
        duration = round((time.monotonic() - self._shown_at) * 1000)
        answer = self.session.rate(rating, now=self.clock(), duration_ms=duration)
        self._choice = None
        self.render()
        if answer is not None:
            self.changed.emit(Changes(decks=frozenset({self.deck_id}), cards=frozenset({answer.after.id})))

    def undo(self) -> bool:
        """Take back the last rating, bury or suspend; True when there was one."""
        if not (self.session and self.session.can_undo):
            return False
        undone = self.session.undo()
        self._choice = None
        self._order_card = None
        self.render()
        if undone is not None:
            card_id = undone.before.id if isinstance(undone, Answer) else undone.card_id
            self.changed.emit(Changes(decks=frozenset({self.deck_id}), cards=frozenset({card_id})))
        return undone is not None

    @property
    def undo_action(self) -> str | None:
        """What Undo would take back: "rating", "bury" or "suspend"; None when nothing."""
        return self.session.undo_action if self.session else None

    def bury(self) -> bool:
        """Hide the current card until tomorrow and move on."""
        return self._set_aside(buried=True)

    def suspend(self) -> bool:
        """Suspend the current card (until unsuspended) and move on."""
        return self._set_aside(buried=False)

    def _set_aside(self, *, buried: bool) -> bool:
        if not (self.session and self.session.current and self.session.phase is not Phase.DONE):
            return False
        now = self.clock()
        card_id = self.session.bury_current(now) if buried else self.session.suspend_current(now)
        self._choice = None
        self.render()
        if card_id is None:
            return False
        self.changed.emit(Changes(decks=frozenset({self.deck_id}), cards=frozenset({card_id})))
        self.set_aside.emit("Card buried until tomorrow." if buried else "Card suspended.")
        return True

    def _arranging(self) -> bool:
        return bool(self.session and self.session.phase is Phase.QUESTION and self._order_shown is not None)

    @property
    def finished(self) -> bool:
        return self.session is not None and self.session.phase is Phase.DONE

    @property
    def can_undo(self) -> bool:
        return bool(self.session and self.session.can_undo)

    def current_is_choice(self) -> bool:
        """True when the card shown is a multiple-choice card (answered by picking a choice)."""
        return bool(
            self.session
            and self.session.current
            and self.session.current.item.kind in CHOICE_KINDS
            and self.session.current.item.choices
        )

    # --- drawing ----------------------------------------------------------------------------------------
    def render(self) -> None:
        session = self.session
        if session is None:
            return
        now = self.clock()
        counts = session.counts(now)
        self.count_new.setText(f"New {counts.new}")
        self.count_learning.setText(f"Learning {counts.learning}")
        self.count_due.setText(f"Due {counts.review}")
        answered = session.summary.answered
        self.progress.setMaximum(max(1, answered + counts.total))
        self.progress.setValue(answered)
        self.progress.setToolTip(f"{answered} answered, {counts.total} left")
        if session.phase is Phase.DONE or session.current is None:
            self._render_done()
            return
        self.pages.setCurrentIndex(0)
        item = session.current.item
        c = theme.colors()
        answering = session.phase is Phase.ANSWER
        self.kind_label.setText(fmt.caption(item).upper())
        filled_in_place = answering and bool(item.cloze)  # a cloze shows its answer in the gap
        long = len(item.prompt) + (len(item.answer) if answering else 0) > LONG_TEXT
        size = 14.0 if long else 17.0
        if self.prompt_label.font().pointSizeF() != size:
            self.prompt_label.setFont(theme.reading_font(size))
            self.answer_label.setFont(theme.reading_font(size))
        arranging = self._prepare_order_list(item, answering)
        if filled_in_place:
            self.prompt_label.setText(fmt.answer_html(item, c))
        elif arranging or (answering and item.kind in ORDER_KINDS):  # entries in the list, or the right order below
            self.prompt_label.setText(fmt.prompt_html(item, first_line_only=True))
        else:
            self.prompt_label.setText(fmt.prompt_html(item))
        self.scroll.verticalScrollBar().setValue(0)
        is_choice = self.current_is_choice()
        for number, button in enumerate(self.choice_buttons, 1):
            visible = is_choice and number <= len(item.choices)
            button.setVisible(visible)
            if visible:
                choice = item.choices[number - 1]
                button.setText(f"{number}    {choice}")
                state = (
                    ""
                    if not answering
                    else ("right" if choice == item.answer else "wrong" if choice == self._choice else "")
                )
                if button.property("state") != state:
                    button.setProperty("state", state)
                    button.style().unpolish(button)
                    button.style().polish(button)
        self.rule.setVisible(answering)
        arranged_right = answering and self._order_shown is not None and bool(session.grade and session.grade.correct)
        self.answer_label.setVisible(answering and not is_choice and not filled_in_place and not arranged_right)
        self.source_label.setVisible(answering)
        grade = session.grade if answering else None
        self.grade_label.setVisible(grade is not None)
        if answering:
            if not is_choice and not filled_in_place:
                self.answer_label.setText(fmt.answer_html(item, c))
            self.source_label.setText(fmt.source_html(item, c))
            if grade is not None:
                self.grade_label.setText(
                    "Right — press Space to accept Good, or rate with 1-4."
                    if grade.correct
                    else "Not this time — press Space to accept Again, or rate with 1-4."
                )
                self.grade_label.setStyleSheet(f"color: {c.right if grade.correct else c.wrong}; font-weight: 600;")
            suggested = grade.rating if grade is not None else None
            self.buttons.offer(session.next_intervals(now), suggested or Rating.Good)  # what Space gives
            self.buttons.setVisible(True)
            accept = "Again" if suggested == Rating.Again else "Good"
            self.hint.setText(f"1 Again  ·  2 Hard  ·  3 Good  ·  4 Easy  ·  Space {accept}  ·  Ctrl+Z undo")
        else:
            self._shown_at = time.monotonic()
            self.buttons.ask("Check the order" if arranging else "Show answer")
            self.buttons.setVisible(not is_choice)
            if is_choice:
                self.hint.setText("Pick a choice: click it or press 1-4")
            elif arranging:
                self.hint.setText(
                    "Drag the entries into order (or ↑/↓ to pick one, Alt+↑/↓ to move it), then Space to check"
                )
            else:
                self.hint.setText("Space or Enter shows the answer")

    def _prepare_order_list(self, item, answering: bool) -> bool:
        """Show the arrangeable list for an order drill; True while it is being arranged."""
        card_id = self.session.current.card.id
        if not answering and card_id != self._order_card:  # a new card (or the same one again after undo)
            self._order_card = card_id
            self._order_shown = shown_entries(item)
            if self._order_shown is not None:
                self.order_list.set_entries(self._order_shown)
        elif self._order_shown is not None and self.session.grade is not None:
            self.order_list.mark(item.order)
        self.order_list.setVisible(self._order_shown is not None)
        return self._order_shown is not None and not answering

    def _render_done(self) -> None:
        self.pages.setCurrentWidget(self.summary_page)
        learning_due = self.session.store.learning_due(self.session.scope)
        self.summary_page.show_summary(
            self.session.summary,
            section_scoped=self.section_id is not None,
            learning_back_in=None if learning_due is None else max(timedelta(0), from_us(learning_due) - self.clock()),
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self._arranging() and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            delta = -1 if key == Qt.Key.Key_Up else 1
            if event.modifiers() & Qt.KeyboardModifier.AltModifier:
                self.order_list.move_current(delta)
            else:
                self.order_list.select_step(delta)
            return
        allowed = Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier  # "@" needs Shift
        if self.session is None or event.modifiers() & ~allowed:
            super().keyPressEvent(event)
            return
        phase = self.session.phase
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if phase is Phase.QUESTION:
                self.show_answer()
            elif phase is Phase.ANSWER:
                self.rate(None)
            return
        if key == Qt.Key.Key_Minus:
            self.bury()
            return
        if key == Qt.Key.Key_At:
            self.suspend()
            return
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_4:
            number = key - Qt.Key.Key_0
            if phase is Phase.QUESTION and self.current_is_choice():
                self.pick_choice(number)
            elif phase is Phase.ANSWER:
                self.rate(Rating(number))
            return
        super().keyPressEvent(event)
