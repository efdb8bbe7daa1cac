"""The learner's changes to cards (edit, reject, restore, create) as data, so undo can take them back in order
with answers, bury and suspend.

An edit lays the learner's prompt, answer and choices over a generated item; :func:`apply_edit` gives the item
as the learner sees it (a cloze keeps its gap where the learner's prompt has one).
"""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass
from enum import StrEnum

from studyapp.generate.model import StudyItem

GAP = "[...]"
_UNDO_MARKS = itertools.count(1)


def next_undo_mark() -> int:
    """A number larger than every one given before in this process: each undoable action (an answer, a bury, a
    learner's change) takes one, so that the review session's history and the learner's card changes made
    elsewhere are taken back in one time order, the latest first."""
    return next(_UNDO_MARKS)


class UndoAction(StrEnum):
    """What an undo takes back (the values name it in the Edit menu: "Undo bury")."""

    RATING = "rating"
    BURY = "bury"
    SUSPEND = "suspend"
    EDIT = "edit"
    REJECT = "reject"
    RESTORE = "restore"
    CREATE = "create"


class RejectReason(StrEnum):
    """Why the learner rejected a card (stored and counted by these values)."""

    WRONG = "wrong"
    UNCLEAR = "unclear"
    NOT_WORTH_LEARNING = "not worth learning"
    DUPLICATE = "duplicate"


@dataclass(frozen=True)
class CardEdit:
    """The learner's text for an item: prompt, answer and (for a choice item) the choices."""

    prompt: str
    answer: str
    choices: tuple[str, ...] = ()

    def problem(self, item: StudyItem) -> str | None:
        """Why this edit cannot be saved over ``item`` (None when it can)."""
        if not self.prompt.strip():
            return "The prompt cannot be empty."
        if not self.answer.strip():
            return "The answer cannot be empty."
        if item.choices:
            if len(set(self.choices)) < 2 or any(not c.strip() for c in self.choices):
                return "A choice card needs at least two different, non-empty choices."
            if self.answer not in self.choices:
                return "The answer must be one of the choices."
        return None


@dataclass(frozen=True)
class CardChange:
    """One change of the learner's, with what the store needs to take it back.

    Attributes:
        action: what was done (EDIT, REJECT, RESTORE or CREATE).
        deck_ids: the decks of the items.
        item_ids: the items changed.
        before: the store's record of what was there before (opaque here; the store reads it back).
    """

    action: UndoAction
    deck_ids: tuple[str, ...]
    item_ids: tuple[str, ...]
    before: str = ""


def apply_edit(item: StudyItem, edit: CardEdit) -> StudyItem:
    """``item`` with the learner's text; a cloze's full text follows the prompt's gap (none: no cloze)."""
    cloze = ""
    if item.cloze and GAP in edit.prompt:
        cloze = edit.prompt.replace(GAP, "{{c1::" + edit.answer + "}}", 1)
    return dataclasses.replace(
        item, prompt=edit.prompt, answer=edit.answer, choices=edit.choices if item.choices else (), cloze=cloze
    )
