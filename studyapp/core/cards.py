"""A card's scheduling state as stored, and its conversion to and from ``fsrs.Card``.

Times are kept as integer microseconds since the Unix epoch (UTC), so a stored state converts back to the
exact ``datetime`` it came from (undo restores it bit for bit) and queue queries compare plain integers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import IntEnum

from fsrs import Card, State

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class Queue(IntEnum):
    """Which queue a card is in (suspended, buried, retired and waiting cards are in none)."""

    WAITING = -4  # a new unit showing others' answers (a whole list, a chronology) until they are known
    RETIRED = -3
    BURIED = -2
    SUSPENDED = -1
    NEW = 0
    LEARNING = 1  # learning and relearning
    REVIEW = 2


def to_us(moment: datetime) -> int:
    """UTC microseconds since the epoch of an aware datetime."""
    delta = moment - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_us(us: int) -> datetime:
    """The aware UTC datetime (``timezone.utc``, as fsrs requires) of epoch microseconds."""
    return _EPOCH + timedelta(microseconds=us)


@dataclass(frozen=True)
class CardState:
    """The FSRS state of one card (the memory of one unit) plus the queue it sits in.

    Attributes:
        id: database id (also the fsrs ``card_id``).
        state: fsrs state (1 learning, 2 review, 3 relearning); a never-seen card is learning with
            ``last_review_us`` None.
        step: learning step index, or None in review state.
        stability, difficulty: FSRS memory state; None for a new card.
        due_us, last_review_us: epoch microseconds (UTC).
        queue: the card's :class:`Queue` (its natural queue unless suspended, buried, retired or waiting).
        last_kind: the kind of item asked at the last answer (the format ladder climbs from it), None before.
    """

    id: int
    state: int
    step: int | None
    stability: float | None
    difficulty: float | None
    due_us: int
    last_review_us: int | None
    queue: int
    last_kind: str | None = None

    @property
    def is_new(self) -> bool:
        return self.last_review_us is None

    def to_fsrs(self) -> Card:
        return Card(
            card_id=self.id,
            state=State(self.state),
            step=self.step,
            stability=self.stability,
            difficulty=self.difficulty,
            due=from_us(self.due_us),
            last_review=None if self.last_review_us is None else from_us(self.last_review_us),
        )

    @classmethod
    def from_fsrs(cls, card: Card, *, queue: int | None = None, last_kind: str | None = None) -> CardState:
        """The stored form of an fsrs card; ``queue`` defaults to the card's natural queue."""
        last = None if card.last_review is None else to_us(card.last_review)
        return cls(
            id=card.card_id,
            state=int(card.state),
            step=card.step,
            stability=card.stability,
            difficulty=card.difficulty,
            due_us=to_us(card.due),
            last_review_us=last,
            queue=natural_queue(int(card.state), last) if queue is None else queue,
            last_kind=last_kind,
        )


def natural_queue(state: int, last_review_us: int | None) -> int:
    """The queue a card belongs to by its FSRS state alone."""
    if last_review_us is None:
        return Queue.NEW
    return Queue.REVIEW if state == State.Review else Queue.LEARNING


def new_card_state(card_id: int, created_us: int) -> CardState:
    """The state of a card that has never been studied."""
    return CardState(
        id=card_id,
        state=int(State.Learning),
        step=0,
        stability=None,
        difficulty=None,
        due_us=created_us,
        last_review_us=None,
        queue=Queue.NEW,
    )
