"""The panel under the reader's text: a footnote, or the cards made from a passage (with a way back for the
ones set aside)."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from studyapp.text.document import Footnote
from studyapp.ui import theme

_URL = re.compile(r"(https?://[^\s<>\"]+[^\s<>\".,;:)])")
DETAIL_MAX_HEIGHT = 220  # px: a long note or card list scrolls inside the panel
WEB_SCHEMES = ("http:", "https:")


def linkify(text: str) -> str:
    """A note's text as HTML (escaped) with its web addresses clickable."""
    return _URL.sub(r'<a href="\1">\1</a>', escape(text))


class ReaderDetail(QFrame):
    """Emits ``link_activated(url)`` for the panel's own links (``restore:CARD``); web links open outside."""

    link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "panel")
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-weight: 600;")
        close = QPushButton("Close")
        close.setToolTip("Hide this panel (Esc)")
        close.setShortcut("Esc")
        close.clicked.connect(self.hide)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.document().setDefaultFont(theme.reading_font(11.5))
        self.text.anchorClicked.connect(self._clicked)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(head)
        layout.addWidget(self.text)
        self.hide()

    def show_note(self, number: int, note: Footnote | None) -> None:
        self.title.setText(f"Note {number}")
        self.text.setHtml(
            f"<p>{linkify(note.text)}</p>" if note and note.text.strip() else "<p>This note is missing.</p>"
        )
        self._open()

    def show_html(self, title: str, html: str, *, keep_place: bool = False) -> None:
        """``title`` is plain text; ``html`` must hold only escaped text."""
        value = self.text.verticalScrollBar().value()
        self.title.setText(title)
        self.text.setHtml(html)
        self._open()
        if keep_place:
            self.text.verticalScrollBar().setValue(value)

    def _open(self) -> None:
        self.show()
        self.text.verticalScrollBar().setValue(0)

    def fit(self, room: int) -> None:
        """As tall as its text, but never more than ``room`` (nor DETAIL_MAX_HEIGHT)."""
        if not self.isVisible():
            return
        document = self.text.document()
        document.setTextWidth(self.text.viewport().width())
        needed = int(document.size().height()) + 2 * self.text.frameWidth() + 4
        self.text.setFixedHeight(max(48, min(needed, DETAIL_MAX_HEIGHT, room)))

    def _clicked(self, url: QUrl) -> None:
        address = url.toString()
        if address.startswith(WEB_SCHEMES):
            QDesktopServices.openUrl(url)
        else:
            self.link_activated.emit(address)
