"""Review: keys and clicks change the stored state (ratings, undo, section scope, choices)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from review_keys import reveal_answer

from studyapp.core.session import Phase
from studyapp.ui.typography import heading

# Six officials pardoned, asked "which of these" among other people of the article (the bundled article's two
# lists of priorities lend each other no wrong options: they hold entries true of both).
PARDONS = Path(__file__).resolve().parents[1] / "data" / "lists" / "iran_contra_pardons.txt"


def stored_reviews(library) -> list[tuple[int, int]]:
    with sqlite3.connect(library.path) as db:
        return db.execute("SELECT card_id, rating FROM reviews ORDER BY reviewed").fetchall()


def test_space_shows_the_answer_with_its_source(qtbot, window, deck_id):
    window.study(deck_id)
    review = window.review_screen
    assert review.session.phase is Phase.QUESTION
    assert review.prompt_label.text()
    assert not review.source_label.isVisible()
    item = review.session.current.item
    if review.current_is_choice():  # the first card of the article may be a choice card: answer by key
        qtbot.keyClick(review, Qt.Key.Key_1)
    else:
        qtbot.keyClick(review, Qt.Key.Key_Space)
    assert review.session.phase is Phase.ANSWER
    assert review.source_label.isVisible()
    assert heading(item.source.section_title) in review.source_label.text()
    assert review.buttons.currentIndex() == 1
    assert all("\n" in button.text() for button in review.rating_buttons.values())  # name + interval


def test_key_3_stores_a_good_rating_and_ctrl_z_takes_it_back(qtbot, window, library, deck_id):
    window.study(deck_id)
    review = window.review_screen
    if review.current_is_choice():
        qtbot.keyClick(review, Qt.Key.Key_1)
    else:
        qtbot.keyClick(review, Qt.Key.Key_Return)
    card_id = review.session.current.card.id
    due_before = review.session.current.card.due_us

    qtbot.keyClick(review, Qt.Key.Key_3)
    assert stored_reviews(library) == [(card_id, 3)]
    assert review.session.current is None or review.session.current.card.id != card_id
    assert review.session.phase in (Phase.QUESTION, Phase.DONE)

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored_reviews(library) == []
    assert review.session.current.card.id == card_id
    assert review.session.current.card.due_us == due_before
    assert review.session.phase is Phase.QUESTION


def test_rating_buttons_rate_with_their_grade(qtbot, window, library, deck_id):
    window.study(deck_id)
    review = window.review_screen
    if review.current_is_choice():
        qtbot.mouseClick(review.choice_buttons[0], Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(review.show_button, Qt.MouseButton.LeftButton)
    from fsrs import Rating

    card_id = review.session.current.card.id
    qtbot.mouseClick(review.rating_buttons[Rating.Again], Qt.MouseButton.LeftButton)
    assert stored_reviews(library) == [(card_id, 1)]
    assert review.count_learning.text() != "Learning 0"  # the failed card waits in learning


def test_keys_are_ignored_out_of_phase(qtbot, window, library, deck_id):
    window.study(deck_id)
    review = window.review_screen
    if review.current_is_choice():
        return
    qtbot.keyClick(review, Qt.Key.Key_3)  # a rating before the answer is shown does nothing
    assert stored_reviews(library) == []
    assert review.session.phase is Phase.QUESTION


def test_choice_card_is_answered_by_key_then_rated_from_correctness(qtbot, window, library, deck_id):
    window.study(deck_id)
    review = window.review_screen
    for _ in range(60):  # walk the article order (rating Good) until a multiple-choice card comes up
        if review.current_is_choice():
            break
        qtbot.keyClick(review, Qt.Key.Key_Space)
        qtbot.keyClick(review, Qt.Key.Key_Space)
    else:
        raise AssertionError("no multiple-choice card among the first 60 cards")
    item = review.session.current.item
    wrong = next(n for n, choice in enumerate(item.choices, 1) if choice != item.answer)
    before = len(stored_reviews(library))
    qtbot.keyClick(review, getattr(Qt.Key, f"Key_{wrong}"))
    assert review.session.phase is Phase.ANSWER
    assert review.choice_buttons[wrong - 1].property("state") == "wrong"
    right = item.choices.index(item.answer)
    assert review.choice_buttons[right].property("state") == "right"
    assert review.rating_buttons[1].property("suggested") is True  # Again is suggested
    assert review.rating_buttons[3].property("suggested") is False
    qtbot.keyClick(review, Qt.Key.Key_Space)  # accept the suggestion
    reviews = stored_reviews(library)
    assert len(reviews) == before + 1 and reviews[-1][1] == 1


def test_study_this_section_limits_the_queue_to_it(qtbot, window, library, deck_id):
    window.read(deck_id)
    reader = window.reader_screen
    document = library.document(deck_id)
    counts: dict[str, int] = {}
    for item in library.items(deck_id):
        counts[item.section] = counts.get(item.section, 0) + 1
    # a subsection holding cards, other than the first section (whose cards come first anyway)
    target = next(s for s in document.sections if s.parent and counts.get(s.id))
    reader.show_section(target.id)
    qtbot.mouseClick(reader.study_button, Qt.MouseButton.LeftButton)

    review = window.review_screen
    assert window.stack.currentWidget() is review
    assert review.section_id == target.id
    seen = set()
    for _ in range(counts[target.id] + 5):
        if review.session.phase is Phase.DONE:
            break
        seen.add(review.session.current.item.section)
        reveal_answer(qtbot, review)
        qtbot.keyClick(review, Qt.Key.Key_4)  # Easy: graduates at once, the queue empties
    assert seen == {target.id}
    assert review.pages.currentWidget() is review.summary_page  # end-of-session summary
    assert "answered" in review.summary_page.text.text()
    assert review.summary_page.whole_deck_button.isVisibleTo(review)


def test_minus_buries_the_card_until_tomorrow(qtbot, window, library, deck_id):
    window.study(deck_id)
    review = window.review_screen
    card_id = review.session.current.card.id
    qtbot.keyClick(review, Qt.Key.Key_Minus)
    assert review.session.current.card.id != card_id
    assert stored_reviews(library) == []
    with sqlite3.connect(library.path) as db:
        (queue,) = db.execute("SELECT queue FROM cards WHERE id = ?", (card_id,)).fetchone()
    assert queue < 0  # out of every study queue
    restarted = library.study.start_session(deck_id, now=window.clock())
    assert restarted.current.card.id != card_id
    assert "buried" in window.statusBar().currentMessage()


def test_order_drill_is_arranged_with_keys_and_checked(qtbot, window, library, deck_id, clock):
    from dataclasses import replace
    from datetime import timedelta

    from studyapp.generate.model import ORDER_KINDS

    library.settings.set(deck_id, replace(library.settings.get(deck_id), new_per_day=500))
    items = library.items(deck_id)
    section_of = {item.unit: item.section for item in items}
    section = next(  # a drill whose members a study of its section brings in
        item.section
        for item in items
        if item.kind in ORDER_KINDS and all(section_of.get(unit) == item.section for unit in item.reveals)
    )
    review = window.review_screen
    days = 0
    while True:  # Easy every day: a whole list or a chronology comes once its members are known
        window.study(deck_id, section)
        while not review.finished and review.session.current.item.kind not in ORDER_KINDS:
            reveal_answer(qtbot, review)
            qtbot.keyClick(review, Qt.Key.Key_4)
        if not review.finished:
            break
        days += 1
        assert days < 8
        clock.advance(timedelta(days=1))
    assert days >= 1  # never on the first day, before its members
    item = review.session.current.item
    assert item.kind in ORDER_KINDS and review.order_list.isVisible()
    assert review.show_button.text() == "Check the order"
    for target, entry in enumerate(item.order):  # bring each entry up to its place: ↑/↓ to pick, Alt+↑ to move
        current = review.order_list.entries().index(entry)
        while review.order_list.currentRow() != current:
            key = Qt.Key.Key_Down if review.order_list.currentRow() < current else Qt.Key.Key_Up
            qtbot.keyClick(review, key)
        for _ in range(current - target):
            qtbot.keyClick(review, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert review.order_list.entries() == item.order
    before = len(stored_reviews(library))
    qtbot.keyClick(review, Qt.Key.Key_Space)  # check
    assert review.session.phase is Phase.ANSWER and review.session.grade.correct
    assert review.rating_buttons[3].property("suggested") is True
    qtbot.keyClick(review, Qt.Key.Key_Space)  # accept Good
    reviews = stored_reviews(library)
    assert len(reviews) == before + 1 and reviews[-1][1] == 3


def test_the_summary_says_when_a_card_being_learned_comes_back(qtbot, window, library, deck_id):
    from dataclasses import replace

    library.settings.set(deck_id, replace(library.settings.get(deck_id), new_per_day=1, learning_steps=(1.0, 120.0)))
    window.study(deck_id)
    review = window.review_screen
    reveal_answer(qtbot, review)
    qtbot.keyClick(review, Qt.Key.Key_3)  # Good: the next learning step is two hours away
    assert review.finished
    text = review.summary_page.text.text()
    assert "comes back in <b>2 h</b>" in text and "Come back when more cards are due" not in text


def test_the_rating_space_gives_is_the_one_highlighted(qtbot, window, deck_id):
    window.study(deck_id)
    review = window.review_screen
    while review.current_is_choice() or review.card_view.arranging:  # a card without an auto-grade
        review.bury()
    qtbot.keyClick(review, Qt.Key.Key_Space)
    assert "Space Good" in review.hint.text()
    highlighted = [rating for rating, button in review.rating_buttons.items() if button.property("suggested")]
    assert highlighted == [3]


def test_a_list_choice_is_answered_by_key_with_its_caption(qtbot, window, library):
    from dataclasses import replace

    deck_id = library.import_document(PARDONS).deck_id
    library.settings.set(deck_id, replace(library.settings.get(deck_id), new_per_day=500))
    section = next(item.section for item in library.items(deck_id) if item.kind == "list-choice")
    window.study(deck_id, section)
    review = window.review_screen
    for _ in range(200):  # rate Easy through the section's cards until a list choice comes up
        if review.session.current.item.kind == "list-choice":
            break
        reveal_answer(qtbot, review)
        qtbot.keyClick(review, Qt.Key.Key_4)
    item = review.session.current.item
    assert item.kind == "list-choice" and review.current_is_choice()
    assert review.card_view.kind_label.text() == "WHICH BELONGS?"
    assert [b.text().split(maxsplit=1)[1] for b in review.choice_buttons if b.isVisible()] == list(item.choices)
    right = item.choices.index(item.answer) + 1
    qtbot.keyClick(review, getattr(Qt.Key, f"Key_{right}"))
    assert review.session.phase is Phase.ANSWER
    assert review.choice_buttons[right - 1].property("state") == "right"
