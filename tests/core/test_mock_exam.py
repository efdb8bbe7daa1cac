"""The mock exam state machine: responses until the end, the time limit ends it, the report adds up."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from studyapp.core.mock_exam import EndedBy, MockExam
from studyapp.core.questions import make_questions
from studyapp.generate.model import Source, StudyItem

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _items():
    src = Source("early", "Early years", "Lavoisier was born in Paris in 1743.")
    late = Source("late", "Later life", "He was executed in 1794.")
    return [
        StudyItem("a", "date-when", "early", "When was Lavoisier born?", "1743", src, "f1", 0, unit="f1"),
        StudyItem("b", "date-when", "late", "When was he executed?", "1794", late, "f2", 1, unit="f2"),
        StudyItem(
            "c",
            "date-choice",
            "late",
            "When was he executed?",
            "1794",
            late,
            "f3",
            2,
            choices=("1793", "1794"),
            unit="f3",
        ),
    ]


def _exam(limit=None):
    import random

    return MockExam("deck", make_questions(_items(), random.Random(1)), started=START, time_limit=limit)


def test_responses_can_change_until_the_exam_is_handed_in():
    exam = _exam()
    exam.respond(1, "1750")
    exam.respond(1, "1743")
    exam.respond(2, "1794")
    exam.respond(2, "  ")  # cleared
    exam.respond(3, "1794")
    exam.respond(9, "ignored")
    report = exam.finish(START + timedelta(minutes=3))
    exam.respond(2, "1794")  # too late
    assert [m.correct for m in report.marked] == [True, False, True]
    assert report.marked[1].response is None and report.marked[1].judgement.note == "Not answered."
    assert report.by_section["late"].right == 1 and report.by_section["late"].total == 2
    assert exam.finish(START + timedelta(hours=1)) is report


def test_the_time_limit_ends_the_exam_at_the_limit():
    exam = _exam(timedelta(minutes=10))
    exam.respond(1, "1743")
    assert exam.time_left(START + timedelta(minutes=4)) == timedelta(minutes=6)
    assert exam.tick(START + timedelta(minutes=9, seconds=59)) is None and not exam.finished
    report = exam.tick(START + timedelta(minutes=10, seconds=2))
    assert report is not None and exam.finished and report.ended_by is EndedBy.TIME_UP
    assert report.time_taken == timedelta(minutes=10) and report.score.right == 1
    assert exam.time_left(START + timedelta(hours=1)) == timedelta(0)


def test_an_untimed_exam_never_runs_out():
    exam = _exam()
    assert exam.time_left(START + timedelta(days=1)) is None
    assert exam.tick(START + timedelta(days=1)) is None
