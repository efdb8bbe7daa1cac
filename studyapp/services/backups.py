"""Backups of the library: list them and restore one (the library itself writes them, see ``Library``)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from studyapp import paths
from studyapp.errors import LibraryError
from studyapp.storage import backups
from studyapp.storage.database import DB_NAME, LibraryDamaged
from studyapp.storage.lock import InstanceLock, LibraryLocked

__all__ = ["BackupInfo", "LibraryDamaged", "LibraryLocked", "list_backups", "restore_backup"]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # UTC


def restore_backup(data_dir: str | os.PathLike[str] | None, backup: str | os.PathLike[str] | None = None) -> Path:
    """Replace the library database with a backup (the newest when ``backup`` is None).

    The library must not be open. The damaged file is kept next to it as ``library.sqlite3.damaged``.
    Returns the backup used. Raises LibraryError when there is no usable backup or the library is open.
    """
    folder = paths.data_dir(data_dir)
    lock = InstanceLock(folder).acquire()
    try:
        found = backups.list_backups(folder)
        chosen = Path(backup) if backup is not None else (found[0].path if found else None)
        if chosen is None or not chosen.is_file():
            raise LibraryError(f"There is no backup to restore in {folder / backups.BACKUP_DIR}.")
        backups.restore(folder / DB_NAME, chosen)
        return chosen
    finally:
        lock.release()


def list_backups(data_dir: str | os.PathLike[str] | None) -> list[BackupInfo]:
    """Backups of the library in ``data_dir``, newest first (works without opening the library)."""
    return [BackupInfo(b.path, b.created) for b in backups.list_backups(paths.data_dir(data_dir))]
