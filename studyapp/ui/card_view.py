"""One study item on a card: the question, then its answer in place, the question never moving.

The card scrolls when it is taller than the window, by mouse or by keyboard (arrows, Page Up/Down,
Home/End). Revealing the answer keeps the question at its size and place: the type size depends on the
question alone, a cloze reserves the room its filled-in gap will take, and the card is laid out as if the
scroll bar were always there, so its appearing does not rewrap the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractSlider,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from studyapp.generate.model import CHOICE_KINDS, ORDER_KINDS, StudyItem
from studyapp.ui import review_format as fmt
from studyapp.ui import theme
from studyapp.ui.order_drill import OrderList, shown_entries

CARD_MAX_WIDTH = 780
LONG_PROMPT = 220  # characters: a longer question is set smaller (decided by the question alone)
PROMPT_SIZE, LONG_PROMPT_SIZE, COMPACT_PROMPT_SIZE = 17.0, 14.0, 15.0  # points, reading type
BODY_SIZE = 14.0  # choices, lists and multi-line answers: the body of the card
SOURCE_SIZE = 12.0
COMPACT_HEIGHT = 420  # px of card room under which the card's margins shrink
LINE_STEP = 40  # px scrolled by an arrow key


class Reply(Enum):
    """How the learner asked for the answer."""

    REVEALED = "revealed"  # Show answer
    PICKED = "picked"  # a choice
    ARRANGED = "arranged"  # an order drill checked
    DONT_KNOW = "dont-know"  # "I don't know"


@dataclass(frozen=True)
class Response:
    """What the learner answered: the choice picked, or the order arranged."""

    reply: Reply
    choice: str | None = None
    arranged: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Verdict:
    """A sentence on the learner's response, and whether it was right (its colour)."""

    text: str
    right: bool


def is_choice(item: StudyItem) -> bool:
    return item.kind in CHOICE_KINDS and bool(item.choices)


def is_order(item: StudyItem) -> bool:
    return item.kind in ORDER_KINDS and bool(item.order)


