"""The answer screen: the question stays put when the answer shows, long cards scroll by keyboard, "I don't
know" grades and shows the answer, order drills answer with one annotated list, Esc leaves."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from review_keys import allow_new_cards, bring_up

from studyapp.core.cards import to_us
from studyapp.core.session import Phase
from studyapp.generate.model import CHOICE_KINDS, ORDER_KINDS, Kind
from studyapp.ui import theme
from studyapp.ui.card_view import BODY_SIZE
from studyapp.ui.review_format import event_dates

SMALL = (800, 560)


LONG_SUCCESSION = Path(__file__).resolve().parents[1] / "data" / "lists" / "english_kings.txt"
# Four recommendations, recalled whole (the bundled article's lists are too long to recall as one card).
SHORT_LIST = Path(__file__).resolve().parents[1] / "data" / "lists" / "poor_law_commission.txt"
# Officials pardoned, asked "which of these" (the bundled article's lists of priorities lend each other nothing).
PARDONS = Path(__file__).resolve().parents[1] / "data" / "lists" / "iran_contra_pardons.txt"


def stored_ratings(library) -> list[int]:
    """Ratings given today (a whole list or a chronology is brought up by learning its members on past days)."""
    today = to_us(library.now() - timedelta(hours=12))
    with sqlite3.connect(library.path) as db:
        return [
            row[0] for row in db.execute("SELECT rating FROM reviews WHERE reviewed >= ? ORDER BY reviewed", [today])
        ]


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def small_window(window, library, deck_id):
    theme.apply(QApplication.instance())  # the app's own type and padding, as the window really looks
    allow_new_cards(library, deck_id)
    window.resize(*SMALL)
    settle()
    return window


def longest(library, deck_id, kind: Kind):
    return max((i for i in library.items(deck_id) if i.kind == kind), key=lambda item: len(item.answer))


def first(library, deck_id, kind: Kind):
    return next(i for i in library.items(deck_id) if i.kind == kind)


def hardest(library, deck_id: str, kind: Kind):
    """The longest card of its kind; for a list gap, the first gap of the article's first list (each gap shows
    the list's other entries, which sets their cards aside for the day: the first comes up before them)."""
    if kind is Kind.LIST_CLOZE:
        return first(library, deck_id, kind)
    return longest(library, deck_id, kind)


def place_of(widget) -> tuple:
    """Where a widget is drawn in its window, and its size and type size."""
    return widget.mapTo(widget.window(), QPoint(0, 0)), widget.size(), widget.font().pointSizeF()


@pytest.mark.parametrize(
    ("kind", "reveal"),
    [
        (Kind.DATE_CLOZE, Qt.Key.Key_Space),
        (Kind.DATE_WHEN, Qt.Key.Key_Space),
        (Kind.DATE_CHOICE, Qt.Key.Key_2),
        (Kind.LIST_CLOZE, Qt.Key.Key_Space),
        (Kind.LIST_RECALL, Qt.Key.Key_Space),
        (Kind.CHRONOLOGY, Qt.Key.Key_Space),
    ],
    ids=lambda value: value.value if isinstance(value, Kind) else "",
)
def test_the_question_keeps_its_size_and_place_when_the_answer_shows(
    qtbot, small_window, library, deck_id, kind, reveal
):
    if kind is Kind.LIST_RECALL:
        deck_id = library.import_document(SHORT_LIST).deck_id
        allow_new_cards(library, deck_id)
    review = bring_up(small_window, deck_id, hardest(library, deck_id, kind))
    settle()
    before = place_of(review.prompt_label)
    kind_before = place_of(review.card_view.kind_label)
    qtbot.keyClick(review, reveal)
    settle()
    assert review.session.phase is Phase.ANSWER
    assert place_of(review.prompt_label) == before
    assert place_of(review.card_view.kind_label) == kind_before


