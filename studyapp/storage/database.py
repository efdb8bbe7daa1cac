"""Opening the library database: pragmas, migrations, and plain messages for damaged or busy files.

Durability choice: WAL with ``synchronous=NORMAL``. A committed transaction is in the WAL file before
``COMMIT`` returns, so killing the process (SIGKILL, crash) never loses it; only a power cut or OS crash can
lose the last few commits (never corrupt the file). ``FULL`` would add an fsync per answer (milliseconds)
for that rarer case; backups cover it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from studyapp.errors import LibraryError
from studyapp.storage.migrations import migrations

DB_NAME = "library.sqlite3"


class LibraryDamaged(LibraryError):
    """The database file is not a sound SQLite database: offer to restore a backup."""


DAMAGED = (
    "The library database {path} is damaged ({reason}). Restore the latest backup with "
    "`studyapp restore` (or from the window's offer to restore)."
)


def open_database(path: Path, *, read_only: bool = False, background_checkpoints: bool = False) -> Database:
    """A migrated sqlite-utils Database on ``path`` (created if missing, unless read-only).

    With ``background_checkpoints`` the connection never checkpoints the WAL itself (a
    :class:`~studyapp.storage.checkpoint.Checkpointer` must run).

    Raises:
        LibraryError: damaged file, busy database, or a folder that cannot be written.
    """
    try:
        if read_only:
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro", uri=True, cached_statements=256, check_same_thread=False
            )
        else:
            conn = sqlite3.connect(str(path), cached_statements=256, check_same_thread=False)
    except sqlite3.Error as error:
        raise LibraryError(f"The library database {path} cannot be opened ({error}).") from error
    try:
        conn.execute("PRAGMA busy_timeout = 3000")
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute(f"PRAGMA wal_autocheckpoint = {0 if background_checkpoints else 1000}")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA cache_size = -32768")  # 32 MiB of pages: index and card pages stay in memory
        db = Database(conn, execute_plugins=False, recursive_triggers=False)
        if read_only:
            if migrations.pending(db):
                raise LibraryError(
                    f"The library database {path} is from another version of studyapp; "
                    "open it once without --read-only to upgrade it."
                )
        else:
            migrations.apply(db)
        return db
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:  # garbled pages can decode as broken text
        conn.close()
        reason = "unreadable text in the file" if isinstance(error, UnicodeDecodeError) else str(error)
        if "locked" in reason or "busy" in reason:
            raise LibraryError(
                f"The library database {path} is busy in another program; close it and try again."
            ) from error
        raise LibraryDamaged(DAMAGED.format(path=path, reason=reason)) from error


def checkpoint(db: Database) -> None:
    """Fold the WAL back into the database file (on close)."""
    with contextlib.suppress(sqlite3.Error):
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()


def integrity_ok(db: Database) -> bool:
    """``PRAGMA integrity_check`` says "ok"."""
    return db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
