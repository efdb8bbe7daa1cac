"""The cards a learner set aside (suspended, or buried until tomorrow), listed so they can be brought back."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studyapp.services.changes import Changes
from studyapp.services.library import Library
from studyapp.services.set_aside import SetAsideCard
from studyapp.ui.review_format import caption
from studyapp.ui.typography import heading, smarten

CARD_ROLE = Qt.ItemDataRole.UserRole


def status_text(card: SetAsideCard) -> str:
    return "Suspended" if card.suspended else "Buried until tomorrow"


class SetAsideDialog(QDialog):
    """Lists the suspended and buried cards of a deck (or a section). "Bring back" (Enter) restores the
    selected ones, "Bring all back" every one; each restore emits ``restored(Changes)`` at once."""

    restored = Signal(object)

    def __init__(self, library: Library, deck_id: str, section_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.library, self.deck_id, self.section_id = library, deck_id, section_id
        self.setWindowTitle("Suspended and buried cards")
        self.resize(min(860, max(560, parent.width() - 40)) if parent is not None else 860, 440)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setColumnCount(4)
        self.table.setHeaderLabels(["Card", "Section", "Kind", "Status"])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setUniformRowHeights(True)  # one line a card, shortened with "…"
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.header().setStretchLastSection(False)
        metrics = self.table.fontMetrics()
        status_width = metrics.horizontalAdvance("Buried until tomorrow") + 24
        for column, width in ((1, 170), (2, 120), (3, status_width)):
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        # Enter or a double-click; after the view is done with the event (the restore rebuilds its rows)
        self.table.itemActivated.connect(lambda _item, _column: QTimer.singleShot(0, self.restore_selected))

        self.restore_button = QPushButton("Bring back")
        self.restore_button.setToolTip("Put the selected cards back in their queue (Enter)")
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_all_button = QPushButton("Bring all back")
        self.restore_all_button.clicked.connect(self.restore_all)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_all_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        for button in (
            self.restore_button,
            self.restore_all_button,
            buttons.button(QDialogButtonBox.StandardButton.Close),
        ):
            button.setAutoDefault(False)  # Enter in the list brings a card back; it does not close the dialog
            button.setDefault(False)
        QShortcut(QKeySequence("Alt+B"), self, activated=self.restore_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.reload()
        self.table.setFocus()

    def reload(self) -> None:
        cards = self.library.set_aside.cards(self.deck_id, self.section_id)
        self.table.clear()
        for card in cards:
            prompt = " ".join(smarten(card.item.prompt).split())  # item texts are plain: no markup comes alive
            section = heading(card.item.source.section_title)
            row = QTreeWidgetItem([prompt, section, caption(card.item), status_text(card)])
            row.setData(0, CARD_ROLE, card.card_id)
            self.table.addTopLevelItem(row)
        if self.table.topLevelItemCount():
            self.table.setCurrentItem(self.table.topLevelItem(0))
        suspended = sum(1 for card in cards if card.suspended)
        buried = len(cards) - suspended
        where = "this section" if self.section_id else "this deck"
        self.summary.setText(
            f"{suspended} suspended and {buried} buried card{'s' if buried != 1 else ''} in {where}. "
            "Bring one back and it returns to its place in the queue, with its history."
            if cards
            else f"No card of {where} is suspended or buried."
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectedItems() or self.table.currentItem()))
        self.restore_all_button.setEnabled(self.table.topLevelItemCount() > 0)

    def restore_selected(self) -> None:
        """The selected cards (or, with none selected, the one under the keyboard cursor)."""
        chosen = self.table.selectedItems() or [item for item in (self.table.currentItem(),) if item is not None]
        self._restore([item.data(0, CARD_ROLE) for item in chosen])

    def restore_all(self) -> None:
        rows = (self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount()))
        self._restore([row.data(0, CARD_ROLE) for row in rows])

    def _restore(self, card_ids: list[int]) -> None:
        if not card_ids:
            return
        changes: Changes = self.library.set_aside.restore(card_ids)
        self.reload()
        self.restored.emit(changes)
