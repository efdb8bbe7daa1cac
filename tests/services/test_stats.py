"""Statistics values on a known history."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Rating, Scheduler
from library_samples import store

from studyapp.core.cards import to_us
from studyapp.services.library import Library


def _answer(library, deck, clock, ratings, seconds=10):
    session = library.study.start_session(deck)
    for rating in ratings:
        session.show_answer()
        session.rate(rating, now=clock.now, duration_ms=seconds * 1000)


def test_reviews_per_day_streak_time_and_retention(library, clock):
    deck, _items = store(library, [("alpha", f"o{n}", n) for n in range(4)] + [("beta", "z", 9)])
    clock.now = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    _answer(library, deck, clock, [Rating.Easy] * 4)  # four new cards straight to review
    for day in range(1, 40):  # answer whatever is due for a while, one Again on each fourth day
        clock.now = datetime(2026, 3, 2, 10, 0, tzinfo=UTC) + timedelta(days=day)
        session = library.study.start_session(deck)
        while session.current is not None and session.current.card.queue == 2:
            session.show_answer()
            session.rate(Rating.Again if day % 4 == 0 else Rating.Good, now=clock.now, duration_ms=5000)
    clock.now = datetime(2026, 4, 20, 3, 0, tzinfo=UTC)  # before 4 a.m.: still April 19

    stats = library.stats.deck(deck)
    histories = library.card_histories(deck)
    answers = [(r, h.state) for h in histories for r in h.reviews]
    assert stats.total_reviews == len(answers)
    assert stats.total_seconds == sum(r.duration_ms for r, _ in answers) / 1000
    per_day = {d.day: d.reviews for d in stats.reviews_per_day}
    assert sum(per_day.values()) == stats.total_reviews
    assert per_day[datetime(2026, 3, 2).date()] == 4

    # true retention: answers on review-state cards that were not Again
    review_answers = [r for r, _ in answers if r.reviewed_us > to_us(datetime(2026, 3, 2, 11, tzinfo=UTC))]
    passed = [r for r in review_answers if r.rating != 1]
    assert stats.true_retention == pytest.approx(len(passed) / len(review_answers))

    days = sorted(per_day)
    streak = 0
    day = days[-1]
    while day in per_day:
        streak, day = streak + 1, day - timedelta(days=1)
    expected = streak if days[-1] >= datetime(2026, 4, 18).date() else 0
    assert stats.streak == expected
    assert stats.today_reviews == 0

    payload = json.loads(json.dumps(stats.to_json()))
    assert payload["total_reviews"] == stats.total_reviews and len(payload["due_forecast"]) == 30


def test_streak_counts_consecutive_days_up_to_today(library, clock):
    deck, _ = store(library, [("alpha", f"o{n}", n) for n in range(10)])
    for day in (0, 2, 3, 4):
        clock.now = datetime(2026, 3, 2, 12, tzinfo=UTC) + timedelta(days=day)
        _answer(library, deck, clock, [Rating.Good])
    assert library.stats.deck(deck).streak == 3
    clock.advance(days=1)
    assert library.stats.deck(deck).streak == 3  # nothing yet today: yesterday's streak still holds
    clock.advance(days=1)
    assert library.stats.deck(deck).streak == 0


def test_due_forecast_and_mastery(library, clock):
    deck, items = store(library, [("alpha", "A", 0), ("alpha", "B", 1), ("beta", "C", 2)])
    _answer(library, deck, clock, [Rating.Easy, Rating.Easy])  # two alpha cards to review state
    stats = library.stats.deck(deck)
    histories = {h.unit: h.state for h in library.card_histories(deck)}
    scheduler = Scheduler(enable_fuzzing=False)
    for item in items[:2]:
        state = histories[item.memory_unit]
        offset = (datetime.fromtimestamp(state.due_us / 1e6, UTC) - timedelta(hours=4)).date() - (
            clock.now - timedelta(hours=4)
        ).date()
        assert stats.due_forecast[offset.days] >= 1
    assert sum(stats.due_forecast) == 2
    expected_alpha = (
        sum(scheduler.get_card_retrievability(histories[i.memory_unit].to_fsrs(), clock.now) for i in items[:2]) / 2
    )
    assert stats.mastery["alpha"] == pytest.approx(expected_alpha)
    assert stats.mastery["beta"] == 0.0
    assert library.section_mastery(deck) == stats.mastery
    assert stats.cards_by_queue == {"new": 1, "learning": 0, "review": 2, "suspended": 0, "buried": 0}
    assert stats.true_retention is None


def test_hourly_sums_follow_new_answers_undo_and_read_only_readers(library, clock, tmp_path):
    deck, _ = store(library, [("alpha", f"o{n}", n) for n in range(6)])
    _answer(library, deck, clock, [Rating.Easy] * 3)
    assert library.stats.deck(deck).total_reviews == 3  # sums built up to here
    clock.advance(days=30)
    session = library.study.start_session(deck)
    for rating in (Rating.Again, Rating.Good):
        session.show_answer()
        session.rate(rating, now=clock.now, duration_ms=4000)
    stats = library.stats.deck(deck)
    assert (stats.total_reviews, stats.true_retention, stats.total_seconds) == (5, 0.5, 38.0)
    session.undo()  # the Good answer, already in the sums
    stats = library.stats.deck(deck)
    assert (stats.total_reviews, stats.true_retention, stats.total_seconds) == (4, 0.0, 34.0)

    session.show_answer()
    session.rate(Rating.Good, now=clock.now, duration_ms=1000)
    reader = Library.open(tmp_path / "data", read_only=True, tz=UTC)
    try:
        seen = reader.stats.deck(deck)  # not in the sums yet: added in memory
        assert (seen.total_reviews, seen.true_retention) == (5, 0.5)
    finally:
        reader.close()
    assert library.stats.deck(deck).total_reviews == 5


def test_retention_by_week_and_mastery_per_section(library, clock):
    deck, _ = store(library, [("alpha", f"a{n}", n) for n in range(4)] + [("beta", "b", 9)])
    _answer(library, deck, clock, [Rating.Easy] * 4)  # four alpha cards into review state
    clock.advance(days=30)
    session = library.study.start_session(deck)
    for rating in (Rating.Good, Rating.Again, Rating.Good, Rating.Good):
        session.show_answer()
        session.rate(rating, now=clock.now, duration_ms=1000)
    stats = library.stats.deck(deck)
    assert [(w.answers, w.retention) for w in stats.retention_by_week] == [(4, 0.75)]
    assert stats.retention_by_week[0].week.weekday() == 0  # a Monday
    assert stats.to_json()["retention_by_week"][0]["retention"] == 0.75
    sections = library.stats.sections(deck)
    assert [(s.id, s.cards) for s in sections] == [("alpha", 4), ("beta", 1)]
    assert sections[0].mastery == pytest.approx(stats.mastery["alpha"]) and sections[1].mastery == 0.0
