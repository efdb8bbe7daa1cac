"""Reader: sections with mastery, footnotes on hover and click, facts linked to cards, position remembered."""

from __future__ import annotations

import html as html_module
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextTable
from PySide6.QtWidgets import QApplication
from review_keys import reveal_answer

from studyapp.ui.mastery_delegate import MASTERY_ROLE
from studyapp.ui.reader_screen import SECTION_ROLE, ReaderScreen


def test_tree_lists_every_section_with_mastery(qtbot, window, library, deck_id):
    window.read(deck_id)
    reader = window.reader_screen
    tree_ids = [item.data(0, SECTION_ROLE) for item in reader.sections.items()]
    assert tree_ids == [s.id for s in library.document(deck_id).sections]
    with_cards = {item.section for item in library.items(deck_id)}
    for item in reader.sections.items():
        has_value = item.data(1, MASTERY_ROLE) is not None
        assert has_value == (item.data(0, SECTION_ROLE) in with_cards)


def test_footnote_shows_its_note_on_hover_and_click(qtbot, window, library, deck_id):
    window.read(deck_id)
    reader = window.reader_screen
    document = library.document(deck_id)
    section, number = next(
        (s, sentence.footnotes[0])
        for s in document.sections
        for p in s.paragraphs
        for sentence in p.sentences
        if sentence.footnotes
    )
    reader.show_section(section.id)
    html = reader.view.toHtml()
    assert f'href="note:{number}"' in html
    note = document.footnote(number)
    assert note.text[:40] in html_module.unescape(reader._tooltip(f"note:{number}"))
    reader.view.link_activated.emit(f"note:{number}")
    assert reader.detail.isVisible()
    assert reader.detail_title.text() == f"Note {number}"


def test_dated_facts_are_highlighted_and_open_their_cards(qtbot, window, library, deck_id):
    window.read(deck_id)
    reader = window.reader_screen
    items = library.items(deck_id)
    fact_item = next(i for i in items if i.kind.startswith("date-"))
    reader.show_section(fact_item.section)
    html = reader.view.toHtml()
    assert f"cards:{fact_item.origin}" in html
    reader.view.link_activated.emit(f"cards:{fact_item.origin}")
    assert reader.detail.isVisible()
    siblings = [i for i in items if i.origin == fact_item.origin]
    assert reader.detail_title.text().startswith(f"{len(siblings)} card")


def test_reading_position_is_remembered(qtbot, window, library, deck_id):
    window.read(deck_id)
    reader = window.reader_screen
    section = library.document(deck_id).sections[1].id
    reader.show_section(section)
    bar = reader.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    reader.save_position()
    saved = library.reading_position(deck_id)
    assert saved.section_id == section and 0.2 < saved.scroll < 0.8
    fresh = ReaderScreen(library)
    qtbot.addWidget(fresh)
    fresh.resize(900, 600)
    fresh.show_deck(deck_id)
    fresh.show()
    assert fresh.section_id == section
    qtbot.waitUntil(lambda: abs(fresh.view.scroll_fraction() - saved.scroll) < 0.02)


def test_previous_and_next_walk_the_sections(qtbot, window, library, deck_id):
    window.read(deck_id)
    reader = window.reader_screen
    sections = [s.id for s in library.document(deck_id).sections]
    reader.show_section(sections[0])
    qtbot.mouseClick(reader.next_button, Qt.MouseButton.LeftButton)
    assert reader.section_id == sections[1]
    qtbot.mouseClick(reader.previous_button, Qt.MouseButton.LeftButton)
    assert reader.section_id == sections[0]
    assert not reader.previous_button.isEnabled()


