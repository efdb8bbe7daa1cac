"""Opening the library file: schema, pragmas, damaged files, a second instance, read-only opening."""

from __future__ import annotations

import sqlite3
from datetime import UTC

import pytest

from studyapp.errors import LibraryError
from studyapp.services.backups import LibraryDamaged, LibraryLocked
from studyapp.services.library import Library
from studyapp.storage.database import DB_NAME, open_database
from studyapp.storage.migrations import migrations


def test_schema_is_built_by_numbered_migrations_with_wal_and_foreign_keys(tmp_path):
    db = open_database(tmp_path / DB_NAME)
    assert [m.name for m in migrations.applied(db)] == [
        "0001_library",
        "0002_deck_card_count",
        "0003_review_hours",
        "0004_safety",
        "0005_units",
        "0006_reading_marks",
        "0007_exams_history",
        "0008_list_titles",
        "0009_learner_cards",
        "0010_rejection_holds",
    ]
    assert {"documents", "sections", "facts", "lists", "items", "cards", "reviews"} <= set(db.table_names())
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO cards(deck_id, unit, section, origin, position, queue, state, due) "
            "VALUES ('nope', 'u', 's', 'o', 0, 0, 1, 0)"
        )
    db.conn.close()
    again = open_database(tmp_path / DB_NAME)  # a second open applies nothing twice
    assert len(migrations.applied(again)) == 10
    again.conn.close()


def test_queue_queries_use_indexes(tmp_path):
    db = open_database(tmp_path / DB_NAME)
    plans = {  # name: (query, the index meant for it, None for any)
        "due": ("SELECT id FROM cards c WHERE c.deck_id = 'd' AND c.queue = 2 AND c.due < 5 ORDER BY c.due", None),
        "new": (
            "SELECT id FROM cards c WHERE c.deck_id = 'd' AND c.queue = 0 AND c.origin != 'x' "
            "ORDER BY c.position, c.id",
            None,
        ),
        "section new": (
            "SELECT id FROM cards c WHERE c.deck_id = 'd' AND c.section IN ('s') AND c.queue = 0 "
            "ORDER BY c.position, c.id",
            None,
        ),
        "today": ("SELECT count(*) FROM reviews WHERE reviewed >= 5 AND deck_id = 'd'", None),
        "a unit's items": (
            "SELECT id, kind, reveals FROM items WHERE deck_id = 'd' AND unit = 'u' AND retired_us IS NULL "
            "AND suspended = 0 ORDER BY position, rowid",
            "items_unit",
        ),
        "summary units": (
            "SELECT id, queue, members FROM cards WHERE deck_id = 'd' AND members != '' AND queue IN (0, -4)",
            "cards_summaries",
        ),
        "units' cards": (
            "SELECT unit, queue, due FROM cards WHERE deck_id = 'd' AND unit IN ('u', 'v')",
            "sqlite_autoindex_cards_1",
        ),
    }
    for name, (sql, index) in plans.items():
        detail = " ".join(row[3] for row in db.execute("EXPLAIN QUERY PLAN " + sql).fetchall())
        assert "USING" in detail and "TEMP B-TREE" not in detail, (name, detail)
        assert index is None or index in detail, (name, detail)
    db.conn.close()


@pytest.mark.parametrize("garbage", [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 5000])
def test_a_damaged_file_gives_a_library_error_offering_restore(tmp_path, garbage):
    (tmp_path / DB_NAME).write_bytes(garbage)
    with pytest.raises(LibraryDamaged, match="studyapp restore"):
        Library.open(tmp_path, import_bundled=False)
    # the lock was released: once the file is moved away the library opens
    (tmp_path / DB_NAME).unlink()
    Library.open(tmp_path, import_bundled=False).close(backup=False)


def test_a_second_instance_is_refused_but_may_open_read_only(tmp_path):
    first = Library.open(tmp_path, import_bundled=False, tz=UTC)
    try:
        with pytest.raises(LibraryLocked, match="already open"):
            Library.open(tmp_path, import_bundled=False)
        reader = Library.open(tmp_path, read_only=True)
        try:
            assert reader.decks() == []
            with pytest.raises(LibraryError, match="read-only"):
                reader.import_document("any.txt")
        finally:
            reader.close()
    finally:
        first.close(backup=False)
    Library.open(tmp_path, import_bundled=False).close(backup=False)  # the lock went with the first instance


def test_a_folder_that_cannot_be_created_gives_a_library_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(LibraryError):
        Library.open(blocker / "data", import_bundled=False)
