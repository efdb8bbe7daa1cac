"""Reading first: read marks in the tree and at the end of a section, "Study this section (N new cards)",
highlights coloured by how well a passage is known, footnote markers linked only to notes that exist."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from review_keys import bring_up

from studyapp.core.familiarity import Familiarity
from studyapp.text import read_document
from studyapp.ui import familiarity_colors
from studyapp.ui.reader_screen import ReaderScreen

CORPUS = Path(__file__).parents[1] / "data" / "corpus"


def background_of(reader, text: str) -> str:
    """The background colour the reader gives to ``text`` (its first characters)."""
    cursor = reader.view.document().find(text[:40])
    assert not cursor.isNull(), text
    return cursor.charFormat().background().color().name()


def test_ticking_a_section_in_the_tree_marks_it_read_and_it_stays_read(qtbot, window, library, deck_id):
    window.read(deck_id)
    reader = window.reader_screen
    second = library.document(deck_id).sections[1].id
    row = reader.sections.item(second)
    row.setCheckState(0, Qt.CheckState.Checked)  # as a click on the box does
    assert library.reading.read_sections(deck_id) == {second}
    fresh = ReaderScreen(library)
    qtbot.addWidget(fresh)
    fresh.show_deck(deck_id)
    assert fresh.sections.is_read(second) and not fresh.sections.is_read(library.document(deck_id).sections[0].id)
    reader.show_section(second)
    assert "✓ Read — mark as unread" in reader.view.toPlainText()
    assert "read" in reader.place.full_text().split("·")[1]


def test_the_end_of_a_section_marks_it_read_and_offers_its_new_cards(qtbot, window, library, deck_id):
    window.read(deck_id)
    reader = window.reader_screen
    first = library.document(deck_id).sections[0].id
    reader.show_section(first)
    text = reader.view.toPlainText()
    assert text.rstrip().endswith("→")  # the next section is offered last
    assert "Mark as read" in text
    new_cards = library.reading.new_cards(deck_id)[first]
    limit = library.deck(deck_id).new
    expected = (
        f"Study this section ({new_cards} new cards)"
        if limit >= new_cards
        else f"Study this section ({limit} of its {new_cards} new cards today)"
    )
    assert expected in text
    reader.view.link_activated.emit(f"read:{first}")  # the "Mark as read" link
    assert library.reading.read_sections(deck_id) == {first} and reader.sections.is_read(first)
    reader.view.setFocus()
    qtbot.keyClick(reader.view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert library.reading.read_sections(deck_id) == frozenset()  # Ctrl+Shift+M takes the mark back
    reader.view.link_activated.emit(f"study:{first}")
    assert window.stack.currentWidget() is window.review_screen and window.review_screen.section_id == first


def test_the_links_at_the_end_of_a_section_are_reached_by_keyboard(qtbot, window, library, deck_id):
    window.read(deck_id)
    reader = window.reader_screen
    reader.view.setFocus()
    reader.view.verticalScrollBar().setValue(reader.view.verticalScrollBar().maximum())
    qtbot.keyClick(reader.view, Qt.Key.Key_Backtab)  # from the end, back to the last link: "Next: …"
    anchor = reader.view.textCursor().charFormat().anchorHref()
    assert anchor.startswith("next:")
    with qtbot.waitSignal(reader.view.link_activated) as activated:
        qtbot.keyClick(reader.view, Qt.Key.Key_Return)
    assert activated.args == [anchor]
    assert reader.section_id == anchor[5:]


def test_highlights_follow_how_well_each_passage_is_known(qtbot, window, library, deck_id):
    from studyapp.generate.model import Kind

    fact = next(item for item in library.items(deck_id) if item.kind == Kind.DATE_CLOZE)
    window.read(deck_id)
    reader = window.reader_screen
    reader.show_section(fact.section)
    assert background_of(reader, fact.source.text) == familiarity_colors.highlight(Familiarity.NEW)
    assert all(word in reader.sections.legend.text() for word in ("New", "Learning", "Known", "Weak"))
    review = bring_up(window, deck_id, fact)
    qtbot.keyClick(review, Qt.Key.Key_Space)
    qtbot.keyClick(review, Qt.Key.Key_1)  # Again: being learned
    window.read(deck_id)
    reader.show_section(fact.section)
    assert background_of(reader, fact.source.text) == familiarity_colors.highlight(Familiarity.LEARNING)
    assert library.familiarity.deck(deck_id).by_origin[fact.origin] is Familiarity.LEARNING


def test_a_footnote_marker_without_its_note_is_no_link(qtbot, window, library):
    path = CORPUS / "cuban_missile_crisis.txt"  # "[1]" markers, whose notes are listed without their text
    document = read_document(path)
    library.store_document(document, source_name=path.name, source_text=path.read_text(encoding="utf-8"), items=[])
    window.read(document.id)
    reader = window.reader_screen
    reader.show_section(document.sections[0].id)
    assert "full-scale nuclear war.1" in reader.view.toPlainText()  # the marker is still there, as a number
    assert 'href="note:' not in reader.view.toHtml()  # but leads to no note that is not there
    assert reader._tooltip("note:1") is None


def test_cards_set_aside_are_shown_and_brought_back_from_the_reader(qtbot, window, library, deck_id):
    window.study(deck_id)
    review = window.review_screen
    item = review.session.current.item
    card_id = review.session.current.card.id
    qtbot.keyClick(review, Qt.Key.Key_At)  # suspend
    window.read(deck_id)
    reader = window.reader_screen
    assert reader.sections.set_aside_button.isVisibleTo(reader)
    assert reader.sections.set_aside_button.text().startswith("1 card set aside")
    reader.show_section(item.section)
    reader.view.link_activated.emit(f"cards:{item.origin}")
    assert "suspended" in reader.detail_text.toPlainText()
    assert f"restore:{card_id}" in reader.detail_text.toHtml()
    reader.detail.link_activated.emit(f"restore:{card_id}")  # "Bring back"
    assert library.set_aside.cards(deck_id) == []
    assert "suspended" not in reader.detail_text.toPlainText()
    assert not reader.sections.set_aside_button.isVisibleTo(reader)
