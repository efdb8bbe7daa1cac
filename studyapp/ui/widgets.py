"""Small widgets shared by the screens."""

from __future__ import annotations

import re

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QMessageBox, QSizePolicy, QWidget


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` exactly: Qt reads a tooltip as markup whenever it looks like markup (an
    article's title may hold ``<img src=...>``), so the text is escaped and given as markup itself."""
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text as plain text, whatever the text holds."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" instead of widening the layout."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = text
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(plain_tip(text))
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = QFontMetrics(self.font()).elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width(), 40))
        super().setText(shown)


def show_error(parent: QWidget, title: str, message: str) -> QMessageBox:
    """A warning in plain words, window-modal but not blocking (returned so callers and tests can see it)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, "", QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote file names and titles, never markup
    box.setText(message)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


_COMMAND_ASIDE = re.compile(r"\s*\([^()]*`[^`]*`[^()]*\)")
_COMMAND_SENTENCE = re.compile(r"\s*[^.]*`[^`]*`[^.]*\.")


def without_commands(message: str) -> str:
    """An error message for a window: the hints naming command-line commands (in backticks) left out."""
    return _COMMAND_SENTENCE.sub("", _COMMAND_ASIDE.sub("", message)).strip()
