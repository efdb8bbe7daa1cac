"""The exam plan's arithmetic, checked against fsrs itself."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Card, Rating, Scheduler, State

from studyapp.core.cards import CardState, from_us, to_us
from studyapp.core.exam import plan_exam, predicted_recall, simulate_reviews

NOW = datetime(2026, 3, 2, 4, 0, tzinfo=UTC)
DAYS = [NOW + timedelta(days=d) for d in range(7)]
EXAM = NOW + timedelta(days=7, hours=8)
SCHEDULER = Scheduler(enable_fuzzing=False)


def _card(card_id: int, stability: float, since_days: float, until_days: float) -> CardState:
    return CardState(
        card_id,
        int(State.Review),
        None,
        stability,
        5.0,
        to_us(NOW + timedelta(days=until_days)),
        to_us(NOW - timedelta(days=since_days)),
        2,
    )


def test_predicted_recall_is_fsrs_retrievability_and_zero_for_new_cards():
    card = _card(1, 20.0, 3, 17)
    direct = SCHEDULER.get_card_retrievability(
        Card(
            card_id=1,
            state=State.Review,
            stability=20.0,
            difficulty=5.0,
            due=from_us(card.due_us),
            last_review=NOW - timedelta(days=3),
        ),
        EXAM,
    )
    assert predicted_recall(SCHEDULER, card, EXAM) == pytest.approx(direct)
    assert predicted_recall(SCHEDULER, CardState(2, 1, 0, None, None, 0, None, 0), EXAM) == 0.0


def test_a_card_due_after_the_exam_moves_to_the_last_day_when_alone():
    plan = plan_exam(SCHEDULER, [_card(1, 60.0, 2, 55)], exam_at=EXAM, day_starts=DAYS, target=0.9)
    assert plan.moves == ((1, to_us(DAYS[-1])),)


def test_a_card_already_due_before_the_exam_with_enough_recall_stays():
    plan = plan_exam(SCHEDULER, [_card(1, 60.0, 1, 3)], exam_at=EXAM, day_starts=DAYS, target=0.9)
    assert plan.moves == ()


def test_moves_spread_evenly_and_every_moved_card_reaches_the_target_if_one_answer_can():
    cards = [_card(n, 10.0 + n, 1, 30 + n) for n in range(21)]
    plan = plan_exam(SCHEDULER, cards, exam_at=EXAM, day_starts=DAYS, target=0.9)
    days = [DAYS.index(from_us(due)) for _, due in plan.moves]
    assert len(plan.moves) == 21 and all(days.count(d) == 3 for d in range(7))
    by_id = {c.id: c for c in cards}
    for card_id, due in plan.moves:
        reviewed, _ = SCHEDULER.review_card(by_id[card_id].to_fsrs(), Rating.Good, from_us(due))
        assert SCHEDULER.get_card_retrievability(reviewed, EXAM) >= 0.9


def test_reviews_needed_follow_fsrs_intervals():
    new = Card(card_id=1, due=DAYS[0])
    count = simulate_reviews(SCHEDULER, new, DAYS[0], EXAM, DAYS[-1] + timedelta(days=1), 0.9)
    card, when, expected = new, DAYS[0], 0
    while when < DAYS[-1] + timedelta(days=1):
        card, _ = SCHEDULER.review_card(card, Rating.Good, when)
        expected += 1
        when = card.due
    if SCHEDULER.get_card_retrievability(card, EXAM) < 0.9:
        expected += 1
    assert count == expected >= 3
    plan = plan_exam(
        SCHEDULER,
        [CardState(n, 1, 0, None, None, 0, None, 0) for n in range(14)],
        exam_at=EXAM,
        day_starts=DAYS,
        target=0.9,
    )
    assert plan.new_per_day == 2 and plan.reviews_needed == 14 * simulate_reviews(
        SCHEDULER, Card(card_id=1, due=DAYS[3]), DAYS[3], EXAM, DAYS[-1] + timedelta(days=1), 0.9
    )
