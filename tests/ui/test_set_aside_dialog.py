"""Suspended and buried cards in sight from the library: the deck panel says how many, the list brings them back."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from studyapp.core.cards import Queue
from studyapp.ui.set_aside_dialog import CARD_ROLE, SetAsideDialog


def queue_of(library, card_id: int) -> int:
    with sqlite3.connect(library.path) as db:
        return db.execute("SELECT queue FROM cards WHERE id = ?", [card_id]).fetchone()[0]


def buried_cards(library) -> list[int]:
    """The buried cards: the one buried by hand, and the cards of the same sentence that a shown card revealed."""
    with sqlite3.connect(library.path) as db:
        return [row[0] for row in db.execute("SELECT id FROM cards WHERE queue = ? ORDER BY id", [Queue.BURIED])]


def test_the_library_lists_suspended_and_buried_cards_and_brings_one_back(qtbot, window, library, deck_id):
    window.study(deck_id)
    review = window.review_screen
    suspended = review.session.current.card.id
    qtbot.keyClick(review, Qt.Key.Key_At)
    buried = review.session.current.card.id
    qtbot.keyClick(review, Qt.Key.Key_Minus)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # the library
    panel = window.library_screen.panel
    assert panel.set_aside_row.isVisibleTo(panel)
    buried_now = buried_cards(library)
    assert buried in buried_now
    assert panel.set_aside.text() == f"Set aside: 1 suspended, {len(buried_now)} buried."

    dialog = SetAsideDialog(library, deck_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rows = [dialog.table.topLevelItem(i) for i in range(dialog.table.topLevelItemCount())]
    assert [row.data(0, CARD_ROLE) for row in rows][:2] == [suspended, buried]  # article order
    assert sorted(row.data(0, CARD_ROLE) for row in rows[1:]) == buried_now
    assert [row.text(3) for row in rows] == ["Suspended"] + ["Buried until tomorrow"] * len(buried_now)
    restored: list = []
    dialog.restored.connect(lambda changes: restored.append(changes))
    dialog.table.setCurrentItem(rows[0])
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter brings the selected card back
    qtbot.waitUntil(lambda: bool(restored))
    assert dialog.isVisible()  # still open for the next one
    assert queue_of(library, suspended) == Queue.NEW
    assert queue_of(library, buried) == Queue.BURIED
    assert dialog.table.topLevelItemCount() == len(buried_now) and restored and suspended in restored[0].cards
    window.apply_changes(restored[0])
    assert panel.set_aside.text() == f"Set aside: 0 suspended, {len(buried_now)} buried."

    qtbot.mouseClick(dialog.restore_all_button, Qt.MouseButton.LeftButton)
    assert queue_of(library, buried) == Queue.NEW
    assert "No card of this deck" in dialog.summary.text()
    window.apply_changes(restored[-1])
    assert not panel.set_aside_row.isVisibleTo(panel)


def test_the_deck_menu_opens_the_list_on_any_screen(qtbot, window, deck_id, monkeypatch):
    opened: list = []
    monkeypatch.setattr(SetAsideDialog, "exec", lambda self: opened.append((self.deck_id, self.section_id)))
    window.read(deck_id)
    window.set_aside_action.trigger()
    assert opened == [(deck_id, None)]
