"""Starting the app on a library in trouble: each problem is told, with only the fix that fits it
(issue 12, findings 2, 4, 5, 7 and 13)."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime

import pytest
from dialogs import answer

from studyapp.app import build_window, main, open_main_window
from studyapp.services.backups import LibraryDamaged
from studyapp.services.library import Library
from studyapp.storage.database import DB_NAME
from tests.storage.disks import fill, read_only_file, small_disk
from tests.storage.safety_samples import answer as answer_cards
from tests.storage.safety_samples import damage_table
from tests.storage.safety_samples import fill as fill_deck


def _library(folder, clock, *, answers=0):
    lib = Library.open(folder, clock=clock, fuzzing=False, tz=UTC)
    deck = lib.decks()[0].id
    if answers:
        session = lib.study.start_session(deck)
        for _ in range(answers):
            session.show_answer()
            session.rate(3, now=clock.now)
    lib.close()  # closing writes a backup
    return deck


def _open(qtbot, folder, clock):
    window = open_main_window(folder, clock=clock, fuzzing=False)
    if window is not None:
        qtbot.addWidget(window)
    return window


def test_a_damaged_library_is_restored_from_its_backup(qtbot, tmp_path, clock):
    folder = tmp_path / "library"
    _library(folder, clock)
    (folder / DB_NAME).write_bytes(b"not a database " * 400)
    for extra in ("library.sqlite3-wal", "library.sqlite3-shm"):
        (folder / extra).unlink(missing_ok=True)
    asked = answer(["Restore the backup"])
    window = _open(qtbot, folder, clock)
    assert window is not None and window.library_screen.table.rowCount() == 1
    assert asked.boxes[0]["title"] == "The library is damaged" and "Quit" in asked.boxes[0]["buttons"]
    assert list(folder.glob("library.sqlite3.replaced-*"))  # the damaged file is kept beside


def test_a_damaged_table_is_told_and_restored_instead_of_closing_the_window(qtbot, tmp_path, clock):
    folder = tmp_path / "library"
    _library(folder, clock, answers=3)
    damage_table(folder / DB_NAME, "cards")  # the file opens; the library screen's first query does not
    with pytest.raises(LibraryDamaged):
        build_window(folder, clock=clock, fuzzing=False)
    asked = answer(["Restore the backup"])
    window = _open(qtbot, folder, clock)
    assert asked.boxes and "damaged" in asked.texts[0]
    assert window is not None and window.library_screen.table.rowCount() == 1
    assert window.library.stats.deck(None).total_reviews == 3


def test_a_library_with_garbled_pages_is_reported_as_damaged_not_as_a_crash(tmp_path, clock):
    folder = tmp_path / "library"
    Library.open(folder, clock=clock, fuzzing=False).close()
    database = folder / DB_NAME
    data = bytearray(database.read_bytes())
    for offset in range(4096, len(data), 997):  # the header survives, the pages behind it do not
        data[offset] = (data[offset] + 77) % 256
    database.write_bytes(bytes(data))
    for extra in ("library.sqlite3-wal", "library.sqlite3-shm"):
        (folder / extra).unlink(missing_ok=True)
    with pytest.raises(LibraryDamaged, match="damaged"):
        build_window(folder, clock=clock, fuzzing=False).library.close()


def test_a_damaged_library_without_backup_is_explained_without_command_line_hints(qtbot, tmp_path):
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / DB_NAME).write_bytes(b"garbage " * 600)
    asked = answer([""])
    assert _open(qtbot, folder, lambda: datetime.now(UTC)) is None
    box = asked.boxes[0]
    assert "damaged" in box["text"] and "no sound backup" in box["info"] and box["buttons"] == ["Quit"]
    assert "`" not in box["text"] and "Restore the latest backup" not in box["text"]


def test_an_emptied_library_is_a_loud_event_offering_its_backup_or_a_new_library(qtbot, tmp_path, clock):
    folder = tmp_path / "library"
    _library(folder, clock, answers=2)
    (folder / DB_NAME).write_bytes(b"")
    asked = answer(["Restore the backup"])
    window = _open(qtbot, folder, clock)
    box = asked.boxes[0]
    assert box["title"] == "The library is missing" and "empty" in box["text"]
    assert any(b.startswith("Restore the backup") for b in box["buttons"]) and "Start a new library" in box["buttons"]
    assert window is not None and window.library.stats.deck(None).total_reviews == 2


def test_a_learner_may_start_anew_in_place_of_a_lost_library(qtbot, tmp_path, clock):
    folder = tmp_path / "library"
    _library(folder, clock)
    (folder / DB_NAME).unlink()
    answer(["Start a new library"])
    window = _open(qtbot, folder, clock)
    assert window is not None and window.library_screen.table.rowCount() == 1  # the bundled deck, afresh
    assert len(list((folder / "backups").iterdir())) >= 1  # the old backups are kept


def test_a_full_disk_at_start_is_told_with_no_offer_to_restore(qtbot, tmp_path, clock):
    with small_disk(tmp_path / "disk", megabytes=12) as disk:
        folder = disk / "library"
        _library(folder, clock)
        fill(disk)
        (folder / "library.sqlite3-shm").unlink(missing_ok=True)
        asked = answer([""])
        window = _open(qtbot, folder, clock)
        if window is not None:  # opening needed no space: the first write tells it instead
            asked.stop()
            window.close()
            pytest.skip("the library opened on the full disk")
        box = asked.boxes[0]
        assert box["title"] == "The disk is full" and "full" in box["text"]
        assert box["buttons"] == ["Quit"] and "restore" not in (box["text"] + box["info"]).lower()


def test_a_read_only_library_file_opens_read_only_and_writes_nothing(qtbot, tmp_path, clock):
    folder = tmp_path / "library"
    _library(folder, clock)
    db = folder / DB_NAME
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    with read_only_file(db):
        asked = answer(["Open read-only"])
        window = _open(qtbot, folder, clock)
        assert asked.boxes[0]["title"] == "The library cannot be written"
        assert "restore" not in asked.texts[0].lower()
        assert window is not None and window.library.read_only and "read-only" in window.windowTitle()
        assert window.library_screen.table.rowCount() == 1
        closing = answer([""])
        window.close()
        closing.stop()
        assert closing.boxes == []  # closing a read-only library is no failure
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_a_library_from_a_newer_studyapp_names_the_version_and_offers_nothing_else(qtbot, tmp_path, clock):
    folder = tmp_path / "library"
    _library(folder, clock)
    conn = sqlite3.connect(folder / DB_NAME)
    with conn:
        conn.execute("UPDATE meta SET value = '9.1.0' WHERE key = 'needs_studyapp'")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    asked = answer([""])
    assert _open(qtbot, folder, clock) is None
    assert "9.1.0" in asked.texts[0] and asked.boxes[0]["buttons"] == ["Quit"]


def test_closing_tells_a_backup_that_found_damage_before_the_window_goes(qtbot, tmp_path, clock):
    folder = tmp_path / "library"
    lib = Library.open(folder, clock=clock, fuzzing=False, tz=UTC, import_bundled=False)
    deck = fill_deck(lib, n=2000)
    answer_cards(lib, deck, 3)
    lib.close()
    damage_table(folder / DB_NAME, "items")  # not read on the way to the first window
    window = _open(qtbot, folder, clock)
    assert window is not None
    window.show()
    asked = answer([""])
    window.close()
    assert asked.boxes and "damaged" in asked.texts[0] and "backup" in asked.texts[0]
    again = answer(["Restore the backup"])
    window = _open(qtbot, folder, clock)  # the next start checks first, and offers the backup
    assert again.boxes and again.boxes[0]["title"] == "The library is damaged"
    assert window is not None and window.library.stats.deck(None).total_reviews == 3


def test_a_second_window_on_the_same_library_is_refused_in_window_words(qtbot, tmp_path, clock):
    first = Library.open(tmp_path / "library", clock=clock, fuzzing=False)
    try:
        asked = answer([""])
        assert _open(qtbot, tmp_path / "library", clock) is None
    finally:
        first.close()
    message = asked.texts[0]
    assert "already open" in message and message.endswith("Close it first.") and "`" not in message


def test_a_data_folder_that_is_a_file_is_refused_in_plain_words(qtbot, tmp_path):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("my notes", encoding="utf-8")
    asked = answer([""])
    assert main(not_a_folder, []) == 1
    assert asked.texts and "is a file, not a folder" in asked.texts[0] and "Errno" not in asked.texts[0]
