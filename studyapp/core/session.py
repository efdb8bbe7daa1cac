"""The review flow as a state machine: question -> answer -> (rated) -> next question or done.

Pure: no SQL, no Qt. Cards come from, and answers go to, a :class:`ReviewStore` passed in (the storage layer
implements it). A card is the memory of one unit; the session chooses which of the unit's items to ask
(:mod:`studyapp.core.picking`). A rating given outside the answer state is ignored, so a double key press cannot
answer twice.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum

from fsrs import Rating, Scheduler

from studyapp.core.card_changes import CardChange, UndoAction, next_undo_mark
from studyapp.core.cards import CardState, Queue, to_us
from studyapp.core.grading import is_correct, suggested_rating
from studyapp.core.known_counts import KnownCounts, Tally
from studyapp.core.picking import pick, record_shown
from studyapp.core.queue import Counts, Exposure, QueuedCard, ReviewStore, Scope, UnitQueue

__all__ = [
    "Answer",
    "Counts",
    "Exposure",
    "Grade",
    "Phase",
    "QueuedCard",
    "ReviewSession",
    "ReviewStore",
    "Scope",
    "SetAside",
    "Summary",
    "UndoAction",
    "UnitQueue",
]


class Phase(Enum):
    QUESTION = "question"
    ANSWER = "answer"
    DONE = "done"


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
    queue_before: Queue


@dataclass(frozen=True)
class SetAside:
    """One bury or suspend of the session (what undo takes back): the card's queue fields before it."""

    card_id: int
    queue: Queue  # BURIED or SUSPENDED
    queue_before: Queue
    buried_until_before: int | None

    @property
    def action(self) -> UndoAction:
        return UndoAction.BURY if self.queue == Queue.BURIED else UndoAction.SUSPEND


@dataclass(frozen=True)
class _Answered:
    answer: Answer
    origin: str
    duration_ms: int | None


