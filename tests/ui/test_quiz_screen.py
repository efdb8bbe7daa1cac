"""The practice quiz driven as a learner would, on a temp library: answers change a card's schedule once,
typed answers are judged tolerantly and can be overruled, orders are arranged by drag and by keyboard."""

from __future__ import annotations

from datetime import timedelta
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from studyapp.core.practice_quiz import QuizPhase
from studyapp.core.questions import QuestionType
from studyapp.storage.practice import PracticeRepository
from studyapp.ui.quiz_screen import QuizScreen
from studyapp.ui.reorder_list import ReorderList
from studyapp.ui.typography import smarten

SHORT_LIST = Path(__file__).resolve().parents[1] / "data" / "lists" / "poor_law_commission.txt"


@pytest.fixture
def screen(qtbot, library, deck_id, clock):
    quiz = QuizScreen(library, clock)
    qtbot.addWidget(quiz)
    quiz.resize(1000, 700)
    quiz.show()
    quiz.show_deck(deck_id)
    return quiz


def _questions(library, deck_id, types, count=3, seed=1):
    return library.practice.draw(deck_id, count=count, seed=seed, types=types)


def _card(library, item_id):
    return PracticeRepository(library.repos().db).card_of(item_id)[1]


def _reviews(library) -> int:
    return library.repos().db.execute("SELECT count(*) FROM reviews").fetchone()[0]


def test_a_quiz_answer_changes_the_cards_schedule_once(qtbot, screen, library, deck_id, clock):
    question = _questions(library, deck_id, [QuestionType.CHOICE], count=1)[0]
    before = _card(library, question.item.id)
    screen.start([question])
    with qtbot.waitSignal(screen.changed) as changed:
        qtbot.keyClick(screen.view, Qt.Key.Key_1 + question.item.choices.index(question.item.answer))
        assert screen.quiz.phase is QuizPhase.FEEDBACK and screen.quiz.last.correct
        assert "Right" in screen.view.verdict_label.text()
        qtbot.keyClick(screen.next_button, Qt.Key.Key_Space)
    after = _card(library, question.item.id)
    assert changed.args[0].cards == {after.id}
    assert after.last_review_us is not None and after.due_us > before.due_us
    assert _reviews(library) == 1
    assert screen.pages.currentIndex() == 2 and screen.score_label.text().startswith("1 of 1")

    clock.advance(timedelta(hours=2))  # the same question again today: answered, but not counted twice
    screen.start([question])
    qtbot.keyClick(screen.view, Qt.Key.Key_1 + question.item.choices.index(question.item.answer))
    qtbot.keyClick(screen.next_button, Qt.Key.Key_Space)
    assert _reviews(library) == 1 and _card(library, question.item.id) == after


def test_typed_answers_are_judged_tolerantly_and_can_be_overruled(qtbot, screen, library, deck_id):
    questions = [
        q
        for q in _questions(library, deck_id, [QuestionType.TYPED], count=40, seed=3)
        if q.item.kind == "date-cloze" and len(q.item.answer) > 6
    ]
    first, second = questions[:2]
    screen.start([first, second])
    qtbot.keyClicks(screen.view.typed, "  " + first.item.answer.upper().replace(",", "") + " ")
    qtbot.keyClick(screen.view.typed, Qt.Key.Key_Return)
    assert screen.quiz.last.correct and screen.view.source_label.isVisible()
    assert not screen.view.overrule_button.isVisible()
    qtbot.keyClick(screen.next_button, Qt.Key.Key_Return)

    qtbot.keyClicks(screen.view.typed, "in some year")
    qtbot.keyClick(screen.view.typed, Qt.Key.Key_Return)
    assert not screen.quiz.last.correct and screen.view.overrule_button.isVisible()
    assert escape(smarten(second.item.answer)) in screen.view.answer_label.text()
    qtbot.mouseClick(screen.view.overrule_button, Qt.MouseButton.LeftButton)
    assert screen.quiz.last.correct and screen.view.verdict_label.text() == "Counted as right"
    qtbot.keyClick(screen.next_button, Qt.Key.Key_Space)
    ratings = [r for (r,) in library.repos().db.execute("SELECT rating FROM reviews")]
    assert ratings == [3, 3]  # Good, Good: the overruled answer counted as right


def test_the_source_opens_in_the_reader_at_its_sentence(qtbot, window, library, deck_id):
    question = _questions(library, deck_id, [QuestionType.CHOICE], count=1, seed=5)[0]
    window.practice(deck_id)
    screen = window.quiz_screen
    screen.start([question])
    screen.view.pick(1)
    qtbot.mouseClick(screen.view.source_button, Qt.MouseButton.LeftButton)
    reader = window.reader_screen
    assert window.stack.currentWidget() is reader and reader.section_id == question.item.source.section
    selected = reader.view.textCursor().selectedText()
    assert (selected and selected[:30] in question.item.source.text.replace("'", "’").replace('"', "”")[:60]) or (
        selected.split()[:4] == question.item.source.text.split()[:4]
    )


