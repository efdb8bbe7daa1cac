"""Article text stays text on every screen (issue 12, finding 1): titles, headings, list entries and notes that
hold HTML, images, ``javascript:`` links and bidi overrides are shown as written, never as markup.

In this process the images point at a file that does not exist (were one read as markup, the test would find
the element, not hang); the start-up test runs the app in a child process with ``file:///dev/zero`` itself, as
the issue found it, under a memory limit.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from datetime import UTC, date
from pathlib import Path

import pytest
from hostile import hostile_markdown, problems, shown_text, store_hostile, surfaces
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from review_keys import reveal_answer

from studyapp.core.session import Phase
from studyapp.services.library import Library

SRC = "file:///nonexistent/zero"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def hostile_window(qtbot, tmp_path, clock):
    from studyapp.ui.main_window import MainWindow

    article = tmp_path / "hanse.md"
    article.write_text(hostile_markdown(SRC), encoding="utf-8")
    library = Library.open(tmp_path / "library", import_bundled=False, clock=clock, tz=UTC, fuzzing=False)
    deck = store_hostile(library, article, SRC)
    library.exam.set(deck, date(2026, 4, 20))
    window = MainWindow(
        library, ui_settings=QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat), clock=clock
    )
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    return window, deck


def _check(seen: list, where: str) -> None:
    found = surfaces()
    wrong = problems(found)
    assert not wrong, f"{where}:\n" + "\n".join(wrong)
    seen.extend(found)


def test_every_screen_shows_hostile_article_text_as_text(qtbot, hostile_window):
    window, deck = hostile_window
    seen: list = []
    _check(seen, "library")

    window.read(deck)
    reader = window.reader_screen
    for section in window.library.document(deck).sections:
        reader.show_section(section.id)
        _check(seen, f"reader, section {section.id}")
    tip = reader._tooltip("note:1")
    assert tip and not problems([type(seen[0])("note tooltip", tip, True)])
    reader.view.link_activated.emit("note:1")
    _check(seen, "reader, note panel")
    origin = next(i.origin for i in window.library.items(deck) if i.origin != i.section)
    reader.view.link_activated.emit(f"cards:{origin}")
    _check(seen, "reader, cards panel")

    window.study(deck)
    review = window.review_screen
    for _ in range(60):
        if review.session.phase is Phase.DONE or review.session.current is None:
            break
        _check(seen, "review, question")
        reveal_answer(qtbot, review)
        _check(seen, "review, answer")
        qtbot.keyClick(review, "3")
    _check(seen, "review, end of session")

    window.show_statistics(deck)
    _check(seen, "statistics")

    from studyapp.ui.export_dialog import ExportDialog
    from studyapp.ui.settings_dialog import SettingsDialog

    for dialog in (ExportDialog(window.library, deck, window), SettingsDialog(window.library, deck, window)):
        qtbot.addWidget(dialog)
        dialog.show()
        _check(seen, type(dialog).__name__)
        dialog.close()

    window.show_screen("library")
    window.library_screen._failed(Path(f"<img src={SRC}>.md"), f"Cannot read <img src={SRC}> <u>here</u>.")
    _check(seen, "import error message")
    window.library_screen.last_error.close()

    shown = "\n".join(shown_text(s) for s in seen)
    for written in (
        f"A History of <img src={SRC}> the <u>Hanseatic</u> League",  # the deck's title
        f"Beginnings <img src={SRC}> <u>underlined</u>",  # a heading
    ):
        assert written in shown, written
    for cleaned in ("the rise of territorial states", "See and the charter of 1241"):  # the reader drops tags
        assert cleaned in shown, cleaned


def test_the_app_starts_and_shows_the_library_with_a_deck_that_points_at_dev_zero(tmp_path, clock):
    folder = tmp_path / "library"
    article = tmp_path / "hanse.md"
    article.write_text(hostile_markdown("file:///dev/zero"), encoding="utf-8")
    with Library.open(folder, import_bundled=False, clock=clock, tz=UTC, fuzzing=False) as library:
        deck = store_hostile(library, article, "file:///dev/zero")
    script = f"""
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (3 * 1024**3, resource.RLIM_INFINITY))
from PySide6.QtCore import QTimer
from studyapp.app import create_application, open_main_window
app = create_application([])
window = open_main_window({str(folder)!r})
window.show()

def visit():
    for section in window.library.document({deck!r}).sections:
        window.read({deck!r}); window.reader_screen.show_section(section.id)
    window.study({deck!r}); window.show_statistics({deck!r}); window.show_screen("library")
    app.processEvents()
    table = window.library_screen.table
    print("ROWS", [table.item(r, 0).text() for r in range(table.rowCount())], flush=True)
    print("PANEL", window.library_screen.panel.title.text(), flush=True)
    window.close()
    app.quit()

QTimer.singleShot(200, visit)
sys.exit(app.exec())
"""
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "ROWS ['A History of <img src=file:///dev/zero> the <u>Hanseatic</u> League" in done.stdout
    assert "PANEL A History of <img src=file:///dev/zero>" in done.stdout


del resource, QApplication
