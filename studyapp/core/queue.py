"""What a review session reads and writes: the queued card of a unit, the counts left, and the store protocol
that ``studyapp.storage`` implements."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Generator
from dataclasses import dataclass, field
from typing import Protocol

from studyapp.core.card_changes import CardChange
from studyapp.core.cards import CardState, Queue
from studyapp.core.ladder import UnitItem, decode_ways
from studyapp.generate.model import StudyItem


@dataclass(frozen=True)
class Scope:
    """What a session studies: a deck, or some of its sections (a section and its subsections)."""

    deck_id: str
    sections: tuple[str, ...] = ()


@dataclass(frozen=True)
class Counts:
    """Cards left in the session today, by queue."""

    new: int
    learning: int
    review: int

    @property
    def total(self) -> int:
        return self.new + self.learning + self.review


@dataclass(frozen=True, slots=True)
class UnitQueue:
    """Where a unit's card stands: its :class:`~studyapp.core.cards.Queue`, due time (epoch microseconds) and
    FSRS stability (None before its first answer)."""

    queue: int
    due_us: int
    stability: float | None = None


class QueuedCard:
    """The card of one unit as a queue gives it and, once the session has chosen how to ask it, the item asked.

    Attributes:
        card: the unit's scheduling state.
        deck_id, unit, origin: where it belongs (``origin``: the fact or list it comes from).
        asked: the way of asking chosen (None until chosen); ``item`` is its study item, read on first access
            (the queue picks the next card before the screen needs its text).
    """

    __slots__ = ("_item", "_load", "_members", "_ways", "asked", "card", "deck_id", "origin", "unit")

    def __init__(
        self,
        card: CardState,
        deck_id: str,
        unit: str,
        origin: str = "",
        *,
        ways: str = "",
        members: str = "",
        load: Callable[[str], StudyItem] | None = None,
        asked: UnitItem | None = None,
    ) -> None:
        self.card, self.deck_id, self.unit, self.origin = card, deck_id, unit, origin
        self._ways, self._members, self._load, self.asked = ways, members, load, asked
        self._item: StudyItem | None = None

    @property
    def ways(self) -> tuple[UnitItem, ...]:
        """The ways of asking the unit: its items that are not retired or suspended, in article order."""
        return decode_ways(self._ways)

    @property
    def members(self) -> tuple[str, ...]:
        """The units this one summarises (a whole list's entries, a chronology's facts); () for most units."""
        return tuple(json.loads(self._members)) if self._members else ()

    @property
    def item(self) -> StudyItem:
        if self._item is None:
            if self.asked is None or self._load is None:
                raise LookupError(f"no item chosen for unit {self.unit!r}")
            self._item = self._load(self.asked.item_id)
        return self._item

    def asking(self, way: UnitItem) -> QueuedCard:
        """This card, asked by ``way`` (the queue gives each card afresh: it is set in place)."""
        self.asked, self._item = way, None
        return self

    def with_card(self, card: CardState) -> QueuedCard:
        """The same unit asked the same way, in another state (undo puts the state before an answer back)."""
        queued = self._copy(card, self.asked)
        queued._item = self._item
        return queued

    def _copy(self, card: CardState, asked: UnitItem | None) -> QueuedCard:
        return QueuedCard(
            card,
            self.deck_id,
            self.unit,
            self.origin,
            ways=self._ways,
            members=self._members,
            load=self._load,
            asked=asked,
        )

    def __repr__(self) -> str:
        asked = self.asked.item_id if self.asked else None
        return f"QueuedCard(unit={self.unit!r}, card={self.card!r}, asked={asked!r})"


@dataclass
class Exposure:
    """The units a learner has seen on one study day: those asked, and those whose answers other cards showed.
    A session adds to it as it shows cards."""

    asked: set[str] = field(default_factory=set)
    revealed: set[str] = field(default_factory=set)


class ReviewStore(Protocol):
    """What the session needs from storage (implemented in ``studyapp.storage``)."""

    def candidates(
        self,
        scope: Scope,
        *,
        now_us: int,
        day_end_us: int,
        want_new: bool,
        want_review: bool,
        learn_ahead_us: int,
        avoid_origin: str | None,
        learning_due: bool = True,
    ) -> Generator[QueuedCard]:
        """The cards to show, best first: learning due now (looked up only when ``learning_due``), reviews due
        before the day's end (``want_review``), new cards in article order (``want_new``), then learning cards
        due within ``learn_ahead_us``; those of another origin than ``avoid_origin`` first. Read lazily."""
        ...

    def unit_queues(self, deck_id: str, units: Collection[str]) -> dict[str, UnitQueue]:
        """Where the cards of ``units`` stand (units without a card are left out)."""
        ...

    def set_aside(self, deck_id: str, units: Collection[str], *, until_us: int) -> int:
        """Bury the cards of ``units`` that are new or due before ``until_us``, until then; returns how many."""
        ...

    def exposure(self, deck_id: str, *, day_start_us: int) -> Exposure:
        """What the answers given since ``day_start_us`` asked and showed."""
        ...

    def learning_due(self, scope: Scope) -> int | None:
        """The earliest due time of the scope's learning cards (None without any)."""
        ...

    def counts(
        self, scope: Scope, *, now_us: int, day_end_us: int, new_cap: int, review_cap: int, learn_ahead_us: int
    ) -> Counts:
        """Learning cards due before ``max(day_end_us, now_us + learn_ahead_us)``, reviews due before
        ``day_end_us`` (at most ``review_cap``), new cards (at most ``new_cap``); a negative cap counts as 0."""
        ...

    def version(self) -> object:
        """A value that changes whenever anything in the library changes (compared, never interpreted)."""
        ...

    def done_today(self, deck_id: str, *, day_start_us: int) -> tuple[int, int]:
        """(new cards introduced, review-state cards answered) since the day start."""
        ...

    def record_answer(
        self,
        before: CardState,
        after: CardState,
        *,
        deck_id: str,
        rating: int,
        reviewed_us: int,
        duration_ms: int | None,
        item_id: str | None = None,
    ) -> int:
        """Persist the new card state and its log row (naming the item asked) in one transaction; returns the
        log id."""
        ...

    def revert_change(self, change: CardChange) -> None:
        """Take back a learner's edit, reject, restore or create exactly, in one transaction."""
        ...

    def undo_answer(self, log_id: int, before: CardState) -> None:
        """Restore ``before`` and delete the log row, in one transaction."""
        ...

    def set_queue(self, card_id: int, queue: Queue, *, buried_until_us: int | None = None) -> str:
        """Suspend or bury a card; returns its deck id."""
        ...

    def queue_fields(self, card_id: int) -> tuple[Queue, int | None]:
        """A card's (queue, buried_until) as stored."""
        ...

    def restore_queue(self, card_id: int, queue: Queue, buried_until_us: int | None) -> None:
        """Put back a card's (queue, buried_until) exactly as they were (undo of a bury or suspend)."""
        ...
