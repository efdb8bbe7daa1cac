"""Exam date: predictions checked against fsrs directly, reviews needed, bring-forward plan."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
from fsrs import Card, Rating, Scheduler, State
from library_samples import store
from test_queue import set_state

from studyapp.core.cards import from_us, to_us
from studyapp.core.session import Phase

EXAM_DAY = date(2026, 3, 12)  # ten days after the frozen clock's Monday
EXAM_AT = datetime(2026, 3, 12, 12, 0, tzinfo=UTC)  # noon on the day (library zone: UTC)


def _studied(library, clock, spec):
    """Cards of stabilities ``spec`` = [(section, stability days, days since review, days until due)]."""
    deck, items = store(library, [(section, f"o{n}", n) for n, (section, *_) in enumerate(spec)])
    for item, (_, stability, since, until) in zip(items, spec, strict=True):
        set_state(
            library,
            item,
            stability=stability,
            difficulty=5.0,
            last_review_us=to_us(clock.now - timedelta(days=since)),
            due_us=to_us(clock.now + timedelta(days=until)),
        )
    return deck, items


def test_forecast_matches_fsrs_retrievability_per_section_and_overall(library, clock):
    spec = [("alpha", 3.0, 1, 2), ("alpha", 40.0, 5, 35), ("beta", 12.0, 2, 10)]
    deck, items = _studied(library, clock, spec)
    library.exam.set(deck, EXAM_DAY, target=0.85)
    forecast = library.exam.forecast(deck)

    scheduler = Scheduler(enable_fuzzing=False)
    states = {h.unit: h.state for h in library.card_histories(deck)}
    recall = {}
    for item in items:
        s = states[item.memory_unit]
        card = Card(
            card_id=s.id,
            state=State.Review,
            stability=s.stability,
            difficulty=s.difficulty,
            due=from_us(s.due_us),
            last_review=from_us(s.last_review_us),
        )
        recall[item.id] = scheduler.get_card_retrievability(card, EXAM_AT)
    by_section = {sf.section_id: sf for sf in forecast.sections}
    assert by_section["alpha"].predicted_recall == pytest.approx((recall[items[0].id] + recall[items[1].id]) / 2)
    assert by_section["beta"].predicted_recall == pytest.approx(recall[items[2].id])
    assert forecast.overall == pytest.approx(sum(recall.values()) / 3)
    assert forecast.days_left == 10 and forecast.exam.target == 0.85
    assert forecast.on_track is (forecast.overall >= 0.85)


def test_new_cards_count_as_zero_recall(library, clock):
    deck, items = store(library, [("alpha", "A", 0), ("alpha", "B", 1)])
    set_state(
        library,
        items[0],
        stability=50.0,
        difficulty=5.0,
        last_review_us=to_us(clock.now),
        due_us=to_us(clock.now + timedelta(days=50)),
    )
    library.exam.set(deck, EXAM_DAY)
    forecast = library.exam.forecast(deck)
    card = Card(
        card_id=1,
        state=State.Review,
        stability=50.0,
        difficulty=5.0,
        last_review=clock.now,
        due=clock.now + timedelta(days=50),
    )
    assert forecast.overall == pytest.approx(Scheduler().get_card_retrievability(card, EXAM_AT) / 2)
    assert forecast.new_per_day == 1  # one unseen card over ten days
    assert not forecast.on_track


def test_cards_due_after_the_exam_or_below_target_are_brought_forward_and_spread(library, clock):
    spec = [("alpha", 30.0 + n, 1, 25 + n) for n in range(12)] + [("beta", 2.0, 3, 20)]
    deck, items = _studied(library, clock, spec)
    changes = library.exam.set(deck, EXAM_DAY, target=0.9)
    assert changes.settings == {deck}
    states = {h.unit: h.state for h in library.card_histories(deck)}
    first_day = datetime(2026, 3, 2, 4, 0, tzinfo=UTC)
    exam_day_start = datetime(2026, 3, 12, 4, 0, tzinfo=UTC)
    days = Counter()
    for item in items:
        due = from_us(states[item.memory_unit].due_us)
        assert first_day <= due < exam_day_start
        days[(due - first_day).days] += 1
    assert changes.cards == {s.id for s in states.values()}
    assert max(days.values()) <= 2  # 13 cards over 10 days

    # the weak card lands early enough for one Good answer to reach the target, or today when none can
    scheduler = Scheduler(enable_fuzzing=False)
    weak = states[items[-1].memory_unit]
    when = from_us(weak.due_us)
    reviewed, _ = scheduler.review_card(weak.to_fsrs(), Rating.Good, when)
    assert scheduler.get_card_retrievability(reviewed, EXAM_AT) >= 0.9 or when == first_day


def test_brought_forward_cards_are_studied_on_their_day(library, clock):
    deck, items = _studied(library, clock, [("alpha", 30.0, 1, 40)])
    library.exam.set(deck, date(2026, 3, 4))  # two study days: today and tomorrow
    due = from_us(library.card_histories(deck)[0].state.due_us)
    assert due == datetime(2026, 3, 3, 4, 0, tzinfo=UTC)  # the last day before the exam
    assert library.deck(deck).due == 0
    clock.now = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
    session = library.study.start_session(deck)
    assert session.phase is Phase.QUESTION and session.current.item.id == items[0].id
    assert library.deck(deck).days_to_exam == 1


def test_reviews_needed_reach_the_target_in_simulation(library, clock):
    deck, _ = store(library, [("alpha", f"o{n}", n) for n in range(5)])
    library.exam.set(deck, EXAM_DAY)
    forecast = library.exam.forecast(deck)
    # five unseen cards need at least an introduction and a second answer each
    assert forecast.reviews_needed >= 10
    assert forecast.reviews_per_day == -(-forecast.reviews_needed // 10)
    session = library.study.start_session(deck)
    assert session.new_per_day >= forecast.new_per_day


def test_suspended_cards_are_left_out_of_the_forecast_and_the_plan(library, clock):
    deck, items = store(library, [("alpha", f"o{n}", n) for n in range(5)])
    library.exam.set(deck, EXAM_DAY)
    all_five = library.exam.forecast(deck)
    ids = {h.unit: h.state.id for h in library.card_histories(deck)}
    for item in items[:2]:
        library.study.suspend(ids[item.memory_unit])
    three = library.exam.forecast(deck)
    # every unseen card needs the same reviews: three of five cards need three fifths of them
    assert three.reviews_needed == all_five.reviews_needed * 3 // 5 < all_five.reviews_needed
    assert three.new_per_day == 1  # three unseen cards over ten days, not five

    # a suspended studied card, due after the exam and weak, is neither counted nor brought forward
    weak, _ = _studied(library, clock, [("beta", 2.0, 3, 40)])
    histories = library.card_histories(weak)
    library.study.suspend(histories[0].state.id)
    changes = library.exam.set(weak, EXAM_DAY)
    assert changes.cards == set()
    assert library.card_histories(weak)[0].state.due_us == histories[0].state.due_us
    forecast = library.exam.forecast(weak)
    assert forecast.reviews_needed == 0 and forecast.sections == () and forecast.overall == 0.0


def test_exam_validation_and_clearing(library, clock):
    deck, _ = store(library, [("alpha", "A", 0)])
    with pytest.raises(ValueError):
        library.exam.set(deck, date(2026, 3, 1))
    with pytest.raises(ValueError):
        library.exam.set(deck, EXAM_DAY, target=1.5)
    assert library.exam.forecast(deck) is None
    library.exam.set(deck, EXAM_DAY)
    summary = library.deck(deck)
    assert (summary.exam_date, summary.days_to_exam) == (EXAM_DAY, 10)
    library.exam.clear(deck)
    assert library.exam.get(deck) is None and library.deck(deck).exam_date is None
