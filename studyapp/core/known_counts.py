"""A session's counts of cards left, kept current through its own answers instead of re-counted after each.

Counting the due reviews of a large deck is the dearest query of a review (it walks up to the daily limit of
index entries); the review screen asks for the counts twice per card. A :class:`KnownCounts` holds the
counts as last read together with the store's version (which changes with every write to the library). The
session's own answer moves one card between queues: the counts follow by that move alone. Any other change
(undo, suspend, bury, an import, another connection), a new study day or a learning window that moved makes
the session count afresh.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, replace

from studyapp.core.cards import CardState, Queue


@dataclass(frozen=True)
class Tally:
    """How many cards a queue holds: exactly ``value``, or (not ``exact``) at least ``value``: a count read
    up to a limit that reached it."""

    value: int
    exact: bool

    @classmethod
    def read(cls, value: int, limit: int) -> Tally:
        """The tally of a count read with ``LIMIT limit``."""
        return cls(value, value < limit)

    def capped(self, limit: int) -> int | None:
        """The count up to ``limit``; None when not known (a lower bound under the limit)."""
        if self.exact:
            return min(self.value, limit)
        return limit if limit <= self.value else None

    def moved(self, delta: int) -> Tally:
        return self if delta == 0 else Tally(self.value + delta, self.exact)


@dataclass(frozen=True)
class KnownCounts:
    """Counts of a scope read at store ``version``: learning cards due before ``learning_bound_us``, reviews
    due before ``day_end_us``, new cards."""

    version: Hashable
    day_end_us: int
    learning_bound_us: int
    learning: int
    review: Tally
    new: Tally

    def counts_for(
        self, *, version: Hashable, day_end_us: int, learning_bound_us: int, new_cap: int, review_cap: int
    ) -> tuple[int, int, int] | None:
        """(new, learning, review) within the caps, or None when they must be counted afresh."""
        if (version, day_end_us, learning_bound_us) != (self.version, self.day_end_us, self.learning_bound_us):
            return None
        new, review = self.new.capped(max(new_cap, 0)), self.review.capped(max(review_cap, 0))
        if new is None or review is None:
            return None
        return new, self.learning, review

    def after_answer(self, before: CardState, after: CardState, *, version: Hashable) -> KnownCounts:
        """The counts once ``before`` became ``after`` (one card of the scope answered), at ``version``."""

        def counted(state: CardState, queue: int, bound: int) -> int:
            return int(state.queue == queue and state.due_us < bound)

        return replace(
            self,
            version=version,
            learning=self.learning
            - counted(before, Queue.LEARNING, self.learning_bound_us)
            + counted(after, Queue.LEARNING, self.learning_bound_us),
            review=self.review.moved(
                counted(after, Queue.REVIEW, self.day_end_us) - counted(before, Queue.REVIEW, self.day_end_us)
            ),
            new=self.new.moved(int(after.queue == Queue.NEW) - int(before.queue == Queue.NEW)),
        )