class StableLabel(QLabel):
    """A word-wrapped rich-text label as tall as the taller of its text and a reserved one (the question with
    its gap filled), so that showing the reserved text later moves nothing below or above it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self._twin = QLabel()  # never shown: measures the reserved text
        self._twin.setWordWrap(True)
        self._twin.setTextFormat(Qt.TextFormat.RichText)

    def set_texts(self, shown: str, reserved: str = "") -> None:
        self._twin.setText(reserved)
        self.setText(shown)
        self.updateGeometry()

    def setFont(self, font) -> None:
        super().setFont(font)
        self._twin.setFont(font)

    def heightForWidth(self, width: int) -> int:
        own = super().heightForWidth(width)
        return max(own, self._twin.heightForWidth(width)) if self._twin.text() else own


def _label(role: str | None = None, *, rich: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    return label


EDITED_MARK = "EDITED"  # after the kind, on a card the learner rewrote


class CardView(QScrollArea):
    """Shows one item: :meth:`ask`, then :meth:`reveal`. Emits ``choice_clicked(number)`` (1-based)."""

    choice_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.item: StudyItem | None = None
        self._shown: tuple[str, ...] | None = None  # an order drill's entries as first listed

        self.kind_label = _label("muted")
        self.prompt_label = StableLabel()
        self.prompt_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.choice_buttons: list[QPushButton] = []
        choices = QVBoxLayout()
        choices.setSpacing(8)
        for number in range(1, 5):
            button = QPushButton()
            button.setProperty("role", "choice")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, n=number: self.choice_clicked.emit(n))
            choices.addWidget(button)
            self.choice_buttons.append(button)
        self.order_list = OrderList()
        self.order_list.currentRowChanged.connect(lambda _row: self._keep_current_row_in_sight())
        self.order_result = _label(rich=True)  # the drill answered: one list, annotated
        self.rule = QFrame()
        self.rule.setFrameShape(QFrame.Shape.HLine)
        self.rule.setStyleSheet("color: palette(mid);")
        self.answer_label = _label(rich=True)
        self.grade_label = _label()
        self.source_label = _label(rich=True)
        self.source_label.setFont(theme.reading_font(SOURCE_SIZE))

        self.card = QFrame()
        self.card.setProperty("role", "card")
        self.card.setMaximumWidth(CARD_MAX_WIDTH)
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setSpacing(14)
        for widget in (self.kind_label, self.prompt_label):
            self.card_layout.addWidget(widget)
        self.card_layout.addLayout(choices)
        for widget in (
            self.order_list,
            self.order_result,
            self.rule,
            self.answer_label,
            self.grade_label,
            self.source_label,
        ):
            self.card_layout.addWidget(widget)

        sheet = QWidget()
        sheet.setAutoFillBackground(False)
        self.sheet_layout = QVBoxLayout(sheet)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card, 100)
        row.addStretch(1)
        self.sheet_layout.addLayout(row)
        self.sheet_layout.addStretch(1)
        self.setWidget(sheet)
        self.viewport().setAutoFillBackground(False)
        bar = self.verticalScrollBar()
        bar.setSingleStep(LINE_STEP)
        bar.rangeChanged.connect(lambda _low, _high: self._reserve_scroll_bar())
        self._compact: bool | None = None
        self._set_size(PROMPT_SIZE)
        self._reserve_scroll_bar()
        self._fit_margins()

    # --- showing ----------------------------------------------------------------------------------------
    def ask(self, item: StudyItem, *, edited: bool = False) -> None:
        """The question side of ``item``, scrolled to the top; ``edited``: the learner rewrote it (marked)."""
        self.item = item
        c = theme.colors()
        self._set_size(self._prompt_size(item))
        self.kind_label.setText(fmt.caption(item).upper() + (f"  ·  {EDITED_MARK}" if edited else ""))
        self.kind_label.setToolTip("You edited this card (E edits it again)." if edited else "")
        self._shown = shown_entries(item)
        if self._shown is not None:
            self.order_list.set_entries(self._shown)
        arranged_here = self._shown is not None
        prompt = fmt.prompt_html(item, first_line_only=arranged_here, muted=c.muted)
        self.prompt_label.set_texts(prompt, fmt.answer_html(item, c) if item.cloze else "")
        choice = is_choice(item)
        for number, button in enumerate(self.choice_buttons, 1):
            visible = choice and number <= len(item.choices)
            button.setVisible(visible)
            if visible:
                button.setText(f"{number}    {item.choices[number - 1]}")  # a button's text is plain
                _set_state(button, "")
        self.order_list.setVisible(arranged_here)
        for widget in (self.order_result, self.rule, self.answer_label, self.grade_label, self.source_label):
            widget.setVisible(False)
        self.verticalScrollBar().setValue(0)

    def reveal(self, response: Response, verdict: Verdict | None = None) -> None:
        """The answer, in place under the question, with a verdict on an auto-graded response."""
        item = self.item
        if item is None:
            return
        c = theme.colors()
        if item.cloze:
            self.prompt_label.set_texts(fmt.answer_html(item, c))  # the gap filled, in the room kept for it
        if is_choice(item):
            for button, choice in zip(self.choice_buttons, item.choices, strict=False):
                state = "right" if choice == item.answer else "wrong" if choice == response.choice else ""
                _set_state(button, state)
        elif self._shown is not None:  # the arranged list becomes the answer, in its place
            arranged = response.arranged if response.reply is Reply.ARRANGED else None
            self.order_list.setVisible(False)
            self.order_result.setText(fmt.order_html(item, arranged, c))
            self.order_result.setVisible(True)
        self.rule.setVisible(True)
        separate_answer = not (item.cloze or is_choice(item) or self._shown is not None)
        self.answer_label.setVisible(separate_answer)
        if separate_answer:  # a one-line answer as large as the question, a list at body size
            lines = len(item.answer.splitlines()) > 1 or is_order(item)
            size = BODY_SIZE if lines else self.prompt_label.font().pointSizeF()
            if self.answer_label.font().pointSizeF() != size:
                self.answer_label.setFont(theme.reading_font(size))
            self.answer_label.setText(fmt.answer_html(item, c))
        self.grade_label.setVisible(verdict is not None)
        if verdict is not None:
            self.grade_label.setText(verdict.text)
            self.grade_label.setStyleSheet(f"color: {c.right if verdict.right else c.wrong}; font-weight: 600;")
        self.source_label.setText(fmt.source_html(item, c))
        self.source_label.setVisible(True)
        QTimer.singleShot(0, self._answer_in_sight)

    @property
    def arranging(self) -> bool:
        """True while an order drill's list is shown for arranging."""
        return self._shown is not None and self.order_list.isVisibleTo(self)

    def arranged(self) -> tuple[str, ...]:
        return self.order_list.entries()

    def rearranged(self) -> bool:
        """True once the learner has moved an entry of the order drill."""
        return self._shown is not None and self.order_list.entries() != self._shown

    # --- keyboard ---------------------------------------------------------------------------------------
    def scroll_key(self, key: int) -> bool:
        """Scroll for an arrow, Page Up/Down, Home or End key; False for any other key."""
        action = {
            Qt.Key.Key_Up: QAbstractSlider.SliderAction.SliderSingleStepSub,
            Qt.Key.Key_Down: QAbstractSlider.SliderAction.SliderSingleStepAdd,
            Qt.Key.Key_PageUp: QAbstractSlider.SliderAction.SliderPageStepSub,
            Qt.Key.Key_PageDown: QAbstractSlider.SliderAction.SliderPageStepAdd,
            Qt.Key.Key_Home: QAbstractSlider.SliderAction.SliderToMinimum,
            Qt.Key.Key_End: QAbstractSlider.SliderAction.SliderToMaximum,
        }.get(key)
        if action is None:
            return False
        self.verticalScrollBar().triggerAction(action)
        return True

    def _keep_current_row_in_sight(self) -> None:
        row = self.order_list.currentRow()
        if row < 0 or not self.order_list.isVisible():
            return
        rect = self.order_list.visualItemRect(self.order_list.item(row))
        top = self.order_list.mapTo(self.widget(), rect.topLeft())
        self.ensureVisible(top.x(), top.y() + rect.height() // 2, 0, rect.height() // 2 + 12)

    def _answer_in_sight(self) -> None:
        """When an answer shown under the question starts below the window (a long question in a small
        window), scroll just enough to show its first line; otherwise nothing moves. (Choices, clozes and
        order drills show their answer in place.)"""
        if not self.answer_label.isVisible():
            return
        top = self.answer_label.mapTo(self.widget(), self.answer_label.rect().topLeft()).y()
        bar = self.verticalScrollBar()
        first_line = self.answer_label.fontMetrics().lineSpacing() + 8
        if top + first_line > bar.value() + self.viewport().height():
            bar.setValue(top + first_line - self.viewport().height())

    # --- layout -----------------------------------------------------------------------------------------
    def _prompt_size(self, item: StudyItem) -> float:
        """Decided by the question alone (and the window), so the answer never changes it."""
        if len(item.prompt) > LONG_PROMPT:
            return LONG_PROMPT_SIZE
        return COMPACT_PROMPT_SIZE if self._compact else PROMPT_SIZE

    def _set_size(self, size: float) -> None:
        if self.prompt_label.font().pointSizeF() != size:
            self.prompt_label.setFont(theme.reading_font(size))
        if self.order_result.font().pointSizeF() != BODY_SIZE:
            body = theme.reading_font(BODY_SIZE)
            for widget in (self.order_result, self.order_list, *self.choice_buttons):
                widget.setFont(body)

    def _reserve_scroll_bar(self) -> None:
        """Lay the card out in the width left beside a scroll bar, shown or not."""
        extent = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        right = 0 if self.verticalScrollBar().maximum() > 0 else extent
        margins = self.sheet_layout.contentsMargins()
        if margins.right() != right:
            self.sheet_layout.setContentsMargins(0, 0, right, 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_margins()

    def _fit_margins(self) -> None:
        compact = self.height() < COMPACT_HEIGHT
        if compact != self._compact:
            self._compact = compact
            if self.item is not None:
                self._set_size(self._prompt_size(self.item))
            self.card_layout.setContentsMargins(*((24, 16, 24, 16) if compact else (36, 28, 36, 28)))
            self.card_layout.setSpacing(10 if compact else 14)


def _set_state(button: QPushButton, state: str) -> None:
    if button.property("state") != state:
        font = button.font()
        button.setProperty("state", state)
        button.style().unpolish(button)
        button.style().polish(button)
        button.setFont(font)  # polishing by the style sheet puts the application's font back
