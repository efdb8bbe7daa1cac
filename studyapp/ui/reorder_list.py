"""A list to put in order by dragging an entry with the mouse, or from the keyboard (↑/↓ to pick an entry,
Alt+↑/↓ or Ctrl+↑/↓ to move it).

The drag is the widget's own (press, move, release: a line shows where the entry will land), not a
drag-and-drop through the clipboard machinery, so it behaves the same on every platform and in tests.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListWidget, QListWidgetItem, QWidget

from studyapp.ui import theme
from studyapp.ui.typography import smarten

ENTRY_ROLE = Qt.ItemDataRole.UserRole
ROW_PADDING = 8


class ReorderList(QListWidget):
    """Entries to arrange; emits ``reordered`` after each move."""

    reordered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setToolTip("Drag the entries into order, or pick one with ↑/↓ and move it with Alt+↑/↓")
        self._pressed: tuple[int, QPoint] | None = None  # (row, where) of a press that may become a drag
        self._drop_row: int | None = None  # while dragging: the row the entry would land before
        self.locked = False

    def set_entries(self, entries: tuple[str, ...]) -> None:
        self.clear()
        for entry in entries:
            row = QListWidgetItem(smarten(entry))
            row.setData(ENTRY_ROLE, entry)
            self.addItem(row)
        self.setCurrentRow(0)
        self.locked = False
        self._fit_height()

    def entries(self) -> tuple[str, ...]:
        return tuple(self.item(i).data(ENTRY_ROLE) for i in range(self.count()))

    def move_row(self, row: int, target: int) -> None:
        """Move the entry at ``row`` so that it ends at index ``target``."""
        if self.locked or row == target or not (0 <= row < self.count() and 0 <= target < self.count()):
            return
        self.insertItem(target, self.takeItem(row))
        self.setCurrentRow(target)
        self._fit_height()
        self.reordered.emit()

    def mark(self, right_order: tuple[str, ...]) -> None:
        """Colour each entry by whether it sits at its place; no more moving."""
        c = theme.colors()
        for index in range(self.count()):
            row = self.item(index)
            in_place = index < len(right_order) and row.data(ENTRY_ROLE) == right_order[index]
            row.setForeground(QColor(c.right if in_place else c.wrong))
            row.setText(f"{'✓' if in_place else '✗'}  {smarten(row.data(ENTRY_ROLE))}")
        self.locked = True
        self.clearSelection()
        self._fit_height()

    # --- keyboard -----------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            delta = -1 if key == Qt.Key.Key_Up else 1
            movers = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
            row = self.currentRow()
            if event.modifiers() & movers:
                self.move_row(row, row + delta)
            else:
                self.setCurrentRow(max(0, min(self.count() - 1, row + delta)))
            return
        super().keyPressEvent(event)

    # --- mouse drag ---------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        row = self.row(self.itemAt(event.position().toPoint()))
        if event.button() == Qt.MouseButton.LeftButton and row >= 0 and not self.locked:
            self._pressed = (row, event.position().toPoint())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is None or not event.buttons() & Qt.MouseButton.LeftButton:
            super().mouseMoveEvent(event)
            return
        where = event.position().toPoint()
        if self._drop_row is None and (where - self._pressed[1]).manhattanLength() < QApplication.startDragDistance():
            return
        self._drop_row = self._landing(where)
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, landing = self._pressed, self._drop_row
        self._pressed, self._drop_row = None, None
        self.viewport().update()
        if pressed is not None and landing is not None:
            row = pressed[0]
            self.move_row(row, landing - 1 if landing > row else landing)
            return
        super().mouseReleaseEvent(event)

    def _landing(self, where: QPoint) -> int:
        """The index an entry dropped at ``where`` goes before (``count()`` for the end)."""
        for index in range(self.count()):
            rect = self.visualItemRect(self.item(index))
            if where.y() < rect.center().y():
                return index
        return self.count()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._drop_row is None:
            return
        if self._drop_row < self.count():
            y = self.visualItemRect(self.item(self._drop_row)).top()
        else:
            y = self.visualItemRect(self.item(self.count() - 1)).bottom()
        painter = QPainter(self.viewport())
        painter.setPen(QPen(QColor(theme.colors().accent), 3))
        painter.drawLine(4, y, self.viewport().width() - 4, y)
        painter.end()

    # --- size ---------------------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Rows as tall as their wrapped text, the list as tall as its rows (the page scrolls, not the list)."""
        width = max(120, self.viewport().width() - 2 * ROW_PADDING)
        metrics = QFontMetrics(self.font())
        total = 0
        for index in range(self.count()):
            row = self.item(index)
            text = metrics.boundingRect(QRect(0, 0, width, 0), Qt.TextFlag.TextWordWrap, row.text()).height()
            row.setSizeHint(QSize(width, text + 2 * ROW_PADDING))
            total += text + 2 * ROW_PADDING
        self.setFixedHeight(max(total + 2 * self.frameWidth() + 2, 40))
