"""The review screen: one card at a time from the session, its answer in place, ratings with their intervals.

Keys (Anki's where Anki has one): Space/Enter show the answer, then accept the suggested rating; 1-4 rate, or
pick a choice on a multiple-choice card; on a choice or order card Space is "I don't know" (an order drill
already rearranged is checked instead); an order drill is arranged with Up/Down and Alt+Up/Down; arrows, Page
Up/Down, Home/End scroll a long card; "-" buries the card until tomorrow, "@" suspends it; E edits it, Delete
rejects it (:mod:`studyapp.ui.review_edits`); Esc leaves. Ctrl+Z (the main window's Undo) takes the last
rating, bury, suspend, edit or reject back.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta

from fsrs import Rating
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QStackedWidget, QVBoxLayout, QWidget

from studyapp.core.card_changes import CardChange
from studyapp.core.cards import from_us
from studyapp.core.session import Answer, Phase, ReviewSession, UndoAction
from studyapp.services.changes import Changes
from studyapp.services.learner_cards import changes_of
from studyapp.services.library import Library
from studyapp.services.study_more import EXTRA_NEW, session_with_more_new
from studyapp.ui import review_edits
from studyapp.ui import review_format as fmt
from studyapp.ui.card_view import CardView, Reply, Response, Verdict, is_choice, is_order
from studyapp.ui.rating_bar import RatingBar
from studyapp.ui.session_summary import NextSteps, SessionSummary
from studyapp.ui.typography import heading
from studyapp.ui.widgets import ElidedLabel

CARD_KEYS = "E edit  ·  Delete reject"  # the learner's hand on the card shown (review_edits)
COMPACT_HEIGHT = 520  # px: under it the key hint gives its room to the card (the buttons keep their tooltips)
_SCROLL_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End}
_NO_RESPONSE = ()  # what "I don't know" submits: no choice, no order; the session grades it wrong


def _count_label(role: str, tip: str) -> QLabel:
    label = QLabel()
    label.setProperty("role", role)
    label.setToolTip(tip)
    return label


class ReviewScreen(QWidget):
    """Runs review sessions. Emits ``changed(Changes)`` after each rating, bury, suspend or undo;
    ``back_requested`` to leave (Esc); the next steps offered at the end of a session."""

    changed = Signal(object)
    set_aside = Signal(str)  # a sentence saying what happened to the card
    back_requested = Signal()
    study_deck_requested = Signal(str)
    read_requested = Signal(str, str)  # deck id, section id
    statistics_requested = Signal(str)

    def __init__(self, library: Library, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.clock = clock
        self.session: ReviewSession | None = None
        self.deck_id: str | None = None
        self.section_id: str | None = None
        self.response: Response | None = None
        self.back_to = "the library"
        self._shown_at = time.monotonic()
        self._card_id: int | None = None  # the card on screen (a new card is scrolled to its top)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.scope_label = ElidedLabel()
        self.scope_label.setProperty("role", "muted")
        self.count_new = _count_label("count-new", "New cards left today")
        self.count_learning = _count_label("count-learning", "Learning cards left today")
        self.count_due = _count_label("count-due", "Review cards due today")
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

        self.card_view = CardView()
        self.card_view.choice_clicked.connect(self.pick_choice)
        self.buttons = RatingBar()
        self.buttons.show_requested.connect(self._show_clicked)
        self.buttons.dont_know_requested.connect(self.dont_know)
        self.buttons.rated.connect(self.rate)
        self.show_button, self.rating_buttons = self.buttons.show_button, self.buttons.rating_buttons
        self.dont_know_button = self.buttons.dont_know_button
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.study_page = QWidget()
        study_layout = QVBoxLayout(self.study_page)
        study_layout.setContentsMargins(0, 0, 0, 0)
        study_layout.addWidget(self.card_view, 1)
        study_layout.addWidget(self.buttons)
        study_layout.addWidget(self.hint)

        self.summary_page = SessionSummary()
        self.summary_page.back_requested.connect(self.back_requested.emit)
        self.summary_page.whole_deck_requested.connect(lambda: self.study_deck_requested.emit(self.deck_id))
        self.summary_page.more_requested.connect(self.study_more)
        self.summary_page.read_requested.connect(lambda section: self.read_requested.emit(self.deck_id, section))
        self.summary_page.statistics_requested.connect(lambda: self.statistics_requested.emit(self.deck_id))

        self.pages = QStackedWidget()
        self.pages.addWidget(self.study_page)
        self.pages.addWidget(self.summary_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 20)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)

    # --- compatibility names used by the tests and the screenshots ------------------------------------------
    @property
    def prompt_label(self):
        return self.card_view.prompt_label

    @property
    def choice_buttons(self):
        return self.card_view.choice_buttons

    @property
    def order_list(self):
        return self.card_view.order_list

    @property
    def source_label(self):
        return self.card_view.source_label

    # --- session ----------------------------------------------------------------------------------------
    def start(
        self, deck_id: str, section_id: str | None = None, *, more_new: bool = False, back_to: str | None = None
    ) -> None:
        """Begin a session over a deck, or over one section (and its subsections); ``more_new`` raises
        today's limit of new cards for this session; ``back_to`` names where Esc goes ("the reader")."""
        self.deck_id, self.section_id = deck_id, section_id
        self.back_to = back_to or self.back_to
        now = self.clock()
        if more_new:
            self.session = session_with_more_new(self.library, deck_id, section=section_id, now=now)
        else:
            self.session = self.library.study.start_session(deck_id, section=section_id, now=now)
        title = heading(self.library.deck(deck_id).title)
        if section_id:
            section_title = heading(self.library.document(deck_id).section(section_id).title)
            self.scope_label.setText(f"{title}  ·  {section_title}")
        else:
            self.scope_label.setText(title)
        self._card_id = None
        self.render()
        self.setFocus()

    def study_more(self) -> None:
        if self.deck_id:
            self.start(self.deck_id, self.section_id, more_new=True)

    def show_answer(self) -> None:
        """Space on the question: reveal the answer; on a choice card, or an order drill left as it was,
        that is "I don't know"; an order drill rearranged is checked."""
        session = self.session
        if not (session and session.phase is Phase.QUESTION and session.current):
            return
        item = session.current.item
        if self.card_view.arranging and self.card_view.rearranged():
            arranged = self.card_view.arranged()
            self.response = Response(Reply.ARRANGED, arranged=arranged)
            session.submit(arranged)
        elif is_choice(item) or self.card_view.arranging:
            self.dont_know()
            return
        else:
            self.response = Response(Reply.REVEALED)
            session.show_answer()
        self.render()

    def _show_clicked(self) -> None:
        """The button under the question: "Check the order" checks the drill as it stands."""
        self.check_order() if self.card_view.arranging else self.show_answer()

    def check_order(self) -> None:
        """Check the order drill as arranged, moved or not (the "Check the order" button)."""
        session = self.session
        if session and session.phase is Phase.QUESTION and self.card_view.arranging:
            arranged = self.card_view.arranged()
            self.response = Response(Reply.ARRANGED, arranged=arranged)
            session.submit(arranged)
            self.render()

    def dont_know(self) -> None:
        """Show the answer of a choice or order card, graded as not known (Again suggested)."""
        session = self.session
        if session and session.phase is Phase.QUESTION and session.current:
            self.response = Response(Reply.DONT_KNOW)
            session.submit(_NO_RESPONSE)
            self.render()

    def pick_choice(self, number: int) -> None:
        """Answer a multiple-choice card with its ``number``-th choice (1-based)."""
        if not (self.session and self.session.phase is Phase.QUESTION and self.current_is_choice()):
            return
        choices = self.session.current.item.choices
        if 1 <= number <= len(choices):
            self.response = Response(Reply.PICKED, choice=choices[number - 1])
            self.session.submit(choices[number - 1])
            self.render()

    def rate(self, rating: Rating | None = None) -> None:
        """Rate the shown answer (None: the suggested rating, Good without a suggestion)."""
        if not (self.session and self.session.phase is Phase.ANSWER):
            return
        duration = round((time.monotonic() - self._shown_at) * 1000)
        answer = self.session.rate(rating, now=self.clock(), duration_ms=duration)
        self.render()
        if answer is not None:
            self.changed.emit(Changes(decks=frozenset({self.deck_id}), cards=frozenset({answer.after.id})))

    def undo(self) -> bool:
        """Take back the last rating, bury or suspend; True when there was one."""
        if not (self.session and self.session.can_undo):
            return False
        undone = self.session.undo()
        self._card_id = None  # asked afresh, from the top
        self.render()
        if isinstance(undone, CardChange):
            self.changed.emit(changes_of(undone))
        elif undone is not None:
            card_id = undone.before.id if isinstance(undone, Answer) else undone.card_id
            self.changed.emit(Changes(decks=frozenset({self.deck_id}), cards=frozenset({card_id})))
        return undone is not None

    @property
    def undo_action(self) -> UndoAction | None:
        """What Undo would take back; None when nothing."""
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
        self.render()
        if card_id is None:
            return False
        self.changed.emit(Changes(decks=frozenset({self.deck_id}), cards=frozenset({card_id})))
        self.set_aside.emit("Card buried until tomorrow." if buried else "Card suspended.")
        return True

    @property
    def finished(self) -> bool:
        return self.session is not None and self.session.phase is Phase.DONE

    @property
    def can_undo(self) -> bool:
        return bool(self.session and self.session.can_undo)

    def current_is_choice(self) -> bool:
        """True when the card shown is a multiple-choice card (answered by picking a choice)."""
        return bool(self.session and self.session.current and is_choice(self.session.current.item))

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
        self.pages.setCurrentWidget(self.study_page)
        item = session.current.item
        if session.phase is Phase.QUESTION:
            if session.current.card.id != self._card_id or self.card_view.item is not item:
                self._card_id = session.current.card.id
                self.response = None
                self.card_view.ask(item, edited=self.library.learner_cards.edited(item.id))
                self._shown_at = time.monotonic()
            self._offer_question(item)
        else:
            self.card_view.reveal(self.response or Response(Reply.REVEALED), self._verdict(item))
            suggested = session.grade.rating if session.grade is not None else None
            self.buttons.offer(session.next_intervals(now), suggested or Rating.Good)  # what Space gives
            accept = "Again" if suggested == Rating.Again else "Good"
            self.hint.setText(
                f"1 Again  ·  2 Hard  ·  3 Good  ·  4 Easy  ·  Space {accept}  ·  Ctrl+Z undo  ·  {CARD_KEYS}"
            )

    def _offer_question(self, item) -> None:
        if is_choice(item):
            self.buttons.ask(None, dont_know="Show the answer without guessing (Space)")
            self.hint.setText(f"Pick a choice: click it or press 1-4  ·  Space: I don't know  ·  {CARD_KEYS}")
        elif self.card_view.arranging:
            self.buttons.ask("Check the order", dont_know="Show the right order (Space while nothing is moved)")
            self.hint.setText(
                "Drag the entries into order, or ↑/↓ to pick one and Alt+↑/↓ to move it; then Space checks"
            )
        elif is_order(item):
            self.buttons.ask("Show answer", dont_know="Show the right order (Space)")
            self.hint.setText(f"Recall the order, then Space shows it  ·  {CARD_KEYS}")
        else:
            self.buttons.ask("Show answer")
            self.hint.setText(f"Space or Enter shows the answer  ·  {CARD_KEYS}")

    def _verdict(self, item) -> Verdict | None:
        grade, response = self.session.grade, self.response
        if grade is None or response is None:
            return None
        then = "press Space to accept {}, or rate with 1-4."
        if response.reply is Reply.DONT_KNOW:
            return Verdict("Not known yet — " + then.format("Again"), False)
        if grade.correct:
            return Verdict("Right — " + then.format("Good"), True)
        if response.reply is Reply.ARRANGED and response.arranged is not None:
            placed = fmt.in_place(item, response.arranged)
            return Verdict(f"{placed} of {len(item.order)} in the right place — " + then.format("Again"), False)
        return Verdict("Not this time — " + then.format("Again"), False)

    def _render_done(self) -> None:
        self.pages.setCurrentWidget(self.summary_page)
        self._card_id = None
        learning_due = self.session.store.learning_due(self.session.scope)
        reading = self.library.reading
        new_left = reading.new_left(self.deck_id, self.section_id)
        self.summary_page.show_summary(
            self.session.summary,
            learning_back_in=None if learning_due is None else max(timedelta(0), from_us(learning_due) - self.clock()),
            steps=NextSteps(
                read_next=reading.next_unread(self.deck_id, after=self.section_id),
                more_new=min(new_left, EXTRA_NEW),
                whole_deck=self.section_id is not None,
                back_to=self.back_to,
            ),
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        roomy = self.height() >= COMPACT_HEIGHT
        self.hint.setVisible(roomy)
        self.layout().setContentsMargins(*((32, 16, 32, 20) if roomy else (24, 8, 24, 8)))
        self.layout().setSpacing(16 if roomy else 8)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        session = self.session
        if key == Qt.Key.Key_Escape and not modifiers:
            self.back_requested.emit()
            return
        asking = bool(session and session.phase is Phase.QUESTION)
        if asking and self.card_view.arranging and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            delta = -1 if key == Qt.Key.Key_Up else 1
            if modifiers & Qt.KeyboardModifier.AltModifier:
                self.order_list.move_current(delta)
            else:
                self.order_list.select_step(delta)
            return
        allowed = Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier  # "@" needs Shift
        if session is None or modifiers & ~allowed or self.pages.currentWidget() is not self.study_page:
            super().keyPressEvent(event)
            return
        if key in _SCROLL_KEYS and self.card_view.scroll_key(key):
            return
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if asking:
                self.show_answer()
            elif session.phase is Phase.ANSWER:
                self.rate(None)
            return
        if key == Qt.Key.Key_Minus:
            self.bury()
            return
        if key == Qt.Key.Key_At:
            self.suspend()
            return
        if key in (Qt.Key.Key_E, Qt.Key.Key_Delete):
            (review_edits.edit_current if key == Qt.Key.Key_E else review_edits.reject_current)(self)
            return
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_4:
            number = key - Qt.Key.Key_0
            if asking and self.current_is_choice():
                self.pick_choice(number)
            elif session.phase is Phase.ANSWER:
                self.rate(Rating(number))
            return
        super().keyPressEvent(event)
