"""A passage's familiarity (new, learning, known, weak) follows the answers given to its cards."""

from __future__ import annotations

from dataclasses import replace

from fsrs import Rating
from library_samples import TEXT, store

from studyapp.core.familiarity import Familiarity
from studyapp.text import parse_document

SPEC = [("alpha", "fact-1", 0), ("alpha", "fact-1", 1), ("beta", "fact-2", 2)]  # two ways of asking fact-1


def answer(library, deck, rating, clock, *, card_of: str) -> None:
    session = library.study.start_session(deck, now=clock())
    while session.current is not None and session.current.origin != card_of:
        session.bury_current(clock())
    session.show_answer()
    session.rate(rating, now=clock())


def test_new_then_learning_then_known_then_weak_as_time_passes(library, clock):
    deck, _ = store(library, SPEC)
    assert library.familiarity.deck(deck).by_origin == {"fact-1": Familiarity.NEW, "fact-2": Familiarity.NEW}

    answer(library, deck, Rating.Good, clock, card_of="fact-1")  # first learning step
    assert library.familiarity.deck(deck).by_origin["fact-1"] is Familiarity.LEARNING

    clock.advance(days=1)  # a new day: the bury is over
    for _ in range(2):  # two Easy answers graduate the fact
        answer(library, deck, Rating.Easy, clock, card_of="fact-1")
    state = library.familiarity.deck(deck)
    assert state.by_origin["fact-1"] is Familiarity.KNOWN
    assert state.by_unit["fact-1"] is Familiarity.KNOWN  # hand-made items name no unit: the origin stands in
    assert state.by_origin["fact-2"] is Familiarity.NEW

    clock.advance(days=400)  # long past due: predicted recall well under 80%
    assert library.familiarity.deck(deck).by_origin["fact-1"] is Familiarity.WEAK


def test_a_lapse_makes_a_known_passage_weak(library, clock):
    deck, _ = store(library, SPEC)
    clock.advance(days=1)
    for _ in range(2):
        answer(library, deck, Rating.Easy, clock, card_of="fact-1")
    clock.advance(days=20)
    answer(library, deck, Rating.Again, clock, card_of="fact-1")  # forgotten: relearning
    assert library.familiarity.deck(deck).by_origin["fact-1"] is Familiarity.WEAK


def test_a_passage_with_one_unit_known_and_one_new_is_still_learning(library, clock):
    """Two units of memory from one passage (as the entries of one list): knowing one is not knowing both."""
    deck, items = store(library, SPEC)
    two_units = [replace(item, unit=f"fact-1/{n}") for n, item in enumerate(items[:2], 1)] + items[2:]
    library.store_document(
        parse_document(TEXT, name="chronicle"), source_name="chronicle.txt", source_text=TEXT, items=two_units
    )
    session = library.study.start_session(deck, now=clock())
    while session.current is not None and session.current.unit != "fact-1/1":
        session.bury_current(clock())
    session.show_answer()
    session.rate(Rating.Easy, now=clock())
    state = library.familiarity.deck(deck)
    assert state.by_unit["fact-1/1"] is Familiarity.KNOWN and state.by_unit["fact-1/2"] is Familiarity.NEW
    assert state.by_origin["fact-1"] is Familiarity.LEARNING
