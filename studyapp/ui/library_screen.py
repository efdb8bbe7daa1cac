"""The library screen: the decks with today's counts and exam countdown; import by button, menu or drop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studyapp.services import deck_identity
from studyapp.services.changes import Changes
from studyapp.services.library import DeckSummary, ImportResult, Library
from studyapp.ui import theme
from studyapp.ui.deck_panel import DeckPanel
from studyapp.ui.deck_update_dialog import ask_update
from studyapp.ui.typography import heading
from studyapp.ui.widgets import plain_tip, show_error
from studyapp.ui.worker import run_in_background

FILE_FILTER = "Documents (*.txt *.md *.markdown);;All files (*)"
COLUMNS = ("Deck", "New", "Learning", "Due", "Exam")
COMPACT_HEIGHT = 560


def exam_text(deck: DeckSummary) -> str:
    if deck.days_to_exam is None:
        return "—"
    if deck.days_to_exam < 0:
        return "past"
    if deck.days_to_exam == 0:
        return "today"
    return "tomorrow" if deck.days_to_exam == 1 else f"in {deck.days_to_exam} days"


class LibraryScreen(QWidget):
    """Lists the decks. Emits ``study_requested``/``read_requested`` with a deck id, ``changed`` after imports.

    A deck not started yet (no section read, no card answered) begins with reading: its main action (Enter,
    double-click, the highlighted button) is "Start reading"; afterwards it is "Study now".
    """

    study_requested = Signal(str)
    read_requested = Signal(str)
    set_aside_requested = Signal(str)
    options_requested = Signal(str)
    changed = Signal(object)  # Changes
    imported = Signal(str)  # deck id

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._decks: list[DeckSummary] = []
        self._started: dict[str, bool] = {}
        self.last_error: QMessageBox | None = None
        self._stale = False
        self.setAcceptDrops(True)

        title = QLabel("Library")
        title.setProperty("role", "title")
        self.subtitle = QLabel()
        self.subtitle.setProperty("role", "subtitle")
        self.import_button = QPushButton("Import document…")
        self.import_button.setToolTip(
            "Import a text or Markdown document as a new deck (Ctrl+O). You can also drop files here."
        )
        self.import_button.clicked.connect(self.choose_and_import)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignBottom)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(44)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(column, 96 if column < 4 else 120)
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.itemDoubleClicked.connect(lambda _item: self.main_action())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.panel = DeckPanel(library)
        self.panel.set_aside_requested.connect(self.set_aside_requested.emit)

        self.empty_hint = QLabel("No decks yet. Import a document (Ctrl+O) or drop a text file here.")
        self.empty_hint.setProperty("role", "muted")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.study_button = QPushButton("Study now")
        self.study_button.setProperty("role", "primary")
        self.study_button.setToolTip("Review the selected deck's cards due today (Enter)")
        self.study_button.clicked.connect(lambda: self._emit_for_selected(self.study_requested))
        self.read_button = QPushButton("Read")
        self.read_button.setToolTip("Open the selected deck's document in the reader, where you left it")
        self.read_button.clicked.connect(lambda: self._emit_for_selected(self.read_requested))
        self.options_button = QPushButton("Options…")
        self.options_button.setToolTip("Deck options: daily limits, retention, exam date (Ctrl+,)")
        self.options_button.clicked.connect(lambda: self._emit_for_selected(self.options_requested))
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.options_button, self.read_button, self.study_button):
            actions.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addLayout(header)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_hint)
        self.panel.layout().addSpacing(6)
        self.panel.layout().addLayout(actions)
        layout.addWidget(self.panel)
        layout.addStretch(1)
        self.drop_tip = QLabel("Drop text or Markdown files anywhere here to import them.")
        self.drop_tip.setProperty("role", "muted")
        layout.addWidget(self.drop_tip)
        self.refresh()

    # --- data -------------------------------------------------------------------------------------------
    def refresh(self, changes: Changes | None = None, *, select: str | None = None) -> None:
        """Reload the decks, keeping the selection (or selecting ``select``); while hidden, only note that a
        reload is due."""
        if changes is not None and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        selected = select or self.selected_deck_id()
        self._decks = self.library.decks()
        self._started = {deck.id: self.library.reading.started(deck.id) for deck in self._decks}
        c = theme.colors()
        self.table.setRowCount(len(self._decks))
        for row, deck in enumerate(self._decks):
            cells = (heading(deck.title), str(deck.new), str(deck.learning), str(deck.due), exam_text(deck))
            tones = (None, c.new, c.learning, c.due, None)
            for column, (text, tone) in enumerate(zip(cells, tones, strict=True)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, deck.id)
                if column == 0:
                    cell.setToolTip(plain_tip(f"{heading(deck.title)}\n{deck.total} cards in all"))
                if tone and text != "0":
                    cell.setForeground(QColor(tone))
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                elif column:
                    cell.setForeground(QColor(c.muted))
                self.table.setItem(row, column, cell)
        due_total = sum(d.new + d.learning + d.due for d in self._decks)
        count = len(self._decks)
        self.subtitle.setText(
            f"{count} deck{'s' if count != 1 else ''} · {due_total} card{'s' if due_total != 1 else ''} to study today"
        )
        self.empty_hint.setVisible(not self._decks)
        self.table.setVisible(bool(self._decks))
        self.table.blockSignals(True)  # the deck panel is filled once below, not once per selection step
        self.select_deck(selected or (self._decks[0].id if self._decks else None))
        self.table.blockSignals(False)
        self._update_buttons()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact = self.height() < COMPACT_HEIGHT  # the decks get the room; the drop tip is also a tooltip
        self.layout().setContentsMargins(32, 12 if compact else 24, 32, 12 if compact else 24)
        self.layout().setSpacing(10 if compact else 16)
        self.drop_tip.setVisible(not compact)

    def decks(self) -> list[DeckSummary]:
        return list(self._decks)

    def selected_deck_id(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def select_deck(self, deck_id: str | None) -> None:
        for row, deck in enumerate(self._decks):
            if deck.id == deck_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        selected = self.selected_deck_id()
        has = selected is not None
        reading_first = has and not self._started.get(selected, True)
        self.panel.show_deck(next((d for d in self._decks if d.id == selected), None), reading_first=reading_first)
        for button in (self.study_button, self.read_button, self.options_button):
            button.setEnabled(has)
        opened = reading_first and self.library.reading.begun(selected)
        self.read_button.setText(("Continue reading" if opened else "Start reading") if reading_first else "Read")
        _set_role(self.read_button, "primary" if reading_first else "")
        _set_role(self.study_button, "" if reading_first else "primary")

    def main_action(self) -> None:
        """Enter or a double-click: start reading a deck not started yet, else study it."""
        deck_id = self.selected_deck_id()
        if deck_id:
            started = self._started.get(deck_id, True)
            (self.study_requested if started else self.read_requested).emit(deck_id)

    def _emit_for_selected(self, signal: Signal) -> None:
        deck_id = self.selected_deck_id()
        if deck_id:
            signal.emit(deck_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.main_action()
            return
        super().keyPressEvent(event)

    # --- import -----------------------------------------------------------------------------------------
    def choose_and_import(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, "Import documents", str(Path.home()), FILE_FILTER)
        for name in names:
            self.import_path(Path(name))

    def import_path(self, path: Path) -> None:
        """Import ``path`` in the background; the deck appears (selected) when done. A different document with
        the title of a deck asks first whether it is a deck of its own or a new version of that deck."""
        run_in_background(
            self,
            f"Importing “{path.name}”…",
            lambda progress, cancelled: deck_identity.prepare(self.library, path, progress=progress, cancel=cancelled),
            on_done=lambda prepared: self._prepared(path, prepared),
            on_error=lambda message: self._failed(path, message),
        )

    def _prepared(self, path: Path, prepared: deck_identity.PreparedImport) -> None:
        as_update = None
        if prepared.existing is not None and not prepared.same_document:
            as_update = ask_update(self, prepared, self.library.deck(prepared.existing).title)
            if as_update is None:
                return
        run_in_background(
            self,
            f"Saving “{path.name}”…",
            lambda _progress, _cancelled: deck_identity.store(self.library, prepared, as_update=as_update),
            on_done=self._imported,
            on_error=lambda message: self._failed(path, message),
            cancellable=False,
        )

    def _failed(self, path: Path, message: str) -> None:
        self.last_error = show_error(self, "Import failed", f"“{path.name}” could not be imported.\n\n{message}")

    def _imported(self, result: ImportResult) -> None:
        self.refresh(select=result.deck_id)
        self.changed.emit(result.changes)  # for the other screens: this one is up to date
        self.imported.emit(result.deck_id)
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                f"Imported “{heading(result.title)}”: {result.added} new cards, {result.kept} kept, "
                f"{result.retired} retired.",
                8000,
            )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_documents(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _dropped_documents(event)
        if paths:
            event.acceptProposedAction()
            for path in paths:
                self.import_path(path)


def _set_role(button: QPushButton, role: str) -> None:
    if button.property("role") != role:
        button.setProperty("role", role)
        button.style().unpolish(button)
        button.style().polish(button)


def _dropped_documents(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """Every dropped file (not folder): one that is not text is refused by the import in plain words, which
    beats a drop that silently does nothing."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [
        Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and not Path(url.toLocalFile()).is_dir()
    ]
