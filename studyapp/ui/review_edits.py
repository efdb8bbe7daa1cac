"""Edit (E) and reject (Delete) the card on the review screen; both go into the session's undo, in order with
its answers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from studyapp.core.card_changes import CardChange
from studyapp.core.session import Phase
from studyapp.services.learner_cards import changes_of
from studyapp.ui.card_editor import CardEditor
from studyapp.ui.reject_dialog import RejectDialog

if TYPE_CHECKING:
    from studyapp.ui.review_screen import ReviewScreen


def edit_current(screen: ReviewScreen) -> bool:
    """Open the editor on the item shown; an edit saved stays on screen with its new text."""
    session = screen.session
    if session is None or session.current is None or session.phase is Phase.DONE:
        return False
    editor = CardEditor(screen.library, session.current.item.id, keep_undo=False, parent=screen)
    accepted = editor.exec()
    editor.deleteLater()
    if not accepted or editor.change is None:
        return False
    _recorded(screen, editor.change)
    return True


def reject_current(screen: ReviewScreen) -> bool:
    """Ask why, reject the item shown (its unit is still asked its other ways) and move on."""
    session = screen.session
    if session is None or session.current is None or session.phase is Phase.DONE:
        return False
    dialog = RejectDialog(1, screen)
    accepted = dialog.exec()
    dialog.deleteLater()
    if not accepted:
        return False
    change = screen.library.learner_cards.reject([session.current.item.id], dialog.reason, keep_undo=False)
    _recorded(screen, change)
    screen.set_aside.emit(f"Card rejected ({dialog.reason.value}); Ctrl+Z brings it back.")
    return True


def _recorded(screen: ReviewScreen, change: CardChange) -> None:
    assert screen.session is not None
    screen.session.record_change(change, screen.clock())
    screen.activateWindow()
    screen.setFocus()  # the review's keys again, the dialog gone
    screen.render()
    screen.changed.emit(changes_of(change))
