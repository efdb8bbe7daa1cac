"""Opening the library database: pragmas, migrations, and plain messages for the ways opening can fail.

Durability choice: WAL with ``synchronous=NORMAL``. A committed transaction is in the WAL file before
``COMMIT`` returns, so killing the process (SIGKILL, crash) never loses it; only a power cut or OS crash can
lose the last few commits (never corrupt the file). ``FULL`` would add an fsync per answer (milliseconds)
for that rarer case; backups cover it.

A library written by a newer studyapp (a migration this version does not know, or a higher
``user_version``) is refused before anything is written to it, naming the version it needs.
"""

from __future__ import annotations

import contextlib
import sqlite3
from functools import cache
from pathlib import Path

from sqlite_utils import Database

from studyapp import __version__
from studyapp.errors import LibraryError
from studyapp.storage.health import DAMAGED, LibraryDamaged, LibraryTooNew, problem_error, read_only_reason
from studyapp.storage.migrations import migrations

__all__ = ["DAMAGED", "DB_NAME", "LibraryDamaged", "LibraryTooNew", "open_database"]

DB_NAME = "library.sqlite3"
WAL_LIMIT = 4 * 1024 * 1024  # bytes: the WAL is cut back to this after each checkpoint that resets it


@cache
def known_migrations() -> tuple[str, ...]:
    """The migrations this version of studyapp knows, in order."""
    return tuple(m.name for m in migrations.pending(Database(memory=True)))


def open_database(path: Path, *, read_only: bool = False, background_checkpoints: bool = False) -> Database:
    """A migrated sqlite-utils Database on ``path`` (created if missing, unless read-only).

    With ``background_checkpoints`` the connection never checkpoints the WAL itself (a
    :class:`~studyapp.storage.checkpoint.Checkpointer` must run).

    Raises:
        LibraryError: damaged file, busy database, a newer studyapp's library, or a folder that cannot be
            written (a :class:`~studyapp.storage.health.LibraryProblem` says which).
    """
    conn = _connect(path, read_only=read_only)
    try:
        refuse_newer(conn, path)
        conn.execute("PRAGMA busy_timeout = 3000")
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute(f"PRAGMA wal_autocheckpoint = {0 if background_checkpoints else 1000}")
            conn.execute(f"PRAGMA journal_size_limit = {WAL_LIMIT}")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA cache_size = -32768")  # 32 MiB of pages: index and card pages stay in memory
        db = Database(conn, execute_plugins=False, recursive_triggers=False)
        if read_only:
            if migrations.pending(db):
                raise LibraryError(
                    f"The library database {path} is from an older version of studyapp; "
                    "open it once without --read-only to upgrade it."
                )
        else:
            _migrate(db)
        return db
    except LibraryError:
        conn.close()
        raise
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:  # garbled pages can decode as broken text
        conn.close()
        raise problem_error(error, path, doing="opening the library") from error


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    try:
        if not read_only:
            return sqlite3.connect(str(path), cached_statements=256, check_same_thread=False)
        uri = path.resolve().as_uri()
        try:
            conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, cached_statements=256, check_same_thread=False)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError:
            wal = Path(f"{path}-wal")
            if read_only_reason(path) is None or (wal.exists() and wal.stat().st_size):
                raise
            # A read-only folder: SQLite cannot make the WAL's shared-memory file. With no WAL to replay and
            # no writer possible, the file can be read as it stands.
            return sqlite3.connect(
                f"{uri}?mode=ro&immutable=1", uri=True, cached_statements=256, check_same_thread=False
            )
    except sqlite3.Error as error:
        raise problem_error(error, path, doing="opening the library") from error


def refuse_newer(conn: sqlite3.Connection, path: Path) -> None:
    """Raise :class:`LibraryTooNew` when the library was written by a newer studyapp (reads only)."""
    known = known_migrations()
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    applied: set[str] = set()
    if migrations.migrations_table in tables:
        applied = {
            row[0]
            for row in conn.execute(
                f"SELECT name FROM {migrations.migrations_table} WHERE migration_set = ?", [migrations.name]
            )
        }
    schema_version = conn.execute("PRAGMA user_version").fetchone()[0]
    if not (applied - set(known)) and schema_version <= len(known):
        return
    needs = None
    if "meta" in tables:
        row = conn.execute("SELECT value FROM meta WHERE key = 'needs_studyapp'").fetchone()
        needs = row[0] if row else None
    if needs and _newer(needs, __version__):
        message = (
            f"The library {path} was written by studyapp {needs}, newer than this one ({__version__}). "
            f"Install studyapp {needs} or later to open it; nothing in it was changed."
        )
    else:
        message = (
            f"The library {path} was written by a newer version of studyapp than {__version__}. Install the "
            "newest studyapp to open it; nothing in it was changed."
        )
    raise LibraryTooNew(message, path=path)


def _newer(version: str, than: str) -> bool:
    def parts(text: str) -> tuple[int, ...]:
        return tuple(int(p) if p.isdigit() else 0 for p in text.split("."))

    return parts(version) > parts(than)


def _migrate(db: Database) -> None:
    """Apply pending migrations; record the schema version and the studyapp version that wrote it."""
    if not migrations.pending(db):
        return
    migrations.apply(db)
    with db.atomic():
        db.execute(
            "INSERT INTO meta(key, value) VALUES ('needs_studyapp', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [__version__],
        )
    db.execute(f"PRAGMA user_version = {len(known_migrations())}")


def checkpoint(db: Database) -> None:
    """Fold the WAL back into the database file and cut the WAL to nothing (on close, at quiet moments)."""
    with contextlib.suppress(sqlite3.Error):
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
