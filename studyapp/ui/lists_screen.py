"""List drills: pick a numbered list, then recall it one entry at a time (its neighbours as hints) or whole,
and check yourself. Each verdict counts as a review of the entry's card (or the whole list's), once a day.

Keys: Space shows the entry; Y / N say whether you knew it; Ctrl+Enter checks a whole list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.grading import suggested_rating
from studyapp.core.list_drill import DrillList, ListPhase, OneByOne, WholeList
from studyapp.services.library import Library
from studyapp.ui import theme
from studyapp.ui.quiz_screen import centred
from studyapp.ui.typography import heading, smarten
from studyapp.ui.widgets import ElidedLabel

LIST_ROLE = Qt.ItemDataRole.UserRole


def _plain(role: str | None = None, *, size: float | None = None) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    if size:
        label.setFont(theme.reading_font(size))
    return label


class ListsScreen(QWidget):
    """Emits ``changed(Changes)`` after a verdict reached the scheduler; ``source_requested(deck, section,
    lead)`` to show a list in the reader."""

    changed = Signal(object)
    source_requested = Signal(str, str, str)

    def __init__(self, library: Library, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.clock = library, clock
        self.practice = library.practice
        self.deck_id: str | None = None
        self.lists: list[DrillList] = []
        self.drill: OneByOne | WholeList | None = None
        self._unit_items: dict[str, str] = {}

        self.title = QLabel("Lists")
        self.title.setProperty("role", "title")
        self.subtitle = ElidedLabel()
        self.subtitle.setProperty("role", "subtitle")
        self.picker = QListWidget()
        self.picker.setWordWrap(True)
        self.picker.currentItemChanged.connect(lambda row, _prev: row is not None and self.choose(row.data(LIST_ROLE)))

        self.list_title = _plain(size=15)
        self.list_title.setStyleSheet("font-weight: 600;")
        self.lead = _plain("muted")
        self.one_button = QPushButton("One at a time")
        self.one_button.setProperty("role", "primary")
        self.one_button.clicked.connect(self.start_one_by_one)
        self.whole_button = QPushButton("Whole list")
        self.whole_button.clicked.connect(self.start_whole)
        self.reader_button = QPushButton("Show in the reader")
        self.reader_button.clicked.connect(self._show_in_reader)
        modes = QHBoxLayout()
        for button in (self.one_button, self.whole_button, self.reader_button):
            modes.addWidget(button)
        modes.addStretch(1)

        # one entry at a time
        self.before = _plain("muted", size=13)
        self.current = _plain(size=15)
        self.after = _plain("muted", size=13)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText("Type it (optional), then Space or Enter to see it")
        self.typed.returnPressed.connect(self.reveal)
        self.show_button = QPushButton("Show  (Space)")
        self.show_button.clicked.connect(self.reveal)
        self.knew_button = QPushButton("I knew it  (Y)")
        self.knew_button.clicked.connect(lambda: self.mark(True))
        self.missed_button = QPushButton("I did not  (N)")
        self.missed_button.clicked.connect(lambda: self.mark(False))
        self.progress = _plain("muted")
        one_actions = QHBoxLayout()
        for button in (self.show_button, self.knew_button, self.missed_button):
            one_actions.addWidget(button)
        one_actions.addStretch(1)
        one = QWidget()
        one_layout = QVBoxLayout(one)
        for widget in (self.progress, self.before, self.current, self.after, self.typed):
            one_layout.addWidget(widget)
        one_layout.addLayout(one_actions)
        one_layout.addStretch(1)

        # the whole list
        self.whole_prompt = _plain()
        self.written = QPlainTextEdit()
        self.written.setPlaceholderText("One entry per line, in order")
        self.check_button = QPushButton("Check  (Ctrl+Enter)")
        self.check_button.setProperty("role", "primary")
        self.check_button.clicked.connect(self.check_whole)
        self.check_button.setShortcut("Ctrl+Return")
        self.checks: list[QCheckBox] = []
        self.checks_box = QVBoxLayout()
        self.done_button = QPushButton("Done")
        self.done_button.setProperty("role", "primary")
        self.done_button.clicked.connect(self.finish_whole)
        whole = QWidget()
        whole_layout = QVBoxLayout(whole)
        whole_layout.addWidget(self.whole_prompt)
        whole_layout.addWidget(self.written, 1)
        whole_layout.addWidget(self.check_button)
        whole_layout.addLayout(self.checks_box)
        whole_layout.addWidget(self.done_button)

        self.result = _plain(size=14)
        result = QWidget()
        QVBoxLayout(result).addWidget(self.result)

        self.modes = QStackedWidget()
        self.modes.addWidget(QWidget())  # 0: nothing started
        self.modes.addWidget(one)
        self.modes.addWidget(whole)
        self.modes.addWidget(result)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.list_title)
        right_layout.addWidget(self.lead)
        right_layout.addLayout(modes)
        right_layout.addWidget(self.modes, 1)
        splitter = QSplitter()
        splitter.addWidget(self.picker)
        splitter.addWidget(centred(right, 760))
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 730])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(splitter, 1)

    def show_deck(self, deck_id: str) -> None:
        if deck_id == self.deck_id and self.lists:
            return
        self.deck_id = deck_id
        self.lists = self.practice.lists(deck_id)
        self._unit_items = self.practice.unit_items(deck_id)
        deck_title = heading(self.library.deck(deck_id).title)
        self.subtitle.setText(f"{deck_title} · {len(self.lists)} numbered lists")
        self.picker.clear()
        for drill_list in self.lists:
            row = QListWidgetItem(f"{smarten(drill_list.title)}  ({len(drill_list.entries)})")
            row.setData(LIST_ROLE, drill_list.id)
            row.setToolTip(smarten(drill_list.lead))
            self.picker.addItem(row)
        if self.lists:
            self.picker.setCurrentRow(0)
        else:
            self.list_title.setText("This document has no numbered lists.")
            self.lead.clear()
            for button in (self.one_button, self.whole_button, self.reader_button):
                button.setEnabled(False)

    @property
    def chosen(self) -> DrillList | None:
        row = self.picker.currentItem()
        return next((lst for lst in self.lists if row and lst.id == row.data(LIST_ROLE)), None)

    def choose(self, list_id: str) -> None:
        drill_list = next(lst for lst in self.lists if lst.id == list_id)
        self.list_title.setText(smarten(drill_list.title))
        self.lead.setText(f"{smarten(drill_list.lead)}  ({len(drill_list.entries)} entries)")
        for button in (self.one_button, self.whole_button, self.reader_button):
            button.setEnabled(True)
        self.drill = None
        self.modes.setCurrentIndex(0)

    # --- one entry at a time ------------------------------------------------------------------------------
    def start_one_by_one(self) -> None:
        if self.chosen is None:
            return
        self.drill = OneByOne(self.chosen)
        self.modes.setCurrentIndex(1)
        self._render_one()

    def reveal(self) -> None:
        if isinstance(self.drill, OneByOne) and self.drill.phase is ListPhase.RECALL:
            self.drill.reveal()
            self._render_one()

    def mark(self, knew: bool) -> None:
        if not isinstance(self.drill, OneByOne):
            return
        entry = self.drill.mark(knew)
        if entry is not None:
            self._record(self.drill.list.unit(entry), knew)
            self._render_one()

    def _render_one(self) -> None:
        drill = self.drill
        if drill.phase is ListPhase.DONE:
            right, total = drill.score
            self._show_result(f"{right} of {total} entries recalled.")
            return
        entry = drill.entry
        before, after = drill.hints
        self.progress.setText(f"Entry {drill.index + 1} of {len(drill.list.entries)}")
        self.before.setText(f"{before.number}. {smarten(before.text)}" if before else "(the first entry)")
        self.after.setText(f"{after.number}. {smarten(after.text)}" if after else "(the last entry)")
        checking = drill.phase is ListPhase.CHECK
        if checking:
            self.current.setText(f"{entry.number}. {smarten(entry.text)}")
            typed = self.typed.text().strip()
            if typed:
                guess = drill.suggest(typed)
                c = theme.colors()
                self.current.setStyleSheet(f"color: {c.right if guess else c.wrong}; font-weight: 600;")
            else:
                self.current.setStyleSheet("font-weight: 600;")
        else:
            self.current.setText(f"{entry.number}. ______")
            self.current.setStyleSheet("font-weight: 600;")
            self.typed.clear()
            self.typed.setFocus()
        self.typed.setReadOnly(checking)
        self.show_button.setVisible(not checking)
        self.knew_button.setVisible(checking)
        self.missed_button.setVisible(checking)
        if checking:
            self.setFocus()

    # --- the whole list -----------------------------------------------------------------------------------
    def start_whole(self) -> None:
        if self.chosen is None:
            return
        self.drill = WholeList(self.chosen)
        self.whole_prompt.setText(
            f"Write the {len(self.chosen.entries)} entries of “{smarten(self.chosen.title)}”, one per line."
        )
        self.written.clear()
        self.written.setReadOnly(False)
        self._clear_checks()
        self.check_button.setVisible(True)
        self.done_button.setVisible(False)
        self.modes.setCurrentIndex(2)
        self.written.setFocus()

    def check_whole(self) -> None:
        if not isinstance(self.drill, WholeList) or self.drill.phase is not ListPhase.RECALL:
            return
        suggested = self.drill.check(self.written.toPlainText())
        self.written.setReadOnly(True)
        self._clear_checks()
        for entry in self.drill.list.entries:
            box = QCheckBox(f"{entry.number}. {smarten(entry.text)}")
            box.setChecked(suggested[entry.number])
            self.checks.append(box)
            self.checks_box.addWidget(box)
        self.check_button.setVisible(False)
        self.done_button.setVisible(True)
        self.done_button.setFocus()

    def finish_whole(self) -> None:
        if not isinstance(self.drill, WholeList):
            return
        known = {e.number: box.isChecked() for e, box in zip(self.drill.list.entries, self.checks, strict=True)}
        self.drill.finish(known)
        self._record(self.drill.list.id, self.drill.all_known)
        right, total = self.drill.score
        self._show_result(f"{right} of {total} entries recalled" + (": the whole list." if right == total else "."))

    def _clear_checks(self) -> None:
        for box in self.checks:
            box.hide()  # at once: the deletion waits for the event loop
            box.deleteLater()
        self.checks = []

    # --- shared -------------------------------------------------------------------------------------------
    def _show_result(self, text: str) -> None:
        self.result.setText(f"{text}\n\nChoose a mode to go again, or another list.")
        self.modes.setCurrentIndex(3)

    def _record(self, unit: str, knew: bool) -> None:
        item_id = self._unit_items.get(unit)
        if self.deck_id is None or item_id is None or self.library.read_only:
            return
        try:
            recorded = self.practice.record_answer(self.deck_id, item_id, suggested_rating(knew), self.clock())
        except KeyError:
            return
        if recorded.counted:
            self.changed.emit(recorded.changes)

    def _show_in_reader(self) -> None:
        if self.deck_id and self.chosen:
            self.source_requested.emit(self.deck_id, self.chosen.section, self.chosen.lead)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if isinstance(self.drill, OneByOne):
            if self.drill.phase is ListPhase.RECALL and key in (Qt.Key.Key_Space, Qt.Key.Key_Return):
                self.reveal()
                return
            if self.drill.phase is ListPhase.CHECK and key in (Qt.Key.Key_Y, Qt.Key.Key_N):
                self.mark(key == Qt.Key.Key_Y)
                return
        super().keyPressEvent(event)
