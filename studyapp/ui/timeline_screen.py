"""The timeline screen: every dated fact of a deck on the zoomable axis, sections to show or hide, the
event picked with its sentence, and two drills from it: "which came first?" and "place this event"."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.timeline import TimelineEvent
from studyapp.core.timeline_drills import PlaceEvent, WhichFirst, masked, place_event, which_first
from studyapp.services.library import Library
from studyapp.ui import theme
from studyapp.ui.timeline_view import TimelineView, section_colors
from studyapp.ui.typography import heading, smarten
from studyapp.ui.widgets import ElidedLabel

SECTION_ROLE = Qt.ItemDataRole.UserRole
PANEL_WIDTH = 290


def _plain(role: str | None = None) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    return label


class TimelineScreen(QWidget):
    """Emits ``source_requested(deck_id, section_id, sentence)`` when an event is opened; ``changed`` is never
    emitted (drills here are practice, not reviews) but kept for the window's wiring."""

    changed = Signal(object)
    source_requested = Signal(str, str, str)

    def __init__(self, library: Library, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.clock = library, clock
        self.deck_id: str | None = None
        self.events: list[TimelineEvent] = []
        self.titles: dict[str, str] = {}
        self.rng = random.Random()
        self.drill: WhichFirst | PlaceEvent | None = None
        self.drill_score = [0, 0]  # right, asked

        self.title = QLabel("Timeline")
        self.title.setProperty("role", "title")
        self.subtitle = ElidedLabel()
        self.subtitle.setProperty("role", "subtitle")

        self.view = TimelineView()
        self.view.activated.connect(self.open_event)
        self.view.selected.connect(self._describe)
        self.detail = ElidedLabel()  # one line: the view keeps its height; the whole sentence is its tooltip
        self.open_button = QPushButton("Open in the reader  (Enter)")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(
            lambda: self.view.current is not None and self.open_event(self.view.events[self.view.current])
        )
        hint = ElidedLabel("Wheel or +/- to zoom · drag or Shift+←/→ to move · ←/→ pick an event · Home shows all")
        hint.setProperty("role", "muted")
        detail_row = QHBoxLayout()
        detail_row.addWidget(self.detail, 1)
        detail_row.addWidget(self.open_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(detail_row)
        left_layout.addWidget(hint)

        self.sections = QListWidget()
        self.sections.setMaximumHeight(170)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.sections.itemChanged.connect(self._filter)
        self.first_button = QPushButton("Which came first?")
        self.first_button.clicked.connect(self.new_which_first)
        self.place_button = QPushButton("Place this event")
        self.place_button.clicked.connect(self.new_place_event)
        drill_buttons = QVBoxLayout()
        drill_buttons.addWidget(self.first_button)
        drill_buttons.addWidget(self.place_button)
        self.drill_question = _plain()
        self.drill_box = QVBoxLayout()
        self.drill_box.setSpacing(6)
        self.drill_feedback = _plain()
        self.drill_feedback.setStyleSheet("font-weight: 600;")
        self.score_label = _plain("muted")
        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(10, 0, 4, 0)
        panel_layout.addWidget(QLabel("Sections (untick to hide)"))
        panel_layout.addWidget(self.sections)
        panel_layout.addSpacing(8)
        drills = QLabel("Drills")
        drills.setStyleSheet("font-weight: 600;")
        panel_layout.addWidget(drills)
        panel_layout.addLayout(drill_buttons)
        panel_layout.addWidget(self.drill_question)
        panel_layout.addLayout(self.drill_box)
        panel_layout.addWidget(self.drill_feedback)
        panel_layout.addWidget(self.score_label)
        panel_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(panel)
        scroll.setMinimumWidth(220)
        scroll.setMaximumWidth(PANEL_WIDTH)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.splitter, 1)

    def show_deck(self, deck_id: str) -> None:
        """Every dated fact of the deck, all shown."""
        if deck_id == self.deck_id and self.events:
            return
        self.deck_id = deck_id
        repos = self.library.repos()
        sections = repos.documents.sections(deck_id)
        self.titles = {sid: heading(title) for sid, title, _, _ in sections}
        self.events = self.library.practice.timeline(deck_id)
        colors = section_colors([sid for sid, _, _, _ in sections])
        self.view.set_events(self.events, colors)
        self._fill_sections(colors)
        title = heading(self.library.deck(deck_id).title)
        if self.events:
            span = f"{self.events[0].date_text} to {max(self.events, key=lambda e: e.end).date_text}"
            self.subtitle.setText(f"{title} · {len(self.events)} dated facts, {span}")
        else:
            self.subtitle.setText(f"{title} · no dated facts in this document")
        self.detail.setText("Click an event to open it in the reader; pick one with ←/→ to read it here.")
        self.open_button.setEnabled(False)
        self._clear_drill()
        self.drill_score = [0, 0]
        self.score_label.clear()
        for button in (self.first_button, self.place_button):
            button.setEnabled(len(self.events) >= 3)

    def _fill_sections(self, colors: dict[str, str]) -> None:
        self.sections.blockSignals(True)
        self.sections.clear()
        present = {e.section for e in self.events}
        for sid, color in colors.items():
            if sid not in present:
                continue
            swatch = QPixmap(12, 12)
            swatch.fill(QColor(color))
            row = QListWidgetItem(QIcon(swatch), self.titles.get(sid, sid))
            row.setData(SECTION_ROLE, sid)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            row.setToolTip(self.titles.get(sid, sid))
            self.sections.addItem(row)
        self.sections.blockSignals(False)

    def _filter(self, _row=None) -> None:
        rows = [self.sections.item(i) for i in range(self.sections.count())]
        self.view.set_hidden_sections({r.data(SECTION_ROLE) for r in rows if r.checkState() != Qt.CheckState.Checked})

    def _describe(self, event: TimelineEvent) -> None:
        self.detail.setText(f"{event.date_text} — {smarten(event.sentence)}  ({self.titles.get(event.section, '')})")
        self.open_button.setEnabled(True)

    def open_event(self, event: TimelineEvent) -> None:
        if self.deck_id:
            self.source_requested.emit(self.deck_id, event.section, event.sentence)

    # --- drills -------------------------------------------------------------------------------------------
    def _pool(self) -> list[TimelineEvent]:
        hidden = self.view.hidden_sections
        return [e for e in self.events if e.section not in hidden]

    def _clear_drill(self) -> None:
        self.drill = None
        while self.drill_box.count():
            widget = self.drill_box.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # at once: the deletion waits for the event loop
                widget.deleteLater()
        self.drill_question.clear()
        self.drill_feedback.clear()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setProperty("role", "choice")
        button.clicked.connect(slot)
        self.drill_box.addWidget(button)
        return button

    def new_which_first(self) -> None:
        self._clear_drill()
        self.drill = which_first(self._pool(), self.rng)
        if self.drill is None:
            self.drill_question.setText("Not enough events that do not overlap.")
            return
        self.drill_question.setText("Which came first? (1 or 2)")
        for number, event in enumerate(self.drill.shown, 1):
            self.drill_box.addWidget(_plain())
            self.drill_box.itemAt(self.drill_box.count() - 1).widget().setText(f"{number}. {smarten(masked(event))}")
            self._button(f"{number} came first", lambda _c=False, e=event: self.answer_which_first(e))

    def answer_which_first(self, picked: TimelineEvent) -> None:
        drill = self.drill
        if not isinstance(drill, WhichFirst):
            return
        right = drill.is_right(picked)
        later = drill.shown[1] if drill.first is drill.shown[0] else drill.shown[0]
        self._verdict(right, f"{drill.first.date_text} came before {later.date_text}.")

    def new_place_event(self) -> None:
        self._clear_drill()
        self.drill = place_event(self._pool(), self.rng)
        if self.drill is None:
            self.drill_question.setText("Not enough events that do not overlap.")
            return
        self.drill_question.setText(f"Where does this belong? {smarten(masked(self.drill.event))}")
        for slot in range(len(self.drill.references) + 1):
            self._button(f"Here  ({slot + 1})", lambda _c=False, s=slot: self.answer_place(s))
            if slot < len(self.drill.references):
                reference = self.drill.references[slot]
                label = _plain("muted")
                label.setText(f"{reference.date_text} — {smarten(reference.sentence)}")
                self.drill_box.addWidget(label)

    def answer_place(self, slot: int) -> None:
        drill = self.drill
        if not isinstance(drill, PlaceEvent):
            return
        self._verdict(drill.is_right(slot), f"It happened in {drill.event.date_text}.")

    def _verdict(self, right: bool, explanation: str) -> None:
        c = theme.colors()
        self.drill_score[0] += right
        self.drill_score[1] += 1
        self.drill_feedback.setText(("Right. " if right else "Not quite. ") + explanation)
        self.drill_feedback.setStyleSheet(f"font-weight: 600; color: {c.right if right else c.wrong};")
        self.score_label.setText(f"{self.drill_score[0]} of {self.drill_score[1]} right in this sitting")
        for index in range(self.drill_box.count()):
            widget = self.drill_box.itemAt(index).widget()
            if isinstance(widget, QPushButton):
                widget.setEnabled(False)
        self.drill = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.drill is not None and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            number = key - Qt.Key.Key_0
            if isinstance(self.drill, WhichFirst) and number <= 2:
                self.answer_which_first(self.drill.shown[number - 1])
            elif isinstance(self.drill, PlaceEvent) and number <= len(self.drill.references) + 1:
                self.answer_place(number - 1)
            return
        super().keyPressEvent(event)
