"""Queue order, daily limits, day boundary, one card per unit, section scope, bury and suspend."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from fsrs import Rating
from library_samples import DATA, store

from studyapp.core.cards import CardState, Queue, to_us
from studyapp.core.session import Phase
from studyapp.storage import bulk


def answer_all(session, now, rating=Rating.Good, limit=100):
    seen = []
    while session.phase is Phase.QUESTION and len(seen) < limit:
        seen.append(session.current.item.id)
        session.show_answer()
        session.rate(rating, now=now)
    return seen


def set_state(library, item, **fields) -> int:
    """Overwrite the state of ``item``'s card (its unit's) through the storage bulk API; returns the card id."""
    deck = item.id.split(":")[0]
    card_id = next(h.state.id for h in library.card_histories(deck) if h.unit == item.memory_unit)
    base = CardState(card_id, 2, None, 10.0, 5.0, 0, 0, Queue.REVIEW)
    with library.repos().db.atomic():
        bulk.write_states(library.repos().db, [replace(base, **fields)])
    return card_id


def test_siblings_are_one_card_asked_once_a_day_beyond_its_learning_steps(library, clock):
    deck, items = store(
        library,
        [
            ("alpha", "A", 0),
            ("alpha", "A", 0),
            ("alpha", "A", 0),
            ("alpha", "B", 1),
            ("alpha", "B", 1),
            ("beta", "C", 2),
        ],
    )
    assert library.deck(deck).total == 3  # three units of memory, six ways of asking them
    session = library.study.start_session(deck)
    assert session.counts(clock.now).new == 3
    shown = answer_all(session, clock.now, rating=Rating.Easy)
    assert shown == [items[i].id for i in (0, 3, 5)]
    assert library.stats.deck(deck).total_reviews == 3


def test_a_units_learning_step_comes_back_early_only_when_nothing_else_is_left(library, clock):
    deck, items = store(library, [("alpha", "A", 0), ("alpha", "B", 1)])
    session = library.study.start_session(deck)
    shown = answer_all(session, clock.now, limit=4)
    units = [next(i.memory_unit for i in items if i.id == item_id) for item_id in shown]
    assert units == ["A", "B", "A", "B"]  # Good, Good: each unit's second learning step after the other unit


def test_learning_due_now_comes_before_reviews_due_today_before_new(library, clock):
    deck, items = store(library, [("alpha", "A", 0), ("alpha", "B", 1), ("beta", "C", 2), ("beta", "D", 3)])
    set_state(
        library,
        items[3],
        due_us=to_us(clock.now - timedelta(minutes=5)),
        state=1,
        step=0,
        queue=Queue.LEARNING,
        last_review_us=to_us(clock.now - timedelta(minutes=6)),
    )
    set_state(
        library,
        items[2],
        due_us=to_us(clock.now + timedelta(hours=3)),
        last_review_us=to_us(clock.now - timedelta(days=10)),
    )
    session = library.study.start_session(deck)
    assert answer_all(session, clock.now, limit=4) == [items[i].id for i in (3, 2, 0, 1)]


def test_new_limit_counts_cards_introduced_earlier_today(library, clock):
    deck, items = store(library, [("alpha", f"o{n}", n) for n in range(6)])
    library.settings.set(deck, replace(library.settings.get(deck), new_per_day=3))
    first = library.study.start_session(deck)
    first.show_answer()
    first.rate(Rating.Easy, now=clock.now)  # Easy: straight to review, out of today's queues
    second = library.study.start_session(deck)
    assert second.counts(clock.now).new == 2
    assert answer_all(second, clock.now, rating=Rating.Easy) == [items[1].id, items[2].id]
    assert second.phase is Phase.DONE
    assert library.deck(deck).new == 0


def test_study_day_starts_at_four_in_the_morning(library, clock):
    deck, items = store(library, [("alpha", f"o{n}", n) for n in range(4)])
    library.settings.set(deck, replace(library.settings.get(deck), new_per_day=1))
    clock.now = datetime(2026, 3, 2, 23, 0, tzinfo=UTC)
    session = library.study.start_session(deck)
    answer_all(session, clock.now, rating=Rating.Easy)
    review = set_state(
        library,
        items[3],
        due_us=to_us(datetime(2026, 3, 3, 10, 0, tzinfo=UTC)),
        last_review_us=to_us(datetime(2026, 2, 20, tzinfo=UTC)),
    )

    clock.now = datetime(2026, 3, 3, 3, 59, tzinfo=UTC)
    before = library.deck(deck)
    assert (before.new, before.due) == (0, 0)

    clock.now = datetime(2026, 3, 3, 4, 0, tzinfo=UTC)
    after = library.deck(deck)
    assert (after.new, after.due) == (1, 1)
    session = library.study.start_session(deck)
    assert session.current.card.id == review


def test_day_start_hour_is_a_deck_setting(library, clock):
    deck, _ = store(library, [("alpha", f"o{n}", n) for n in range(3)])
    library.settings.set(deck, replace(library.settings.get(deck), new_per_day=1, day_start_hour=0))
    clock.now = datetime(2026, 3, 2, 23, 0, tzinfo=UTC)
    answer_all(library.study.start_session(deck), clock.now, rating=Rating.Easy)
    clock.now = datetime(2026, 3, 3, 0, 30, tzinfo=UTC)
    assert library.deck(deck).new == 1


def test_max_reviews_per_day(library, clock):
    deck, items = store(library, [("alpha", f"o{n}", n) for n in range(4)])
    library.settings.set(deck, replace(library.settings.get(deck), new_per_day=0, max_reviews_per_day=2))
    for n, item in enumerate(items[:3]):
        set_state(
            library,
            item,
            due_us=to_us(clock.now - timedelta(days=n + 1)),
            last_review_us=to_us(clock.now - timedelta(days=20)),
        )
    assert library.deck(deck).due == 2
    session = library.study.start_session(deck)
    # the most overdue first
    assert answer_all(session, clock.now) == [items[2].id, items[1].id]
    assert library.deck(deck).due == 0


def test_section_session_holds_the_section_and_its_subsections(library, clock):
    result = library.import_document(DATA / "river_towns.md")
    deck = result.deck_id
    library.settings.set(deck, replace(library.settings.get(deck), new_per_day=100))
    session = library.study.start_session(deck, section="founding")
    shown = answer_all(session, clock.now, rating=Rating.Easy, limit=500)
    items = {item.id: item for item in library.items(deck)}
    assert {items[i].section for i in shown} == {"founding", "the-market"}
    section_units = {i.memory_unit for i in library.items(deck, "founding")}
    asked_units = [items[i].memory_unit for i in shown]
    assert len(asked_units) == len(set(asked_units))  # Easy: each unit once
    waiting = {h.unit for h in library.card_histories(deck) if h.state.queue == Queue.WAITING}
    assert set(asked_units) == section_units - waiting  # a summary (chronology) waits for its members
    assert len({i.memory_unit for i in library.items(deck, "the-market")}) < len(asked_units)


def test_bury_hides_until_the_next_study_day_and_suspend_until_lifted(library, clock):
    deck, items = store(library, [("alpha", "A", 0), ("alpha", "B", 1), ("beta", "C", 2)])
    session = library.study.start_session(deck)
    buried = session.bury_current(clock.now)
    assert session.current.item.id == items[1].id
    suspended = session.suspend_current(clock.now)
    assert session.current.item.id == items[2].id
    assert library.deck(deck).new == 1

    clock.advance(hours=15)  # 03:00 the next morning: still the same study day
    assert library.deck(deck).new == 1
    clock.advance(hours=1)
    assert library.deck(deck).new == 2
    session = library.study.start_session(deck)
    assert session.current.card.id == buried
    library.study.suspend(suspended, suspended=False)
    assert library.deck(deck).new == 3


def test_a_session_left_open_past_the_day_start_moves_to_the_new_day(library, clock):
    deck, items = store(library, [("alpha", f"o{n}", n) for n in range(4)])
    library.settings.set(deck, replace(library.settings.get(deck), new_per_day=2))
    clock.now = datetime(2026, 3, 3, 3, 50, tzinfo=UTC)
    session = library.study.start_session(deck)
    session.show_answer()
    session.rate(Rating.Easy, now=clock.now)
    clock.now = datetime(2026, 3, 3, 4, 10, tzinfo=UTC)
    session.show_answer()
    session.rate(Rating.Easy, now=clock.now)  # the second new card of the old day, answered on the new one
    assert session.current.item.id == items[2].id  # the new day has room for one more
    assert session.day_start == datetime(2026, 3, 3, 4, 0, tzinfo=UTC)
    session.show_answer()
    session.rate(Rating.Easy, now=clock.now)
    assert session.phase is Phase.DONE
