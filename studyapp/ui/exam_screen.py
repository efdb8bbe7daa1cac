"""The mock exam: choose sections, a number of questions and an optional time limit; answer in any order
with no feedback; hand in (or run out of time); then the report, kept in the history.

The clock is the window's (injected): a timer only asks it once a second, so tests move the clock and
fire the timer instead of waiting.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.mock_exam import ExamReport, MockExam
from studyapp.core.questions import Question
from studyapp.services.library import Library
from studyapp.ui.exam_report import ExamReportView, history_points, panel
from studyapp.ui.plots import TrendPlot
from studyapp.ui.question_view import QuestionView
from studyapp.ui.quiz_screen import centred
from studyapp.ui.review_format import duration_text
from studyapp.ui.scope_picker import ScopePicker
from studyapp.ui.typography import heading
from studyapp.ui.widgets import ElidedLabel

EXAM_ID_ROLE = 0x0100  # Qt.UserRole
TICK_MS = 1000


class ExamScreen(QWidget):
    """Emits ``changed(Changes)`` once an exam is handed in, ``review_requested(deck_id, questions)`` for
    "review these now", ``source_requested(deck_id, section_id, sentence)``."""

    changed = Signal(object)
    review_requested = Signal(str, object)
    source_requested = Signal(str, str, str)

    def __init__(self, library: Library, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.clock = library, clock
        self.service = library.mock_exams
        self.practice = library.practice
        self.deck_id: str | None = None
        self.exam: MockExam | None = None
        self.current = 1
        self._seeds = random.Random()

        self.title = QLabel("Mock exam")
        self.title.setProperty("role", "title")
        self.subtitle = ElidedLabel()
        self.subtitle.setProperty("role", "subtitle")

        # setup: what to sit, and the exams so far
        self.picker = ScopePicker(types=None, count=20, time_limit=True)
        self.picker.minutes.setValue(20)
        self.start_button = QPushButton("Start the exam")
        self.start_button.setProperty("role", "primary")
        self.start_button.clicked.connect(self.start_from_picker)
        self.setup_message = QLabel(
            "No feedback until you hand in. Every question is marked by the app: choices, typed answers, orders."
        )
        self.setup_message.setProperty("role", "muted")
        self.setup_message.setWordWrap(True)
        self.trend = TrendPlot(y_title="score (%)")
        self.trend.empty_text = "No exams yet. Your scores will show here, with the trend toward the exam date."
        self.past = QListWidget()
        self.past.itemActivated.connect(self._open_past)
        self.past.itemDoubleClicked.connect(self._open_past)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(self.picker, 1)
        left_layout.addWidget(self.setup_message)
        left_layout.addWidget(self.start_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(panel("Your exams so far", self.trend))
        right_layout.addWidget(QLabel("Past exams (double-click for the report)"))
        right_layout.addWidget(self.past, 1)
        setup = QSplitter()
        setup.addWidget(left)
        setup.addWidget(right)
        setup.setChildrenCollapsible(False)

        # sitting
        self.navigator = QListWidget()
        self.navigator.setFixedWidth(110)
        self.navigator.currentRowChanged.connect(lambda row: row >= 0 and self.go_to(row + 1))
        self.view = QuestionView(exam=True)
        self.view.response_changed.connect(self._keep_response)
        self.place_label = QLabel()
        self.time_label = QLabel()
        self.time_label.setStyleSheet("font-weight: 600;")
        self.previous_button = QPushButton("← Previous")
        self.previous_button.setShortcut("Alt+Left")
        self.previous_button.clicked.connect(lambda: self.go_to(self.current - 1))
        self.next_button = QPushButton("Next →")
        self.next_button.setShortcut("Alt+Right")
        self.next_button.clicked.connect(lambda: self.go_to(self.current + 1))
        self.hand_in_button = QPushButton("Hand in")
        self.hand_in_button.setProperty("role", "primary")
        self.hand_in_button.clicked.connect(self.hand_in)
        top = QHBoxLayout()
        top.addWidget(self.place_label, 1)
        top.addWidget(self.time_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.next_button)
        bottom.addStretch(1)
        bottom.addWidget(self.hand_in_button)
        page = QVBoxLayout()
        page.addLayout(top)
        page.addWidget(centred(self.view), 1)
        page.addLayout(bottom)
        sitting = QWidget()
        sitting_layout = QHBoxLayout(sitting)
        sitting_layout.setContentsMargins(0, 0, 0, 0)
        sitting_layout.addWidget(self.navigator)
        sitting_layout.addLayout(page, 1)

        # report
        self.report_view = ExamReportView()
        self.report_view.review_requested.connect(self._review_missed)
        self.report_view.source_requested.connect(self._show_source)
        self.new_exam_button = QPushButton("Another exam")
        self.new_exam_button.clicked.connect(self.show_setup)
        report = QWidget()
        report_layout = QVBoxLayout(report)
        report_layout.setContentsMargins(0, 0, 0, 0)
        report_layout.addWidget(self.report_view, 1)
        another = QHBoxLayout()
        another.addStretch(1)
        another.addWidget(self.new_exam_button)
        report_layout.addLayout(another)

        self.pages = QStackedWidget()
        for widget in (setup, sitting, report):
            self.pages.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.pages, 1)

        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self.tick)

    # --- setup --------------------------------------------------------------------------------------------
    def show_deck(self, deck_id: str) -> None:
        """The setup page of a deck (an exam being sat on it stays on screen)."""
        if deck_id == self.deck_id and self.exam is not None and not self.exam.finished:
            return
        self.deck_id = deck_id
        self.subtitle.setText(heading(self.library.deck(deck_id).title))
        self.picker.set_sections(self.practice.sections(deck_id))
        self.show_setup()

    def show_setup(self) -> None:
        self.exam = None
        self._fill_history()
        self.pages.setCurrentIndex(0)

    def _fill_history(self) -> None:
        history = self.service.history(self.deck_id)
        exam = self.library.exam.get(self.deck_id)
        self.trend.set_data(
            history_points(history),
            target=exam.target if exam else None,
            marked_day=exam.day if exam else None,
            marked_label="exam" if exam else "",
        )
        self.past.clear()
        for past in reversed(history):
            how = " · time ran out" if past.ended_by == "time-up" else ""
            row = QListWidgetItem(
                f"{past.finished.astimezone():%d %b %Y %H:%M}  ·  {past.right} of {past.questions} "
                f"({round(past.score * 100)}%)  ·  {duration_text(past.time_taken.total_seconds())}{how}"
            )
            row.setData(EXAM_ID_ROLE, past.id)
            self.past.addItem(row)

    def start_from_picker(self) -> None:
        if self.deck_id is None:
            return
        if self.picker.nothing_chosen():
            self.setup_message.setText("Choose at least one section.")
            return
        minutes = self.picker.minutes.value()
        self.start(
            count=self.picker.count.value(),
            sections=self.picker.chosen_sections(),
            time_limit=timedelta(minutes=minutes) if minutes else None,
        )

    def start(self, *, count: int, sections=(), time_limit: timedelta | None = None, seed: int | None = None) -> None:
        """Sit a new exam now."""
        exam = self.service.start(
            self.deck_id,
            count=count,
            sections=sections,
            time_limit=time_limit,
            seed=self._seeds.randrange(2**31) if seed is None else seed,
            now=self.clock(),
        )
        if not exam.questions:
            self.setup_message.setText("These sections have no questions the app can mark.")
            return
        self.exam = exam
        self.navigator.blockSignals(True)
        self.navigator.clear()
        self.navigator.addItems([self._nav_text(q) for q in exam.questions])
        self.navigator.blockSignals(False)
        self.pages.setCurrentIndex(1)
        self.go_to(1)
        self.tick()
        if time_limit is not None:
            self.timer.start()

    # --- sitting ------------------------------------------------------------------------------------------
    def go_to(self, number: int) -> None:
        exam = self.exam
        if exam is None or exam.finished or not 1 <= number <= len(exam.questions):
            return
        self._keep_response()
        self.current = number
        question = exam.questions[number - 1]
        self.view.show_question(question, exam.responses.get(number))
        self.navigator.blockSignals(True)
        self.navigator.setCurrentRow(number - 1)
        self.navigator.blockSignals(False)
        self.previous_button.setEnabled(number > 1)
        self.next_button.setEnabled(number < len(exam.questions))
        self._update_place()

    def _keep_response(self) -> None:
        exam = self.exam
        if exam is None or exam.finished or self.view.question is None:
            return
        number = self.view.question.number
        exam.respond(number, self.view.response())
        self.navigator.item(number - 1).setText(self._nav_text(exam.questions[number - 1]))
        self._update_place()

    def _nav_text(self, question: Question) -> str:
        answered = self.exam is not None and question.number in self.exam.responses
        return f"{'●' if answered else '○'}  {question.number}"

    def _update_place(self) -> None:
        exam = self.exam
        if exam is None:
            return
        left = len(exam.questions) - len(exam.responses)
        self.place_label.setText(f"Question {self.current} of {len(exam.questions)}  ·  {left} unanswered")
        self.hand_in_button.setText(f"Hand in ({left} unanswered)" if left else "Hand in")

    def tick(self) -> None:
        """Show the time left; end the exam when it is up."""
        exam = self.exam
        if exam is None or exam.finished:
            self.timer.stop()
            return
        now = self.clock()
        report = exam.tick(now)
        if report is not None:
            self._finished(report)
            return
        left = exam.time_left(now)
        if left is None:
            self.time_label.setText(f"{duration_text((now - exam.started).total_seconds())} so far")
        else:
            minutes, seconds = divmod(int(left.total_seconds()), 60)
            self.time_label.setText(f"{minutes}:{seconds:02d} left")

    def hand_in(self) -> None:
        if self.exam is None or self.exam.finished:
            return
        self._keep_response()
        self._finished(self.exam.finish(self.clock()))

    def _finished(self, report: ExamReport) -> None:
        self.timer.stop()
        changes = None
        if not self.library.read_only:
            _, changes = self.service.save(report)
        self.show_report(report)
        if changes:
            self.changed.emit(changes)

    def show_report(self, report: ExamReport) -> None:
        exam = self.library.exam.get(report.deck_id)
        self.report_view.show_report(
            report,
            self.service.history(report.deck_id),
            exam_day=exam.day if exam else None,
            target=exam.target if exam else None,
        )
        self.pages.setCurrentIndex(2)

    def _open_past(self, row: QListWidgetItem) -> None:
        self.show_report(self.service.report(row.data(EXAM_ID_ROLE)))

    def _review_missed(self, missed) -> None:
        if self.deck_id and missed:
            questions = [
                Question(n, m.question.item, m.question.type, m.question.entries) for n, m in enumerate(missed, 1)
            ]
            self.review_requested.emit(self.deck_id, questions)

    def _show_source(self, marked) -> None:
        if self.deck_id:
            source = marked.question.item.source
            self.source_requested.emit(self.deck_id, source.section, source.text)
