"""The mock exam screen on a temp library: the report matches the answers given, the time limit ends the
exam (the clock is moved and the timer fired, never slept on), the history keeps every exam."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from studyapp.core.mock_exam import EndedBy
from studyapp.core.questions import QuestionType


@pytest.fixture
def screen(qtbot, window, deck_id):
    window.show_practice("exam", deck_id)
    return window.exam_screen


def _answer(qtbot, screen, right: bool) -> None:
    """Answer the question on screen as a learner would: a click, typing, or moving entries."""
    view, question = screen.view, screen.view.question
    item = question.item
    if question.type is QuestionType.CHOICE:
        wanted = item.answer if right else next(c for c in item.choices if c != item.answer)
        qtbot.mouseClick(view.choice_buttons[item.choices.index(wanted)], Qt.MouseButton.LeftButton)
    elif question.type is QuestionType.TYPED:
        qtbot.keyClicks(view.typed, item.answer if right else "something else")
    else:
        order_list = view.order_list
        wanted = item.order if right else tuple(reversed(item.order))
        for target, entry in enumerate(wanted):
            order_list.setCurrentRow(order_list.entries().index(entry))
            while order_list.currentRow() > target:
                qtbot.keyClick(order_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)


def test_the_report_matches_the_answers_given(qtbot, window, screen, library, deck_id, clock):
    screen.start(count=8, seed=4)
    exam = screen.exam
    assert screen.pages.currentIndex() == 1 and len(exam.questions) == 8
    right_ones = {1, 2, 4, 7}
    for number in range(1, 8):  # the 8th left blank
        screen.go_to(number)
        _answer(qtbot, screen, number in right_ones)
        assert screen.view.verdict_label.isHidden()  # no feedback during the exam
    screen.go_to(3)  # answers survive moving about
    assert exam.responses.get(3) is not None
    clock.advance(timedelta(minutes=6))
    with qtbot.waitSignal(screen.changed):
        qtbot.mouseClick(screen.hand_in_button, Qt.MouseButton.LeftButton)
    report = screen.report_view.report
    assert screen.pages.currentIndex() == 2
    assert {m.question.number for m in report.marked if m.correct} == right_ones
    assert screen.report_view.score_label.text().startswith("4 of 8 right")
    assert "Handed in after 6 min" in screen.report_view.detail_label.text()
    assert "1 left blank" in screen.report_view.detail_label.text()
    assert screen.report_view.missed.topLevelItemCount() == 4
    shown_sections = {bar.label for bar in screen.report_view.by_section.bars}
    assert len(shown_sections) == len(report.by_section)
    assert sum(int(bar.detail.split()[0]) for bar in screen.report_view.by_type.bars) == 4
    assert [h.right for h in screen.service.history(deck_id)] == [4]


def test_the_time_limit_ends_the_exam(qtbot, screen, clock):
    screen.start(count=5, seed=2, time_limit=timedelta(minutes=10))
    _answer(qtbot, screen, True)
    assert screen.timer.isActive() and screen.time_label.text() == "10:00 left"
    clock.advance(timedelta(minutes=4, seconds=30))
    screen.timer.timeout.emit()
    assert screen.time_label.text() == "5:30 left" and screen.pages.currentIndex() == 1
    clock.advance(timedelta(minutes=6))
    screen.timer.timeout.emit()
    assert screen.pages.currentIndex() == 2 and not screen.timer.isActive()
    report = screen.report_view.report
    assert report.ended_by is EndedBy.TIME_UP and report.time_taken == timedelta(minutes=10)
    assert report.score.right == 1 and "Time ran out after 10 min" in screen.report_view.detail_label.text()
    screen.view.pick(1)  # too late: nothing changes
    assert screen.exam.report is report


def test_review_these_now_opens_a_quiz_of_the_missed_ones(qtbot, window, screen):
    screen.start(count=4, seed=9)
    qtbot.mouseClick(screen.hand_in_button, Qt.MouseButton.LeftButton)  # all blank: all missed
    missed = [m.question.item.id for m in screen.report_view.report.missed]
    qtbot.mouseClick(screen.report_view.review_button, Qt.MouseButton.LeftButton)
    quiz = window.quiz_screen
    assert window.stack.currentWidget() is quiz
    assert [q.item.id for q in quiz.quiz.questions] == missed


def test_past_exams_are_listed_and_their_reports_open_again(qtbot, screen, deck_id, clock):
    for count in (3, 5):
        screen.start(count=count, seed=count)
        _answer(qtbot, screen, True)
        screen.hand_in()
        clock.advance(timedelta(days=1))
        qtbot.mouseClick(screen.new_exam_button, Qt.MouseButton.LeftButton)
    assert screen.pages.currentIndex() == 0 and screen.past.count() == 2
    assert len(screen.trend.points) == 2
    screen._open_past(screen.past.item(1))  # the older one
    assert screen.pages.currentIndex() == 2 and screen.report_view.report.score.total == 3
