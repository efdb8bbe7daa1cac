"""The card browser: every card of a deck or of all decks in a table (sorted by a click on a header, filtered,
searched), a card's answers beside it, and actions on the selected cards."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.cards import from_us
from studyapp.errors import StudyappError
from studyapp.generate.model import KINDS, split_topic
from studyapp.services.browser import COLUMNS, STATES, BrowseQuery, BrowserRow
from studyapp.services.changes import Changes
from studyapp.services.learner_cards import changes_of
from studyapp.services.library import Library
from studyapp.ui.browser_model import HEADERS, BrowserModel
from studyapp.ui.card_editor import CardEditor
from studyapp.ui.reject_dialog import RejectDialog

SEARCH_DELAY_MS = 150
_RATINGS = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}


def _combo(items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for label, value in items:
        combo.addItem(label, value)
    return combo


class BrowserScreen(QWidget):
    """Emits ``changed(Changes)`` after each action."""

    changed = Signal(object)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.deck_id: str | None = None
        self.choose_export_path: Callable[[], str] = self._ask_export_path
        self.model = BrowserModel(library, parent=self)

        self.deck = _combo([("All decks", None)])
        self.section = _combo([("All sections", None)])
        self.kind = _combo([("All kinds", None), *((k.replace("-", " "), k) for k in KINDS)])
        self.state = _combo([("All states", None), *((s, s) for s in STATES)])
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search prompt, answer and source (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setProperty("role", "muted")
        filters = QHBoxLayout()
        for widget, widest in ((self.deck, 300), (self.section, 200), (self.kind, 130), (self.state, 120)):
            widget.setMaximumWidth(widest)
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(20 if widget is self.deck else 8)
            filters.addWidget(widget)
        self.search.setMinimumWidth(160)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = header.fontMetrics()
        for column, width in zip(COLUMNS, (85, 110, 0, 110, 85, 0, 0, 0, 0, 0, 90), strict=True):
            fits = metrics.horizontalAdvance(HEADERS[column]) + 24  # the title and the sort arrow
            if column != "prompt":
                header.resizeSection(COLUMNS.index(column), max(width, fits))
        header.setSectionResizeMode(COLUMNS.index("prompt"), QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        header.setSortIndicator(COLUMNS.index("section"), Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setMinimumWidth(180)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([1000, 220])

        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for name, label, slot in (
            ("edit", "&Edit…", self.edit_selected),
            ("suspend", "&Suspend", lambda: self.suspend(True)),
            ("unsuspend", "U&nsuspend", lambda: self.suspend(False)),
            ("forget", "&Forget", self.forget),
            ("reschedule", "&Due date…", self.ask_reschedule),
            ("reject", "&Reject…", self.ask_reject),
            ("restore", "Re&store", self.restore),
            ("export", "E&xport…", self.export),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            self.buttons[name] = button
            actions.addWidget(button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(actions)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.deck.currentIndexChanged.connect(lambda _i: self._deck_chosen())
        for combo in (self.section, self.kind, self.state):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())
        for keys, slot in (
            ("Ctrl+F", self.search.setFocus),
            ("Return", self.edit_selected),
            ("Delete", self.ask_reject),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.table if keys != "Ctrl+F" else self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- showing ---------------------------------------------------------------------------------------------
    def show_deck(self, deck_id: str | None) -> None:
        """The browser on a deck (None: every deck), filters as they were."""
        self.deck.blockSignals(True)
        self.deck.clear()
        self.deck.addItem("All decks", None)
        for summary in self.library.decks():
            self.deck.addItem(summary.title, summary.id)
        self.deck.setCurrentIndex(max(self.deck.findData(deck_id), 0))
        self.deck.blockSignals(False)
        self._deck_chosen()

    def _deck_chosen(self) -> None:
        self.deck_id = self.deck.currentData()
        self.section.blockSignals(True)
        self.section.clear()
        self.section.addItem("All sections", None)
        for section_id, title in self.library.browser.sections(self.deck_id) if self.deck_id else []:
            self.section.addItem(title, section_id)
        self.section.blockSignals(False)
        self.apply_filters()

    def query(self) -> BrowseQuery:
        header = self.table.horizontalHeader()
        section, kind, state = (c.currentData() for c in (self.section, self.kind, self.state))
        return BrowseQuery(
            deck_id=self.deck_id,
            sections=(section,) if section else (),
            kinds=(kind,) if kind else (),
            states=(state,) if state else (),
            search=self.search.text(),
            sort=COLUMNS[header.sortIndicatorSection()] if header.sortIndicatorSection() >= 0 else "section",
            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )

    def apply_filters(self) -> None:
        query = self.query()
        self.model.set_query(query)
        total = self.library.browser.count(replace(query, sort="section"))
        self.count.setText(f"{total:,} card{'s' if total != 1 else ''}")
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show_detail()

    def refresh(self, changes: Changes | None = None) -> None:
        """Read the rows again (another screen changed cards), keeping the selection where it can."""
        if changes is not None and self.deck_id and changes.decks and self.deck_id not in changes.decks:
            return
        selected = set(self.selected_ids())
        self.model.reload()
        for number, row in enumerate(self.model.rows):
            if row.item_id in selected:
                self.table.selectionModel().select(
                    self.model.index(number, 0),
                    QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                )
        self._show_detail()

    def selected_rows(self) -> list[BrowserRow]:
        numbers = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(n) for n in numbers]

    def selected_ids(self) -> list[str]:
        return [row.item_id for row in self.selected_rows()]

    def _show_detail(self) -> None:
        rows = self.selected_rows()
        for name in ("edit",):
            self.buttons[name].setEnabled(len(rows) == 1)
        for name in ("suspend", "unsuspend", "forget", "reschedule", "reject", "restore", "export"):
            self.buttons[name].setEnabled(bool(rows))
        if len(rows) != 1:
            self.detail.setText(f"<p>{len(rows)} cards selected.</p>" if rows else "<p>No card selected.</p>")
            return
        row = rows[0]
        history = self.library.browser.history(row.row.card_id)
        lines = "".join(
            f"<tr><td>{from_us(h.reviewed_us):%Y-%m-%d}</td><td>{_RATINGS.get(h.rating, h.rating)}</td>"
            f"<td>{'' if h.stability is None else f'{h.stability:.1f} d'}</td></tr>"
            for h in reversed(history)
        )
        table = (
            f"<table cellspacing='4'><tr><th align='left'>Answered</th><th align='left'>Rating</th>"
            f"<th align='left'>Stability</th></tr>{lines}</table>"
            if history
            else "<p>Not answered yet.</p>"
        )
        self.detail.setText(
            f"<p><b>{escape(split_topic(row.row.prompt)[1])}</b></p><p>{escape(row.row.answer)}</p>"
            f"<p>{escape(row.section_title)} · {escape(row.state)}</p><h4>History ({len(history)})</h4>{table}"
        )

    # -- actions ---------------------------------------------------------------------------------------------
    def _done(self, changes: Changes, message: str | None = None) -> None:
        self.activateWindow()  # back from a dialog: keys (Ctrl+Z, Delete) go to the table again
        self.table.setFocus()
        self.refresh()
        self.changed.emit(changes)
        if message:
            self.count.setText(message)

    def edit_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        editor = CardEditor(self.library, rows[0].item_id, parent=self)
        accepted = editor.exec()
        editor.deleteLater()
        if accepted and editor.change is not None:
            self._done(changes_of(editor.change))

    def suspend(self, suspended: bool) -> None:
        if self.selected_ids():
            self._done(self.library.browser.suspend(self.selected_ids(), suspended=suspended))

    def forget(self) -> None:
        if self.selected_ids():
            self._done(self.library.browser.forget(self.selected_ids()))

    def ask_reschedule(self) -> None:
        if not self.selected_ids():
            return
        dialog = QDialog(self)
        dialog.setWindowTitle("Set due date")
        day = QDateEdit(QDate.currentDate().addDays(1))
        day.setCalendarPopup(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel("Due on (new cards stay new):"))
        layout.addWidget(day)
        layout.addWidget(buttons)
        accepted = dialog.exec()
        dialog.deleteLater()
        if accepted:
            chosen = day.date().toPython()
            if isinstance(chosen, date):
                self.reschedule(chosen)

    def reschedule(self, day: date) -> None:
        moved, changes = self.library.browser.reschedule(self.selected_ids(), day)
        self._done(changes, f"{moved} card{'s' if moved != 1 else ''} due on {day.isoformat()}.")

    def ask_reject(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        dialog = RejectDialog(len(ids), self)
        accepted = dialog.exec()
        dialog.deleteLater()
        if accepted:
            self._done(changes_of(self.library.learner_cards.reject(ids, dialog.reason)))

    def restore(self) -> None:
        ids = [row.item_id for row in self.selected_rows() if row.row.rejected]
        if ids:
            self._done(changes_of(self.library.learner_cards.restore(ids)))

    def export(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        path = self.choose_export_path()
        if not path:
            return
        try:
            result = self.library.browser.export(ids, path, replace=True)
        except StudyappError as error:
            QMessageBox.warning(self, "Export to Anki", str(error))
            return
        self.count.setText(f"Exported {result.cards} cards ({result.notes} notes) to {result.path.name}.")

    def _ask_export_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self, "Export the selected cards", "selection.apkg", "Anki (*.apkg)")
        return path