def test_a_recall_question_is_checked_by_the_learner(qtbot, screen, library):
    deck_id = library.import_document(SHORT_LIST).deck_id  # the bundled lists are too long to recall whole
    question = _questions(library, deck_id, [QuestionType.LIST_RECALL], count=1)[0]
    screen.start([question])
    assert screen.view.notes.isVisible() and not screen.view.answer_label.isVisible()
    qtbot.keyClick(screen.view, Qt.Key.Key_Space)
    assert screen.quiz.phase is QuizPhase.REVEALED and screen.view.answer_label.isVisible()
    qtbot.keyClick(screen.view, Qt.Key.Key_N)
    assert screen.quiz.phase is QuizPhase.FEEDBACK and not screen.quiz.last.correct


def _arranged_by_keys(qtbot, order_list: ReorderList, right: tuple[str, ...]) -> None:
    for target, entry in enumerate(right):
        order_list.setCurrentRow(order_list.entries().index(entry))
        while order_list.currentRow() > target:
            qtbot.keyClick(order_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)


def test_ordering_works_by_keyboard(qtbot, screen, library, deck_id):
    question = _questions(library, deck_id, [QuestionType.ORDERING, QuestionType.CHRONOLOGY], count=1)[0]
    screen.start([question])
    order_list = screen.view.order_list
    assert order_list.entries() == question.entries != question.item.order
    qtbot.keyClick(order_list, Qt.Key.Key_Down)
    assert order_list.currentRow() == 1
    _arranged_by_keys(qtbot, order_list, question.item.order)
    assert order_list.entries() == question.item.order
    qtbot.keyClick(screen.view, Qt.Key.Key_Return)
    assert screen.quiz.last.correct and order_list.locked


def _drag(widget, start, end) -> None:
    """Press, move past the drag distance in steps, release: as a hand on a mouse would."""
    viewport = widget.viewport()
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    mods = Qt.KeyboardModifier.NoModifier

    def send(kind, point, button, buttons):
        where = QPointF(point)
        event = QMouseEvent(kind, where, QPointF(viewport.mapToGlobal(point)), button, buttons, mods)
        QApplication.sendEvent(viewport, event)

    send(QEvent.Type.MouseButtonPress, start, left, left)
    for step in range(1, 6):
        send(QEvent.Type.MouseMove, start + (end - start) * step / 5, none, left)
    send(QEvent.Type.MouseButtonRelease, end, left, none)


def test_ordering_works_by_drag(qtbot, screen, library, deck_id):
    question = _questions(library, deck_id, [QuestionType.ORDERING, QuestionType.CHRONOLOGY], count=1, seed=2)[0]
    screen.start([question])
    order_list = screen.view.order_list
    qtbot.waitUntil(lambda: order_list.visualItemRect(order_list.item(0)).height() > 0)
    for target, entry in enumerate(question.item.order):
        row = order_list.entries().index(entry)
        if row == target:
            continue
        start = order_list.visualItemRect(order_list.item(row)).center()
        end = order_list.visualItemRect(order_list.item(target)).topLeft()
        end.setX(start.x())
        end.setY(end.y() + 2)  # just inside the top of the row it goes before
        _drag(order_list, start, end)
        assert order_list.entries().index(entry) == target
    assert order_list.entries() == question.item.order
    qtbot.mouseClick(screen.view.action, Qt.MouseButton.LeftButton)
    assert screen.quiz.last.correct


def test_nothing_chosen_gets_a_sentence(qtbot, screen):
    screen.picker._check_all(False)
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    assert "Choose at least one section" in screen.setup_message.text() and screen.pages.currentIndex() == 0


def test_a_quiz_started_from_the_picker_mixes_kinds_and_can_be_retaken(qtbot, screen):
    screen.picker.count.setValue(6)
    qtbot.mouseClick(screen.start_button, Qt.MouseButton.LeftButton)
    assert screen.pages.currentIndex() == 1 and len(screen.quiz.questions) == 6
    while screen.quiz.phase is not QuizPhase.DONE:
        question = screen.quiz.current
        if question.type.marked_by_app:
            screen.answer("wrong" if not question.type.arranged else question.entries)
        else:
            screen.reveal()
            screen.check(False)
        screen.next()
    assert screen.missed_list.count() == 6
    qtbot.mouseClick(screen.retake_button, Qt.MouseButton.LeftButton)
    assert screen.pages.currentIndex() == 1 and len(screen.quiz.questions) == 6