def test_a_cloze_fills_its_gap_in_the_room_kept_for_it(qtbot, small_window, library, deck_id):
    item = longest(library, deck_id, Kind.DATE_CLOZE)
    review = bring_up(small_window, deck_id, item)
    assert "[...]" in review.prompt_label.text() or "[…]" in review.prompt_label.text()
    qtbot.keyClick(review, Qt.Key.Key_Space)
    assert item.answer in review.prompt_label.text()
    assert not review.card_view.answer_label.isVisible()  # the answer is in the gap, not a second time below


def test_keys_scroll_a_long_answer(qtbot, small_window, library, deck_id):
    review = bring_up(small_window, deck_id, first(library, deck_id, Kind.LIST_CLOZE))  # twelve priorities
    qtbot.keyClick(review, Qt.Key.Key_Space)
    settle()
    bar = review.card_view.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0  # too long for 800x560, shown from the top
    qtbot.keyClick(review, Qt.Key.Key_Down)
    assert bar.value() == bar.singleStep()
    qtbot.keyClick(review, Qt.Key.Key_PageDown)
    assert bar.value() == min(bar.maximum(), bar.singleStep() + bar.pageStep())
    qtbot.keyClick(review, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    last = review.card_view.source_label
    assert last.visibleRegion().boundingRect().height() == last.height()  # the end of the card in sight
    qtbot.keyClick(review, Qt.Key.Key_Up)
    assert bar.value() == bar.maximum() - bar.singleStep()
    qtbot.keyClick(review, Qt.Key.Key_PageUp)
    qtbot.keyClick(review, Qt.Key.Key_Home)
    assert bar.value() == 0
    assert review.session.phase is Phase.ANSWER and stored_ratings(library) == []  # scrolling rates nothing


def test_arranging_a_long_order_drill_keeps_the_picked_entry_in_sight(qtbot, small_window, library):
    kings = library.import_document(LONG_SUCCESSION).deck_id  # fifteen kings in order: too long for 800x560
    allow_new_cards(library, kings)
    review = bring_up(small_window, kings, longest(library, kings, Kind.LIST_ORDER))
    assert review.card_view.arranging
    bar = review.card_view.verticalScrollBar()
    for _ in range(review.order_list.count()):
        qtbot.keyClick(review, Qt.Key.Key_Down)  # picks the next entry: the list does not scroll away from it
        settle()
    assert review.order_list.currentRow() == review.order_list.count() - 1
    assert bar.value() > 0
    row = review.order_list.visualItemRect(review.order_list.item(review.order_list.currentRow()))
    top = review.order_list.mapTo(review.card_view.viewport(), row.topLeft()).y()
    assert top >= 0 and top + row.height() <= review.card_view.viewport().height()
    qtbot.keyClick(review, Qt.Key.Key_PageUp)  # Page Up still scrolls while arranging
    assert bar.value() < bar.maximum()


def test_space_on_a_choice_card_is_i_dont_know(qtbot, small_window, library, deck_id):
    review = bring_up(small_window, deck_id, Kind.DATE_CHOICE)
    item = review.session.current.item
    assert review.dont_know_button.isVisibleTo(review) and not review.show_button.isVisibleTo(review)
    assert all(button.font().pointSizeF() == BODY_SIZE for button in review.choice_buttons)  # body size
    qtbot.keyClick(review, Qt.Key.Key_Space)
    assert review.session.phase is Phase.ANSWER and not review.session.grade.correct
    states = [button.property("state") for button in review.choice_buttons[: len(item.choices)]]
    assert states == ["right" if choice == item.answer else "" for choice in item.choices]  # nothing picked
    assert review.rating_buttons[1].property("suggested") is True
    assert "Not known" in review.card_view.grade_label.text()
    qtbot.keyClick(review, Qt.Key.Key_Space)  # accepts Again
    assert stored_ratings(library) == [1]


def test_i_dont_know_on_an_order_drill_shows_the_right_order(qtbot, small_window, library, deck_id):
    item = longest(library, deck_id, Kind.CHRONOLOGY)
    review = bring_up(small_window, deck_id, item)
    qtbot.mouseClick(review.dont_know_button, Qt.MouseButton.LeftButton)
    assert review.session.phase is Phase.ANSWER and not review.session.grade.correct
    shown = review.card_view.order_result.text()
    positions = [shown.index(entry.replace("'", "’")[:30]) for entry in item.order]
    assert positions == sorted(positions)  # the events in their right order
    assert "✓" not in shown and "✗" not in shown  # nothing was placed, so nothing is marked
    qtbot.keyClick(review, Qt.Key.Key_Space)
    assert stored_ratings(library) == [1]


def test_a_chronology_answered_is_one_list_marked_with_places_and_dates(qtbot, small_window, library, deck_id):
    item = longest(library, deck_id, Kind.CHRONOLOGY)
    dates = event_dates(item)
    assert len(dates) == len(item.order)  # every event's date is known
    review = bring_up(small_window, deck_id, item)
    arranged = review.order_list.entries()
    first = arranged.index(item.order[0])
    review.order_list.setCurrentRow(first)
    for _ in range(first):
        qtbot.keyClick(review, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # the earliest event to the top
    assert review.order_list.entries()[0] == item.order[0]
    if tuple(review.order_list.entries()) == item.order:  # all in place by chance: the last one up, to mark both
        review.order_list.setCurrentRow(len(item.order) - 1)
        qtbot.keyClick(review, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(review, Qt.Key.Key_Space)  # moved, so Space checks
    assert review.session.phase is Phase.ANSWER
    view = review.card_view
    assert not view.order_list.isVisible() and not view.answer_label.isVisible()  # one list, not two
    shown = view.order_result.text()
    for date in dates.values():
        assert date.replace(" ", "&nbsp;") in shown
    placed = sum(1 for i, entry in enumerate(review.order_list.entries()) if item.order[i] == entry)
    assert shown.count("✓") == placed >= 1 and shown.count("✗") == len(item.order) - placed
    assert f"{placed} of {len(item.order)} in the right place" in view.grade_label.text()


def test_esc_leaves_review_for_the_screen_it_was_started_from(qtbot, window, library, deck_id):
    window.study(deck_id)
    qtbot.keyClick(window.review_screen, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.library_screen
    window.read(deck_id)
    qtbot.mouseClick(window.reader_screen.study_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.review_screen
    qtbot.keyClick(window.review_screen, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.reader_screen
    assert stored_ratings(library) == []


@pytest.mark.parametrize("kind", [Kind.CHRONOLOGY, Kind.DATE_CHOICE, Kind.LIST_CHOICE])
def test_the_question_keeps_its_place_in_a_large_window_too(qtbot, window, library, deck_id, kind):
    theme.apply(QApplication.instance())
    if kind is Kind.LIST_CHOICE:
        deck_id = library.import_document(PARDONS).deck_id
    allow_new_cards(library, deck_id)
    window.resize(1280, 800)
    # A list's first entry: the walk to a later one shows its neighbours' gaps, which set it aside for the day.
    wanted = longest(library, deck_id, kind) if kind != Kind.LIST_CHOICE else first(library, deck_id, kind)
    review = bring_up(window, deck_id, wanted)
    settle()
    before = place_of(review.prompt_label)
    if kind in CHOICE_KINDS:
        qtbot.keyClick(review, Qt.Key.Key_1)
    else:
        qtbot.mouseClick(review.show_button, Qt.MouseButton.LeftButton)  # "Check the order" as it stands
    settle()
    assert review.session.phase is Phase.ANSWER
    assert place_of(review.prompt_label) == before
    if kind in ORDER_KINDS:  # the list answered where it was arranged
        assert review.card_view.order_result.y() == review.order_list.y()


def test_the_topic_a_prompt_names_stands_on_a_small_line_of_its_own():
    from studyapp.generate.model import Kind, Source, StudyItem
    from studyapp.ui import review_format as fmt

    source = Source("s", "Section", "Truman signed the act in 1948.", ())
    item = StudyItem("i", Kind.DATE_WHEN, "s", "Marshall Plan — When did Truman sign the act?", "1948", source, "f", 0)
    html = fmt.prompt_html(item, muted="#777")
    assert html.startswith('<span style="font-size:small; color:#777;">Marshall Plan</span><br>')
    assert html.endswith("When did Truman sign the act?") and "—" not in html
