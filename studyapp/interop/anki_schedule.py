"""A studyapp card's FSRS progress in Anki's terms: card type, queue, due, interval, counts, review log rows.

Pure translation, no Anki import: :mod:`studyapp.interop.anki_progress` writes the result into a collection.
Anki counts review days from the collection's creation (``crt``, seconds); intraday learning cards are due
at an epoch second.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from fsrs import Card, Rating, ReviewLog, Scheduler, State

DAY = 86_400
CARD_NEW, CARD_LEARN, CARD_REVIEW, CARD_RELEARN = 0, 1, 2, 3
QUEUE_SUSPENDED, QUEUE_NEW, QUEUE_LEARN, QUEUE_REVIEW, QUEUE_DAY_LEARN = -1, 0, 1, 2, 3
REVLOG_LEARN, REVLOG_REVIEW, REVLOG_RELEARN = 0, 1, 2
DEFAULT_FACTOR = 2500  # Anki's starting ease; FSRS ignores it, the SM-2 scheduler would continue from it


@dataclass(frozen=True)
class CardProgress:
    """What studyapp knows of one unit's card: its FSRS state and every answer given, whatever item asked.

    Attributes:
        unit: the unit of memory (the note's GUID derives from it).
        card: the current FSRS state (``last_review`` None: never studied).
        logs: the answers, oldest first.
        suspended: the learner took the unit out of study.
        last_kind: the kind of item asked last: the note's card of that kind carries the unit's state and
            history in Anki (the note's first card when it has none of that kind).
    """

    unit: str
    card: Card
    logs: tuple[ReviewLog, ...] = ()
    suspended: bool = False
    last_kind: str | None = None


@dataclass(frozen=True)
class AnkiCardState:
    ctype: int
    queue: int
    due: int
    ivl: int
    factor: int
    reps: int
    lapses: int
    left: int
    stability: float | None
    difficulty: float | None
    last_review_secs: int | None


@dataclass(frozen=True)
class RevlogRow:
    """One row of Anki's ``revlog`` table (``ivl`` in days, or negative seconds while learning)."""

    id_ms: int
    ease: int
    ivl: int
    last_ivl: int
    factor: int
    time_ms: int
    kind: int


def day_number(moment: datetime, crt: int) -> int:
    """Anki's due day of ``moment`` in a collection created at ``crt`` (its day-rollover instant)."""
    return (int(moment.timestamp()) - crt) // DAY


def _anki_interval(card_after: Card, reviewed: datetime) -> int:
    seconds = max(0, round((card_after.due - reviewed).total_seconds()))
    if card_after.state == State.Review:
        return max(1, round(seconds / DAY))
    return -seconds


def replay(progress: CardProgress, scheduler: Scheduler) -> list[tuple[Card, ReviewLog, Card]]:
    """(state before, answer, state after) for each answer, replayed without fuzz from a new card."""
    quiet = Scheduler(
        parameters=scheduler.parameters,
        desired_retention=scheduler.desired_retention,
        learning_steps=scheduler.learning_steps,
        relearning_steps=scheduler.relearning_steps,
        maximum_interval=scheduler.maximum_interval,
        enable_fuzzing=False,
    )
    card = Card(card_id=progress.card.card_id or 1, due=progress.logs[0].review_datetime if progress.logs else None)
    steps = []
    for log in sorted(progress.logs, key=lambda lg: lg.review_datetime):
        after, _ = quiet.review_card(card, log.rating, log.review_datetime, log.review_duration)
        steps.append((card, log, after))
        card = after
    return steps


def revlog_rows(progress: CardProgress, scheduler: Scheduler) -> list[RevlogRow]:
    rows: list[RevlogRow] = []
    last_ivl = 0
    for before, log, after in replay(progress, scheduler):
        kind = {State.Review: REVLOG_REVIEW, State.Relearning: REVLOG_RELEARN}.get(before.state, REVLOG_LEARN)
        ivl = _anki_interval(after, log.review_datetime)
        rows.append(
            RevlogRow(
                id_ms=int(log.review_datetime.timestamp() * 1000),
                ease=int(log.rating),
                ivl=ivl,
                last_ivl=last_ivl,
                factor=0 if after.state == State.Learning else DEFAULT_FACTOR,
                time_ms=max(0, int(log.review_duration or 0)),
                kind=kind,
            )
        )
        last_ivl = ivl
    return rows


def lapses_in(rows: Sequence[RevlogRow]) -> int:
    """Anki's lapse count: answers of Again given to a card in review."""
    return sum(1 for r in rows if r.kind == REVLOG_REVIEW and r.ease == int(Rating.Again))


def card_state(
    progress: CardProgress, scheduler: Scheduler, *, crt: int, new_position: int, lapses: int
) -> AnkiCardState:
    """The Anki fields of ``progress.card`` in a collection created at ``crt``."""
    card, reps = progress.card, len(progress.logs)
    if card.last_review is None:
        state = AnkiCardState(CARD_NEW, QUEUE_NEW, new_position, 0, 0, reps, lapses, 0, None, None, None)
    else:
        state = _studied_state(card, scheduler, crt=crt, reps=reps, lapses=lapses)
    if progress.suspended:
        state = replace(state, queue=QUEUE_SUSPENDED)
    return state


def _studied_state(card: Card, scheduler: Scheduler, *, crt: int, reps: int, lapses: int) -> AnkiCardState:
    last_review = card.last_review
    assert last_review is not None and card.due is not None
    last_secs = int(last_review.timestamp())
    if card.state == State.Review:
        ivl = max(1, round((card.due - last_review) / timedelta(days=1)))
        return AnkiCardState(
            CARD_REVIEW,
            QUEUE_REVIEW,
            day_number(card.due, crt),
            ivl,
            DEFAULT_FACTOR,
            reps,
            lapses,
            0,
            card.stability,
            card.difficulty,
            last_secs,
        )
    relearning = card.state == State.Relearning
    steps = scheduler.relearning_steps if relearning else scheduler.learning_steps
    left = max(1, len(steps) - (card.step or 0))
    intraday = card.due - last_review < timedelta(days=1)
    queue = QUEUE_LEARN if intraday else QUEUE_DAY_LEARN
    due = int(card.due.timestamp()) if intraday else day_number(card.due, crt)
    ivl = max(1, round(card.stability or 1)) if relearning else 0
    return AnkiCardState(
        CARD_RELEARN if relearning else CARD_LEARN,
        queue,
        due,
        ivl,
        DEFAULT_FACTOR if relearning else 0,
        reps,
        lapses,
        left,
        card.stability,
        card.difficulty,
        last_secs,
    )


def unique_ids(rows: Sequence[int]) -> list[int]:
    """Revlog ids are primary keys (milliseconds): bump any that collide."""
    seen: set[int] = set()
    out = []
    for value in rows:
        while value in seen:
            value += 1
        seen.add(value)
        out.append(value)
    return out
