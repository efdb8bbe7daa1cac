"""Stored card states convert to fsrs cards and back without losing a microsecond."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fsrs import Card, Rating, Scheduler, State

from studyapp.core.cards import CardState, Queue, from_us, natural_queue, new_card_state, to_us


def test_microsecond_round_trip():
    moment = datetime(2026, 3, 2, 12, 34, 56, 789012, tzinfo=UTC)
    assert from_us(to_us(moment)) == moment
    assert from_us(to_us(moment)).tzinfo is UTC  # fsrs refuses other UTC objects
    before_epoch = datetime(1960, 1, 1, 0, 0, 0, 1, tzinfo=UTC)
    assert from_us(to_us(before_epoch)) == before_epoch


def test_fsrs_cards_survive_the_stored_form_through_reviews():
    scheduler = Scheduler(enable_fuzzing=False)
    now = datetime(2026, 3, 2, 9, 0, 0, 123456, tzinfo=UTC)
    state = new_card_state(7, to_us(now))
    assert state.is_new and state.queue == Queue.NEW
    for rating, hours in ((Rating.Good, 0), (Rating.Good, 1), (Rating.Again, 72), (Rating.Good, 73)):
        when = now + timedelta(hours=hours)
        card, _ = scheduler.review_card(state.to_fsrs(), rating, when)
        state = CardState.from_fsrs(card)
        back = state.to_fsrs()
        assert (back.card_id, back.state, back.step, back.stability, back.difficulty, back.due, back.last_review) == (
            card.card_id,
            card.state,
            card.step,
            card.stability,
            card.difficulty,
            card.due,
            card.last_review,
        )
    assert state.queue == natural_queue(int(state.state), state.last_review_us)


def test_natural_queue():
    assert natural_queue(int(State.Learning), None) == Queue.NEW
    assert natural_queue(int(State.Learning), 1) == Queue.LEARNING
    assert natural_queue(int(State.Relearning), 1) == Queue.LEARNING
    assert natural_queue(int(State.Review), 1) == Queue.REVIEW
    assert Card(card_id=1).state == State.Learning  # fsrs has no "new" state: last_review tells
