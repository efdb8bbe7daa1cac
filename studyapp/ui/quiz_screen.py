"""The practice quiz: choose sections and kinds, answer one question at a time with feedback at once, see the
score and retake what was missed. Each answer feeds the scheduler when the learner moves on (once a day per
card, see :meth:`PracticeService.record_answer`).

Keys: 1-6 pick a choice; Enter checks a typed answer or an order; Space shows a recall question's answer,
then Y/N; R says "I was right"; Space or Enter goes on to the next question.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.grading import suggested_rating
from studyapp.core.practice_quiz import PracticeQuiz, QuizAnswer, QuizPhase
from studyapp.core.questions import Question, QuestionType
from studyapp.services.library import Library
from studyapp.ui.question_view import QuestionView
from studyapp.ui.scope_picker import ScopePicker
from studyapp.ui.typography import heading, smarten
from studyapp.ui.widgets import ElidedLabel

PAGE_MAX_WIDTH = 820


def centred(widget: QWidget, max_width: int = PAGE_MAX_WIDTH) -> QScrollArea:
    """``widget`` in a column of at most ``max_width`` pixels, scrolling when taller than the screen."""
    widget.setMaximumWidth(max_width)
    sheet = QWidget()
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget, 100)
    row.addStretch(1)
    column = QVBoxLayout(sheet)
    column.setContentsMargins(0, 0, 0, 0)
    column.addLayout(row)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the column narrows instead
    scroll.setWidget(sheet)
    return scroll


class QuizScreen(QWidget):
    """Emits ``changed(Changes)`` after each answer that reached the scheduler, and
    ``source_requested(deck_id, section_id, sentence)`` to show a question's sentence in the reader."""

    changed = Signal(object)
    source_requested = Signal(str, str, str)

    def __init__(self, library: Library, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.clock = library, clock
        self.practice = library.practice
        self.deck_id: str | None = None
        self.quiz: PracticeQuiz | None = None
        self._seed_source = random.Random()

        self.title = QLabel("Practice quiz")
        self.title.setProperty("role", "title")
        self.subtitle = ElidedLabel()
        self.subtitle.setProperty("role", "subtitle")

        # setup
        self.picker = ScopePicker(types=list(QuestionType), count=15)
        self.start_button = QPushButton("Start the quiz")
        self.start_button.setProperty("role", "primary")
        self.start_button.clicked.connect(self.start_from_picker)
        self.setup_message = QLabel()
        self.setup_message.setProperty("role", "muted")
        setup = QWidget()
        setup_layout = QVBoxLayout(setup)
        setup_layout.addWidget(self.picker, 1)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.setup_message, 1)
        setup_layout.addLayout(row)

        # questions
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress_label = QLabel()
        self.progress_label.setProperty("role", "muted")
        self.view = QuestionView()
        self.view.submitted.connect(self.answer)
        self.view.reveal_requested.connect(self.reveal)
        self.view.checked.connect(self.check)
        self.view.overruled.connect(self.overrule)
        self.view.source_requested.connect(self._show_source)
        self.next_button = QPushButton("Next  (Space)")
        self.next_button.setProperty("role", "primary")
        self.next_button.clicked.connect(self.next)
        self.stop_button = QPushButton("End the quiz")
        self.stop_button.clicked.connect(self.finish)
        asking = QWidget()
        asking_layout = QVBoxLayout(asking)
        asking_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.progress_label)
        top.addWidget(self.progress, 1)
        asking_layout.addLayout(top)
        asking_layout.addWidget(centred(self.view), 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.stop_button)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)
        asking_layout.addLayout(bottom)

        # score
        self.score_label = QLabel()
        self.score_label.setStyleSheet("font-size: 22pt; font-weight: 600;")
        self.score_detail = QLabel()
        self.score_detail.setProperty("role", "muted")
        self.missed_list = QListWidget()
        self.missed_list.setWordWrap(True)
        self.retake_button = QPushButton("Retake the missed ones")
        self.retake_button.setProperty("role", "primary")
        self.retake_button.clicked.connect(self.retake_missed)
        self.again_button = QPushButton("New quiz")
        self.again_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        done = QWidget()
        done_layout = QVBoxLayout(done)
        done_layout.addWidget(self.score_label)
        done_layout.addWidget(self.score_detail)
        done_layout.addWidget(QLabel("Missed"))
        done_layout.addWidget(self.missed_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retake_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        done_layout.addLayout(buttons)

        self.pages = QStackedWidget()
        for page in (setup, asking, done):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.pages, 1)

    # --- setting up ---------------------------------------------------------------------------------------
    def show_deck(self, deck_id: str) -> None:
        """The setup page for a deck (a quiz in progress on the same deck stays)."""
        if deck_id == self.deck_id and self.quiz is not None and self.quiz.phase is not QuizPhase.DONE:
            return
        self.deck_id = deck_id
        self.quiz = None
        self.subtitle.setText(heading(self.library.deck(deck_id).title))
        self.picker.set_sections(self.practice.sections(deck_id))
        self.setup_message.clear()
        self.pages.setCurrentIndex(0)

    def start_from_picker(self) -> None:
        if self.deck_id is None:
            return
        if self.picker.nothing_chosen():
            self.setup_message.setText("Choose at least one section and one kind of question.")
            return
        questions = self.practice.draw(
            self.deck_id,
            count=self.picker.count.value(),
            seed=self._seed_source.randrange(2**31),
            sections=self.picker.chosen_sections(),
            types=self.picker.chosen_types(),
        )
        if not questions:
            self.setup_message.setText("No questions of these kinds in these sections.")
            return
        self.start(questions)

    def start(self, questions: Sequence[Question]) -> None:
        """Begin a quiz of these questions (numbered afresh)."""
        numbered = [Question(n, q.item, q.type, q.entries) for n, q in enumerate(questions, 1)]
        self.quiz = PracticeQuiz(numbered, on_answer=self._record)
        self.pages.setCurrentIndex(1)
        self._render()

    # --- answering ----------------------------------------------------------------------------------------
    def answer(self, response) -> None:
        if self.quiz and self.quiz.answer(response) is not None:
            self._render()

    def reveal(self) -> None:
        if self.quiz:
            self.quiz.reveal()
            self._render()

    def check(self, knew: bool) -> None:
        if self.quiz and self.quiz.check(knew) is not None:
            self._render()

    def overrule(self) -> None:
        if self.quiz and self.quiz.overrule() is not None:
            self._render()

    def next(self) -> None:
        if self.quiz and self.quiz.phase is QuizPhase.FEEDBACK:
            self.quiz.next()
            self._render()

    def finish(self) -> None:
        """End the quiz now (the answer on screen still counts)."""
        if self.quiz is None:
            return
        self.quiz.stop()
        self._render()

    def retake_missed(self) -> None:
        if self.quiz and self.quiz.missed:
            rng = random.Random(self._seed_source.randrange(2**31))
            missed = [a.question for a in self.quiz.missed]
            rng.shuffle(missed)
            self.start(missed)

    def _record(self, answer: QuizAnswer) -> None:
        if self.deck_id is None or self.library.read_only:
            return
        try:
            recorded = self.practice.record_answer(
                self.deck_id, answer.question.item.id, suggested_rating(answer.correct), self.clock()
            )
        except KeyError:
            return  # the item left the deck (re-imported meanwhile): nothing to schedule
        if recorded.counted:
            self.changed.emit(recorded.changes)

    def _show_source(self, item) -> None:
        if self.deck_id:
            self.source_requested.emit(self.deck_id, item.source.section, item.source.text)

    # --- drawing ------------------------------------------------------------------------------------------
    def _render(self) -> None:
        quiz = self.quiz
        if quiz is None:
            return
        if quiz.phase is QuizPhase.DONE:
            self._render_done()
            return
        total = len(quiz.questions)
        self.progress.setMaximum(total)
        self.progress.setValue(quiz.index)
        right, answered = quiz.score
        self.progress_label.setText(f"Question {quiz.index + 1} of {total}  ·  {right} of {answered} right so far")
        if quiz.phase is QuizPhase.QUESTION:
            self.view.show_question(quiz.current)
            self.next_button.setEnabled(False)
        elif quiz.phase is QuizPhase.REVEALED:
            self.view.show_revealed()
            self.view.setFocus()
        else:
            self.view.show_feedback(quiz.last)
            self.next_button.setEnabled(True)
            self.next_button.setText("Next  (Space)" if quiz.index + 1 < total else "See the score  (Space)")
            self.next_button.setFocus()

    def _render_done(self) -> None:
        right, answered = self.quiz.score
        share = round(100 * right / answered) if answered else 0
        self.score_label.setText(f"{right} of {answered} right  ·  {share}%")
        self.score_detail.setText(
            "Each answer counted as a review of its card (once a day per card)."
            if not self.library.read_only
            else "The library is open read-only: answers were not recorded."
        )
        self.missed_list.clear()
        for answer in self.quiz.missed:
            item = answer.question.item
            self.missed_list.addItem(
                f"{answer.question.number}. {smarten(item.prompt.splitlines()[0])}\n→ {smarten(item.answer)}"
            )
        self.retake_button.setEnabled(bool(self.quiz.missed))
        self.pages.setCurrentIndex(2)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            self.quiz
            and self.quiz.phase is QuizPhase.FEEDBACK
            and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.next()
            return
        if self.quiz and self.quiz.phase is QuizPhase.FEEDBACK and event.key() == Qt.Key.Key_R:
            self.overrule()
            return
        super().keyPressEvent(event)
