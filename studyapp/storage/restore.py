"""Restoring a backup without ever leaving the learner with less than they had.

1. :func:`stage`: the backup is copied beside the library (``library.sqlite3.restoring``) and the copy is
   checked (``integrity_check``), while the library is untouched.
2. :func:`begin` records the intent (``restore.pending``, synced): from then on the restore is finished even
   if the process dies, by :func:`finish` at the next start.
3. :func:`finish` moves the library aside whole, main file and WAL together
   (``library.sqlite3.replaced-<stamp>`` and ``...-wal``: it opens as it was), then renames the checked copy
   into place. Each step can be repeated, so an interrupted finish is simply run again.

A staged copy without a recorded intent was never committed to and is deleted.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from studyapp.errors import LibraryError
from studyapp.storage.backups import fsync, sound
from studyapp.storage.database import refuse_newer
from studyapp.storage.health import problem_error

PENDING = "restore.pending"
STAGED_SUFFIX = ".restoring"


def staged_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + STAGED_SUFFIX)


def aside_path(db_path: Path, stamp: str) -> Path:
    return db_path.with_name(f"{db_path.name}.replaced-{stamp}")


def stage(db_path: Path, backup: Path) -> None:
    """Copy ``backup`` beside the library and check the copy; the library itself is not touched.

    Raises:
        LibraryError: the backup is damaged, from a newer studyapp, or cannot be copied (disk full...).
    """
    problem = sound(backup, thorough=True, at_rest=True)
    if problem is not None:
        raise LibraryError(f"The backup {backup} is damaged too ({problem}); choose an older one.")
    staged = staged_path(db_path)
    staged.unlink(missing_ok=True)
    try:
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            refuse_newer(source, backup)
            dest = sqlite3.connect(str(staged))
            try:
                source.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
        finally:
            source.close()
        problem = sound(staged, thorough=True)
        if problem is not None:
            raise LibraryError(f"The copy of the backup {backup} did not check out ({problem}); nothing was changed.")
        fsync(staged)
    except LibraryError:
        staged.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as error:
        staged.unlink(missing_ok=True)
        raise problem_error(error, db_path, doing="restoring the backup") from error


def begin(db_path: Path, *, stamp: str) -> None:
    """Record that the staged copy is to replace the library (after this, the restore will be finished)."""
    pending = db_path.with_name(PENDING)
    partial = pending.with_suffix(".partial")
    partial.write_text(json.dumps({"aside": aside_path(db_path, stamp).name}), encoding="utf-8")
    fsync(partial)
    os.replace(partial, pending)
    fsync(db_path.parent)


def finish(db_path: Path) -> Path | None:
    """Carry out a recorded restore (or clean up an unrecorded staged copy). Returns where the replaced
    library was moved (None when there was nothing to do or no library to move)."""
    pending = db_path.with_name(PENDING)
    staged = staged_path(db_path)
    if not pending.exists():
        staged.unlink(missing_ok=True)
        return None
    aside = db_path.with_name(json.loads(pending.read_text(encoding="utf-8"))["aside"])
    moved = aside if aside.exists() else None
    if staged.exists():
        if db_path.exists():
            os.replace(db_path, aside)
            moved = aside
        wal = Path(f"{db_path}-wal")
        if wal.exists():
            os.replace(wal, Path(f"{aside}-wal"))
        Path(f"{db_path}-shm").unlink(missing_ok=True)
        os.replace(staged, db_path)
        fsync(db_path.parent)
    pending.unlink()
    fsync(db_path.parent)
    return moved
