"""Counts moved along by one answer, and counts read up to a limit (exact or only a lower bound)."""

from __future__ import annotations

from studyapp.core.cards import CardState, Queue
from studyapp.core.known_counts import KnownCounts, Tally

DAY_END = 1_000_000


def card(queue: int, due: int, *, state: int = 2) -> CardState:
    return CardState(
        id=1,
        state=state,
        step=None,
        stability=3.0,
        difficulty=5.0,
        due_us=due,
        last_review_us=None if queue == Queue.NEW else 10,
        queue=queue,
    )


def known(**changes) -> KnownCounts:
    base = dict(
        version="v1",
        day_end_us=DAY_END,
        learning_bound_us=DAY_END,
        learning=2,
        review=Tally(4, exact=True),
        new=Tally(3, exact=False),
    )
    return KnownCounts(**{**base, **changes})


def test_a_count_read_below_its_limit_is_exact_and_one_at_its_limit_a_lower_bound():
    assert Tally.read(4, 10) == Tally(4, exact=True)
    assert Tally.read(10, 10) == Tally(10, exact=False)
    assert Tally(4, exact=True).capped(2) == 2 and Tally(4, exact=True).capped(9) == 4
    assert Tally(10, exact=False).capped(7) == 7 and Tally(10, exact=False).capped(10) == 10
    assert Tally(10, exact=False).capped(11) is None  # there may be 11 or more: count again
    assert Tally.read(0, 0).capped(0) == 0 and Tally.read(0, 0).capped(1) is None


def test_a_review_card_answered_leaves_the_due_reviews_unless_it_is_due_again_today():
    moved = known().after_answer(card(Queue.REVIEW, 500), card(Queue.REVIEW, DAY_END + 5), version="v2")
    assert (moved.review, moved.learning, moved.version) == (Tally(3, exact=True), 2, "v2")
    again_today = known().after_answer(card(Queue.REVIEW, 500), card(Queue.REVIEW, DAY_END - 5), version="v2")
    assert again_today.review == Tally(4, exact=True)
    relearning = known().after_answer(card(Queue.REVIEW, 500), card(Queue.LEARNING, 900, state=3), version="v2")
    assert (relearning.review, relearning.learning) == (Tally(3, exact=True), 3)


def test_a_new_card_answered_leaves_the_new_cards_and_may_join_the_learning_ones():
    moved = known().after_answer(card(Queue.NEW, 0, state=1), card(Queue.LEARNING, 600, state=1), version="v2")
    assert (moved.new, moved.learning) == (Tally(2, exact=False), 3)
    later = known().after_answer(card(Queue.NEW, 0, state=1), card(Queue.LEARNING, DAY_END, state=1), version="v2")
    assert later.learning == 2


def test_counts_are_given_only_for_the_same_version_day_and_learning_window():
    counts = known()
    assert counts.counts_for(version="v1", day_end_us=DAY_END, learning_bound_us=DAY_END, new_cap=2, review_cap=9) == (
        2,
        2,
        4,
    )
    assert (
        counts.counts_for(version="v2", day_end_us=DAY_END, learning_bound_us=DAY_END, new_cap=2, review_cap=9) is None
    )
    assert (
        counts.counts_for(version="v1", day_end_us=DAY_END + 1, learning_bound_us=DAY_END + 1, new_cap=2, review_cap=9)
        is None
    )
    assert (
        counts.counts_for(version="v1", day_end_us=DAY_END, learning_bound_us=DAY_END + 1, new_cap=2, review_cap=9)
        is None
    )
    assert (
        counts.counts_for(version="v1", day_end_us=DAY_END, learning_bound_us=DAY_END, new_cap=5, review_cap=9) is None
    )  # only known to be at least 3 new cards
    assert counts.counts_for(
        version="v1", day_end_us=DAY_END, learning_bound_us=DAY_END, new_cap=-2, review_cap=-1
    ) == (0, 2, 0)
