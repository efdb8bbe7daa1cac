"""What a mutation changed, so screens refresh only what it names."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """Ids touched by a service call.

    Attributes:
        decks: decks whose cards, counts or title changed (deck id = document id).
        cards: card ids whose scheduling state changed.
        reading: decks whose reading position changed.
        settings: decks whose settings or exam date changed.
    """

    decks: frozenset[str] = frozenset()
    cards: frozenset[int] = frozenset()
    reading: frozenset[str] = frozenset()
    settings: frozenset[str] = frozenset()

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.decks | other.decks,
            self.cards | other.cards,
            self.reading | other.reading,
            self.settings | other.settings,
        )

    def __bool__(self) -> bool:
        return bool(self.decks or self.cards or self.reading or self.settings)
