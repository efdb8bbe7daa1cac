"""The reader: the sections as a tree with their mastery, one section set for reading, notes and cards at hand."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studyapp.generate.model import StudyItem
from studyapp.services.changes import Changes
from studyapp.services.library import Library
from studyapp.text.document import Document
from studyapp.ui import reader_html, theme
from studyapp.ui.mastery_delegate import MASTERY_ROLE, MasteryDelegate
from studyapp.ui.reading_view import ReadingView
from studyapp.ui.typography import heading
from studyapp.ui.widgets import ElidedLabel, plain_label, plain_tip

_URL = re.compile(r"(https?://[^\s<>\"]+[^\s<>\".,;:)])")
SECTION_ROLE = Qt.ItemDataRole.UserRole
SAVE_POSITION_AFTER_MS = 800
DETAIL_MAX_HEIGHT = 220  # px: a long note or card list scrolls inside the panel
DEFAULT_FONT_SIZE, MIN_FONT_SIZE, MAX_FONT_SIZE = 13.0, 9.0, 24.0
TREE_ROW_HEIGHT = 30
TREE_SHARE, TREE_MIN_WIDTH, TREE_MAX_WIDTH = 0.3, 220, 340
MASTERY_WIDE, MASTERY_NARROW = 92, 48  # bar and percentage, or the percentage alone


class ReaderScreen(QWidget):
    """Reads one deck's document. Emits ``study_section_requested(deck_id, section_id)``."""

    study_section_requested = Signal(str, str)
    font_size_changed = Signal(float)

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
        self._section_id: str | None = None
        self._stale: str | None = None  # "content" or "mastery": changes not yet shown

        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Sections", "Mastery"])
        self.tree.setItemDelegateForColumn(1, MasteryDelegate(self.tree))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(1, MASTERY_WIDE)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setMinimumWidth(200)
        self.tree.currentItemChanged.connect(self._tree_moved)

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
        self.study_button.setToolTip("Review the cards of this section and its subsections (Ctrl+Shift+S)")
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
        for keys, step in (
            (QKeySequence.StandardKey.ZoomIn, 1.0),
            ("Ctrl+=", 1.0),
            (QKeySequence.StandardKey.ZoomOut, -1.0),
            ("Ctrl+0", 0.0),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.zoom(step))
        self.view.tooltip_for = self._tooltip
        self.view.link_activated.connect(self._open_link)
        self.view.verticalScrollBar().valueChanged.connect(lambda _v: self._save_timer.start())
        self._pending_scroll: float | None = None

        self.detail = QFrame()
        self.detail.setProperty("role", "panel")
        self.detail_title = plain_label()
        self.detail_title.setStyleSheet("font-weight: 600;")
        close = QPushButton("Close")
        close.setToolTip("Hide this panel (Esc)")
        close.setShortcut("Esc")
        close.clicked.connect(self.detail.hide)
        self.detail_text = QTextBrowser()
        self.detail_text.setOpenExternalLinks(True)
        self.detail_text.document().setDefaultFont(theme.reading_font(11.5))
        detail_head = QHBoxLayout()
        detail_head.addWidget(self.detail_title, 1)
        detail_head.addWidget(close)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(12, 8, 12, 8)
        detail_layout.addLayout(detail_head)
        detail_layout.addWidget(self.detail_text)
        self.detail.hide()

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addLayout(bar)
        page_layout.addWidget(self.view, 1)
        page_layout.addWidget(self.detail)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(page)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 900])
        self.splitter.setChildrenCollapsible(False)
        self._splitter_moved = False  # until the reader drags it, the tree keeps a share of the width
        self.splitter.splitterMoved.connect(lambda _pos, _index: setattr(self, "_splitter_moved", True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.addWidget(self.splitter)

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
        self._fill_tree()
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
        item = self._tree_item(section_id)
        if item is not None and self.tree.currentItem() is not item:
            self.tree.setCurrentItem(item)  # -> _tree_moved -> _render
        elif section_id != self._section_id:
            self._render(section_id)

    @property
    def section_id(self) -> str | None:
        return self._section_id

    def refresh(self, changes: Changes | None = None) -> None:
        """Catch up with changes: the deck re-imported (reload the text) or its cards studied (mastery only).

        While the reader is hidden the work waits until it is shown again.
        """
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
            self._update_mastery()

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
        if self._section_id:
            section, self._section_id = self._section_id, None
            self._render(section)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_detail()
        if not self._splitter_moved:
            tree = int(min(TREE_MAX_WIDTH, max(TREE_MIN_WIDTH, self.width() * TREE_SHARE)))
            self.splitter.setSizes([tree, max(1, self.width() - tree)])
            wide = tree >= 300
            self.tree.setColumnWidth(1, MASTERY_WIDE if wide else MASTERY_NARROW)
            self.tree.headerItem().setText(1, "Mastery" if wide else "%")

    def _fit_detail(self) -> None:
        """The note or card panel as tall as its text, but never more than a third of the reader's height."""
        if not self.detail.isVisible():
            return
        text = self.detail_text
        document = text.document()
        document.setTextWidth(text.viewport().width())
        needed = int(document.size().height()) + 2 * text.frameWidth() + 4
        text.setFixedHeight(max(48, min(needed, DETAIL_MAX_HEIGHT, self.height() // 3)))

    def _apply_pending_scroll(self) -> None:
        if self._pending_scroll is not None and self.isVisible():
            fraction, self._pending_scroll = self._pending_scroll, None
            self.view.set_scroll_fraction(fraction)

    def save_position(self) -> None:
        if self.deck_id and self._section_id:
            self.library.set_reading_position(self.deck_id, self._section_id, self.view.scroll_fraction())

    def hideEvent(self, event) -> None:
        self.save_position()
        super().hideEvent(event)

    # --- tree -------------------------------------------------------------------------------------------
    def _fill_tree(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        parents: dict[str, QTreeWidgetItem] = {}
        for section in self.document.sections:
            holder = parents.get(section.parent) if section.parent else None
            title = heading(section.title)
            item = QTreeWidgetItem(holder if holder is not None else self.tree, [title, ""])
            item.setData(0, SECTION_ROLE, section.id)
            item.setToolTip(0, plain_tip(title))
            item.setSizeHint(0, QSize(0, TREE_ROW_HEIGHT))
            if section.level == 1:
                parents[section.id] = item
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self._update_mastery()

    def _update_mastery(self) -> None:
        mastery = self.library.section_mastery(self.deck_id)
        counts: dict[str, int] = {}
        for item in self.items:
            counts[item.section] = counts.get(item.section, 0) + 1
        for item in self._all_tree_items():
            section_id = item.data(0, SECTION_ROLE)
            if counts.get(section_id):
                item.setData(1, MASTERY_ROLE, float(mastery.get(section_id, 0.0)))
                item.setToolTip(
                    1,
                    f"{counts[section_id]} cards; mastery {round(mastery.get(section_id, 0) * 100)}%"
                    " (how likely you recall them now)",
                )
            else:
                item.setData(1, MASTERY_ROLE, None)
                item.setToolTip(1, "No cards from this section")

    def _all_tree_items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            found.append(item)
            stack[0:0] = [item.child(i) for i in range(item.childCount())]
        return found

    def _tree_item(self, section_id: str) -> QTreeWidgetItem | None:
        return next((i for i in self._all_tree_items() if i.data(0, SECTION_ROLE) == section_id), None)

    def _has_section(self, section_id: str) -> bool:
        return self.document is not None and any(s.id == section_id for s in self.document.sections)

    def _tree_moved(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is not None:
            self.save_position()
            self._render(current.data(0, SECTION_ROLE))

    def _step(self, delta: int) -> None:
        ids = [s.id for s in self.document.sections] if self.document else []
        if self._section_id in ids:
            index = ids.index(self._section_id) + delta
            if 0 <= index < len(ids):
                self.show_section(ids[index])

    # --- page -------------------------------------------------------------------------------------------
    def _render(self, section_id: str) -> None:
        if self.document is None or section_id == self._section_id:
            return
        self._section_id = section_id
        section = self.document.section(section_id)
        c = theme.colors()
        family = self.view.document().defaultFont().family()
        self.view.document().setDefaultStyleSheet(reader_html.style_sheet(c, family))
        self.view.set_page(reader_html.section_html(self.document, section, self._cards, c))
        self.view.verticalScrollBar().setValue(0)
        ids = [s.id for s in self.document.sections]
        index = ids.index(section_id)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(ids) - 1)
        in_scope = {section_id} | {s.id for s in self.document.sections if s.parent == section_id}
        count = sum(1 for item in self.items if item.section in in_scope)
        self.study_button.setEnabled(count > 0)
        self.study_button.setToolTip(
            f"Review the {count} cards of this section" if count else "This section has no cards"
        )
        # Where you are comes first: in a narrow window it is the deck's title that gets cut.
        self.place.setText(f"Section {index + 1} of {len(ids)}  ·  {count} cards  ·  {heading(self.document.title)}")
        self.detail.hide()

    def _study_section(self) -> None:
        if self.deck_id and self._section_id:
            self.save_position()
            self.study_section_requested.emit(self.deck_id, self._section_id)

    def _tooltip(self, url: str) -> str | None:
        if url.startswith("note:") and self.document is not None:
            note = self.document.footnote(int(url[5:]))
            return f"<p><b>{note.number}.</b> {escape(note.text)}</p>" if note else None
        if url.startswith("cards:"):
            count = self._cards.counts.get(url[6:], 0)
            return f"{count} card{'s' if count != 1 else ''} — click to see them"
        return None

    def _open_link(self, url: str) -> None:
        if url.startswith("note:") and self.document is not None:
            note = self.document.footnote(int(url[5:]))
            self.detail_title.setText(f"Note {url[5:]}")
            self.detail_text.setHtml(f"<p>{_linkify(note.text)}</p>" if note else "<p>This note is missing.</p>")
            self.detail.show()
            self._fit_detail()
        elif url.startswith("cards:"):
            origin = url[6:]
            cards = [item for item in self.items if item.origin == origin]
            self.detail_title.setText(f"{len(cards)} card{'s' if len(cards) != 1 else ''} from this passage")
            self.detail_text.setHtml(reader_html.cards_html(cards))
            self.detail.show()
            self._fit_detail()
        self.detail_text.verticalScrollBar().setValue(0)


def _linkify(text: str) -> str:
    """A note's text as HTML with its web addresses clickable."""
    return _URL.sub(r'<a href="\1">\1</a>', escape(text))
