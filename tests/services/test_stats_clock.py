"""Statistics never depend on the clock moving forward (issue 12, finding 12)."""

from __future__ import annotations

from dataclasses import replace

from fsrs import Rating
from library_samples import store


def _answer(library, deck, clock, count):
    session = library.study.start_session(deck)
    for _ in range(count):
        session.show_answer()
        session.rate(Rating.Good, now=clock.now, duration_ms=2000)
        clock.advance(seconds=5)


def test_answers_given_after_the_clock_stepped_back_are_counted(library, clock):
    deck, _items = store(library, [("alpha", f"o{n}", n) for n in range(30)])
    library.settings.set(deck, replace(library.settings.get(deck), new_per_day=100))
    _answer(library, deck, clock, 11)
    assert library.stats.deck(deck).total_reviews == 11  # statistics read once: the sums are now stored
    clock.advance(hours=-3)  # the system clock is set back (NTP, a dead CMOS battery, a trip)
    _answer(library, deck, clock, 10)
    stats = library.stats.deck(deck)
    stored = library.repos().db.execute("SELECT count(*), sum(duration_ms) FROM reviews").fetchone()
    assert stored[0] == 21
    assert stats.total_reviews == 21
    assert stats.total_seconds == stored[1] / 1000
    assert sum(d.reviews for d in stats.reviews_per_day) == 21


def test_an_undo_after_the_clock_stepped_back_takes_back_exactly_one_answer(library, clock):
    deck, _items = store(library, [("alpha", f"o{n}", n) for n in range(30)])
    library.settings.set(deck, replace(library.settings.get(deck), new_per_day=100))
    _answer(library, deck, clock, 5)
    assert library.stats.deck(deck).total_reviews == 5
    clock.advance(hours=-2)
    session = library.study.start_session(deck)
    session.show_answer()
    session.rate(Rating.Good, now=clock.now, duration_ms=2000)
    assert library.stats.deck(deck).total_reviews == 6
    session.undo()
    assert library.stats.deck(deck).total_reviews == 5
    assert library.repos().db.execute("SELECT count(*) FROM reviews").fetchone()[0] == 5