class ReviewSession:
    """A study session over one deck or some of its sections.

    Use: read :attr:`current` (the unit's card and the item chosen to ask it: ``current.item``) and
    :attr:`phase`; :meth:`show_answer` (or :meth:`submit` for auto-graded items); :meth:`rate`; repeat until
    the phase is DONE. :meth:`undo` takes back the last answer, bury or suspend, one at a time, newest first,
    and shows the same item again. :attr:`exposure` holds what the day has shown (units asked, units whose
    answers a card showed). The first card is loaded on construction.

    Args:
        store: persistence (see :class:`ReviewStore`).
        scheduler: the deck's fsrs scheduler.
        scope: deck and optional sections.
        new_per_day, max_reviews_per_day: the deck's daily limits.
        day_start, day_end: UTC bounds of the current study day.
        now: the session's start time (UTC).
        learn_ahead: when nothing else is left, learning cards due within this delay are shown early.
        day_bounds: the study day holding a moment; when given, a session still open when its day ends
            moves on to the next day (limits count afresh).
    """

    def __init__(
        self,
        store: ReviewStore,
        scheduler: Scheduler,
        scope: Scope,
        *,
        new_per_day: int,
        max_reviews_per_day: int,
        day_start: datetime,
        day_end: datetime,
        now: datetime,
        learn_ahead: timedelta = timedelta(minutes=20),
        day_bounds: Callable[[datetime], tuple[datetime, datetime]] | None = None,
    ) -> None:
        self.store, self.scheduler, self.scope = store, scheduler, scope
        self._day_bounds = day_bounds
        self.new_per_day, self.max_reviews_per_day = new_per_day, max_reviews_per_day
        self.day_start, self.day_end, self.learn_ahead = day_start, day_end, learn_ahead
        self._preview = copy.copy(scheduler)
        self._preview.enable_fuzzing = False
        self.new_done, self.reviews_done = store.done_today(scope.deck_id, day_start_us=to_us(day_start))
        self.exposure: Exposure = store.exposure(scope.deck_id, day_start_us=to_us(day_start))
        self._answers: list[_Answered] = []
        self._undoable: list[
            tuple[Answer | SetAside | CardChange, QueuedCard, int]
        ] = []  # oldest first, with the card as shown and the action's undo mark
        self._last_origin: str | None = None
        self._learning_floor = store.learning_due(scope)  # never later than the earliest learning due time
        self._known: KnownCounts | None = None  # the counts as last read, moved along by this session's answers
        self.current: QueuedCard | None = None
        self.phase: Phase = Phase.DONE
        self.grade: Grade | None = None
        self._advance(now)

    def _advance(self, now: datetime) -> None:
        self.grade = None
        if now >= self.day_end and self._day_bounds is not None:  # the session outlived its study day
            self.day_start, self.day_end = self._day_bounds(now)
            day_start_us = to_us(self.day_start)
            self.new_done, self.reviews_done = self.store.done_today(self.scope.deck_id, day_start_us=day_start_us)
            self.exposure = self.store.exposure(self.scope.deck_id, day_start_us=day_start_us)
        now_us, day_end_us = to_us(now), to_us(self.day_end)
        if self._learning_floor is not None and self._learning_floor <= now_us:
            self._learning_floor = self.store.learning_due(self.scope)
        candidates = self.store.candidates(
            self.scope,
            now_us=now_us,
            day_end_us=day_end_us,
            want_new=self.new_done < self.new_per_day,
            want_review=self.reviews_done < self.max_reviews_per_day,
            learn_ahead_us=_us(self.learn_ahead),
            avoid_origin=self._last_origin,
            learning_due=self._learning_floor is not None and self._learning_floor <= now_us,
        )
        with closing(candidates):
            self.current = pick(self.store, candidates, self.exposure, day_end_us=day_end_us)
        if self.current is None:
            self.phase = Phase.DONE
            return
        record_shown(self.store, self.current, self.exposure, day_end_us=day_end_us)
        self.phase = Phase.QUESTION

    def ask_as(self, item_id: str) -> None:
        """Ask the card on screen by another of its unit's ways (a preview of one form, or a screen that must
        show a given item). Only before the answer is shown; what the new item reveals is set aside as well.

        Raises:
            ValueError: the current unit has no such way, or its answer is already shown.
        """
        current = self.current
        if current is None or self.phase is not Phase.QUESTION:
            raise ValueError("no question on screen")
        way = next((w for w in current.ways if w.item_id == item_id), None)
        if way is None:
            raise ValueError(f"{item_id!r} is not a way of asking unit {current.unit!r}")
        self.current = current.asking(way)
        record_shown(self.store, self.current, self.exposure, day_end_us=to_us(self.day_end))

    def allow_more_new(self, extra: int, now: datetime) -> None:
        """Raise today's limit of new cards by ``extra`` for this session (Anki's custom study "increase
        today's new card limit"); a session that had run out looks again."""
        self.new_per_day += extra
        if self.current is None:
            self._advance(now)

    def _note_learning(self, state: CardState) -> None:
        if state.queue == Queue.LEARNING and (self._learning_floor is None or state.due_us < self._learning_floor):
            self._learning_floor = state.due_us

    def show_answer(self) -> None:
        """QUESTION -> ANSWER (ignored in any other phase)."""
        if self.phase is Phase.QUESTION:
            self.phase = Phase.ANSWER

    def submit(self, response: str | tuple[str, ...]) -> Grade | None:
        """Check a response (a choice, a typed answer or an order) and show the answer.

        Returns the grade, whose suggested rating :meth:`rate` uses unless overridden; None outside the
        QUESTION phase.
        """
        if self.phase is not Phase.QUESTION or self.current is None:
            return None
        correct = is_correct(self.current.item, response)
        self.grade = Grade(correct=correct, rating=suggested_rating(correct))
        self.phase = Phase.ANSWER
        return self.grade

    def rate(self, rating: Rating | None = None, *, now: datetime, duration_ms: int | None = None) -> Answer | None:
        """Answer the current card (ANSWER phase only; otherwise ignored and None), persist, move on.

        ``rating`` None takes the auto-grade's suggestion (Good if there is none).
        """
        if self.phase is not Phase.ANSWER or self.current is None:
            return None
        now = now.astimezone(UTC)
        chosen = rating if rating is not None else (self.grade.rating if self.grade else Rating.Good)
        current = self.current
        before, asked = current.card, current.asked
        reviewed, _ = self.scheduler.review_card(before.to_fsrs(), chosen, now)
        after = CardState.from_fsrs(reviewed, last_kind=asked.kind if asked else before.last_kind)
        known = self._known
        unchanged = known is not None and self.store.version() == known.version
        log_id = self.store.record_answer(
            before,
            after,
            deck_id=current.deck_id,
            rating=int(chosen),
            reviewed_us=to_us(now),
            duration_ms=duration_ms,
            item_id=asked.item_id if asked else None,
        )
        if known is not None:
            self._known = known.after_answer(before, after, version=self.store.version()) if unchanged else None
        answer = Answer(log_id=log_id, before=before, after=after, rating=chosen, queue_before=Queue(before.queue))
        self._note_learning(after)
        self._count(before.queue, +1)
        self._answers.append(_Answered(answer, current.origin, duration_ms))
        self._undoable.append((answer, current, next_undo_mark()))
        self._last_origin = current.origin
        self._advance(now)
        return answer

    def _count(self, queue: int, delta: int) -> None:
        if queue == Queue.NEW:
            self.new_done += delta
        elif queue == Queue.REVIEW:
            self.reviews_done += delta

    def undo(self) -> Answer | SetAside | CardChange | None:
        """Take back the last answer, bury, suspend, edit or reject of this session: the card's exact previous
        state restored (an answer's log row deleted); the card becomes current again in the QUESTION phase.
        None when there is nothing to undo."""
        if not self._undoable:
            return None
        last, shown, _ = self._undoable.pop()
        if isinstance(last, CardChange):
            self.store.revert_change(last)
            self.current = shown.asking(shown.asked) if shown.asked else shown  # its text read afresh
            self.phase, self.grade = Phase.QUESTION, None
            return last
        if isinstance(last, SetAside):
            self.store.restore_queue(last.card_id, last.queue_before, last.buried_until_before)
            self.current = shown
            self.phase, self.grade = Phase.QUESTION, None
            return last
        answer = self._answers.pop().answer
        self.store.undo_answer(answer.log_id, answer.before)
        self._note_learning(answer.before)
        if answer.log_id >= to_us(self.day_start):  # an answer of an earlier study day is not in today's counts
            self._count(answer.queue_before, -1)
        self._last_origin = self._answers[-1].origin if self._answers else None
        self.current = shown.with_card(answer.before)  # the same item again
        self.phase, self.grade = Phase.QUESTION, None
        return answer

    def bury_current(self, now: datetime) -> int | None:
        """Hide the current card until the next study day and move on; returns its id."""
        return self._set_aside(Queue.BURIED, now, buried_until_us=to_us(self.day_end))

    def suspend_current(self, now: datetime) -> int | None:
        """Suspend the current card (out of every queue until unsuspended) and move on; returns its id."""
        return self._set_aside(Queue.SUSPENDED, now)

    def _set_aside(self, queue: Queue, now: datetime, *, buried_until_us: int | None = None) -> int | None:
        if self.current is None:
            return None
        card_id = self.current.card.id
        queue_before, buried_until_before = self.store.queue_fields(card_id)
        self.store.set_queue(card_id, queue, buried_until_us=buried_until_us)
        set_aside = SetAside(
            card_id=card_id, queue=queue, queue_before=queue_before, buried_until_before=buried_until_before
        )
        self._undoable.append((set_aside, self.current, next_undo_mark()))
        self._advance(now.astimezone(UTC))
        return card_id

    def record_change(self, change: CardChange, now: datetime) -> None:
        """Keep a change the learner made to the card on screen (already stored) for undo, in order with the
        answers. An edit stays on screen with its new text; a reject moves on to the next card."""
        current = self.current
        if current is None:
            return
        self._undoable.append((change, current, next_undo_mark()))
        if change.action is UndoAction.REJECT:
            self._advance(now.astimezone(UTC))
        elif current.asked is not None:
            self.current = current.asking(current.asked)

    @property
    def can_undo(self) -> bool:
        return bool(self._undoable)

    @property
    def last_undo_mark(self) -> int | None:
        """The undo mark (:func:`~studyapp.core.card_changes.next_undo_mark`) of what :meth:`undo` would take
        back; None when nothing."""
        return self._undoable[-1][2] if self._undoable else None

    @property
    def undo_action(self) -> UndoAction | None:
        """What :meth:`undo` would take back; None when nothing."""
        if not self._undoable:
            return None
        last = self._undoable[-1][0]
        return last.action if isinstance(last, SetAside | CardChange) else UndoAction.RATING

    def next_intervals(self, now: datetime) -> dict[Rating, timedelta]:
        """For the current card: time until it would be due after each rating (without fuzzing)."""
        if self.current is None:
            return {}
        now = now.astimezone(UTC)
        card = self.current.card.to_fsrs()
        return {r: self._preview.review_card(card, r, now)[0].due - now for r in Rating}

    def counts(self, now: datetime) -> Counts:
        """Cards left today in this session's scope, within the daily limits.

        Counted once, then kept current through this session's answers; counted afresh after any other change.
        """
        now_us, day_end_us, learn_ahead_us = to_us(now), to_us(self.day_end), _us(self.learn_ahead)
        new_cap, review_cap = self.new_per_day - self.new_done, self.max_reviews_per_day - self.reviews_done
        learning_bound_us = max(day_end_us, now_us + learn_ahead_us)
        version = self.store.version()
        if self._known is not None:
            known = self._known.counts_for(
                version=version,
                day_end_us=day_end_us,
                learning_bound_us=learning_bound_us,
                new_cap=new_cap,
                review_cap=review_cap,
            )
            if known is not None:
                return Counts(*known)
        counts = self.store.counts(
            self.scope,
            now_us=now_us,
            day_end_us=day_end_us,
            new_cap=new_cap,
            review_cap=review_cap,
            learn_ahead_us=learn_ahead_us,
        )
        self._known = KnownCounts(
            version=version,
            day_end_us=day_end_us,
            learning_bound_us=learning_bound_us,
            learning=counts.learning,
            review=Tally.read(counts.review, max(review_cap, 0)),
            new=Tally.read(counts.new, max(new_cap, 0)),
        )
        return counts

    @property
    def summary(self) -> Summary:
        ratings = [a.answer.rating for a in self._answers]
        seconds = sum(a.duration_ms or 0 for a in self._answers) / 1000
        return Summary(
            answered=len(ratings),
            again=ratings.count(Rating.Again),
            hard=ratings.count(Rating.Hard),
            good=ratings.count(Rating.Good),
            easy=ratings.count(Rating.Easy),
            seconds=seconds,
        )


def _us(delta: timedelta) -> int:
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds
