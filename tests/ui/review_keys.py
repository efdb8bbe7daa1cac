"""Keys a learner presses on the review screen, shared by the UI tests."""

from __future__ import annotations

from PySide6.QtCore import Qt


def reveal_answer(qtbot, review) -> None:
    """Show the answer as a learner would: a choice card is answered with 1, any other with Space."""
    qtbot.keyClick(review, Qt.Key.Key_1 if review.current_is_choice() else Qt.Key.Key_Space)
