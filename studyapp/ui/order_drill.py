"""Order drills answered by arranging: a list to reorder by dragging or with Alt+Up/Down, then checked
(the card then shows the arrangement annotated, see ``review_format.order_html``)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from studyapp.generate.model import ORDER_KINDS, StudyItem
from studyapp.ui.typography import smarten

ENTRY_ROLE = Qt.ItemDataRole.UserRole
BULLETS = "•-*"
ROW_PADDING = 8  # pixels above and below (and beside) an entry


def shown_entries(item: StudyItem) -> tuple[str, ...] | None:
    """The entries of an order drill in the order its prompt lists them, or None when the prompt does not list
    exactly the entries to order (then the drill is recalled and revealed instead)."""
    if item.kind not in ORDER_KINDS or not item.order:
        return None
    lines = [line.strip() for line in item.prompt.splitlines()[1:]]
    entries = tuple(line[1:].strip() for line in lines if line[:1] in BULLETS)
    return entries if sorted(entries) == sorted(item.order) else None


class OrderList(QListWidget):
    """The entries to put in order; the review screen keeps the keyboard focus and moves rows through it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setToolTip("Drag the entries into order (or select one with ↑/↓ and move it with Alt+↑/↓)")

    def set_entries(self, entries: tuple[str, ...]) -> None:
        self.clear()
        for entry in entries:
            row = QListWidgetItem(smarten(entry))
            row.setData(ENTRY_ROLE, entry)
            self.addItem(row)
        self.setCurrentRow(0)
        self.setDragEnabled(True)
        self._fit_height()

    def entries(self) -> tuple[str, ...]:
        return tuple(self.item(i).data(ENTRY_ROLE) for i in range(self.count()))

    def select_step(self, delta: int) -> None:
        self.setCurrentRow(max(0, min(self.count() - 1, self.currentRow() + delta)))

    def move_current(self, delta: int) -> None:
        row = self.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.count():
            return
        self.insertItem(target, self.takeItem(row))
        self.setCurrentRow(target)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Rows as tall as their wrapped text, the list as tall as its rows: the review card scrolls, not the list."""
        width = max(120, self.viewport().width() - 2 * ROW_PADDING)
        metrics = QFontMetrics(self.font())
        total = 0
        for index in range(self.count()):
            row = self.item(index)
            text_height = metrics.boundingRect(QRect(0, 0, width, 0), Qt.TextFlag.TextWordWrap, row.text()).height()
            height = text_height + 2 * ROW_PADDING
            row.setSizeHint(QSize(width, height))
            total += height
        self.setFixedHeight(max(total + 2 * self.frameWidth() + 2, 40))
