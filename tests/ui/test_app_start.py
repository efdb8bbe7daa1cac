"""Starting the app on a damaged library offers the newest backup and opens the restored library."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from studyapp.app import build_window, offer_restore
from studyapp.services.backups import LibraryDamaged
from studyapp.services.library import Library


def _answer_yes_when_asked(asked: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()
    else:
        QTimer.singleShot(20, lambda: _answer_yes_when_asked(asked))


def test_a_damaged_library_is_restored_from_its_backup(qtbot, tmp_path, clock):
    folder = tmp_path / "library"
    Library.open(folder, clock=clock, fuzzing=False).close()  # closing writes a backup
    (folder / "library.sqlite3").write_bytes(b"not a database " * 400)
    for extra in ("library.sqlite3-wal", "library.sqlite3-shm"):
        (folder / extra).unlink(missing_ok=True)
    try:
        build_window(folder, clock=clock, fuzzing=False)
    except LibraryDamaged as error:
        damaged = error
    else:
        raise AssertionError("the damaged library opened")
    asked: list[str] = []
    QTimer.singleShot(0, lambda: _answer_yes_when_asked(asked))
    assert offer_restore(folder, damaged)
    assert asked and "damaged" in asked[0]
    window = build_window(folder, clock=clock, fuzzing=False)
    qtbot.addWidget(window)
    try:
        assert window.library_screen.table.rowCount() == 1
        assert list(folder.glob("library.sqlite3.replaced-*"))  # the damaged file is kept beside
    finally:
        window.library.close()


def test_a_library_with_garbled_pages_is_reported_as_damaged_not_as_a_crash(tmp_path, clock):
    folder = tmp_path / "library"
    Library.open(folder, clock=clock, fuzzing=False).close()
    database = folder / "library.sqlite3"
    data = bytearray(database.read_bytes())
    for offset in range(4096, len(data), 997):  # the header survives, the pages behind it do not
        data[offset] = (data[offset] + 77) % 256
    database.write_bytes(bytes(data))
    for extra in ("library.sqlite3-wal", "library.sqlite3-shm"):
        (folder / extra).unlink(missing_ok=True)
    try:
        build_window(folder, clock=clock, fuzzing=False).library.close()
    except LibraryDamaged as error:
        assert "damaged" in str(error)
    else:
        raise AssertionError("the garbled library opened")


def _close_box_when_shown(seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        seen.append(box.text())
        box.close()
    else:
        QTimer.singleShot(20, lambda: _close_box_when_shown(seen))


def test_a_damaged_library_without_backup_is_explained_without_command_line_hints(qtbot, tmp_path):
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "library.sqlite3").write_bytes(b"garbage " * 600)
    try:
        Library.open(folder, fuzzing=False)
    except LibraryDamaged as error:
        damaged = error
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _close_box_when_shown(seen))
    assert not offer_restore(folder, damaged)
    assert "damaged" in seen[0] and "no backup" in seen[0]
    assert "`" not in seen[0] and "Restore the latest backup" not in seen[0]


def test_a_second_window_on_the_same_library_is_refused_in_window_words(tmp_path, clock):
    from studyapp.errors import StudyappError
    from studyapp.ui.widgets import without_commands

    first = Library.open(tmp_path / "library", clock=clock, fuzzing=False)
    try:
        build_window(tmp_path / "library", clock=clock, fuzzing=False).library.close()
    except StudyappError as error:
        message = without_commands(str(error))
    else:
        raise AssertionError("a second window opened the library")
    finally:
        first.close()
    assert "already open" in message and message.endswith("Close it first.") and "`" not in message


def test_a_data_folder_that_is_a_file_is_refused_in_plain_words(qtbot, tmp_path):
    from studyapp.app import main

    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("my notes", encoding="utf-8")
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _close_box_when_shown(seen))
    assert main(not_a_folder, []) == 1
    assert seen and "is a file, not a folder" in seen[0] and "Errno" not in seen[0]
