"""Exam-day arithmetic on fsrs: predicted recall, reviews needed, and a bring-forward plan.

Pure functions over card states; the exam service loads and stores. Unseen cards count as 0 recall.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from fsrs import Card, Rating, Scheduler, State

from studyapp.core.cards import CardState, from_us, to_us

_MAX_SIMULATED_REVIEWS = 30


def predicted_recall(scheduler: Scheduler, card: CardState, at: datetime) -> float:
    """FSRS retrievability of ``card`` at ``at`` (0.0 for a card never studied)."""
    if card.is_new:
        return 0.0
    return scheduler.get_card_retrievability(card.to_fsrs(), at)


def recall_at(scheduler: Scheduler, memories: Iterable[tuple[float | None, int | None]], at: datetime) -> list[float]:
    """FSRS retrievability at ``at`` of many cards given as (stability, last review in epoch microseconds);
    0.0 for cards never studied. One probe card is reused (building an fsrs Card per row costs more than
    the formula)."""
    probe = Card(card_id=0, state=State.Review)
    recalls = []
    for stability, last_review_us in memories:
        if last_review_us is None or stability is None:
            recalls.append(0.0)
            continue
        probe.stability, probe.last_review = stability, from_us(last_review_us)
        recalls.append(scheduler.get_card_retrievability(probe, at))
    return recalls


@dataclass(frozen=True)
class ExamPlan:
    """Where cards move and how much work the exam takes.

    Attributes:
        moves: (card id, new due in epoch microseconds) for cards brought forward.
        reviews_needed: answers (introductions of unseen cards included) needed before the exam.
        reviews_per_day, new_per_day: that work spread over the days left (rounded up).
    """

    moves: tuple[tuple[int, int], ...]
    reviews_needed: int
    reviews_per_day: int
    new_per_day: int


def plan_exam(
    scheduler: Scheduler,
    cards: Sequence[CardState],
    *,
    exam_at: datetime,
    day_starts: Sequence[datetime],
    target: float,
) -> ExamPlan:
    """Plan the days before an exam.

    Args:
        cards: active cards of the deck.
        exam_at: the exam moment (UTC).
        day_starts: UTC start of each study day left before the exam, today first (at least one).
        target: recall wanted at ``exam_at``.

    A studied card is brought forward when its next review falls after the last study day, or when its
    predicted recall at the exam is below target and its due day is later than the earliest day on which a
    Good answer reaches the target. Each moved card goes to the least loaded day of its window (from that
    earliest day to the last day; today when no single answer can reach the target), so the load is spread.
    """
    days_left = len(day_starts)
    last_day_end = day_starts[-1] + timedelta(days=1)
    wanted: list[tuple[int, CardState]] = []  # (earliest useful day, card)
    for card in cards:
        if card.is_new:
            continue
        due = from_us(card.due_us)
        after_exam = due >= last_day_end
        if not after_exam and predicted_recall(scheduler, card, exam_at) >= target:
            continue
        earliest = _earliest_useful_day(scheduler, card.to_fsrs(), exam_at, day_starts, target)
        if after_exam or due >= day_starts[earliest] + timedelta(days=1):
            wanted.append((earliest, card))
    moves = _spread(wanted, day_starts)
    moved = dict(moves)
    new_count = sum(1 for c in cards if c.is_new)
    needed = 0
    for card in cards:
        if not card.is_new:
            due_us = moved.get(card.id, card.due_us)
            needed += simulate_reviews(scheduler, card.to_fsrs(), from_us(due_us), exam_at, last_day_end, target)
    if new_count:
        intro = day_starts[(days_left - 1) // 2]
        per_new = simulate_reviews(scheduler, Card(card_id=1, due=intro), intro, exam_at, last_day_end, target)
        needed += per_new * new_count
    return ExamPlan(
        moves=tuple(moves),
        reviews_needed=needed,
        reviews_per_day=math.ceil(needed / days_left),
        new_per_day=math.ceil(new_count / days_left),
    )


def simulate_reviews(
    scheduler: Scheduler, card: Card, first: datetime, exam_at: datetime, last_day_end: datetime, target: float
) -> int:
    """Answers (all Good) a card gets before the exam when reviewed whenever due, plus one last review on the
    last study day if recall at the exam would still be under target."""
    count, when = 0, first
    while when < last_day_end and count < _MAX_SIMULATED_REVIEWS:
        card, _ = scheduler.review_card(card, Rating.Good, when)
        count += 1
        when = card.due
    if card.last_review is None or scheduler.get_card_retrievability(card, exam_at) < target:
        count += 1
    return count


def _earliest_useful_day(
    scheduler: Scheduler, card: Card, exam_at: datetime, day_starts: Sequence[datetime], target: float
) -> int:
    """The first day index from which a Good answer gives at least ``target`` at the exam (a later answer
    leaves less time to forget, so the days that reach it form a tail: binary search); 0 when even the last
    day does not reach it (the card needs several answers: start today)."""

    def reaches(index: int) -> bool:
        when = day_starts[index] if card.last_review is None else max(day_starts[index], card.last_review)
        reviewed, _ = scheduler.review_card(card, Rating.Good, when)
        return scheduler.get_card_retrievability(reviewed, exam_at) >= target

    low, high = 0, len(day_starts) - 1
    if not reaches(high):
        return 0
    while low < high:
        middle = (low + high) // 2
        if reaches(middle):
            high = middle
        else:
            low = middle + 1
    return low


def _spread(wanted: list[tuple[int, CardState]], day_starts: Sequence[datetime]) -> list[tuple[int, int]]:
    """Each card to the least loaded day of its window (latest day on ties); narrow windows choose first."""
    last = len(day_starts) - 1
    load = [0] * len(day_starts)
    moves = []
    for earliest, card in sorted(wanted, key=lambda w: (-w[0], w[1].due_us, w[1].id)):
        day = min(range(last, earliest - 1, -1), key=lambda d: load[d])
        load[day] += 1
        moves.append((card.id, to_us(day_starts[day])))
    return moves
