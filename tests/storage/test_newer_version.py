"""A library written by a newer studyapp is refused, untouched, with the version it needs (issue 12, finding 7)."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from studyapp import __version__
from studyapp.errors import LibraryError
from studyapp.services.library import Library
from studyapp.storage.database import DB_NAME


def _fingerprint(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()}


def _library_from_the_future(folder, *, migration: str | None, user_version: int | None, needs: str | None):
    Library.open(folder, import_bundled=False).close(backup=False)
    conn = sqlite3.connect(folder / DB_NAME)
    with conn:
        if migration:
            conn.execute(
                "INSERT INTO _sqlite_migrations(migration_set, name, applied_at) VALUES ('studyapp', ?, '2031-01-01')",
                [migration],
            )
            conn.execute("CREATE TABLE future_things (x)")
        if needs:
            conn.execute(
                "INSERT INTO meta(key, value) VALUES ('needs_studyapp', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [needs],
            )
    if user_version is not None:
        conn.execute(f"PRAGMA user_version = {user_version}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


@pytest.mark.parametrize(
    ("migration", "user_version"), [("0099_from_the_future", None), (None, 99)], ids=["migration", "user_version"]
)
@pytest.mark.parametrize("read_only", [False, True], ids=["write", "read"])
def test_a_newer_library_is_refused_untouched_naming_the_version_needed(tmp_path, migration, user_version, read_only):
    _library_from_the_future(tmp_path, migration=migration, user_version=user_version, needs="7.2.0")
    before = _fingerprint(tmp_path)
    with pytest.raises(LibraryError) as raised:
        Library.open(tmp_path, import_bundled=False, read_only=read_only)
    message = str(raised.value)
    assert "7.2.0" in message and __version__ in message and "newer" in message
    after = _fingerprint(tmp_path)
    after.pop("library.lock", None)
    before.pop("library.lock", None)
    assert after == before  # not one byte written: no migration, no WAL, no backup


def test_a_newer_library_without_a_recorded_version_still_says_a_newer_version_is_needed(tmp_path):
    _library_from_the_future(tmp_path, migration="0099_from_the_future", user_version=None, needs=None)
    with pytest.raises(LibraryError, match=f"newer version of studyapp than {__version__}"):
        Library.open(tmp_path, import_bundled=False)


def test_opening_records_the_version_that_wrote_the_schema(tmp_path):
    Library.open(tmp_path, import_bundled=False).close(backup=False)
    conn = sqlite3.connect(tmp_path / DB_NAME)
    assert conn.execute("SELECT value FROM meta WHERE key = 'needs_studyapp'").fetchone() == (__version__,)
    assert conn.execute("PRAGMA user_version").fetchone()[0] >= 4
    conn.close()
