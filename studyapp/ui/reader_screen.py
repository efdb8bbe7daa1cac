"""The reader: the sections as a tree (read marks, mastery), one section set for reading with its passages
highlighted by how well they are known, and at its end the next steps: mark it read, study it, read on."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from studyapp.generate.model import StudyItem
from studyapp.services.changes import Changes
from studyapp.services.library import Library
from studyapp.text.document import Document
from studyapp.ui import reader_html, theme
from studyapp.ui.own_cards import OwnCardMaker
from studyapp.ui.reader_detail import ReaderDetail
from studyapp.ui.reading_view import ReadingView
from studyapp.ui.section_tree import SECTION_ROLE, SectionTree  # noqa: F401 (SECTION_ROLE re-exported)
from studyapp.ui.typography import heading, smarten
from studyapp.ui.widgets import ElidedLabel

SAVE_POSITION_AFTER_MS = 800
DEFAULT_FONT_SIZE, MIN_FONT_SIZE, MAX_FONT_SIZE = 13.0, 9.0, 24.0
TREE_SHARE, TREE_MIN_WIDTH, TREE_MAX_WIDTH = 0.3, 220, 340


def study_label(new_in_section: int, new_today: int, cards: int) -> str | None:
    """What "Study this section" offers: its new cards (as many as today's limit lets in), or a review of
    the cards already met; None for a section without cards."""
    if not cards:
        return None
    if not new_in_section:
        return "Review this section"
    if new_today >= new_in_section:
        return f"Study this section ({new_in_section} new card{'s' if new_in_section != 1 else ''})"
    if new_today == 0:
        return f"Study this section ({new_in_section} new cards; today's limit of new cards is reached)"
    return f"Study this section ({new_today} of its {new_in_section} new cards today)"


class ReaderScreen(QWidget):
    """Reads one deck's document. Emits ``study_section_requested(deck_id, section_id)``, ``changed(Changes)``
    after a read mark or a card brought back, ``set_aside_requested(deck_id)``."""

    study_section_requested = Signal(str, str)
    font_size_changed = Signal(float)
    changed = Signal(object)
    set_aside_requested = Signal(str)

    def __init__(
        self, library: Library, parent: QWidget | None = None, *, font_size: float = DEFAULT_FONT_SIZE
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.font_size = min(MAX_FONT_SIZE, max(MIN_FONT_SIZE, font_size))
        self.deck_id: str | None = None
        self.document: Document | None = None
        self.items: list[StudyItem] = []
        self._cards = reader_html.CardIndex({}, {})
        self._new: dict[str, int] = {}  # new cards per section (with its subsections)
        self._new_today = 0  # new cards today's limit still lets in
        self._cards_open: str | None = None  # the passage whose cards the panel shows
        self._section_id: str | None = None
        self._stale: str | None = None  # "content" or "mastery": changes not yet shown

        self.sections = SectionTree()
        self.tree = self.sections.tree
        self.sections.section_chosen.connect(self._tree_moved)
        self.sections.read_toggled.connect(self.set_read)
        self.sections.set_aside_requested.connect(lambda: self.deck_id and self.set_aside_requested.emit(self.deck_id))

        self.place = ElidedLabel()
        self.place.setProperty("role", "muted")
        self.previous_button = QPushButton("←")
        self.previous_button.setToolTip("Previous section (Alt+Left)")
        self.previous_button.setShortcut("Alt+Left")
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button = QPushButton("→")
        self.next_button.setToolTip("Next section (Alt+Right)")
        self.next_button.setShortcut("Alt+Right")
        self.next_button.clicked.connect(lambda: self._step(1))
        self.study_button = QPushButton("Study this section")
        self.study_button.setProperty("role", "primary")
        self.study_button.setShortcut("Ctrl+Shift+S")
        self.study_button.clicked.connect(self._study_section)
        bar = QHBoxLayout()
        bar.setContentsMargins(16, 10, 16, 10)
        bar.addWidget(self.place, 1)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addSpacing(8)
        bar.addWidget(self.study_button)

        self.view = ReadingView(theme.reading_font(self.font_size))
        shortcuts = (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom(1.0)),
            ("Ctrl+=", lambda: self.zoom(1.0)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom(-1.0)),
            ("Ctrl+0", lambda: self.zoom(0.0)),
            ("Ctrl+Shift+M", lambda: self._section_id and self.set_read(self._section_id, not self._is_read())),
        )
        for keys, slot in shortcuts:
            shortcut = QShortcut(QKeySequence(keys), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.view.tooltip_for = self._tooltip
        self.view.link_activated.connect(self._open_link)
        self.view.verticalScrollBar().valueChanged.connect(lambda _v: self._save_timer.start())
        self._pending_scroll: float | None = None

        self.detail = ReaderDetail()
        self.detail.link_activated.connect(self._open_link)
        self.detail_title, self.detail_text = self.detail.title, self.detail.text

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addLayout(bar)
        page_layout.addWidget(self.view, 1)
        page_layout.addWidget(self.detail)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.sections)
        self.splitter.addWidget(page)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 900])
        self.splitter.setChildrenCollapsible(False)
        self._splitter_moved = False  # until the reader drags it, the tree keeps a share of the width
        self.splitter.splitterMoved.connect(lambda _pos, _index: setattr(self, "_splitter_moved", True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addWidget(self.splitter)

        self.own_cards = OwnCardMaker(self)  # Alt+Z, Alt+X: the learner's own cards from the selected words
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_POSITION_AFTER_MS)
        self._save_timer.timeout.connect(self.save_position)

    # --- public -----------------------------------------------------------------------------------------
    def show_deck(self, deck_id: str) -> None:
        """Load a deck's document and go back to where the reader left it."""
        if deck_id == self.deck_id and self.document is not None:
            if self._stale:
                self._catch_up()
            return
        self.save_position()
        self.deck_id = deck_id
        self.document = self.library.document(deck_id)
        self.items = self.library.items(deck_id)
        self._cards = reader_html.CardIndex.of(self.items)
        self._section_id = None
        self.sections.fill(self.document.sections, self.library.reading.read_sections(deck_id))
        self._update_progress()
        position = self.library.reading_position(deck_id)
        first = self.document.sections[0].id if self.document.sections else None
        target = position.section_id if position and self._has_section(position.section_id) else first
        if target is None:
            self.view.set_page(
                f"<h1>{escape(heading(self.document.title))}</h1><p>This document has no sections to read.</p>"
            )
            self.place.setText(heading(self.document.title))
            for button in (self.study_button, self.previous_button, self.next_button):
                button.setEnabled(False)
            return
        self.show_section(target)
        if position and position.section_id == target and position.scroll > 0:
            self._pending_scroll = position.scroll  # applied when shown at its real size
            if self.isVisible():
                self._apply_pending_scroll()

    def show_section(self, section_id: str) -> None:
        if not self.sections.select(section_id) and section_id != self._section_id:  # select -> _tree_moved
            self._render(section_id)

    def show_sentence(self, section_id: str, sentence: str) -> bool:
        """Show a section with ``sentence`` (its first line) selected and scrolled into view; False when the
        sentence is not found there (the section is shown all the same)."""
        if not self._has_section(section_id):
            return False
        self._pending_scroll = None
        self.show_section(section_id)
        line = sentence.strip().splitlines()[0] if sentence.strip() else ""
        document = self.view.document()
        cursor = document.find(smarten(line)) if line else None
        if cursor is None or cursor.isNull():
            cursor = document.find(smarten(line)[:60]) if line else None
        if cursor is None or cursor.isNull():
            return False
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()
        QTimer.singleShot(0, self.view.ensureCursorVisible)  # again once laid out at the shown size
        return True

    @property
    def section_id(self) -> str | None:
        return self._section_id

    def set_read(self, section_id: str, read: bool = True) -> None:
        """Mark a section read (or not): stored, ticked in the tree, said at the section's end."""
        if self.deck_id is None:
            return
        changes = self.library.reading.set_read(self.deck_id, section_id, read)
        self.sections.set_read(section_id, read)
        if section_id == self._section_id:
            self._render(section_id, keep_place=True)
        self.changed.emit(changes)

    def refresh(self, changes: Changes | None = None) -> None:
        """Catch up with changes: the deck re-imported (reload the text) or its cards studied (mastery,
        highlights and counts). While the reader is hidden the work waits until it is shown again."""
        if self.deck_id is None:
            return
        if changes is None:
            stale = "content"
        elif self.deck_id in changes.decks and not changes.cards and self.deck_id not in changes.settings:
            stale = "content"  # an import: the text and the cards may differ
        elif self.deck_id in changes.decks or changes.cards:
            stale = "mastery"
        else:
            return
        self._stale = "content" if "content" in (stale, self._stale) else stale
        if self.isVisible():
            self._catch_up()

    def _catch_up(self) -> None:
        stale, self._stale = self._stale, None
        if stale == "content":
            deck_id, section = self.deck_id, self._section_id
            self.deck_id, self.document = None, None
            self.show_deck(deck_id)
            if section and self._has_section(section):
                self.show_section(section)
        elif stale == "mastery":
            self._update_progress()
            if self._section_id:
                self._render(self._section_id, keep_place=True)
            if self._cards_open and self.detail.isVisible():
                self._show_cards(self._cards_open, keep_place=True)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._catch_up()
        if self._pending_scroll is not None:
            QTimer.singleShot(0, self._apply_pending_scroll)  # once laid out at the real size

    def zoom(self, step: float) -> None:
        """Larger (step > 0) or smaller type; 0 goes back to the default size."""
        size = DEFAULT_FONT_SIZE if step == 0 else min(MAX_FONT_SIZE, max(MIN_FONT_SIZE, self.font_size + step))
        if size == self.font_size:
            return
        self.font_size = size
        fraction = self.view.scroll_fraction()
        self.view.document().setDefaultFont(theme.reading_font(size))
        self.restyle()
        self.view.set_scroll_fraction(fraction)
        self.font_size_changed.emit(size)

    def restyle(self) -> None:
        """Re-render after a light/dark switch."""
        self.sections.restyle()
        if self._section_id:
            self._render(self._section_id, keep_place=True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.detail.fit(self.height() // 3)
        if not self._splitter_moved:
            tree = int(min(TREE_MAX_WIDTH, max(TREE_MIN_WIDTH, self.width() * TREE_SHARE)))
            self.splitter.setSizes([tree, max(1, self.width() - tree)])
            self.sections.fit_width(tree)

    def _apply_pending_scroll(self) -> None:
        if self._pending_scroll is not None and self.isVisible():
            fraction, self._pending_scroll = self._pending_scroll, None
            self.view.set_scroll_fraction(fraction)

    def finish(self) -> None:
        """Save where the reader stands, then write nothing more: the window is closing its library (a pending
        save, or the hide that follows the close, would open it again)."""
        self._save_timer.stop()
        try:
            self.save_position()
        finally:
            self.deck_id = None

    def save_position(self) -> None:
        if self.deck_id and self._section_id:
            self.library.set_reading_position(self.deck_id, self._section_id, self.view.scroll_fraction())

    def hideEvent(self, event) -> None:
        self.save_position()
        if self.deck_id:
            self.changed.emit(Changes(reading=frozenset({self.deck_id})))  # the library's "Continue reading"
        super().hideEvent(event)

    # --- tree and counts --------------------------------------------------------------------------------
    def _update_progress(self) -> None:
        """Mastery in the tree, each passage's familiarity, new cards per section, cards set aside."""
        deck_id = self.deck_id
        per_section: dict[str, int] = {}
        for item in self.items:
            per_section[item.section] = per_section.get(item.section, 0) + 1
        self.sections.set_mastery(self.library.section_mastery(deck_id), per_section)
        self._cards = self._cards.with_familiarity(self.library.familiarity.deck(deck_id).by_origin)
        self._new = self.library.reading.new_cards(deck_id)
        self._new_today = self.library.deck(deck_id).new
        self.sections.set_set_aside(len(self.library.set_aside.cards(deck_id)))

    def _has_section(self, section_id: str) -> bool:
        return self.document is not None and any(s.id == section_id for s in self.document.sections)

    def _is_read(self) -> bool:
        return bool(self._section_id) and self.sections.is_read(self._section_id)

    def _tree_moved(self, section_id: str) -> None:
        self.save_position()
        self._render(section_id)

    def _step(self, delta: int) -> None:
        ids = [s.id for s in self.document.sections] if self.document else []
        if self._section_id in ids:
            index = ids.index(self._section_id) + delta
            if 0 <= index < len(ids):
                self.show_section(ids[index])

    # --- page -------------------------------------------------------------------------------------------
    def _render(self, section_id: str, *, keep_place: bool = False) -> None:
        """Show a section from its top (or, with ``keep_place``, re-draw it where the reader is)."""
        if self.document is None or (section_id == self._section_id and not keep_place):
            return
        self._section_id = section_id
        section = self.document.section(section_id)
        c = theme.colors()
        family = self.view.document().defaultFont().family()
        ids = [s.id for s in self.document.sections]
        index = ids.index(section_id)
        following = self.document.sections[index + 1] if index + 1 < len(ids) else None
        in_scope = {section_id} | {s.id for s in self.document.sections if s.parent == section_id}
        count = sum(1 for item in self.items if item.section in in_scope)
        label = study_label(self._new.get(section_id, 0), self._new_today, count)
        end = reader_html.SectionEnd(
            read=self.sections.is_read(section_id),
            study_label=label,
            next_id=following.id if following else None,
            next_title=following.title if following else "",
        )
        place = self.view.verticalScrollBar().value()
        self.view.document().setDefaultStyleSheet(reader_html.style_sheet(c, family))
        self.view.set_page(reader_html.section_html(self.document, section, self._cards, c, end))
        self.view.verticalScrollBar().setValue(place if keep_place else 0)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(following is not None)
        self.study_button.setEnabled(count > 0)
        self.study_button.setToolTip(f"{label} (Ctrl+Shift+S)" if label else "This section has no cards")
        # Where you are comes first: in a narrow window it is the deck's title that gets cut.
        read = "  ·  read" if end.read else ""
        self.place.setText(
            f"Section {index + 1} of {len(ids)}{read}  ·  {count} cards  ·  {heading(self.document.title)}"
        )
        if not keep_place:
            self.detail.hide()

    def _study_section(self) -> None:
        if self.deck_id and self._section_id:
            self.save_position()
            self.study_section_requested.emit(self.deck_id, self._section_id)

    def _tooltip(self, url: str) -> str | None:
        if url.startswith("note:") and self.document is not None:
            note = self.document.footnote(int(url[5:]))
            # a note listed without its text (copies of encyclopedia pages keep "[1]" alone) has nothing to show
            return f"<p><b>{note.number}.</b> {escape(note.text)}</p>" if note and note.text.strip() else None
        if url.startswith("cards:"):
            count = self._cards.counts.get(url[6:], 0)
            return f"{count} card{'s' if count != 1 else ''} — click to see them"
        return None

    def _open_link(self, url: str) -> None:
        scheme, _, target = url.partition(":")
        if scheme == "note" and self.document is not None:
            self._cards_open = None
            self.detail.show_note(int(target), self.document.footnote(int(target)))
            self.detail.fit(self.height() // 3)
        elif scheme == "cards":
            self._show_cards(target)
        elif scheme == "read":
            self.set_read(target, not self.sections.is_read(target))
        elif scheme == "study":
            self._study_section()
        elif scheme == "next":
            self.show_section(target)
        elif scheme == "restore":
            changes = self.library.set_aside.restore([int(target)])
            self.changed.emit(changes)
            self.refresh(changes)

    def _show_cards(self, origin: str, *, keep_place: bool = False) -> None:
        self._cards_open = origin
        cards = [item for item in self.items if item.origin == origin]
        aside = {card.item.id: card for card in self.library.set_aside.cards(self.deck_id)}
        title = f"{len(cards)} card{'s' if len(cards) != 1 else ''} from this passage"
        self.detail.show_html(title, reader_html.cards_html(cards, aside), keep_place=keep_place)
        self.detail.fit(self.height() // 3)
