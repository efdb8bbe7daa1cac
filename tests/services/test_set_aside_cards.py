"""Suspended and buried cards are listed per deck and section, and brought back to the queue they belong to."""

from __future__ import annotations

import sqlite3

from fsrs import Rating
from library_samples import store

from studyapp.core.cards import Queue

SPEC = [("alpha", "fact-1", 0), ("alpha", "fact-2", 1), ("beta", "fact-3", 2)]


def queue_of(library, card_id: int) -> int:
    with sqlite3.connect(library.path) as db:
        return db.execute("SELECT queue FROM cards WHERE id = ?", [card_id]).fetchone()[0]


def test_suspended_and_buried_cards_are_listed_and_restored(library, clock):
    deck, items = store(library, SPEC)
    session = library.study.start_session(deck, now=clock())
    session.show_answer()
    studied = session.current.card.id
    session.rate(Rating.Easy, now=clock())  # graduates to review
    library.study.suspend(studied)
    buried = session.bury_current(clock())
    listed = library.set_aside.cards(deck)
    assert [(c.card_id, c.suspended) for c in listed] == [(studied, True), (buried, False)]
    assert listed[0].item == items[0] and listed[1].buried_until is not None
    assert [c.card_id for c in library.set_aside.cards(deck, section="beta")] == []

    changes = library.set_aside.restore([studied, buried])
    assert deck in changes.decks and {studied, buried} <= changes.cards
    assert queue_of(library, studied) == Queue.REVIEW  # its history kept: back among the reviews
    assert queue_of(library, buried) == Queue.NEW
    assert library.set_aside.cards(deck) == []


def test_a_buried_card_whose_day_is_over_is_no_longer_listed(library, clock):
    deck, _ = store(library, SPEC)
    session = library.study.start_session(deck, now=clock())
    session.bury_current(clock())
    assert len(library.set_aside.cards(deck)) == 1
    clock.advance(days=1)
    assert library.set_aside.cards(deck) == []
