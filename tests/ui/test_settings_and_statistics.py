"""Deck options saved through the services; statistics drawn from the stats service."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from review_keys import reveal_answer

from studyapp.ui.settings_dialog import SettingsDialog, format_steps, parse_steps


def test_steps_are_read_in_minutes_hours_and_days():
    assert parse_steps("1m 10m") == (1.0, 10.0)
    assert parse_steps("30s, 1h 2d") == (0.5, 60.0, 2880.0)
    assert format_steps((1.0, 10.0, 60.0, 1440.0)) == "1m 10m 1h 1d"


def test_saving_options_stores_them(qtbot, library, deck_id):
    dialog = SettingsDialog(library, deck_id)
    qtbot.addWidget(dialog)
    assert dialog.retention.text() == "90%" and dialog.exam_target.text() == "90%"  # as the app says it elsewhere
    dialog.new_per_day.setValue(7)
    dialog.retention.setValue(85)
    dialog.learning_steps.setText("2m 15m 1h")
    dialog.exam_enabled.setChecked(True)
    dialog.exam_day.setDate(QDate(2026, 4, 15))
    dialog.exam_target.setValue(80)
    dialog.save()
    stored = library.settings.get(deck_id)
    assert (stored.new_per_day, stored.desired_retention, stored.learning_steps) == (7, 0.85, (2.0, 15.0, 60.0))
    assert (library.exam.get(deck_id).day, library.exam.get(deck_id).target) == (date(2026, 4, 15), 0.8)
    assert deck_id in dialog.changes.settings or deck_id in dialog.changes.decks


def test_a_wrong_step_is_explained_and_nothing_is_saved(qtbot, library, deck_id, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    before = library.settings.get(deck_id)
    dialog = SettingsDialog(library, deck_id)
    qtbot.addWidget(dialog)
    dialog.new_per_day.setValue(3)
    dialog.learning_steps.setText("soon")
    dialog.save()
    assert shown and "soon" in shown[0]
    assert library.settings.get(deck_id) == before


def test_new_per_day_limits_the_library_counts(qtbot, window, library, deck_id):
    dialog = SettingsDialog(library, deck_id, window)
    dialog.new_per_day.setValue(4)
    dialog.save()
    window.apply_changes(dialog.changes)
    assert window.library_screen.table.item(0, 1).text() == "4"


def test_statistics_count_todays_reviews(qtbot, window, library, deck_id):
    window.study(deck_id)
    review = window.review_screen
    reveal_answer(qtbot, review)
    qtbot.keyClick(review, Qt.Key.Key_3)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    stats = window._statistics_screen
    assert window.stack.currentWidget() is stats
    assert stats.figures["today"].value.text() == "1"
    assert stats.figures["total"].value.text() == "1"
    assert sum(stats.heatmap.counts.values()) == 1


def test_export_dialog_writes_a_package_of_the_chosen_section(qtbot, window, library, deck_id, tmp_path):
    import zipfile

    from studyapp.ui.export_dialog import ExportDialog

    dialog = ExportDialog(library, deck_id, window)
    qtbot.addWidget(dialog)
    for row in range(1, dialog.sections.count()):  # keep only the first section
        dialog.sections.item(row).setCheckState(Qt.CheckState.Unchecked)
    out = tmp_path / "first.apkg"
    dialog.path.setText(str(out))
    first = dialog.sections.item(0).data(Qt.ItemDataRole.UserRole)
    assert dialog.options().sections == (first,)
    dialog.export()
    qtbot.waitUntil(lambda: dialog.result is not None or dialog.last_error is not None, timeout=20000)
    assert dialog.last_error is None
    in_section = sum(1 for item in library.items(deck_id) if item.section == first)
    assert 0 < dialog.result.notes <= in_section
    assert zipfile.is_zipfile(out)


def test_theme_follows_the_override_and_comes_back(qtbot, window, monkeypatch):
    from PySide6.QtGui import QPalette

    from studyapp.ui import theme

    theme.apply(QApplication.instance())  # as the app starts (the test must not depend on an earlier one)
    light = QApplication.palette().color(QPalette.ColorRole.Window).name()
    monkeypatch.setenv(theme.THEME_ENV, "dark")
    window.apply_theme()
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == theme.DARK.window
    monkeypatch.delenv(theme.THEME_ENV)
    window.apply_theme()
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == light


def test_export_asks_for_a_file_name_adds_apkg_and_explains_a_missing_folder(qtbot, window, library, deck_id, tmp_path):
    import zipfile

    from studyapp.ui.export_dialog import ExportDialog

    dialog = ExportDialog(library, deck_id, window)
    qtbot.addWidget(dialog)
    dialog.path.setText("   ")
    dialog.export()
    assert dialog.last_error is not None and "Save as" in dialog.last_error.text()
    assert dialog.result is None
    dialog.last_error.close()

    dialog.last_error = None
    dialog.path.setText(str(tmp_path / "missing" / "deck.apkg"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.last_error is not None, timeout=20000)
    message = dialog.last_error.text()
    assert "does not exist" in message and "Traceback" not in message and "Errno" not in message
    dialog.last_error.close()

    dialog.path.setText(str(tmp_path / "my deck"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    assert zipfile.is_zipfile(tmp_path / "my deck.apkg")


def test_statistics_wait_while_hidden_and_catch_up_when_shown(qtbot, window, library, deck_id, monkeypatch):
    window.show_statistics(deck_id)
    stats = window.statistics_screen
    computed: list[str | None] = []
    real = type(library.stats).deck
    monkeypatch.setattr(type(library.stats), "deck", lambda self, d=None: computed.append(d) or real(self, d))
    window.study(deck_id)
    review = window.review_screen
    for _ in range(3):
        reveal_answer(qtbot, review)
        qtbot.keyClick(review, Qt.Key.Key_3)
    assert computed == []  # no statistics work between cards
    window.show_screen("statistics")  # the screen as it was left: it catches up on its own
    assert stats.figures["today"].value.text() == "3"
    assert computed == [deck_id]


def test_an_import_computes_the_deck_panel_once(qtbot, window, library, tmp_path, markdown_document, monkeypatch):
    path = tmp_path / "hansa.md"
    path.write_text(markdown_document, encoding="utf-8")
    computed: list[str] = []
    real = type(library).section_mastery
    monkeypatch.setattr(type(library), "section_mastery", lambda self, d: computed.append(d) or real(self, d))
    screen = window.library_screen
    screen.import_path(path)
    qtbot.waitUntil(lambda: screen.table.rowCount() == 2, timeout=15000)
    assert "Hanseatic" in screen.panel.title.text()
    assert len(computed) == 2  # once for the deck panel, once for the reader's tree (a new deck opens there)
    assert window.stack.currentWidget() is window.reader_screen


def test_time_studied_reads_as_people_say_it(qtbot, window, library, deck_id, clock):
    from studyapp.ui.review_format import duration_text

    session = library.study.start_session(deck_id)
    for seconds in (1500, 3000, 3000):  # long answers: 2 h 05 min in all
        session.show_answer()
        clock.advance(timedelta(seconds=seconds))
        session.rate(now=clock.now, duration_ms=seconds * 1000)
    window.show_statistics(deck_id)
    assert window.statistics_screen.subtitle.text().endswith("2 h 05 min studied in all")
    assert [duration_text(s) for s in (45, 200, 1800, 3600)] == ["45 s", "3 min 20 s", "30 min", "1 h"]


def test_export_dialog_shows_every_section_with_its_count_without_scrolling(qtbot, window, library, deck_id):
    from studyapp.ui import theme
    from studyapp.ui.export_dialog import ExportDialog

    theme.apply(QApplication.instance())
    dialog = ExportDialog(library, deck_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.adjustSize()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    sections = dialog.sections
    assert len(library.document(deck_id).sections) == sections.count() > 8
    assert sections.horizontalScrollBar().maximum() == 0  # long titles wrap, the "(48)" stays in sight
    assert sections.verticalScrollBar().maximum() == 0
