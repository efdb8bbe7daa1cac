"""The card browser on a real library: opened with B, lazy pages, sorting by a header, filters, search, the
history beside, actions on a selection, the editor, reject and restore, and Ctrl+Z."""

from __future__ import annotations

from modal import when_shown
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from studyapp.core.card_changes import RejectReason
from studyapp.core.cards import Queue
from studyapp.services.browser import COLUMNS
from studyapp.ui.browser_model import BrowserModel
from studyapp.ui.card_editor import CardEditor
from studyapp.ui.reject_dialog import RejectDialog


def _open(qtbot, window, deck_id):
    window.library_screen.select_deck(deck_id)
    qtbot.keyClick(window, Qt.Key.Key_B)
    browser = window.browser_screen
    assert window.stack.currentWidget() is browser
    return browser


def _select(browser, *numbers):
    selection = browser.table.selectionModel()
    selection.clearSelection()
    for number in numbers:
        selection.select(
            browser.model.index(number, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    browser.table.setFocus()  # where the learner's click leaves it


def test_b_opens_every_card_of_the_deck_sorted_by_a_header_click(qtbot, window, library, deck_id):
    browser = _open(qtbot, window, deck_id)
    total = len(library.items(deck_id))
    assert browser.deck_id == deck_id and browser.count.text() == f"{total:,} cards"
    assert browser.model.rowCount() == min(total, browser.model.page)
    header = browser.table.horizontalHeader()
    header.sectionClicked.emit(COLUMNS.index("prompt"))  # what a click on the header does
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.viewport().rect().center())
    assert browser.model.query.sort in COLUMNS
    header.setSortIndicator(COLUMNS.index("prompt"), Qt.SortOrder.DescendingOrder)
    prompts = [row.row.prompt for row in browser.model.rows]
    assert browser.model.query.sort == "prompt" and browser.model.query.descending
    assert prompts == sorted(prompts, reverse=True)


def test_the_model_fetches_pages_as_the_view_scrolls(qtbot, window, library, deck_id):
    model = BrowserModel(library, page=40)
    browser = _open(qtbot, window, deck_id)
    browser.table.setModel(model)
    model.set_query(browser.query())
    assert model.rowCount() == 40 and model.canFetchMore()
    browser.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 40)
    while model.canFetchMore():
        model.fetchMore()
    assert [r.item_id for r in model.rows] == [r.item_id for r in library.browser.rows(model.query, limit=10_000)]


def test_filters_and_search_narrow_the_rows_and_the_history_shows_beside(qtbot, window, library, deck_id):
    browser = _open(qtbot, window, deck_id)
    browser.kind.setCurrentIndex(browser.kind.findData("date-cloze"))
    assert browser.model.rows and {r.row.kind for r in browser.model.rows} == {"date-cloze"}
    browser.kind.setCurrentIndex(0)
    words = (w.strip(".,;:()“”\"'") for w in browser.model.rows[0].row.prompt.split())
    word = next(w for w in words if len(w) > 5 and w.isalpha())
    qtbot.keyClicks(browser.search, word)
    qtbot.waitUntil(lambda: browser.model.query.search == word)
    assert browser.model.rows and len(browser.model.rows) < len(library.items(deck_id))
    browser.search.clear()
    qtbot.waitUntil(lambda: browser.model.query.search == "")
    _select(browser, 0)
    assert "Not answered yet" in browser.detail.text()


def test_a_selection_is_suspended_rejected_restored_and_edited_and_ctrl_z_takes_it_back(
    qtbot, window, library, deck_id
):
    browser = _open(qtbot, window, deck_id)
    _select(browser, 0, 1, 2)
    chosen = browser.selected_ids()
    qtbot.mouseClick(browser.buttons["suspend"], Qt.MouseButton.LeftButton)
    assert all(r.row.queue == Queue.SUSPENDED for r in browser.model.rows if r.item_id in chosen)
    qtbot.mouseClick(browser.buttons["unsuspend"], Qt.MouseButton.LeftButton)

    _select(browser, 3)
    target = browser.selected_ids()[0]

    def unclear(dialog):
        dialog.options[RejectReason.UNCLEAR].setChecked(True)
        dialog.accept()

    when_shown(RejectDialog, unclear)
    qtbot.keyClick(browser.table, Qt.Key.Key_Delete)
    assert library.learner_cards.card(target).rejected == "unclear"
    assert "rejected (unclear)" in next(r.state for r in browser.model.rows if r.item_id == target)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is browser.table)  # the dialog gone, the table has the keys
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert library.learner_cards.card(target).rejected is None
    assert "Reject taken back" in window.statusBar().currentMessage()

    _select(browser, 3)

    def reword(dialog):
        dialog.prompt.setPlainText("My better question?")
        assert "My better question?" in dialog.preview.text()
        dialog.save()

    when_shown(CardEditor, reword)
    qtbot.keyClick(browser.table, Qt.Key.Key_Return)
    assert library.learner_cards.card(target).shown.prompt == "My better question?"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is browser.table)
    assert "edited" in next(r.state for r in browser.model.rows if r.item_id == target)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert library.learner_cards.card(target).edit is None


def test_the_selection_goes_to_anki(qtbot, window, library, deck_id, tmp_path):
    browser = _open(qtbot, window, deck_id)
    _select(browser, 0, 1)
    out = tmp_path / "selection.apkg"
    browser.choose_export_path = lambda: str(out)
    qtbot.mouseClick(browser.buttons["export"], Qt.MouseButton.LeftButton)
    assert out.exists() and "Exported 2 cards" in browser.count.text()
