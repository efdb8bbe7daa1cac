"""One question of a quiz or a mock exam, answered the way its type asks: a choice (click or 1-4), a typed
answer (Enter), entries put in order (drag, or ↑/↓ and Alt+↑/↓), or recalled and checked by the learner.

In a quiz the view then shows the verdict, the right answer, the source sentence with a way to it in the
reader, and "I was right". In an exam it only collects the response. Article text reaches Qt escaped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.grading import Verdict
from studyapp.core.practice_quiz import QuizAnswer
from studyapp.core.questions import Question, QuestionType
from studyapp.generate.model import StudyItem
from studyapp.ui import review_format as fmt
from studyapp.ui import theme
from studyapp.ui.reorder_list import ReorderList

Response = str | tuple[str, ...]
LONG_PROMPT = 160  # characters: a longer question is set smaller
_VERDICTS = {
    Verdict.RIGHT: "Right",
    Verdict.ACCEPTED: "Right",
    Verdict.PARTLY: "Partly right",
    Verdict.WRONG: "Not quite",
}


class _AnswerLine(QLineEdit):
    """The typed answer; its Enter stops here (else it would also reach the screen, which takes Enter as
    "next question")."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


def _label(*, rich: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    return label


class QuestionView(QFrame):
    """Shows one :class:`Question`; ``exam`` views collect responses without feedback."""

    submitted = Signal(object)  # the response to judge (quiz)
    reveal_requested = Signal()  # a recall question: show the answer
    checked = Signal(bool)  # a recall question: the learner knew it (True) or not
    overruled = Signal()  # "I was right"
    source_requested = Signal(object)  # the StudyItem whose sentence to show in the reader
    response_changed = Signal()  # anything typed, chosen or moved (exam)

    def __init__(self, *, exam: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exam = exam
        self.question: Question | None = None
        self._choice: str | None = None
        self._answered = False
        self.setProperty("role", "card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.kind_label = _label()
        self.kind_label.setProperty("role", "muted")
        self.prompt_label = _label(rich=True)
        self.prompt_label.setFont(theme.reading_font(15))
        self.choice_buttons: list[QPushButton] = []
        choices = QVBoxLayout()
        choices.setSpacing(6)
        for number in range(1, 7):
            button = QPushButton()
            button.setProperty("role", "choice")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, n=number: self.pick(n))
            choices.addWidget(button)
            self.choice_buttons.append(button)
        self.typed = _AnswerLine()
        self.typed.setPlaceholderText("Type your answer, then Enter")
        self.typed.returnPressed.connect(self._submit_typed)
        self.typed.textEdited.connect(lambda _text: self.response_changed.emit())
        self.order_list = ReorderList()
        self.order_list.setFont(theme.reading_font(12.5))
        self.order_list.reordered.connect(self.response_changed.emit)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText("Write what you remember (optional), then show the answer")
        self.notes.setFixedHeight(90)
        self.action = QPushButton()
        self.action.setProperty("role", "primary")
        self.action.clicked.connect(self._act)
        self.knew = QPushButton("I knew it  (Y)")
        self.knew.clicked.connect(lambda: self.checked.emit(True))
        self.missed = QPushButton("I did not  (N)")
        self.missed.clicked.connect(lambda: self.checked.emit(False))
        actions = QHBoxLayout()
        actions.addWidget(self.action)
        actions.addWidget(self.knew)
        actions.addWidget(self.missed)
        actions.addStretch(1)

        self.rule = QFrame()
        self.rule.setFrameShape(QFrame.Shape.HLine)
        self.verdict_label = _label()
        self.answer_label = _label(rich=True)
        self.answer_label.setFont(theme.reading_font(14))
        self.source_label = _label(rich=True)
        self.source_label.setFont(theme.reading_font(11.5))
        self.source_button = QPushButton("Show in the reader")
        self.source_button.clicked.connect(lambda: self.question and self.source_requested.emit(self.question.item))
        self.overrule_button = QPushButton("I was right")
        self.overrule_button.setToolTip("Count this answer as right (R)")
        self.overrule_button.clicked.connect(self.overruled.emit)
        feedback_actions = QHBoxLayout()
        feedback_actions.addWidget(self.overrule_button)
        feedback_actions.addWidget(self.source_button)
        feedback_actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        for widget in (self.kind_label, self.prompt_label):
            layout.addWidget(widget)
        layout.addLayout(choices)
        for widget in (self.typed, self.order_list, self.notes):
            layout.addWidget(widget)
        layout.addLayout(actions)
        for widget in (self.rule, self.verdict_label, self.answer_label, self.source_label):
            layout.addWidget(widget)
        layout.addLayout(feedback_actions)
        layout.addStretch(1)
        self._show_feedback(False)

    # --- showing ------------------------------------------------------------------------------------------
    def show_question(self, question: Question, response: Response | None = None) -> None:
        """A new question (``response``: what was answered before, in an exam)."""
        self.question, self._answered = question, False
        self._choice = response if isinstance(response, str) and question.type is QuestionType.CHOICE else None
        item = question.item
        self.kind_label.setText(f"QUESTION {question.number}  ·  {question.type.task.upper()}")
        self.prompt_label.setText(
            fmt.prompt_html(item, first_line_only=question.type.arranged, muted=theme.colors().muted)
        )
        size = 13.5 if len(question.instruction) > LONG_PROMPT else 15.0
        if self.prompt_label.font().pointSizeF() != size:
            self.prompt_label.setFont(theme.reading_font(size))
        is_choice = question.type is QuestionType.CHOICE
        for number, button in enumerate(self.choice_buttons, 1):
            visible = is_choice and number <= len(item.choices)
            button.setVisible(visible)
            if visible:
                button.setText(f"{number}    {item.choices[number - 1]}")
        self._paint_choices()
        self.typed.setVisible(question.type is QuestionType.TYPED)
        self.typed.setReadOnly(False)
        self.typed.setText(response if isinstance(response, str) and question.type is QuestionType.TYPED else "")
        self.order_list.setVisible(question.type.arranged)
        if question.type.arranged:
            self.order_list.set_entries(tuple(response) if isinstance(response, tuple) else question.entries)
        recall = not question.type.marked_by_app
        self.notes.setVisible(recall and not self.exam)
        self.notes.setReadOnly(False)
        self.notes.clear()
        self.action.setVisible(not self.exam and not is_choice)
        self.action.setEnabled(True)
        self.action.setText("Show the answer  (Space)" if recall else "Check  (Enter)")
        self.knew.setVisible(False)
        self.missed.setVisible(False)
        self._show_feedback(False)
        if question.type is QuestionType.TYPED:
            self.typed.setFocus()
        elif question.type.arranged:
            self.order_list.setFocus()
        else:
            self.setFocus()

    def response(self) -> Response | None:
        """The response as it stands (None: nothing given)."""
        if self.question is None:
            return None
        kind = self.question.type
        if kind is QuestionType.CHOICE:
            return self._choice
        if kind is QuestionType.TYPED:
            return self.typed.text() if self.typed.text().strip() else None
        if kind.arranged:
            entries = self.order_list.entries()
            return entries if entries != self.question.entries else None
        return None

    def show_revealed(self) -> None:
        """A recall question's answer, with "I knew it" / "I did not"."""
        if self.question is None:
            return
        self.notes.setReadOnly(True)
        self.action.setVisible(False)
        self.knew.setVisible(True)
        self.missed.setVisible(True)
        self._show_answer(self.question.item)
        self.rule.setVisible(True)
        self.verdict_label.setVisible(False)
        self.overrule_button.setVisible(False)

    def show_feedback(self, answer: QuizAnswer) -> None:
        """The verdict, the right answer and the source of an answered question."""
        self._answered = True
        c = theme.colors()
        item = answer.question.item
        self.typed.setReadOnly(True)
        self.action.setVisible(False)
        self.knew.setVisible(False)
        self.missed.setVisible(False)
        if answer.question.type.arranged:
            self.order_list.mark(item.order)
        self._paint_choices()
        if answer.overruled:
            verdict, color = "Counted as right", c.right
        else:
            verdict = _VERDICTS[answer.judgement.verdict]
            color = c.right if answer.correct else c.learning if answer.judgement.verdict is Verdict.PARTLY else c.wrong
        note = f" — {answer.judgement.note}" if answer.judgement.note else ""
        self.verdict_label.setText(verdict + note)
        self.verdict_label.setStyleSheet(f"color: {color}; font-weight: 600;")
        self._show_answer(item)
        self.overrule_button.setVisible(not answer.correct and answer.response is not None)
        self.verdict_label.setVisible(True)

    def _show_answer(self, item: StudyItem) -> None:
        c = theme.colors()
        self.answer_label.setText(fmt.answer_html(item, c))
        self.source_label.setText(fmt.source_html(item, c))
        self._show_feedback(True)
        self.overrule_button.setVisible(False)

    def _show_feedback(self, shown: bool) -> None:
        for widget in (self.rule, self.verdict_label, self.answer_label, self.source_label, self.source_button):
            widget.setVisible(shown)
        self.overrule_button.setVisible(False)

    def _paint_choices(self) -> None:
        item = self.question.item if self.question else None
        for number, button in enumerate(self.choice_buttons, 1):
            choice = item.choices[number - 1] if item and number <= len(item.choices) else None
            if self._answered and not self.exam:
                state = "right" if choice == item.answer else "wrong" if choice == self._choice else ""
            else:
                state = "picked" if choice is not None and choice == self._choice else ""
            if button.property("state") != state:
                button.setProperty("state", state)
                button.style().unpolish(button)
                button.style().polish(button)

    # --- answering ----------------------------------------------------------------------------------------
    def pick(self, number: int) -> None:
        """Choose the ``number``-th choice (1-based)."""
        question = self.question
        if question is None or question.type is not QuestionType.CHOICE or self._answered:
            return
        if 1 <= number <= len(question.item.choices):
            self._choice = question.item.choices[number - 1]
            self._paint_choices()
            self.response_changed.emit()
            if not self.exam:
                self.submitted.emit(self._choice)

    def _submit_typed(self) -> None:
        if not self.exam and not self._answered and self.question and self.question.type is QuestionType.TYPED:
            self.submitted.emit(self.typed.text())

    def _act(self) -> None:
        if self.question is None or self._answered:
            return
        if not self.question.type.marked_by_app:
            self.reveal_requested.emit()
        elif self.question.type is QuestionType.TYPED:
            self._submit_typed()
        elif self.question.type.arranged:
            self.submitted.emit(self.order_list.entries())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, question = event.key(), self.question
        if question is not None and not self._answered:
            if question.type is QuestionType.CHOICE and Qt.Key.Key_1 <= key <= Qt.Key.Key_6:
                self.pick(key - Qt.Key.Key_0)
                return
            if self.knew.isVisible() and key in (Qt.Key.Key_Y, Qt.Key.Key_N):
                self.checked.emit(key == Qt.Key.Key_Y)
                return
            if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.action.isVisible():
                self._act()
                return
        if self._answered and key == Qt.Key.Key_R and self.overrule_button.isVisible():
            self.overruled.emit()
            return
        super().keyPressEvent(event)
