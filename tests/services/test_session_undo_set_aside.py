"""Undo takes back buries and suspends too, in order with answers: the card row exactly as before, the card
current again, the counts equal to a fresh count after every step."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from fsrs import Rating
from library_samples import store
from test_session_counts import fresh_counts

from studyapp.core.cards import CardState, Queue, to_us
from studyapp.core.session import Answer, Phase, SetAside
from studyapp.storage import bulk


def card_row(library, card_id: int) -> tuple:
    """Every column of a card as stored."""
    return library.repos().db.conn.execute("SELECT * FROM cards WHERE id = ?", [card_id]).fetchone()


def make_review_card(library, deck: str, unit: str, clock) -> int:
    card_id = next(h.state.id for h in library.card_histories(deck) if h.unit == unit)
    state = CardState(
        card_id,
        2,
        None,
        12.5,
        4.25,
        to_us(clock.now - timedelta(hours=2)),
        to_us(clock.now - timedelta(days=12)),
        Queue.REVIEW,
    )
    with library.repos().db.atomic():
        bulk.write_states(library.repos().db, [state])
    return card_id


def assert_counts_fresh(session, clock) -> None:
    assert session.counts(clock.now) == fresh_counts(session, clock.now)


def test_undo_of_a_bury_restores_the_exact_row_and_the_current_card(library, clock):
    deck, items = store(library, [("alpha", "A", 0), ("alpha", "B", 1), ("beta", "C", 2)])
    review_id = make_review_card(library, deck, items[2].memory_unit, clock)
    session = library.study.start_session(deck)
    assert session.current.card.id == review_id  # a review due today comes before new cards
    before = card_row(library, review_id)
    counts_before = session.counts(clock.now)
    assert counts_before.review == 1

    assert session.bury_current(clock.now) == review_id
    assert card_row(library, review_id) != before
    assert session.current.card.id != review_id and session.undo_action == "bury"
    assert session.counts(clock.now).review == 0
    assert_counts_fresh(session, clock)

    undone = session.undo()
    assert isinstance(undone, SetAside) and undone.action == "bury"
    assert card_row(library, review_id) == before  # queue, buried_until, due, state... all as they were
    assert session.current.card.id == review_id and session.phase is Phase.QUESTION
    assert session.counts(clock.now) == counts_before
    assert_counts_fresh(session, clock)
    assert not session.can_undo and session.undo() is None


def test_undo_of_a_suspend_restores_the_exact_row_and_the_current_card(library, clock):
    deck, _items = store(library, [("alpha", "A", 0), ("alpha", "B", 1)])
    session = library.study.start_session(deck)
    card_id = session.current.card.id
    before = card_row(library, card_id)
    session.show_answer()  # suspended while its answer is shown
    assert session.suspend_current(clock.now) == card_id
    assert session.counts(clock.now).new == 1 and session.undo_action == "suspend"
    assert_counts_fresh(session, clock)

    undone = session.undo()
    assert isinstance(undone, SetAside) and undone.action == "suspend"
    assert card_row(library, card_id) == before
    assert session.current.card.id == card_id and session.phase is Phase.QUESTION
    assert session.counts(clock.now).new == 2
    assert_counts_fresh(session, clock)


def test_answer_bury_answer_are_taken_back_newest_first(library, clock):
    deck, _items = store(library, [("alpha", f"o{n}", n) for n in range(5)])
    library.settings.set(deck, replace(library.settings.get(deck), new_per_day=20))
    session = library.study.start_session(deck)
    rows = {}

    first = session.current.card.id
    rows[first] = card_row(library, first)
    session.show_answer()
    session.rate(Rating.Good, now=clock.advance(seconds=30))
    assert_counts_fresh(session, clock)

    buried = session.current.card.id
    rows[buried] = card_row(library, buried)
    session.bury_current(clock.advance(seconds=5))
    assert_counts_fresh(session, clock)

    third = session.current.card.id
    rows[third] = card_row(library, third)
    session.show_answer()
    session.rate(Rating.Again, now=clock.advance(seconds=30))
    assert_counts_fresh(session, clock)
    assert len({first, buried, third}) == 3 and session.summary.answered == 2
    after_all = {card_id: card_row(library, card_id) for card_id in rows}

    assert session.undo_action == "rating"
    undone = session.undo()
    assert isinstance(undone, Answer) and undone.before.id == third
    assert card_row(library, third) == rows[third] and session.current.card.id == third
    assert card_row(library, buried) == after_all[buried] and card_row(library, first) == after_all[first]
    assert session.summary.answered == 1
    assert_counts_fresh(session, clock)

    assert session.undo_action == "bury"
    undone = session.undo()
    assert isinstance(undone, SetAside) and undone.card_id == buried
    assert card_row(library, buried) == rows[buried] and session.current.card.id == buried
    assert card_row(library, first) == after_all[first]
    assert_counts_fresh(session, clock)

    assert session.undo_action == "rating"
    undone = session.undo()
    assert isinstance(undone, Answer) and undone.before.id == first
    assert card_row(library, first) == rows[first] and session.current.card.id == first
    assert session.summary.answered == 0 and session.new_done == 0
    assert_counts_fresh(session, clock)
    assert session.counts(clock.now).new == 5
    assert session.undo() is None and session.undo_action is None


def test_undone_bury_leaves_the_card_in_todays_queue(library, clock):
    """After the undo the card is not hidden until tomorrow: a new session still shows it today."""
    deck, _items = store(library, [("alpha", "A", 0)])
    session = library.study.start_session(deck)
    card_id = session.current.card.id
    session.bury_current(clock.now)
    assert session.phase is Phase.DONE and library.deck(deck).new == 0
    session.undo()
    assert library.deck(deck).new == 1
    assert library.study.start_session(deck).current.card.id == card_id
