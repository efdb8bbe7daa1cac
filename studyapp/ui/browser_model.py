"""The browser's table model: rows read a page at a time as the view scrolls (``canFetchMore`` /
``fetchMore``), each page after the last row's sort key, so 100,000 cards open and scroll as fast as 100."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from studyapp.generate.model import split_topic
from studyapp.services.browser import COLUMNS, BrowseQuery, BrowserRow
from studyapp.services.library import Library

HEADERS = {
    "kind": "Kind",
    "section": "Section",
    "prompt": "Prompt",
    "answer": "Answer",
    "due": "Due",
    "interval": "Interval",
    "stability": "Stability",
    "difficulty": "Difficulty",
    "reviews": "Reviews",
    "lapses": "Lapses",
    "state": "State",
}
_NUMERIC = frozenset({"interval", "stability", "difficulty", "reviews", "lapses"})
ROW_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _days(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.0f} d" if value >= 1 else f"{value * 24:.0f} h"


def cell_text(row: BrowserRow, column: str) -> str:
    """What a cell shows."""
    r = row.row
    if column == "kind":
        return ("own " if r.own else "") + r.kind.replace("-", " ")
    if column == "section":
        return row.section_title
    if column in ("prompt", "answer"):
        text: str = split_topic(r.prompt)[1] if column == "prompt" else r.answer  # the deck names the article
        return " ".join(text.split())
    if column == "due":
        due = row.due
        return "" if due is None else due.astimezone(UTC).date().isoformat()
    if column == "interval":
        return _days(row.interval_days)
    if column == "stability":
        return _days(r.stability)
    if column == "difficulty":
        return "" if r.difficulty is None else f"{r.difficulty:.1f}"
    if column == "reviews":
        return str(r.reviews)
    if column == "lapses":
        return str(r.lapses)
    return row.state


class BrowserModel(QAbstractTableModel):
    """The rows of one :class:`BrowseQuery`, fetched lazily (``page`` rows at a time)."""

    def __init__(self, library: Library, *, page: int = 200, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library, self.page = library, page
        self.query = BrowseQuery()
        self.rows: list[BrowserRow] = []
        self._more = True

    # -- the query -----------------------------------------------------------------------------------------
    def set_query(self, query: BrowseQuery) -> None:
        """Show ``query``'s rows from the first page (ValueError from the service is left to the caller)."""
        self.beginResetModel()
        self.query, self.rows, self._more = query, [], True
        self._fetch()
        self.endResetModel()

    def reload(self) -> None:
        """Read the rows again as far as they were read (after a change to some of them)."""
        wanted = max(len(self.rows), self.page)
        self.beginResetModel()
        self.rows, self._more = [], True
        while self._more and len(self.rows) < wanted:
            self._fetch()
        self.endResetModel()

    def _fetch(self) -> list[BrowserRow]:
        after = self.rows[-1].key if self.rows else None
        page = self.library.browser.rows(self.query, after=after, limit=self.page)
        self.rows.extend(page)
        self._more = len(page) >= self.page
        return page

    # -- Qt --------------------------------------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = _ROOT) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = _ROOT) -> None:
        if parent.isValid() or not self._more:
            return
        after = self.rows[-1].key if self.rows else None
        page = self.library.browser.rows(self.query, after=after, limit=self.page)
        self._more = len(page) >= self.page
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("prompt", "answer"):
            return cell_text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[COLUMNS[section]]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the query's: a click on a header reads the first page in the new order."""
        self.set_query(replace(self.query, sort=COLUMNS[column], descending=order == Qt.SortOrder.DescendingOrder))

    def row_at(self, number: int) -> BrowserRow:
        return self.rows[number]
