"""The review state machine over a real library: phases, persistence, undo, auto-grading, intervals."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from fsrs import Card, Rating, Scheduler
from library_samples import TEXT, store

from studyapp.core.cards import to_us
from studyapp.core.session import Phase
from studyapp.generate.model import Source, StudyItem
from studyapp.services.library import Library
from studyapp.text import parse_document


def test_a_rating_outside_the_answer_phase_is_ignored(library, clock):
    deck, items = store(library, [("alpha", "A", 0), ("alpha", "B", 1)])
    session = library.study.start_session(deck)
    assert session.phase is Phase.QUESTION
    assert session.rate(Rating.Good, now=clock.now) is None
    assert session.current.item.id == items[0].id
    assert library.stats.deck(deck).total_reviews == 0
    session.show_answer()
    assert session.phase is Phase.ANSWER
    assert session.rate(Rating.Good, now=clock.now) is not None
    assert session.current.item.id == items[1].id and session.phase is Phase.QUESTION


def test_an_answer_is_persisted_with_its_log(library, clock, tmp_path):
    deck, _items = store(library, [("alpha", "A", 0)])
    session = library.study.start_session(deck)
    session.show_answer()
    answer = session.rate(Rating.Hard, now=clock.now, duration_ms=4200)
    library.close(backup=False)
    again = Library.open(tmp_path / "data", import_bundled=False, clock=clock, fuzzing=False)
    try:
        (history,) = again.card_histories(deck)
        assert history.state == answer.after
        assert [(r.rating, r.reviewed_us, r.duration_ms) for r in history.reviews] == [(2, to_us(clock.now), 4200)]
    finally:
        again.close(backup=False)


def test_undo_restores_the_exact_previous_states_one_by_one(library, clock):
    deck, _items = store(library, [("alpha", f"o{n}", n) for n in range(3)])
    before = {h.state.id: h.state for h in library.card_histories(deck)}
    session = library.study.start_session(deck)
    answers = []
    for rating in (Rating.Again, Rating.Good, Rating.Easy):
        session.show_answer()
        answers.append(session.rate(rating, now=clock.advance(seconds=30)))
    session.show_answer()
    session.rate(Rating.Good, now=clock.advance(seconds=30))  # the Again card, relearned
    assert library.stats.deck(deck).total_reviews == 4

    session.undo()
    first_again = answers[0].after
    assert {h.state.id: h.state for h in library.card_histories(deck)}[first_again.id] == first_again
    for answer in reversed(answers):
        undone = session.undo()
        assert undone.log_id == answer.log_id
        assert session.current.card == before[answer.before.id]
        assert session.phase is Phase.QUESTION
    assert session.undo() is None and not session.can_undo
    assert {h.state.id: h.state for h in library.card_histories(deck)} == before
    assert library.stats.deck(deck).total_reviews == 0
    assert all(not h.reviews for h in library.card_histories(deck))
    assert library.deck(deck).new == 3


def test_undo_gives_back_the_new_card_allowance(library, clock):
    deck, items = store(library, [("alpha", "A", 0), ("alpha", "B", 1)])
    library.settings.set(deck, replace(library.settings.get(deck), new_per_day=1))
    session = library.study.start_session(deck)
    session.show_answer()
    session.rate(Rating.Easy, now=clock.now)
    assert session.phase is Phase.DONE
    session.undo()
    assert session.current.item.id == items[0].id
    assert session.counts(clock.now).new == 1


def _auto_graded(doc_id: str) -> list[StudyItem]:
    src = Source("alpha", "Alpha", "In 1901 the first thing happened.")
    return [
        StudyItem(
            id=f"{doc_id}:choice",
            kind="date-choice",
            section="alpha",
            prompt="When?",
            answer="1901",
            source=src,
            origin="A",
            position=0,
            choices=("1899", "1901", "1910", "1920"),
        ),
        StudyItem(
            id=f"{doc_id}:order",
            kind="list-order",
            section="alpha",
            prompt="Order these",
            answer="x, y, z",
            source=src,
            origin="B",
            position=1,
            order=("x", "y", "z"),
        ),
        StudyItem(
            id=f"{doc_id}:typed",
            kind="date-when",
            section="alpha",
            prompt="When?",
            answer="In 1902",
            source=src,
            origin="C",
            position=2,
        ),
    ]


def test_auto_graded_items_suggest_a_rating_the_learner_may_override(library, clock):
    doc = parse_document(TEXT, name="chronicle")
    library.store_document(doc, source_name="c.txt", source_text=TEXT, items=_auto_graded(doc.id))
    session = library.study.start_session(doc.id)

    assert session.submit("1910").rating is Rating.Again
    assert session.phase is Phase.ANSWER
    assert session.rate(now=clock.now).rating is Rating.Again

    grade = session.submit(("x", "y", "z"))
    assert grade.correct and grade.rating is Rating.Good
    assert session.rate(Rating.Easy, now=clock.now).rating is Rating.Easy  # overridden

    assert session.current.item.id.endswith(":typed")
    assert session.submit("in 1902!").correct  # case and punctuation do not matter
    assert session.rate(now=clock.now).rating is Rating.Good
    # nothing new left: the choice card failed a minute ago comes back early (learn-ahead)
    assert session.current.item.id.endswith(":choice")
    assert session.submit("1901").correct
    assert session.submit("1901") is None  # already in the answer phase

    session.rate(now=clock.now)
    session.undo()
    assert session.current.item.id.endswith(":choice") and session.phase is Phase.QUESTION


def test_next_intervals_match_fsrs(library, clock):
    deck, _ = store(library, [("alpha", "A", 0)])
    session = library.study.start_session(deck)
    scheduler = Scheduler(enable_fuzzing=False)
    expected = {
        r: scheduler.review_card(Card(card_id=1, due=clock.now), r, clock.now)[0].due - clock.now for r in Rating
    }
    assert session.next_intervals(clock.now) == expected
    assert expected[Rating.Again] == timedelta(minutes=1) and expected[Rating.Good] == timedelta(minutes=10)

    session.show_answer()
    session.rate(Rating.Easy, now=clock.now)
    later = clock.advance(days=30)
    session = library.study.start_session(deck)
    card = session.current.card.to_fsrs()
    assert session.next_intervals(later) == {r: scheduler.review_card(card, r, later)[0].due - later for r in Rating}


def test_summary_counts_ratings_and_time(library, clock):
    deck, _ = store(library, [("alpha", f"o{n}", n) for n in range(3)])
    session = library.study.start_session(deck)
    for rating in (Rating.Again, Rating.Good, Rating.Good):
        session.show_answer()
        session.rate(rating, now=clock.now, duration_ms=2500)
    summary = session.summary
    assert (summary.answered, summary.again, summary.good, summary.seconds) == (3, 1, 2, 7.5)


def test_unknown_deck_or_section(library):
    deck, _ = store(library, [("alpha", "A", 0)])
    with pytest.raises(KeyError):
        library.study.start_session("no-such-deck")
    with pytest.raises(KeyError):
        library.study.start_session(deck, section="no-such-section")
