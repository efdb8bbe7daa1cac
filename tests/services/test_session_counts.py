"""The session's counts of cards left: kept current through its answers, always equal to a fresh count."""

from __future__ import annotations

import random
from dataclasses import replace

from fsrs import Rating
from library_samples import store

from studyapp.core.cards import to_us
from studyapp.core.session import Counts, Phase, ReviewSession
from studyapp.storage.cards import CardStore


def fresh_counts(session: ReviewSession, now) -> Counts:
    """What the store counts right now for the session's scope and remaining limits."""
    return CardStore(session.store.db).counts(
        session.scope,
        now_us=to_us(now),
        day_end_us=to_us(session.day_end),
        new_cap=session.new_per_day - session.new_done,
        review_cap=session.max_reviews_per_day - session.reviews_done,
        learn_ahead_us=int(session.learn_ahead.total_seconds() * 1_000_000),
    )


def test_counts_match_a_fresh_count_after_every_answer_over_several_days(library, clock):
    rng = random.Random(3)
    deck, _ = store(library, [("alpha" if n % 3 else "beta", f"o{n}", n) for n in range(24)])
    library.settings.set(deck, replace(library.settings.get(deck), new_per_day=9, max_reviews_per_day=4))
    checked = 0
    for _day in range(6):
        session = library.study.start_session(deck)
        while session.phase is not Phase.DONE:
            assert session.counts(clock.now) == fresh_counts(session, clock.now)
            session.show_answer()
            assert session.counts(clock.now) == fresh_counts(session, clock.now)
            session.rate(
                rng.choice([Rating.Again, Rating.Hard, Rating.Good, Rating.Good, Rating.Easy]),
                now=clock.advance(seconds=rng.randint(5, 900)),
            )
            checked += 1
        assert session.counts(clock.now) == fresh_counts(session, clock.now)
        clock.advance(days=1)
    assert checked > 40


def test_counts_follow_changes_the_session_did_not_make(library, clock):
    deck, _ = store(library, [("alpha", f"o{n}", n) for n in range(6)])
    session = library.study.start_session(deck)
    assert session.counts(clock.now).new == 6
    session.show_answer()
    session.rate(Rating.Good, now=clock.advance(seconds=10))
    assert session.counts(clock.now) == Counts(new=5, learning=1, review=0)
    library.study.suspend(session.current.card.id)  # through the library, not the session
    assert session.counts(clock.now) == fresh_counts(session, clock.now) == Counts(new=4, learning=1, review=0)
    session.undo()
    assert session.counts(clock.now) == fresh_counts(session, clock.now) == Counts(new=5, learning=0, review=0)
    session.bury_current(clock.now)
    assert session.counts(clock.now) == fresh_counts(session, clock.now) == Counts(new=4, learning=0, review=0)


def test_answers_do_not_recount_the_queues(library, clock):
    deck, _ = store(library, [("alpha", f"o{n}", n) for n in range(8)])
    session = library.study.start_session(deck)
    session.counts(clock.now)
    statements: list[str] = []
    session.store.conn.set_trace_callback(statements.append)
    try:
        for _ in range(4):
            session.show_answer()
            session.rate(Rating.Good, now=clock.advance(seconds=20))
            session.counts(clock.now)
    finally:
        session.store.conn.set_trace_callback(None)
    assert not [sql for sql in statements if "count(" in sql.lower()]
    assert session.counts(clock.now) == fresh_counts(session, clock.now)
