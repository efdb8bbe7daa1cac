"""``studyapp screenshots``: open each screen on the library offscreen and save one PNG per screen."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from fsrs import Rating
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from studyapp.core.session import Phase
from studyapp.services.browser import COLUMNS
from studyapp.ui.practice_screenshots import PracticeShots, sit_sample_exams

LARGE = QSize(1280, 800)
SMALL = QSize(800, 560)


def _settle(app: QApplication, rounds: int = 3) -> None:
    for _ in range(rounds):
        app.processEvents()


def _save(widget: QWidget, path: Path, app: QApplication) -> Path:
    _settle(app)
    widget.grab().save(str(path))
    return path


def take_screenshots(out_dir: str | os.PathLike[str], data_dir: str | os.PathLike[str] | None = None) -> list[Path]:
    """Write ``library.png``, ``reader.png``, ``review-question.png``, ``review-answer.png``, ``statistics.png``,
    ``quiz.png``, ``exam-report.png``, ``timeline.png``, ``lists.png``, ``browser.png`` (each also as
    ``*-small.png`` at 800x560), ``reader-dark.png``, ``review-answer-dark.png``, ``quiz-dark.png``,
    ``exam-report-dark.png``, ``timeline-dark.png``, ``statistics-dark.png``, ``settings.png``, ``export.png`` and
    ``editor.png`` into ``out_dir``, then the
    cards hardest to lay out (``review-chronology-answer.png`` and the others of :mod:`studyapp.ui.review_shots`,
    in a scratch library of their own); returns the files.

    Without ``data_dir`` a fresh library in a temporary folder is used (the bundled deck), so the user's own
    library is never touched; a handful of its cards are answered on the days before today (through the real
    review session) so the statistics show a heatmap and a forecast, and four mock exams are kept so the
    report shows a history. A given ``data_dir`` is never written to by answers.
    """
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from studyapp.app import build_window, create_application

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application([])
    with tempfile.TemporaryDirectory(prefix="studyapp-screens-") as scratch:
        window = build_window(data_dir if data_dir is not None else scratch, fuzzing=False)
        try:
            if data_dir is None:
                answer_sample_cards(window.library)
                set_sample_exam(window.library)
                sit_sample_exams(window.library)
                mark_first_section_read(window.library)
                window.library_screen.refresh()
            written = _shoot_all(window, out, app, scratch=data_dir is None)
        finally:
            window.close()
            window.library.close()
            window.deleteLater()
            _settle(app)
    from studyapp.ui.review_shots import review_card_shots

    return written + review_card_shots(out, app)


def _shoot_all(window, out: Path, app: QApplication, *, scratch: bool) -> list[Path]:
    written: list[Path] = []
    decks = window.library.decks()
    deck_id = decks[0].id if decks else None

    def both_sizes(name: str, prepare: Callable[[], None]) -> None:
        for size, suffix in ((LARGE, ""), (SMALL, "-small")):
            window.resize(size)
            prepare()
            written.append(_save(window, out / f"{name}{suffix}.png", app))

    window.resize(LARGE)
    window.show()
    _settle(app)
    both_sizes("library", lambda: window.show_screen("library"))
    if deck_id is None:
        return written
    section = _richest_section(window.library, deck_id)
    window.read(deck_id)

    def reader() -> None:
        window.reader_screen.show_section(section)
        _settle(app)
        view = window.reader_screen.view
        view.scrollToAnchor("list-1")  # show a highlighted list with the text before it
        bar = view.verticalScrollBar()
        if bar.value():
            bar.setValue(max(0, bar.value() - view.viewport().height() // 3))

    both_sizes("reader", reader)

    def section_end() -> None:  # the first section (its cards studied): highlights by familiarity, then its end
        window.reader_screen.show_section(window.reader_screen.document.sections[0].id)
        _settle(app)
        window.reader_screen.view.scrollToAnchor("end")

    both_sizes("reader-end", section_end)

    def answer() -> None:
        window.study(deck_id)
        review = window.review_screen
        if review.session.phase is Phase.QUESTION and review.current_is_choice():
            review.pick_choice(1)
        review.show_answer()

    both_sizes("review-question", lambda: window.study(deck_id))
    both_sizes("review-answer", answer)
    both_sizes("statistics", lambda: window.show_statistics(deck_id))

    def browser() -> None:  # the cards answered most first, the first one's history beside
        window.show_browser(deck_id)
        header = window.browser_screen.table.horizontalHeader()
        header.setSortIndicator(COLUMNS.index("reviews"), Qt.SortOrder.DescendingOrder)
        window.browser_screen.table.selectRow(0)

    both_sizes("browser", browser)
    practice = PracticeShots(window, deck_id, scratch=scratch)
    practice.shoot(both_sizes)

    written += _dark_variants(window, deck_id, section, app, out, practice)

    from studyapp.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.library, deck_id, window)
    written.append(_grab_dialog(dialog, out / "settings.png", app))
    from studyapp.ui.export_dialog import ExportDialog

    written.append(_grab_dialog(ExportDialog(window.library, deck_id, window), out / "export.png", app))
    from studyapp.ui.card_editor import CardEditor

    choice = next((i for i in window.library.items(deck_id) if i.choices), window.library.items(deck_id)[0])
    written.append(_grab_dialog(CardEditor(window.library, choice.id, parent=window), out / "editor.png", app))
    window.show_screen("library")
    return written


SAMPLE_EXAM_IN_DAYS = 21
STUDY_DAYS_AGO = (12, 9, 8, 6, 5, 3, 2, 1)
ANSWERS_PER_DAY = 9
RATINGS = (Rating.Good, Rating.Good, Rating.Again, Rating.Good, Rating.Easy, Rating.Hard, Rating.Good)


def answer_sample_cards(library) -> None:
    """Answer a few cards of the first deck on several past days, as a learner would (Good mostly)."""
    decks = library.decks()
    if not decks:
        return
    now = library.now()
    answered = 0
    for days_ago in STUDY_DAYS_AGO:
        moment = now - timedelta(days=days_ago)
        session = library.study.start_session(decks[0].id, now=moment)
        for _ in range(ANSWERS_PER_DAY):
            if session.current is None:
                break
            item = session.current.item
            if item.choices:
                session.submit(item.answer)
            elif item.order:
                session.submit(tuple(item.order))
            else:
                session.show_answer()
            moment += timedelta(seconds=25)
            session.rate(RATINGS[answered % len(RATINGS)], now=moment, duration_ms=25_000)
            answered += 1


def mark_first_section_read(library) -> None:
    """The first section of the first deck marked read, as after reading it (the tree shows the tick)."""
    decks = library.decks()
    if decks:
        library.reading.set_read(decks[0].id, library.document(decks[0].id).sections[0].id)


def set_sample_exam(library) -> None:
    """An exam three weeks ahead on the first deck, so the screens show the countdown and the prediction."""
    decks = library.decks()
    if decks:
        library.exam.set(decks[0].id, library.now().date() + timedelta(days=SAMPLE_EXAM_IN_DAYS))


def _dark_variants(
    window, deck_id: str, section: str, app: QApplication, out: Path, practice: PracticeShots
) -> list[Path]:
    """``reader-dark.png``, ``review-answer-dark.png`` and the practice screens' ``*-dark.png``: the same
    screens in the dark theme."""
    from studyapp.ui import theme

    previous = os.environ.get(theme.THEME_ENV)
    os.environ[theme.THEME_ENV] = "dark"
    try:
        window.resize(LARGE)
        window.apply_theme()
        window.read(deck_id)
        window.reader_screen.show_section(section)
        written = [_save(window, out / "reader-dark.png", app)]
        window.study(deck_id)
        window.review_screen.show_answer()
        written.append(_save(window, out / "review-answer-dark.png", app))
        written += practice.shoot_dark(lambda name: _save(window, out / name, app))
    finally:
        if previous is None:
            os.environ.pop(theme.THEME_ENV, None)
        else:
            os.environ[theme.THEME_ENV] = previous
        window.apply_theme()
    return written


def _grab_dialog(dialog: QDialog, path: Path, app: QApplication) -> Path:
    dialog.show()
    dialog.adjustSize()
    _save(dialog, path, app)
    dialog.reject()
    dialog.deleteLater()
    return path


def _richest_section(library, deck_id: str) -> str:
    """A section showing both highlights (dated facts and a numbered list) if one has both, with the most cards."""
    counts: dict[str, int] = {}
    for item in library.items(deck_id):
        counts[item.section] = counts.get(item.section, 0) + 1
    sections = library.document(deck_id).sections
    with_lists = [s.id for s in sections if s.lists and counts.get(s.id)]
    candidates = with_lists or list(counts)
    if candidates:
        return max(candidates, key=lambda section: counts.get(section, 0))
    return sections[0].id
