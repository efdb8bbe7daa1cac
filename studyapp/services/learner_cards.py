"""The learner in charge of the cards: edit, reject and restore, and cards of their own made from the text.

Every change is stored at once and returned as a :class:`CardChange`; :meth:`LearnerCardsService.undo` takes
back the last one made outside the review screen (the review session keeps those made on its screen, in order
with its answers). Each carries an undo mark, so the app takes back whichever of the two histories holds the
latest action (:meth:`studyapp.ui.main_window.MainWindow.undo`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from studyapp.core.card_changes import CardChange, CardEdit, RejectReason, next_undo_mark
from studyapp.core.cards import to_us
from studyapp.errors import StudyappError
from studyapp.generate.model import Kind, Source, StudyItem
from studyapp.services.changes import Changes
from studyapp.services.connection import LibraryConnection
from studyapp.services.study_clock import StudyClock
from studyapp.storage.learner_cards import EditRecord
from studyapp.storage.repositories import Repositories

OWN_PREFIX = "own-"


class CardEditError(StudyappError):
    """A change that cannot be made, said in words (an empty prompt, a selection that is not in the text)."""


@dataclass(frozen=True)
class EditableCard:
    """What the editor shows: the item as generated, as the learner sees it, and its edit if any."""

    generated: StudyItem
    shown: StudyItem
    edit: EditRecord | None
    rejected: str | None  # the reason, when rejected
    own: bool


class LearnerCardsService:
    """Reached as ``library.learner_cards``. ``after_write`` is called after each change (the library's
    periodic backup)."""

    def __init__(
        self, connection: LibraryConnection, clock: StudyClock, *, after_write: Callable[[], None] = lambda: None
    ) -> None:
        self._connection, self._clock, self._after_write = connection, clock, after_write
        self._undo: list[tuple[CardChange, int]] = []  # oldest first, with each change's undo mark

    def card(self, item_id: str) -> EditableCard:
        """The item for the editor (KeyError when unknown; nothing is written)."""
        with self._connection.reading() as repos:
            store = repos.cards.learner
            return EditableCard(
                generated=store.generated_item(item_id),
                shown=repos.cards.item(item_id),
                edit=store.edit_record(item_id),
                rejected=store.rejection(item_id),
                own=store.is_own(item_id),
            )

    def edited(self, item_id: str) -> bool:
        """Whether the learner rewrote the item (the review screen marks it; nothing is written)."""
        with self._connection.reading() as repos:
            return repos.cards.learner.is_edited(item_id)

    # -- changes -------------------------------------------------------------------------------------------
    def edit(self, item_id: str, edit: CardEdit, *, keep_undo: bool = True) -> CardChange:
        """Lay the learner's text over an item; its schedule and history stay (CardEditError when invalid)."""
        try:
            with self._connection.writing() as repos:
                change = repos.cards.learner.edit(item_id, edit, now_us=to_us(self._clock.now()))
        except ValueError as error:
            raise CardEditError(str(error)) from None
        return self._done(change, keep_undo)

    def use_generated(self, item_id: str, *, keep_undo: bool = True) -> CardChange:
        """Drop the learner's edit: the item shows its generated text again."""
        with self._connection.writing() as repos:
            change = repos.cards.learner.drop_edit(item_id)
        return self._done(change, keep_undo)

    def reject(self, item_ids: Sequence[str], reason: RejectReason, *, keep_undo: bool = True) -> CardChange:
        """Reject items with a reason: they leave the queue (a unit with no way left is suspended)."""
        with self._connection.writing() as repos:
            change = repos.cards.learner.reject(list(item_ids), reason, now_us=to_us(self._clock.now()))
        return self._done(change, keep_undo)

    def restore(self, item_ids: Sequence[str], *, keep_undo: bool = True) -> CardChange:
        with self._connection.writing() as repos:
            change = repos.cards.learner.restore(list(item_ids))
        return self._done(change, keep_undo)

    def make_cloze(
        self, deck_id: str, section_id: str, sentence: str, answer: str, *, keep_undo: bool = True
    ) -> CardChange:
        """A cloze of ``answer`` (words of ``sentence``) in the section's text."""
        sentence, answer = " ".join(sentence.split()), " ".join(answer.split())
        if not answer or answer not in sentence:
            raise CardEditError("Select the words to hide within one sentence of the text.")
        if answer == sentence:
            raise CardEditError("Select only some words of the sentence: the rest is the cue.")
        prompt = sentence.replace(answer, "[...]", 1)
        cloze = sentence.replace(answer, "{{c1::" + answer + "}}", 1)
        return self._create(deck_id, section_id, Kind.DATE_CLOZE, (sentence, prompt, answer, cloze), keep_undo)

    def make_question(
        self, deck_id: str, section_id: str, sentence: str, question: str, answer: str, *, keep_undo: bool = True
    ) -> CardChange:
        """A question and its answer about ``sentence`` of the section."""
        sentence, question, answer = (" ".join(text.split()) for text in (sentence, question, answer))
        if not question or not answer:
            raise CardEditError("Write both the question and its answer.")
        return self._create(deck_id, section_id, Kind.DATE_WHEN, (sentence, question, answer, ""), keep_undo)

    def undo(self) -> CardChange | None:
        """Take back the last change made outside a review (None when there is none)."""
        if not self._undo:
            return None
        with self._connection.writing() as repos:
            repos.cards.learner.revert(self._undo[-1][0])
        return self._undo.pop()[0]

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def last_change(self) -> CardChange | None:
        return self._undo[-1][0] if self._undo else None

    @property
    def last_undo_mark(self) -> int | None:
        """When :meth:`undo`'s change was made, in the order of every undoable action (a review session's
        too: :func:`~studyapp.core.card_changes.next_undo_mark`); None when there is none."""
        return self._undo[-1][1] if self._undo else None

    # -- helpers -------------------------------------------------------------------------------------------
    def _done(self, change: CardChange, keep_undo: bool) -> CardChange:
        if keep_undo:
            self._undo.append((change, next_undo_mark()))
        self._after_write()
        return change

    def _create(
        self, deck_id: str, section_id: str, kind: Kind, texts: tuple[str, str, str, str], keep_undo: bool
    ) -> CardChange:
        """Store an own card of ``texts`` (sentence, prompt, answer, cloze) in one transaction."""
        try:
            with self._connection.writing() as repos:
                item = _own_item(repos, deck_id, section_id, kind, *texts)
                change = repos.cards.learner.create(item, deck_id=deck_id, now_us=to_us(self._clock.now()))
        except ValueError as error:
            raise CardEditError(str(error)) from None
        return self._done(change, keep_undo)


def _own_item(
    repos: Repositories, deck_id: str, section_id: str, kind: Kind, sentence: str, prompt: str, answer: str, cloze: str
) -> StudyItem:
    """The learner's own item (CardEditError for an unknown section); its id comes from its content."""
    sections = {s.id: s.title for s in repos.documents.sections(deck_id)}
    if section_id not in sections:
        raise CardEditError(f"No section {section_id!r} in deck {deck_id!r}.")
    key = "\x1f".join((deck_id, section_id, kind, sentence, prompt, answer))
    item_id = f"{deck_id}:{OWN_PREFIX}{hashlib.sha1(key.encode()).hexdigest()[:16]}"
    position = repos.cards.learner.section_position(deck_id, section_id)
    return StudyItem(
        id=item_id,
        kind=kind,
        section=section_id,
        prompt=prompt,
        answer=answer,
        source=Source(section_id, sections[section_id], sentence),
        origin=item_id,
        position=position,
        cloze=cloze,
        unit=item_id,
    )


def changes_of(change: CardChange) -> Changes:
    """What a screen refreshes after ``change``."""
    return Changes(decks=frozenset(change.deck_ids))
