"""Cards set aside by the learner (suspended, or buried until tomorrow): listed, and brought back."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from studyapp.core.cards import Queue, from_us, to_us
from studyapp.generate.model import StudyItem
from studyapp.services.changes import Changes
from studyapp.services.connection import LibraryConnection
from studyapp.services.study import StudyService
from studyapp.services.study_clock import StudyClock
from studyapp.storage.card_overview import CardOverview


@dataclass(frozen=True)
class SetAsideCard:
    """A suspended or buried card; ``buried_until`` is when a buried card comes back by itself."""

    card_id: int
    item: StudyItem
    suspended: bool
    buried_until: datetime | None


class SetAsideService:
    """Reached as ``library.set_aside``."""

    def __init__(self, connection: LibraryConnection, clock: StudyClock, study: StudyService) -> None:
        self._connection, self._clock, self._study = connection, clock, study

    def cards(self, deck_id: str, section: str | None = None) -> list[SetAsideCard]:
        """The deck's (or a section's, with its subsections) suspended and buried cards, in article order.
        Buried cards whose day is over are back in their queue, so they are not listed."""
        with self._connection.reading() as repos:
            scope = repos.documents.section_scope(deck_id, section)
            repos.documents.document(deck_id)  # KeyError when unknown
            rows = CardOverview(repos.db).set_aside(deck_id, scope.sections, now_us=to_us(self._clock.now()))
        return [
            SetAsideCard(
                card_id=row.card_id,
                item=row.item,
                suspended=row.queue == Queue.SUSPENDED,
                buried_until=None if row.buried_until_us is None else from_us(row.buried_until_us),
            )
            for row in rows
        ]

    def restore(self, card_ids: Iterable[int]) -> Changes:
        """Put cards back in the queue they belong to (new, learning or review), keeping their history."""
        changes = Changes()
        for card_id in card_ids:
            changes |= self._study.suspend(card_id, suspended=False)
        return changes