def test_type_size_changes_with_ctrl_plus_and_is_remembered(qtbot, window, library, deck_id):
    window.read(deck_id)
    reader = window.reader_screen
    before = reader.view.document().defaultFont().pointSizeF()
    reader.view.setFocus()
    qtbot.keyClick(reader.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert reader.view.document().defaultFont().pointSizeF() == before + 1
    assert float(window.ui_settings.value("reader/font_size")) == before + 1
    qtbot.keyClick(reader.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert reader.view.document().defaultFont().pointSizeF() == before


def test_mastery_follows_ratings_without_reloading_the_text(qtbot, window, library, deck_id):
    window.read(deck_id)
    reader = window.reader_screen
    document = reader.document
    window.study(deck_id)
    review = window.review_screen
    section = review.session.current.item.section
    reveal_answer(qtbot, review)
    qtbot.keyClick(review, Qt.Key.Key_4)
    window.read(deck_id)
    item = reader.sections.item(section)
    assert item.data(1, MASTERY_ROLE) > 0
    assert item.data(1, MASTERY_ROLE) == library.section_mastery(deck_id)[section]
    assert reader.document is document  # the same parsed text: only the mastery was refreshed


def test_a_short_note_takes_only_the_room_it_needs_in_a_small_window(qtbot, window, library, deck_id):
    from studyapp.ui import theme

    theme.apply(QApplication.instance())
    window.resize(800, 560)
    window.read(deck_id)
    reader = window.reader_screen
    document = library.document(deck_id)
    section, number = next(
        (s, sentence.footnotes[0])
        for s in document.sections
        for p in s.paragraphs
        for sentence in p.sentences
        if sentence.footnotes
    )
    reader.show_section(section.id)
    reader.view.link_activated.emit(f"note:{number}")
    QApplication.processEvents()
    assert reader.detail_text.verticalScrollBar().maximum() == 0  # the whole note in sight
    assert reader.view.height() > 1.5 * reader.detail.height()  # and the text still has most of the room


def test_a_narrow_reader_still_says_which_section_of_how_many(qtbot, window, deck_id):
    window.resize(800, 560)
    window.read(deck_id)
    reader = window.reader_screen
    reader.show_section(reader.document.sections[1].id)
    QApplication.processEvents()
    shown = reader.place.text()  # what fits, after eliding
    assert shown.startswith(f"Section 2 of {len(reader.document.sections)}")


def test_tables_show_as_tables_and_captions_as_captions_never_as_study_text(qtbot, window, library):
    corpus = Path(__file__).parents[1] / "data" / "corpus"
    deck = library.import_document(corpus / "marshall_plan.txt").deck_id
    window.read(deck)
    reader = window.reader_screen
    reader.show_section("expenditures")
    page = reader.view.document()
    tables = [f for f in _frames(page.rootFrame()) if isinstance(f, QTextTable)]
    grid = max(tables, key=lambda t: t.rows())
    assert (grid.rows(), grid.columns()) == (18, 5)
    assert grid.cellAt(0, 0).firstCursorPosition().block().text() == "Country"
    assert grid.cellAt(17, 4).firstCursorPosition().block().text() == "12,731"
    reader.show_section("wartime-destruction")
    text = reader.view.document().toPlainText()
    assert "CAPTION , October 1946" in text
    assert "October 1946]]" not in text and "By the end of World War II, much of Europe was devastated." in text
    # Nothing of the table or the caption is highlighted as a fact or turned into a card.
    assert not any("12,731" in i.source.text or "October 1946" in i.source.text for i in library.items(deck))


def _frames(frame):
    yield frame
    for child in frame.childFrames():
        yield from _frames(child)


def test_a_closing_window_saves_the_place_and_its_reader_writes_nothing_after(qtbot, tmp_path):
    # `studyapp screenshots` printed a traceback: the reader's hide, which follows the window's close, opened the
    # library again after the window had closed it (its scratch folder was gone by then)
    from studyapp.app import build_window
    from studyapp.services.library import Library
    from studyapp.ui.reader_screen import SAVE_POSITION_AFTER_MS

    folder = tmp_path / "library"
    window = build_window(folder, fuzzing=False)
    library = window.library
    deck = library.decks()[0].id
    window.resize(1000, 700)
    window.show()
    window.read(deck)
    reader = window.reader_screen
    section = library.document(deck).sections[1].id
    reader.show_section(section)
    bar = reader.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    window.close()
    qtbot.wait(SAVE_POSITION_AFTER_MS + 100)
    assert not library.connection.opened  # no connection opened again behind the closed library (and its lock)
    with Library.open(folder, read_only=True) as reopened:
        assert reopened.reading_position(deck).section_id == section
    window.deleteLater()
