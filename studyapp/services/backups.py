"""Backups of the library: list them, restore one, or start anew when the library was lost (the library
itself writes the backups, see ``Library``)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from studyapp import paths
from studyapp.errors import LibraryError
from studyapp.storage import backups, library_file, restore
from studyapp.storage.database import DB_NAME, open_database
from studyapp.storage.health import LibraryDamaged, LibraryProblem, LibraryTooNew, Problem
from studyapp.storage.lock import InstanceLock, LibraryLocked

__all__ = [
    "BackupInfo",
    "LibraryDamaged",
    "LibraryLocked",
    "LibraryProblem",
    "LibraryTooNew",
    "Problem",
    "list_backups",
    "newest_good_backup",
    "restore_backup",
    "start_new_library",
]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # UTC


def restore_backup(data_dir: str | os.PathLike[str] | None, backup: str | os.PathLike[str] | None = None) -> Path:
    """Replace the library database with a backup (the newest sound one when ``backup`` is None).

    The backup is copied beside the library and checked before anything is replaced; the replaced library is
    kept whole beside it (``library.sqlite3.replaced-<time>``, with its WAL). The library must not be open.
    Returns the backup used. Raises LibraryError when there is no usable backup or the library is open.
    """
    folder = paths.data_dir(data_dir)
    lock = InstanceLock(folder).acquire()
    try:
        db_path = folder / DB_NAME
        restore.finish(db_path)
        if backup is not None:
            chosen = Path(backup)
            if not chosen.is_file():
                raise LibraryError(f"There is no backup {chosen}.")
        else:
            newest = newest_good_backup(folder)
            if newest is None:
                where = folder / backups.BACKUP_DIR
                if backups.list_backups(folder):
                    raise LibraryError(f"Every backup in {where} is damaged; none can be restored.")
                raise LibraryError(f"There is no backup to restore in {where}.")
            chosen = newest.path
        restore.stage(db_path, chosen)
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        restore.begin(db_path, stamp=stamp)
        restore.finish(db_path)
        (folder / library_file.DAMAGE).unlink(missing_ok=True)
        library_file.mark(db_path, now=datetime.now(UTC))
        return chosen
    finally:
        lock.release()


def newest_good_backup(data_dir: str | os.PathLike[str] | None) -> BackupInfo | None:
    """The newest backup that passes SQLite's ``integrity_check`` (damaged ones are passed over), or None."""
    for found in backups.list_backups(paths.data_dir(data_dir)):
        if backups.sound(found.path, thorough=True, at_rest=True) is None:
            return BackupInfo(found.path, found.created)
    return None


def start_new_library(data_dir: str | os.PathLike[str] | None) -> None:
    """The learner chose a new, empty library in place of one that is missing or empty (its backups stay)."""
    folder = paths.data_dir(data_dir)
    lock = InstanceLock(folder).acquire()
    try:
        db_path = folder / DB_NAME
        if db_path.exists() and db_path.stat().st_size > 0:
            raise LibraryError(
                f"The library {db_path} is not empty; studyapp starts a new library only in place of a lost one."
            )
        library_file.set_lost_library_aside(db_path, stamp=datetime.now(UTC).strftime("%Y%m%d-%H%M%S"))
        open_database(db_path).conn.close()  # the new library exists from now on: no longer "lost"
        library_file.mark(db_path, now=datetime.now(UTC))
    finally:
        lock.release()


def list_backups(data_dir: str | os.PathLike[str] | None) -> list[BackupInfo]:
    """Backups of the library in ``data_dir``, newest first (works without opening the library)."""
    return [BackupInfo(b.path, b.created) for b in backups.list_backups(paths.data_dir(data_dir))]
