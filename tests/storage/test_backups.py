"""Backups through SQLite's backup API: on close, at most every 30 minutes, bounded, restorable."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest
from fsrs import Rating

from studyapp.errors import LibraryError
from studyapp.generate.model import Source, StudyItem
from studyapp.services.library import Library, list_backups, restore_backup
from studyapp.storage.backups import KEEP
from studyapp.text import parse_document

TEXT = "Backup Test\n\nONE\n\nIn 1900 a thing happened.\n"


class Clock:
    def __init__(self):
        self.now = datetime(2026, 5, 1, 9, 0, tzinfo=timezone.utc)

    def __call__(self):
        return self.now


def _open(folder, clock):
    return Library.open(folder, import_bundled=False, clock=clock, tz=timezone.utc, fuzzing=False)


def _fill(lib, n=3):
    doc = parse_document(TEXT, name="b")
    items = [StudyItem(id=f"{doc.id}:{i}", kind="date-when", section="one", prompt=f"Q{i}", answer="1900",
                       source=Source("one", "One", "s"), origin=f"o{i}", position=i) for i in range(n)]
    lib.store_document(doc, source_name="b.txt", source_text=TEXT, items=items)
    return doc.id


def test_close_writes_a_backup_that_is_a_sound_copy(tmp_path):
    clock = Clock()
    lib = _open(tmp_path, clock)
    deck = _fill(lib)
    lib.close()
    (backup,) = list_backups(tmp_path)
    conn = sqlite3.connect(backup.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM cards WHERE deck_id = ?", [deck]).fetchone()[0] == 3
    conn.close()


def test_answers_trigger_a_backup_at_most_every_thirty_minutes_and_old_ones_are_pruned(tmp_path):
    clock = Clock()
    lib = _open(tmp_path, clock)
    deck = _fill(lib, n=40)
    session = lib.study.start_session(deck)
    written = []
    for minute in range(0, 12 * 30 + 1, 10):
        clock.now = datetime(2026, 5, 1, 9, 0, tzinfo=timezone.utc) + timedelta(minutes=minute)
        session.show_answer()
        session.rate(Rating.Good, now=clock.now)
        written.append(len(lib.backups()))
    assert written[:4] == [1, 1, 1, 2]  # first answer, then 30 minutes later
    backups = lib.backups()
    assert len(backups) == KEEP
    assert all(a.created - b.created >= timedelta(minutes=30) for a, b in zip(backups, backups[1:]))
    lib.close(backup=False)


def test_restore_replaces_a_damaged_database(tmp_path):
    clock = Clock()
    lib = _open(tmp_path, clock)
    deck = _fill(lib)
    lib.close()
    (tmp_path / "library.sqlite3").write_bytes(b"garbage" * 1000)
    with pytest.raises(LibraryError, match="restore"):
        _open(tmp_path, clock)
    used = restore_backup(tmp_path)
    assert used == list_backups(tmp_path)[0].path
    assert (tmp_path / "library.sqlite3.damaged").exists()
    lib = _open(tmp_path, clock)
    try:
        assert [d.id for d in lib.decks()] == [deck]
    finally:
        lib.close(backup=False)


def test_restore_refuses_while_the_library_is_open_or_without_backups(tmp_path):
    clock = Clock()
    with pytest.raises(LibraryError, match="no backup"):
        restore_backup(tmp_path)
    lib = _open(tmp_path, clock)
    try:
        lib.backup()
        with pytest.raises(LibraryError, match="already open"):
            restore_backup(tmp_path)
    finally:
        lib.close(backup=False)
