"""The review flow as a state machine: question -> answer -> (rated) -> next question or done.

Pure: no SQL, no Qt. Cards come from, and answers go to, a :class:`ReviewStore` passed in (the storage layer
implements it). A rating given outside the answer state is ignored, so a double key press cannot answer twice.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from typing import Protocol

from fsrs import Rating, Scheduler

from studyapp.core.cards import CardState
from studyapp.generate.model import StudyItem


class Phase(Enum):
    QUESTION = "question"
    ANSWER = "answer"
    DONE = "done"


@dataclass(frozen=True)
class Scope:
    """What a session studies: a deck, or some of its sections (a section and its subsections)."""

    deck_id: str
    sections: tuple[str, ...] = ()


@dataclass(frozen=True)
class QueuedCard:
    """A card to show: its scheduling state and its study item."""

    card: CardState
    item: StudyItem
    deck_id: str


@dataclass(frozen=True)
class Counts:
    """Cards left in the session today, by queue."""

    new: int
    learning: int
    review: int

    @property
    def total(self) -> int:
        return self.new + self.learning + self.review


@dataclass(frozen=True)
class Summary:
    """What a session did so far."""

    answered: int
    again: int
    hard: int
    good: int
    easy: int
    seconds: float


@dataclass(frozen=True)
class Grade:
    """The result of checking a learner's response to an auto-graded item (choice, typed, order)."""

    correct: bool
    rating: Rating  # suggested rating: Good when correct, Again when wrong


@dataclass(frozen=True)
class Answer:
    """One persisted answer (what undo takes back)."""

    log_id: int
    before: CardState
    after: CardState
    rating: Rating
    queue_before: int


class ReviewStore(Protocol):
    """What the session needs from storage (implemented in ``studyapp.storage``)."""

    def next_card(self, scope: Scope, *, now_us: int, day_end_us: int, want_new: bool, want_review: bool,
                  learn_ahead_us: int, avoid_origin: str | None) -> QueuedCard | None: ...

    def counts(self, scope: Scope, *, now_us: int, day_end_us: int, new_cap: int, review_cap: int,
               learn_ahead_us: int) -> Counts: ...

    def done_today(self, deck_id: str, *, day_start_us: int) -> tuple[int, int]:
        """(new cards introduced, review-state cards answered) since the day start."""
        ...

    def record_answer(self, before: CardState, after: CardState, *, deck_id: str, rating: int,
                      reviewed_us: int, duration_ms: int | None) -> int:
        """Persist the new card state and its log row in one transaction; returns the log id."""
        ...

    def undo_answer(self, log_id: int, before: CardState) -> None:
        """Restore ``before`` and delete the log row, in one transaction."""
        ...

    def card(self, card_id: int) -> QueuedCard: ...


class ReviewSession:
    """A study session over one deck or some of its sections.

    Use: read :attr:`current` and :attr:`phase`; :meth:`show_answer` (or :meth:`submit` for auto-graded
    items); :meth:`rate`; repeat until the phase is DONE. :meth:`undo` takes back the last answer.
    The first card is loaded on construction.

    Args:
        store: persistence (see :class:`ReviewStore`).
        scheduler: the deck's fsrs scheduler.
        scope: deck and optional sections.
        new_per_day, max_reviews_per_day: the deck's daily limits.
        day_start, day_end: UTC bounds of the current study day.
        now: the session's start time (UTC).
        learn_ahead: when nothing else is left, learning cards due within this delay are shown early.
    """

    def __init__(self, store: ReviewStore, scheduler: Scheduler, scope: Scope, *, new_per_day: int,
                 max_reviews_per_day: int, day_start: datetime, day_end: datetime, now: datetime,
                 learn_ahead: timedelta = timedelta(minutes=20)) -> None:
        self.current: QueuedCard | None = None
        self.phase: Phase = Phase.DONE
        self.grade: Grade | None = None
        raise NotImplementedError

    def show_answer(self) -> None:
        """QUESTION -> ANSWER (ignored in any other phase)."""
        raise NotImplementedError

    def submit(self, response: str | tuple[str, ...]) -> Grade | None:
        """Check a response to an auto-graded item and show the answer; None when the item is not auto-graded
        or the phase is not QUESTION. The suggested rating is used by :meth:`rate` unless overridden."""
        raise NotImplementedError

    def rate(self, rating: Rating | None = None, *, now: datetime, duration_ms: int | None = None) -> Answer | None:
        """Answer the current card (ANSWER phase only; otherwise ignored and None), persist, move on.

        ``rating`` None takes the auto-grade's suggestion (Good if there is none).
        """
        raise NotImplementedError

    def undo(self) -> Answer | None:
        """Take back the last answer of this session: exact previous state restored, log row deleted; the card
        becomes current again in the QUESTION phase. None when there is nothing to undo."""
        raise NotImplementedError

    @property
    def can_undo(self) -> bool:
        raise NotImplementedError

    def next_intervals(self, now: datetime) -> dict[Rating, timedelta]:
        """For the current card: time until it would be due after each rating."""
        raise NotImplementedError

    def counts(self, now: datetime) -> Counts:
        """Cards left today in this session's scope, within the daily limits."""
        raise NotImplementedError

    @property
    def summary(self) -> Summary:
        raise NotImplementedError
