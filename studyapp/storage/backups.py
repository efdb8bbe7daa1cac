"""Backups written with SQLite's online backup API, a bounded number kept, and restore."""

from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from studyapp.errors import LibraryError

BACKUP_DIR = "backups"
KEEP = 10
_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    created: datetime  # UTC


def list_backups(folder: Path) -> list[BackupFile]:
    """Backups in ``folder/backups``, newest first."""
    found = []
    for path in (folder / BACKUP_DIR).glob("library-*.sqlite3"):
        try:
            created = datetime.strptime(path.stem[len("library-") :], _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(BackupFile(path, created))
    return sorted(found, key=lambda b: b.created, reverse=True)


def write_backup(conn: sqlite3.Connection, folder: Path, *, now: datetime, keep: int = KEEP) -> BackupFile:
    """Copy the open database to a new backup file (consistent even mid-use) and prune to ``keep``."""
    target_dir = folder / BACKUP_DIR
    target_dir.mkdir(parents=True, exist_ok=True)
    path = target_dir / f"library-{now.astimezone(UTC).strftime(_STAMP)}.sqlite3"
    partial = path.with_suffix(".partial")
    dest = sqlite3.connect(str(partial))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    os.replace(partial, path)
    for old in list_backups(folder)[keep:]:
        old.path.unlink(missing_ok=True)
    return BackupFile(path, now.astimezone(UTC))


class BackgroundBackup:
    """Writes a backup on a thread with its own connection, so the answer that makes one due never waits."""

    def __init__(self, db_path: Path, folder: Path) -> None:
        self._db_path, self._folder = db_path, folder
        self._thread: threading.Thread | None = None
        self.error: Exception | None = None  # the last failure (disk full...): the next backup tries again

    def start(self, now: datetime) -> None:
        """Begin a backup unless one is being written."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._thread = threading.Thread(target=self._write, args=(now,), name="studyapp-backup", daemon=True)
        self._thread.start()

    def wait(self) -> None:
        """Return once the backup being written (if any) is on disk."""
        if self._thread is not None:
            self._thread.join()

    def _write(self, now: datetime) -> None:
        conn = sqlite3.connect(str(self._db_path))
        try:
            write_backup(conn, self._folder, now=now)
            self.error = None
        except (OSError, sqlite3.Error) as error:
            self.error = error
        finally:
            conn.close()


def restore(db_path: Path, backup: Path) -> None:
    """Replace ``db_path`` by the content of ``backup`` (the current file is kept as ``*.damaged``).

    The library must be closed. LibraryError when the backup itself is not a sound database.
    """
    source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        if source.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise LibraryError(f"The backup {backup} is damaged too; choose an older one.")
        if db_path.exists():
            os.replace(db_path, db_path.with_name(db_path.name + ".damaged"))
        for suffix in ("-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        dest = sqlite3.connect(str(db_path))
        try:
            source.backup(dest)
        finally:
            dest.close()
    except sqlite3.DatabaseError as error:
        raise LibraryError(f"The backup {backup} cannot be read ({error}); choose another one.") from error
    finally:
        source.close()
