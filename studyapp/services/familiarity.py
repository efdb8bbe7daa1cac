"""How well each passage of a deck is known (new, learning, known, weak), for the reader's highlights."""

from __future__ import annotations

from dataclasses import dataclass

from studyapp.core.exam import recall_at
from studyapp.core.familiarity import Familiarity, Memory, combined, of_card
from studyapp.core.settings import make_scheduler
from studyapp.services.connection import LibraryConnection
from studyapp.services.study_clock import StudyClock
from studyapp.storage.card_overview import CardOverview


@dataclass(frozen=True)
class DeckFamiliarity:
    """Familiarity per passage (the fact or list an item was made from, its ``origin``) and per unit of
    memory (a fact, a list entry ``<list id>/<entry number>``, a whole list)."""

    by_origin: dict[str, Familiarity]
    by_unit: dict[str, Familiarity]


class FamiliarityService:
    """Reached as ``library.familiarity``."""

    def __init__(self, connection: LibraryConnection, clock: StudyClock) -> None:
        self._connection, self._clock = connection, clock

    def deck(self, deck_id: str) -> DeckFamiliarity:
        with self._connection.reading() as repos:
            cards = CardOverview(repos.db).memories(deck_id)
            scheduler = make_scheduler(repos.decks.settings(deck_id), fuzzing=False)
        recalls = recall_at(scheduler, [(c.stability, c.last_review_us) for c in cards], self._clock.now())
        per_unit: dict[str, list[Familiarity]] = {}
        units_of: dict[str, set[str]] = {}
        for card, recall in zip(cards, recalls, strict=True):
            unit = card.unit or card.origin
            memory = Memory(state=card.state, studied=card.last_review_us is not None, recall=recall)
            per_unit.setdefault(unit, []).append(of_card(memory))
            units_of.setdefault(card.origin, set()).add(unit)
        by_unit = {unit: combined(parts) for unit, parts in per_unit.items()}
        by_origin = {origin: combined(by_unit[u] for u in units) for origin, units in units_of.items()}
        return DeckFamiliarity(by_origin=by_origin, by_unit=by_unit)
