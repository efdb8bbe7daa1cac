"""Library: first start shows the bundled deck ready; imports by call, by drop; errors in plain words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from review_keys import reveal_answer

from studyapp.app import build_window
from studyapp.core.session import Phase
from studyapp.paths import bundled_documents
from studyapp.text import read_document
from studyapp.ui.typography import heading


def test_first_start_with_an_empty_folder_shows_the_bundled_deck_ready(qtbot, tmp_path, clock):
    window = build_window(tmp_path / "fresh", clock=clock, fuzzing=False)
    qtbot.addWidget(window)
    try:
        window.show()
        screen = window.library_screen
        bundled_title = read_document(bundled_documents()[0]).title
        assert screen.table.rowCount() == 1
        assert screen.table.item(0, 0).text() == heading(bundled_title)
        assert int(screen.table.item(0, 1).text()) > 0  # new cards waiting
        qtbot.mouseClick(screen.study_button, Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is window.review_screen
        assert window.review_screen.session.phase is Phase.QUESTION
    finally:
        window.library.close()


def _wait_for_rows(qtbot, screen, rows: int) -> None:
    qtbot.waitUntil(lambda: screen.table.rowCount() == rows, timeout=15000)


def test_importing_a_document_shows_its_deck_selected(qtbot, window, tmp_path, markdown_document):
    path = tmp_path / "hansa.md"
    path.write_text(markdown_document, encoding="utf-8")
    screen = window.library_screen
    screen.import_path(path)
    _wait_for_rows(qtbot, screen, 2)
    titles = [screen.table.item(row, 0).text() for row in range(2)]
    assert "The Hanseatic League" in titles
    assert screen.table.item(screen.table.currentRow(), 0).text() == "The Hanseatic League"
    assert "Imported" in window.statusBar().currentMessage()


def test_dropping_a_file_imports_it(qtbot, window, tmp_path, markdown_document):
    path = tmp_path / "hansa.txt"
    path.write_text(
        markdown_document.replace("# ", "").replace("## Beginnings", "BEGINNINGS").replace("## Decline", "DECLINE"),
        encoding="utf-8",
    )
    screen = window.library_screen
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(screen, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(screen, event)
    assert event.isAccepted()
    _wait_for_rows(qtbot, screen, 2)


def test_a_bad_file_is_refused_in_plain_words(qtbot, window, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    screen = window.library_screen
    screen.import_path(path)
    qtbot.waitUntil(lambda: screen.last_error is not None, timeout=10000)
    text = screen.last_error.text()
    assert "empty.txt" in text and "Traceback" not in text and "Error(" not in text
    assert screen.table.rowCount() == 1
    screen.last_error.close()


def test_enter_on_a_new_deck_starts_reading_it_and_on_a_started_one_studies_it(qtbot, window, library, deck_id):
    screen = window.library_screen
    assert screen.read_button.text() == "Start reading" and screen.read_button.property("role") == "primary"
    assert "start reading" in screen.panel.today.text()
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.reader_screen
    assert window.reader_screen.deck_id == deck_id

    window.reader_screen.show_section(library.document(deck_id).sections[1].id)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # back to the library
    assert screen.read_button.text() == "Continue reading"  # begun, not yet started: reading is still first
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.reader_screen
    window.reader_screen.set_read(library.document(deck_id).sections[0].id)  # the first section read
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # back to the library
    assert screen.read_button.text() == "Read" and screen.study_button.property("role") == "primary"
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.review_screen
    assert window.review_screen.deck_id == deck_id


def test_window_geometry_is_remembered(qtbot, library, clock, tmp_path: Path):
    from PySide6.QtCore import QSettings

    from studyapp.ui.main_window import MainWindow

    settings_path = str(tmp_path / "geometry.ini")
    first = MainWindow(library, ui_settings=QSettings(settings_path, QSettings.Format.IniFormat), clock=clock)
    qtbot.addWidget(first)
    first.resize(760, 530)
    first.show()
    first.close()
    assert "window/geometry" in QSettings(settings_path, QSettings.Format.IniFormat).allKeys()
    second = MainWindow(library, ui_settings=QSettings(settings_path, QSettings.Format.IniFormat), clock=clock)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (760, 530)


def test_an_exam_date_shows_its_countdown(qtbot, window, library, deck_id, clock):
    from datetime import timedelta

    exam_day = clock().date() + timedelta(days=12)
    changes = library.exam.set(deck_id, exam_day, target=0.9)
    window.apply_changes(changes)
    assert window.library_screen.table.item(0, 4).text() == "in 12 days"


def test_an_imported_deck_opens_in_the_reader(qtbot, window, deck_id, tmp_path, markdown_document):
    window.study(deck_id)
    path = tmp_path / "hansa.md"
    path.write_text(markdown_document, encoding="utf-8")
    window.library_screen.import_path(path)
    qtbot.waitUntil(lambda: window.library_screen.table.rowCount() == 2, timeout=15000)
    assert window.stack.currentWidget() is window.reader_screen
    assert window.reader_screen.document.title == "The Hanseatic League"
    assert window.library_screen.panel.title.text() == "The Hanseatic League"  # selected there too


def test_counts_catch_up_when_coming_back_from_a_review(qtbot, window, deck_id):
    screen = window.library_screen
    new_before = int(screen.table.item(0, 1).text())
    window.study(deck_id)
    review = window.review_screen
    reveal_answer(qtbot, review)
    qtbot.keyClick(review, Qt.Key.Key_1)  # Again: the card moves from new to learning
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is screen
    assert int(screen.table.item(0, 1).text()) == new_before - 1
    assert int(screen.table.item(0, 2).text()) >= 1


def test_back_in_the_library_the_deck_just_used_is_selected(
    qtbot, window, library, deck_id, tmp_path, markdown_document
):
    path = tmp_path / "hansa.md"
    path.write_text(markdown_document, encoding="utf-8")
    other = library.import_document(path).deck_id
    screen = window.library_screen
    screen.refresh()
    assert screen.selected_deck_id() == deck_id  # the first deck
    window.read(other)
    window.reader_screen.study_button.click()  # "Study this section"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # Library
    assert window.stack.currentWidget() is screen
    assert screen.selected_deck_id() == other
    assert "Hanseatic" in screen.panel.title.text()
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)  # not started yet: reading comes first
    assert window.stack.currentWidget() is window.reader_screen and window.reader_screen.deck_id == other


def test_a_small_window_shows_three_decks_without_scrolling(
    qtbot, window, library, deck_id, tmp_path, markdown_document, clock
):
    from datetime import timedelta

    from studyapp.ui import theme

    theme.apply(QApplication.instance())  # the app's own type and padding, as the window really looks
    library.exam.set(deck_id, clock.now.date() + timedelta(days=21), target=0.9)  # the panel's longest text
    path = tmp_path / "hansa.md"
    path.write_text(markdown_document, encoding="utf-8")
    library.import_document(path)
    library.import_document(Path(__file__).parents[1] / "data" / "extract_chronicle.txt")
    screen = window.library_screen
    screen.refresh(select=deck_id)
    window.resize(800, 560)
    qtbot.waitUntil(lambda: screen.height() < 500)
    QApplication.processEvents()
    assert screen.table.rowCount() == 3
    assert screen.table.verticalScrollBar().maximum() == 0  # every deck in sight
    assert screen.panel.geometry().bottom() <= screen.height()


def test_dropping_a_pdf_says_why_it_cannot_be_imported(qtbot, window, tmp_path):
    path = tmp_path / "paper.pdf"
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    screen = window.library_screen
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(screen, enter)
    assert enter.isAccepted()  # not a drop that silently does nothing
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(screen, drop)
    qtbot.waitUntil(lambda: screen.last_error is not None, timeout=10000)
    assert "paper.pdf" in screen.last_error.text() and "PDF" in screen.last_error.text()
    assert screen.table.rowCount() == 1
    screen.last_error.close()
