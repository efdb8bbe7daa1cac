"""A text browser set for reading: a centred column of ~70 characters, serif type, note tooltips on hover."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QUrl, Signal
from PySide6.QtGui import QCursor, QFont, QFontMetricsF, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

CHARS_PER_LINE = 70
MIN_SIDE_MARGIN = 24.0
SAMPLE = "the reader keeps a comfortable measure of about seventy characters, Then Some Capitals, 1918. "


class ReadingView(QTextBrowser):
    """Shows generated HTML in a readable column. Emits ``link_activated(url)`` on click (links never navigate);
    ``tooltip_for(url)`` gives the hover text of a link (footnotes)."""

    link_activated = Signal(str)

    def __init__(self, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultFont(font)
        self.tooltip_for: Callable[[str], str | None] = lambda _url: None
        self.anchorClicked.connect(lambda url: self.link_activated.emit(url.toString()))
        self.highlighted.connect(self._hovered)

    def column_width(self) -> float:
        metrics = QFontMetricsF(self.document().defaultFont())
        return metrics.horizontalAdvance(SAMPLE) / len(SAMPLE) * CHARS_PER_LINE

    def set_page(self, html: str) -> None:
        self.setHtml(html)
        self._fit_column()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_column()

    def _fit_column(self) -> None:
        available = self.viewport().width()
        side = max(MIN_SIDE_MARGIN, (available - self.column_width()) / 2)
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if abs(fmt.leftMargin() - side) < 1 and fmt.topMargin() == 28:
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(28)
        fmt.setBottomMargin(48)
        frame.setFrameFormat(fmt)

    def _hovered(self, url: QUrl) -> None:
        text = self.tooltip_for(url.toString()) if not url.isEmpty() else None
        if text:
            QToolTip.showText(QCursor.pos(), text, self.viewport())
        else:
            QToolTip.hideText()

    def scroll_fraction(self) -> float:
        """Where the reader is, as the share of the text above the top of the view (0.0-1.0).

        Measured in characters, not pixels, so it survives another window size, type size or layout pass.
        """
        if self.verticalScrollBar().value() == 0:
            return 0.0
        top = self.cursorForPosition(QPoint(0, 0)).position()
        return top / max(1, self.document().characterCount() - 1)

    def set_scroll_fraction(self, fraction: float) -> None:
        """Scroll so that the text at ``fraction`` (see :meth:`scroll_fraction`) is at the top of the view."""
        bar = self.verticalScrollBar()
        if fraction <= 0:
            bar.setValue(0)
            return
        last = self.document().characterCount() - 1
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(last, round(fraction * last)))
        bar.setValue(bar.value() + self.cursorRect(cursor).top())
