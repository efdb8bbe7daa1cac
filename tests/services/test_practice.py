"""Drawing quizzes and exams from a real deck, and practice answers feeding the scheduler once a day."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace

import pytest
from fsrs import Rating

from studyapp import paths
from studyapp.core.cards import Queue
from studyapp.core.questions import Candidate, QuestionType, draw
from studyapp.generate.model import Source, StudyItem
from studyapp.services.library import Library
from studyapp.services.practice import PracticeService
from studyapp.storage.practice import PracticeRepository


@pytest.fixture
def deck(library) -> str:
    return library.import_document(paths.bundled_documents()[0]).deck_id


@pytest.fixture
def practice(library) -> PracticeService:
    return library.practice


def test_a_quiz_asks_each_unit_once_and_never_shows_an_answer_it_asks(library, deck, practice):
    # a gap in either list of priorities shows all the list's other entries: one entry of each can be asked
    questions = practice.draw(deck, count=20, seed=7)
    assert len(questions) == 20
    units = [q.item.memory_unit for q in questions]
    assert len(set(units)) == len(units)  # never two ways of asking the same fact
    shown = {unit for q in questions for unit in q.item.reveals}
    assert not shown & set(units)
    assert [q.number for q in questions] == list(range(1, 21))
    types = Counter(q.type for q in questions)  # a mixed set: some to pick from, some to type
    # (choices are made only for events with no fault, and the bundled article's lists have none)
    assert types[QuestionType.CHOICE] >= 5 and types[QuestionType.TYPED] >= 10


def test_the_same_seed_draws_the_same_quiz_and_another_seed_another(deck, practice):
    first = practice.draw(deck, count=20, seed=11)
    again = practice.draw(deck, count=20, seed=11)
    assert [(q.item.id, q.entries) for q in first] == [(q.item.id, q.entries) for q in again]
    assert [q.item.id for q in practice.draw(deck, count=20, seed=12)] != [q.item.id for q in first]


def test_sections_and_types_limit_the_draw(library, deck, practice):
    sections = [s for s in practice.sections(deck) if s.items]
    chosen = sections[0].id  # (the second section holds a list of priorities: gaps alone, no choice)
    questions = practice.draw(deck, count=50, seed=1, sections=[chosen], types=[QuestionType.CHOICE])
    assert questions and all(q.item.section == chosen and q.type is QuestionType.CHOICE for q in questions)
    assert all(q.item.answer in q.item.choices for q in questions)


def test_order_questions_show_their_entries_out_of_order(deck, practice):
    types = [QuestionType.ORDERING, QuestionType.CHRONOLOGY]
    questions = practice.draw(deck, count=10, seed=3, types=types)
    assert questions
    for q in questions:
        assert sorted(q.entries) == sorted(q.item.order) and q.entries != q.item.order
        assert "\n" not in q.instruction


def test_sections_are_sampled_in_proportion(library, deck):
    candidates = PracticeRepository(library.repos().db).candidates(deck)
    per_section: dict[str, set[str]] = {}
    for c in candidates:  # the entries of a list, each shown around the gaps of the others, count as one
        per_section.setdefault(c.section, set()).add(c.unit.split("/")[0])
    drawn = draw(candidates, count=30, rng=random.Random(5))
    counts = {s: sum(1 for c in drawn if c.section == s) for s in per_section}
    total_units = sum(len(u) for u in per_section.values())
    for section, units in per_section.items():  # a whole-list question rules out its entries: some slack
        assert abs(counts[section] - 30 * len(units) / total_units) <= 4, (section, counts)


def test_unknown_kinds_are_asked_by_their_shape():
    source = Source("s", "S", "The treaty was signed in 1648.")
    base = StudyItem("x", "date-guess", "s", "When was the treaty signed?", "1648", source, "f1", 0, unit="f1")
    typed = Candidate.of(base)
    chosen = Candidate.of(replace(base, id="y", kind="new-choice", choices=("1648", "1658", "1638"), unit="f2"))
    arranged = Candidate.of(replace(base, id="z", kind="new-order", order=("a", "b", "c"), unit="f3"))
    essay = Candidate.of(replace(base, id="w", kind="new-essay", answer="A long answer\nover lines", unit="f4"))
    assert [c.type for c in (typed, chosen, arranged, essay)] == [
        QuestionType.TYPED,
        QuestionType.CHOICE,
        QuestionType.ORDERING,
        QuestionType.RECALL,
    ]
    assert len(draw([typed, chosen, arranged, essay], count=10, rng=random.Random(1))) == 4


def _card(library, item_id):
    return PracticeRepository(library.repos().db).card_of(item_id)[1]


def test_a_practice_answer_changes_the_card_schedule_once_a_day(library, deck, practice, clock):
    question = practice.draw(deck, count=1, seed=2, types=[QuestionType.TYPED])[0]
    before = _card(library, question.item.id)
    assert before.queue == Queue.NEW
    recorded = practice.record_answer(deck, question.item.id, Rating.Good, clock())
    after = _card(library, question.item.id)
    assert recorded.counted and recorded.changes.cards == {after.id}
    assert after.last_review_us is not None and after.due_us > before.due_us and after.queue != Queue.NEW
    assert library.stats.deck(deck).total_reviews == 1

    clock.advance(minutes=30)  # the same study day: not counted again
    again = practice.record_answer(deck, question.item.id, Rating.Again, clock())
    assert not again.counted and again.reason == "already reviewed today"
    assert _card(library, question.item.id) == after
    assert library.stats.deck(deck).total_reviews == 1

    clock.advance(days=1)  # the next study day counts
    assert practice.record_answer(deck, question.item.id, Rating.Again, clock()).counted
    assert library.stats.deck(deck).total_reviews == 2


def test_a_card_studied_in_todays_review_session_is_not_counted_again(library, deck, practice, clock):
    session = library.study.start_session(deck, now=clock())
    item = session.current.item
    session.show_answer()
    session.rate(Rating.Good, now=clock())
    assert not practice.record_answer(deck, item.id, Rating.Again, clock()).counted


def test_suspended_and_foreign_cards_are_left_alone(library, deck, practice, clock):
    question = practice.draw(deck, count=1, seed=4)[0]
    card = _card(library, question.item.id)
    library.study.suspend(card.id)
    assert practice.record_answer(deck, question.item.id, Rating.Good, clock()).reason == "suspended"
    with pytest.raises(KeyError):
        practice.record_answer("another-deck", question.item.id, Rating.Good, clock())
    with pytest.raises(KeyError):
        practice.record_answer(deck, "no-such-item", Rating.Good, clock())


def test_a_draw_from_an_unknown_deck_says_so(practice):
    with pytest.raises(KeyError):
        practice.draw("nothing-here", count=5)


def test_an_import_builds_the_pool_and_a_stale_pool_is_read_around_without_writing(library, deck, practice, tmp_path):
    repo = PracticeRepository(library.repos().db)
    before = {c.item_id for c in repo.candidates(deck)}
    assert before == {i.id for i in library.items(deck)}
    source = paths.bundled_documents()[0]
    text = source.read_text(encoding="utf-8")
    first_date = next(line for line in text.splitlines() if " 1991" in line)
    edited = tmp_path / source.name
    edited.write_text(text.replace(first_date, first_date.replace(" 1991", " 1993")), encoding="utf-8")
    library.import_document(edited)
    assert repo.pool_is_fresh(deck)  # the import built it: no read has to
    after = {c.item_id for c in repo.candidates(deck)}
    assert after == {i.id for i in library.items(deck)} != before
    drawn = [q.item.id for q in practice.draw(deck, count=20, seed=4)]

    with library.connection.writing() as repos:  # a pool left behind (a library from before pools were kept)
        repos.db.execute("DELETE FROM practice_pool_state WHERE deck_id = ?", [deck])
    conn = library.repos().db.conn
    written = conn.total_changes
    assert {c.item_id for c in repo.candidates(deck)} == after  # read from the items themselves
    assert [q.item.id for q in practice.draw(deck, count=20, seed=4)] == drawn
    assert practice.sections(deck) and practice.unit_items(deck)
    assert conn.total_changes == written and not repo.pool_is_fresh(deck)  # and nothing was written


def test_opening_builds_the_pools_a_library_lacks(tmp_path):
    with Library.open(tmp_path / "lib", fuzzing=False) as library:
        deck = library.decks()[0].id
        with library.connection.writing() as repos:
            repos.db.execute("DELETE FROM practice_pool_state")
        assert not PracticeRepository(library.repos().db).pool_is_fresh(deck)
    with Library.open(tmp_path / "lib", fuzzing=False) as library:
        assert PracticeRepository(library.repos().db).pool_is_fresh(deck)


def test_the_pool_draws_what_the_items_themselves_would(library, deck, practice):
    from studyapp.services.practice import draw_from_items

    items = library.items(deck)
    for seed in (1, 2, 3):
        pooled = practice.draw(deck, count=25, seed=seed, types=[QuestionType.CHOICE, QuestionType.TYPED])
        in_hand = draw_from_items(items, count=25, seed=seed, types=[QuestionType.CHOICE, QuestionType.TYPED])
        assert [q.item.id for q in pooled] == [q.item.id for q in in_hand]
