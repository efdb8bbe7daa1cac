"""The end of a session offers the next step: read the next section, study more new cards, the statistics."""

from __future__ import annotations

from PySide6.QtCore import Qt
from review_keys import allow_new_cards, reveal_answer

from studyapp.core.session import Phase


def finish_with_easy(qtbot, review) -> None:
    for _ in range(50):
        if review.finished:
            return
        reveal_answer(qtbot, review)
        qtbot.keyClick(review, Qt.Key.Key_4)
    raise AssertionError("the session did not end")


def test_after_a_section_the_next_steps_are_offered_and_work(qtbot, window, library, deck_id):
    allow_new_cards(library, deck_id, 2)
    sections = library.document(deck_id).sections
    window.read(deck_id)
    window.reader_screen.set_read(sections[0].id)
    qtbot.mouseClick(window.reader_screen.study_button, Qt.MouseButton.LeftButton)
    review = window.review_screen
    finish_with_easy(qtbot, review)  # two new cards: today's limit
    summary = review.summary_page
    assert review.pages.currentWidget() is summary
    assert (
        summary.read_button.isVisibleTo(summary)
        and sections[1].title[:12].lower() in summary.read_button.text().lower()
    )
    assert summary.read_button.property("role") == "primary" and summary.read_button.hasFocus()
    more = min(10, library.reading.new_left(deck_id, sections[0].id))  # the section's own new cards, up to 10
    assert more > 1 and summary.more_button.text() == f"Study {more} more new cards"
    assert summary.whole_deck_button.isVisibleTo(summary)

    qtbot.mouseClick(summary.more_button, Qt.MouseButton.LeftButton)  # past the limit, this session only
    assert review.session.phase is Phase.QUESTION and review.section_id == sections[0].id
    assert review.session.current.card.is_new
    qtbot.keyClick(review, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.reader_screen  # where the session was started from

    window.study(deck_id, sections[0].id)
    finish_with_easy(qtbot, review)
    qtbot.keyClick(summary.read_button, Qt.Key.Key_Return)  # the focused step, by keyboard
    assert window.stack.currentWidget() is window.reader_screen
    assert window.reader_screen.section_id == sections[1].id


def test_the_statistics_are_one_step_away(qtbot, window, library, deck_id):
    allow_new_cards(library, deck_id, 1)
    window.study(deck_id)
    review = window.review_screen
    finish_with_easy(qtbot, review)
    summary = review.summary_page
    assert not summary.whole_deck_button.isVisibleTo(summary)  # a whole-deck session
    qtbot.mouseClick(summary.statistics_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.statistics_screen
