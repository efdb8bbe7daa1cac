"""The reader's left column: the sections as a tree with a "read" check box and their mastery, the legend of
the highlights, and the cards set aside."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studyapp.text.document import Section
from studyapp.ui import familiarity_colors, theme
from studyapp.ui.mastery_delegate import MASTERY_ROLE, MasteryDelegate
from studyapp.ui.typography import heading
from studyapp.ui.widgets import plain_tip

SECTION_ROLE = Qt.ItemDataRole.UserRole
TREE_ROW_HEIGHT = 30
MASTERY_WIDE, MASTERY_NARROW = 92, 48  # bar and percentage, or the percentage alone


class SectionTree(QWidget):
    """Emits ``section_chosen(id)``, ``read_toggled(id, read)`` and ``set_aside_requested``."""

    section_chosen = Signal(str)
    read_toggled = Signal(str, bool)
    set_aside_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Sections", "Mastery"])
        self.tree.headerItem().setToolTip(0, "Tick a section once you have read it (Space on the selected one)")
        self.tree.setItemDelegateForColumn(1, MasteryDelegate(self.tree))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(1, MASTERY_WIDE)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setMinimumWidth(200)
        self.tree.currentItemChanged.connect(self._moved)
        self.tree.itemChanged.connect(self._checked)

        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)  # fixed words and colours only
        self.legend.setWordWrap(True)
        self.legend.setProperty("role", "muted")
        self.legend.setToolTip(familiarity_colors.legend_tooltip())
        self.set_aside_button = QPushButton()
        self.set_aside_button.setToolTip("See the suspended and buried cards and bring them back (Ctrl+Shift+U)")
        self.set_aside_button.clicked.connect(self.set_aside_requested.emit)
        self.set_aside_button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.set_aside_button)
        self.restyle()

    def restyle(self) -> None:
        """Colours for the current light or dark scheme (an unticked box stays visible on a dark ground)."""
        c = theme.colors()
        self.tree.setStyleSheet(
            f"QTreeView::indicator:unchecked {{ border: 1px solid {c.muted}; border-radius: 2px; "
            f"background: {c.base}; width: 12px; height: 12px; }}"
        )
        self.legend.setText(familiarity_colors.legend_html())

    def fill(self, sections: Sequence[Section], read: frozenset[str]) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        parents: dict[str, QTreeWidgetItem] = {}
        for section in sections:
            holder = parents.get(section.parent) if section.parent else None
            title = heading(section.title)
            item = QTreeWidgetItem(holder if holder is not None else self.tree, [title, ""])
            item.setData(0, SECTION_ROLE, section.id)
            item.setToolTip(0, plain_tip(title))
            item.setSizeHint(0, QSize(0, TREE_ROW_HEIGHT))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if section.id in read else Qt.CheckState.Unchecked)
            if section.level == 1:
                parents[section.id] = item
        self.tree.expandAll()
        self.tree.blockSignals(False)

    def set_mastery(self, mastery: dict[str, float], cards: dict[str, int]) -> None:
        """Each section's mastery bar, for the sections with cards (``cards``: how many per section)."""
        for item in self.items():
            section_id = item.data(0, SECTION_ROLE)
            if cards.get(section_id):
                item.setData(1, MASTERY_ROLE, float(mastery.get(section_id, 0.0)))
                item.setToolTip(
                    1,
                    f"{cards[section_id]} cards; mastery {round(mastery.get(section_id, 0) * 100)}%"
                    " (how likely you recall them now)",
                )
            else:
                item.setData(1, MASTERY_ROLE, None)
                item.setToolTip(1, "No cards from this section")

    def set_read(self, section_id: str, read: bool) -> None:
        item = self.item(section_id)
        if item is not None:
            self.tree.blockSignals(True)
            item.setCheckState(0, Qt.CheckState.Checked if read else Qt.CheckState.Unchecked)
            self.tree.blockSignals(False)

    def is_read(self, section_id: str) -> bool:
        item = self.item(section_id)
        return item is not None and item.checkState(0) == Qt.CheckState.Checked

    def set_set_aside(self, count: int) -> None:
        self.set_aside_button.setVisible(count > 0)
        self.set_aside_button.setText(f"{count} card{'s' if count != 1 else ''} set aside…")

    def fit_width(self, width: int) -> None:
        wide = width >= 300
        self.tree.setColumnWidth(1, MASTERY_WIDE if wide else MASTERY_NARROW)
        self.tree.headerItem().setText(1, "Mastery" if wide else "%")

    def items(self) -> list[QTreeWidgetItem]:
        """Every row, in document order."""
        found: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            found.append(item)
            stack[0:0] = [item.child(i) for i in range(item.childCount())]
        return found

    def item(self, section_id: str) -> QTreeWidgetItem | None:
        return next((i for i in self.items() if i.data(0, SECTION_ROLE) == section_id), None)

    def select(self, section_id: str) -> bool:
        """Make a section the current row (emits ``section_chosen``); False when it already is."""
        item = self.item(section_id)
        if item is None or self.tree.currentItem() is item:
            return False
        self.tree.setCurrentItem(item)
        return True

    def _moved(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is not None:
            self.section_chosen.emit(current.data(0, SECTION_ROLE))

    def _checked(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 0:
            self.read_toggled.emit(item.data(0, SECTION_ROLE), item.checkState(0) == Qt.CheckState.Checked)
