"""Ctrl+Z in the review screen takes back a bury ("-") or a suspend ("@"), as Anki's Undo does."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from studyapp.core.session import Phase


def card_row(library, card_id: int) -> tuple:
    with sqlite3.connect(library.path) as db:
        return db.execute("SELECT * FROM cards WHERE id = ?", (card_id,)).fetchone()


def count_texts(review) -> tuple[str, str, str]:
    return review.count_new.text(), review.count_learning.text(), review.count_due.text()


def set_aside_then_undo(qtbot, window, library, deck_id, key: Qt.Key, action: str) -> None:
    window.study(deck_id)
    review = window.review_screen
    card_id = review.session.current.card.id
    row, counts = card_row(library, card_id), count_texts(review)

    qtbot.keyClick(review, key)
    assert review.session.current.card.id != card_id
    assert card_row(library, card_id) != row
    assert window.undo_action.text().replace("&", "") == f"Undo {action}"

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert review.session.current.card.id == card_id
    assert review.session.phase is Phase.QUESTION
    assert card_row(library, card_id) == row
    assert count_texts(review) == counts
    assert f"{action.capitalize()} taken back" in window.statusBar().currentMessage()
    assert window.undo_action.text().replace("&", "") == "Undo"


def test_minus_then_ctrl_z_brings_the_buried_card_back(qtbot, window, library, deck_id):
    set_aside_then_undo(qtbot, window, library, deck_id, Qt.Key.Key_Minus, "bury")


def test_at_then_ctrl_z_brings_the_suspended_card_back(qtbot, window, library, deck_id):
    set_aside_then_undo(qtbot, window, library, deck_id, Qt.Key.Key_At, "suspend")
