"""Backups through SQLite's backup API: on close, at most every 30 minutes, bounded, restorable."""

from __future__ import annotations

import itertools
import shutil
import sqlite3
import threading
from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Rating

from studyapp.errors import LibraryError
from studyapp.generate.model import Source, StudyItem
from studyapp.services.library import Library, list_backups, restore_backup
from studyapp.storage.backups import KEEP_RECENT, BackgroundBackup
from studyapp.storage.health import Problem
from studyapp.text import parse_document

TEXT = "Backup Test\n\nONE\n\nIn 1900 a thing happened.\n"


class Clock:
    def __init__(self):
        self.now = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)

    def __call__(self):
        return self.now


def _open(folder, clock):
    return Library.open(folder, import_bundled=False, clock=clock, tz=UTC, fuzzing=False)


def _fill(lib, n=3):
    doc = parse_document(TEXT, name="b")
    items = [
        StudyItem(
            id=f"{doc.id}:{i}",
            kind="date-when",
            section="one",
            prompt=f"Q{i}",
            answer="1900",
            source=Source("one", "One", "s"),
            origin=f"o{i}",
            position=i,
        )
        for i in range(n)
    ]
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
        clock.now = datetime(2026, 5, 1, 9, 0, tzinfo=UTC) + timedelta(minutes=minute)
        session.show_answer()
        session.rate(Rating.Good, now=clock.now)
        written.append(len(lib.backups()))
    assert written[:4] == [1, 1, 1, 2]  # first answer, then 30 minutes later
    backups = lib.backups()
    assert len(backups) == KEEP_RECENT
    assert all(a.created - b.created >= timedelta(minutes=30) for a, b in itertools.pairwise(backups))
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
    assert list(tmp_path.glob("library.sqlite3.replaced-*"))  # the damaged file is kept beside
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


def test_background_backup_writes_off_the_calling_thread_and_survives_a_failure(tmp_path):
    db_path = tmp_path / "library.sqlite3"
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE t(x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    writer = BackgroundBackup(db_path, tmp_path)
    writer.start(datetime(2026, 5, 1, 9, 0, tzinfo=UTC))
    assert writer._thread is not None and writer._thread is not threading.current_thread()
    writer.wait()
    (backup,) = list_backups(tmp_path)
    assert sqlite3.connect(backup.path).execute("SELECT x FROM t").fetchall() == [(1,)]

    blocked = tmp_path / "blocked"
    blocked.mkdir()
    (blocked / "backups").write_text("a file where the backup folder should be")
    failing = BackgroundBackup(db_path, blocked)
    failing.start(datetime(2026, 5, 1, 10, 0, tzinfo=UTC))
    failing.wait()
    assert isinstance(failing.error, LibraryError) and "not a folder" in str(failing.error)


def test_a_failed_periodic_backup_is_reported_once_not_only_recorded(tmp_path):
    clock = Clock()
    lib = _open(tmp_path, clock)
    deck = _fill(lib)
    assert len(lib.backups()) == 1  # the import's backup (waited for)
    shutil.rmtree(tmp_path / "backups")
    (tmp_path / "backups").write_text("a file where the backup folder should be")
    clock.now += timedelta(minutes=31)
    session = lib.study.start_session(deck)
    session.show_answer()
    session.rate(Rating.Good, now=clock.now)  # the answer starts a periodic backup, which fails
    lib.close(backup=False)  # waits for the background backup; what it found is still there to tell
    told = lib.problem()
    assert told is not None and told.problem is Problem.BACKUP_FAILED
    assert "backup" in str(told) and "not a folder" in str(told) and "saved in the library" in str(told)
    assert lib.problem() is None  # told once
