"""Mock exams over a real deck: the report matches the answers given, is kept, and feeds the scheduler."""

from __future__ import annotations

from datetime import timedelta

import pytest

from studyapp import paths
from studyapp.core.mock_exam import EndedBy
from studyapp.core.questions import EXAM_TYPES, QuestionType
from studyapp.storage.practice import PracticeRepository


@pytest.fixture
def deck(library) -> str:
    return library.import_document(paths.bundled_documents()[0]).deck_id


def _right(question):
    if question.type.arranged:
        return question.item.order
    return question.item.answer


def _wrong(question):
    if question.type.arranged:
        return question.entries
    if question.type is QuestionType.CHOICE:
        return next(c for c in question.item.choices if c != question.item.answer)
    return "no idea"


def test_the_report_matches_the_answers_given(library, deck, clock):
    service = library.mock_exams
    exam = service.start(deck, count=12, seed=5, now=clock())
    assert len(exam.questions) == 12 and {q.type for q in exam.questions} <= EXAM_TYPES
    right = {q.number for q in exam.questions if q.number % 3 != 0}
    for q in exam.questions[:-1]:  # the last one left blank
        exam.respond(q.number, _right(q) if q.number in right else _wrong(q))
    clock.advance(minutes=7)
    report = exam.finish(clock())
    expected_right = len(right - {12})
    assert (report.score.right, report.score.total) == (expected_right, 12)
    assert report.time_taken == timedelta(minutes=7) and report.ended_by is EndedBy.SUBMITTED
    assert {m.question.number for m in report.missed} == set(range(1, 13)) - (right - {12})
    assert report.unanswered == 1
    assert sum(s.total for s in report.by_section.values()) == 12
    assert sum(s.right for s in report.by_type.values()) == expected_right
    for section, score in report.by_section.items():
        numbers = [q.number for q in exam.questions if q.item.section == section]
        assert score.total == len(numbers) and score.right == len([n for n in numbers if n in right - {12}])


def test_an_exam_is_kept_and_shown_again_as_marked(library, deck, clock):
    service = library.mock_exams
    exam = service.start(deck, count=8, seed=2, now=clock(), time_limit=timedelta(minutes=10))
    for q in exam.questions[:5]:
        exam.respond(q.number, _right(q))
    clock.advance(minutes=4)
    report = exam.finish(clock())
    exam_id, changes = service.save(report)
    assert deck in changes.decks and len(changes.cards) == 8  # every question asked a card: each reviewed once
    again = service.report(exam_id)
    assert again.score == report.score and again.time_limit == timedelta(minutes=10)
    assert [(m.question.item.id, m.response, m.correct) for m in again.marked] == [
        (m.question.item.id, m.response, m.correct) for m in report.marked
    ]
    history = service.history(deck)
    assert [(h.id, h.right, h.questions) for h in history] == [(exam_id, 5, 8)]
    assert history[0].score == pytest.approx(5 / 8) and history[0].time_taken == timedelta(minutes=4)


def test_exam_answers_feed_the_scheduler_with_right_as_good_and_missed_as_again(library, deck, clock):
    service = library.mock_exams
    exam = service.start(deck, count=4, seed=8, now=clock())
    exam.respond(1, _right(exam.questions[0]))
    exam.respond(2, _wrong(exam.questions[1]))
    service.save(exam.finish(clock()))
    repo = PracticeRepository(library.repos().db)
    ratings = dict(library.repos().db.execute("SELECT card_id, rating FROM reviews").fetchall())
    first = repo.card_of(exam.questions[0].item.id)[1].id
    second = repo.card_of(exam.questions[1].item.id)[1].id
    blank = repo.card_of(exam.questions[3].item.id)[1].id
    assert (ratings[first], ratings[second], ratings[blank]) == (3, 1, 1)


def test_the_history_keeps_exams_in_the_order_they_were_sat(library, deck, clock):
    service = library.mock_exams
    for day in range(3):
        exam = service.start(deck, count=5, seed=day, now=clock())
        for q in exam.questions[: day + 2]:
            exam.respond(q.number, _right(q))
        service.save(exam.finish(clock() + timedelta(minutes=5)))
        clock.advance(days=2)
    history = service.history(deck)
    assert [h.right for h in history] == [2, 3, 4]
    assert [h.day for h in history] == sorted(h.day for h in history) and len({h.day for h in history}) == 3
