"""Edit (E) and reject (Delete) during review, undone with Ctrl+Z in order with the answers; own cards made
in the reader from selected words (Alt+Z a cloze, Alt+X a question)."""

from __future__ import annotations

from modal import when_shown
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from review_keys import reveal_answer

from studyapp.core.card_changes import CardEdit, RejectReason
from studyapp.ui.card_editor import CardEditor
from studyapp.ui.card_view import EDITED_MARK
from studyapp.ui.own_cards import QuestionDialog
from studyapp.ui.reject_dialog import RejectDialog


def _ctrl_z(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_e_edits_the_card_on_screen_delete_rejects_it_and_ctrl_z_takes_both_back(qtbot, window, library, deck_id):
    window.study(deck_id)
    review = window.review_screen
    reveal_answer(qtbot, review)
    qtbot.keyClick(review, Qt.Key.Key_3)
    shown = review.session.current
    item = shown.item
    assert "E edit" in review.hint.text() and "Delete reject" in review.hint.text()  # the keys are told
    assert EDITED_MARK not in review.card_view.kind_label.text()

    def reword(dialog):
        dialog.prompt.setPlainText("Asked my own way?")
        dialog.save()

    when_shown(CardEditor, reword)
    qtbot.keyClick(review, Qt.Key.Key_E)
    assert (
        review.prompt_label.text().count("Asked my own way?")
        or "Asked my own way?" in review.session.current.item.prompt
    )
    assert library.learner_cards.card(item.id).shown.prompt == "Asked my own way?"
    assert EDITED_MARK in review.card_view.kind_label.text()  # the card says it is the learner's wording
    assert "E edit" in review.hint.text()
    assert window.undo_action.text().replace("&", "") == "Undo edit"

    def duplicate(dialog):
        dialog.options[RejectReason.DUPLICATE].setChecked(True)
        dialog.accept()

    when_shown(RejectDialog, duplicate)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is review)
    qtbot.keyClick(review, Qt.Key.Key_Delete)
    assert library.learner_cards.card(item.id).rejected == "duplicate"
    assert review.session.current is None or review.session.current.asked.item_id != item.id

    qtbot.waitUntil(lambda: QApplication.focusWidget() is review)
    _ctrl_z(qtbot, window)
    assert library.learner_cards.card(item.id).rejected is None
    assert review.session.current.asked.item_id == item.id
    _ctrl_z(qtbot, window)
    assert library.learner_cards.card(item.id).edit is None
    assert "Edit taken back" in window.statusBar().currentMessage()
    assert EDITED_MARK not in review.card_view.kind_label.text()
    _ctrl_z(qtbot, window)  # then the answer before them
    assert library.stats.deck(deck_id).total_reviews == 0


def _select_words(reader, words: str) -> str:
    document = reader.view.document()
    cursor = document.find(words)
    assert not cursor.isNull(), words
    reader.view.setTextCursor(cursor)
    return cursor.selectedText()


def _a_sentence(window, library, deck_id) -> tuple[str, str]:
    window.read(deck_id)
    reader = window.reader_screen
    section = reader.document.section(reader.section_id)
    sentence = next(s.text for p in section.paragraphs for s in p.sentences if len(s.text.split()) > 8)
    return sentence, " ".join(sentence.split()[2:4])


def test_alt_z_makes_a_cloze_of_the_selected_words_and_alt_x_a_question(qtbot, window, library, deck_id):
    _, words = _a_sentence(window, library, deck_id)
    reader = window.reader_screen
    before = len(library.items(deck_id))
    reader.view.setFocus()
    _select_words(reader, words)
    qtbot.keyClick(reader.view, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    own = [i for i in library.items(deck_id) if i.id.split(":")[-1].startswith("own-")]
    assert len(library.items(deck_id)) == before + 1 and len(own) == 1
    assert own[0].answer == words and "[...]" in own[0].prompt and own[0].source.section == reader.section_id

    def ask(dialog):
        assert dialog.answer.text() == words
        dialog.question.setText("Which words did I pick?")
        dialog.make()

    when_shown(QuestionDialog, ask)
    reader.view.setFocus()
    _select_words(reader, words)
    qtbot.keyClick(reader.view, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    asked = [i for i in library.items(deck_id) if i.prompt == "Which words did I pick?"]
    assert len(asked) == 1 and asked[0].answer == words

    qtbot.waitUntil(lambda: QApplication.focusWidget() is reader.view)
    cursor = reader.view.textCursor()
    cursor.clearSelection()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    reader.view.setTextCursor(cursor)
    qtbot.keyClick(reader.view, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    assert "Select words within one sentence" in reader.own_cards.last_message
    assert len(library.items(deck_id)) == before + 2


def test_ctrl_z_takes_back_the_latest_action_whether_a_review_answer_or_a_change_made_elsewhere(
    qtbot, window, library, deck_id
):
    window.study(deck_id)
    review = window.review_screen
    reveal_answer(qtbot, review)
    qtbot.keyClick(review, Qt.Key.Key_3)  # an answer...
    assert library.stats.deck(deck_id).total_reviews == 1
    _, words = _a_sentence(window, library, deck_id)  # ...then an own card made in the reader
    reader = window.reader_screen
    reader.view.setFocus()
    _select_words(reader, words)
    qtbot.keyClick(reader.view, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    own = [i for i in library.items(deck_id) if i.id.split(":")[-1].startswith("own-")]
    assert len(own) == 1
    other = next(i for i in library.items(deck_id) if i.id != own[0].id)
    library.learner_cards.reject([other.id], RejectReason.DUPLICATE)  # and a reject, as the browser makes it

    window.show_screen("review")
    assert window.undo_action.text().replace("&", "") == "Undo reject"
    _ctrl_z(qtbot, window)  # the latest first, from the review screen though it was made elsewhere
    assert library.learner_cards.card(other.id).rejected is None
    assert "Reject taken back" in window.statusBar().currentMessage()
    _ctrl_z(qtbot, window)
    assert not [i for i in library.items(deck_id) if i.id == own[0].id]  # the own card taken back
    assert library.stats.deck(deck_id).total_reviews == 1  # the answer, made before both, still there
    _ctrl_z(qtbot, window)
    assert library.stats.deck(deck_id).total_reviews == 0
    assert "Rating taken back" in window.statusBar().currentMessage()

    library.learner_cards.edit(other.id, CardEdit("Asked in the browser?", other.answer, other.choices))
    reveal_answer(qtbot, review)
    qtbot.keyClick(review, Qt.Key.Key_3)  # an answer after the edit
    window.show_screen("browser")
    assert window.undo_action.text().replace("&", "") == "Undo rating"
    _ctrl_z(qtbot, window)  # from the browser, the answer goes first
    assert library.stats.deck(deck_id).total_reviews == 0
    assert library.learner_cards.card(other.id).edit is not None
    _ctrl_z(qtbot, window)
    assert library.learner_cards.card(other.id).edit is None
    _ctrl_z(qtbot, window)
    assert "Nothing to undo" in window.statusBar().currentMessage()

    _, words = _a_sentence(window, library, deck_id)  # in the reader, its own card taken back where it was made
    reader.view.setFocus()
    _select_words(reader, words)
    qtbot.keyClick(reader.view, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    assert [i for i in library.items(deck_id) if i.id == own[0].id]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is reader.view)
    qtbot.keyClick(reader.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not [i for i in library.items(deck_id) if i.id == own[0].id]
    assert "Create taken back" in window.statusBar().currentMessage()
