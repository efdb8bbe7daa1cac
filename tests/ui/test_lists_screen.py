"""List drills on a temp library: one entry at a time between its neighbours, or the whole list written and
checked; each verdict reaches the entry's card once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from studyapp.core.list_drill import ListPhase, WholeList
from studyapp.storage.practice import PracticeRepository

# Four recommendations: the bundled article's lists are too long to be recalled whole as one card.
SHORT_LIST = Path(__file__).resolve().parents[1] / "data" / "lists" / "poor_law_commission.txt"


@pytest.fixture
def lists(qtbot, window, deck_id):
    window.show_practice("lists", deck_id)
    return window.lists_screen


def _reviews(library):
    return library.repos().db.execute("SELECT card_id, rating FROM reviews ORDER BY reviewed").fetchall()


def test_every_numbered_list_is_offered(lists, library, deck_id):
    stored = PracticeRepository(library.repos().db).lists(deck_id)
    assert lists.picker.count() == len(stored) >= 2
    assert [lst.id for lst in lists.lists] == [row.id for row in stored]
    assert lists.chosen is lists.lists[0] and "entries" in lists.lead.text()


def test_one_entry_at_a_time_shows_its_neighbours_and_counts_each_verdict(qtbot, lists, library, deck_id):
    drill_list = lists.lists[0]
    qtbot.mouseClick(lists.one_button, Qt.MouseButton.LeftButton)
    first, second, third = drill_list.entries[:3]
    assert lists.before.text() == "(the first entry)" and lists.after.text().startswith(f"{second.number}. ")
    assert lists.current.text() == f"{first.number}. ______"
    qtbot.keyClicks(lists.typed, first.text.lower())
    qtbot.keyClick(lists.typed, Qt.Key.Key_Return)
    assert lists.drill.phase is ListPhase.CHECK and first.text.split()[-1] in lists.current.text()
    qtbot.keyClick(lists, Qt.Key.Key_Y)
    assert lists.before.text().startswith(f"{first.number}. ") and lists.after.text().startswith(f"{third.number}. ")
    qtbot.keyClick(lists, Qt.Key.Key_Space)
    qtbot.keyClick(lists, Qt.Key.Key_N)
    ratings = [rating for _, rating in _reviews(library)]
    assert ratings == [3, 1]  # Good for the first entry, Again for the second
    cards = {card for card, _ in _reviews(library)}
    repo = PracticeRepository(library.repos().db)
    units = {lists._unit_items[drill_list.unit(e)] for e in (first, second)}
    assert cards == {repo.card_of(item)[1].id for item in units}


def test_the_whole_list_is_written_checked_and_counted_once(qtbot, window, library):
    window.show_practice("lists", library.import_document(SHORT_LIST).deck_id)  # recalled whole as one card
    lists = window.lists_screen
    drill_list = lists.lists[0]
    qtbot.mouseClick(lists.whole_button, Qt.MouseButton.LeftButton)
    entries = drill_list.entries
    written = "\n".join(f"{e.number}. {e.text}" for e in entries[:-1])  # the last one forgotten
    lists.written.setPlainText(written)
    qtbot.mouseClick(lists.check_button, Qt.MouseButton.LeftButton)
    assert [box.isChecked() for box in lists.checks] == [True] * (len(entries) - 1) + [False]
    qtbot.mouseClick(lists.done_button, Qt.MouseButton.LeftButton)
    assert f"{len(entries) - 1} of {len(entries)} entries recalled." in lists.result.text()
    assert [rating for _, rating in _reviews(library)] == [1]  # not the whole list: Again, for the list card


def test_a_written_list_is_matched_in_any_order_and_loosely():
    from studyapp.core.list_drill import DrillList, Entry

    drill_list = DrillList(
        "l", "s", "Causes", "The causes were:",
        (Entry(1, "the rise of territorial states"), Entry(2, "the shift of trade to the Atlantic"),
         Entry(3, "competition from Dutch shipping")),
    )  # fmt: skip
    drill = WholeList(drill_list)
    got = drill.check("- Dutch shipping competition\n2) shift of trade to Atlantic\nsomething else")
    assert got == {1: False, 2: True, 3: True}
