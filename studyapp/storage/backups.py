"""Backups written with SQLite's online backup API, a bounded number kept, and restore."""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
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
            created = datetime.strptime(path.stem[len("library-"):], _STAMP).replace(tzinfo=timezone.utc)
        except ValueError:
            continue
        found.append(BackupFile(path, created))
    return sorted(found, key=lambda b: b.created, reverse=True)


def write_backup(conn: sqlite3.Connection, folder: Path, *, now: datetime, keep: int = KEEP) -> BackupFile:
    """Copy the open database to a new backup file (consistent even mid-use) and prune to ``keep``."""
    target_dir = folder / BACKUP_DIR
    target_dir.mkdir(parents=True, exist_ok=True)
    path = target_dir / f"library-{now.astimezone(timezone.utc).strftime(_STAMP)}.sqlite3"
    partial = path.with_suffix(".partial")
    dest = sqlite3.connect(str(partial))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    os.replace(partial, path)
    for old in list_backups(folder)[keep:]:
        old.path.unlink(missing_ok=True)
    return BackupFile(path, now.astimezone(timezone.utc))


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
