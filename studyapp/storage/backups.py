"""Backups written with SQLite's online backup API, each checked before it counts, kept by age and by count.

A backup is copied to ``library-<stamp>.partial``, checked there with ``PRAGMA integrity_check`` and only
then renamed to ``library-<stamp>.sqlite3``: every backup under its final name passed the check when
written. A copy that fails it means the library itself is damaged; the copy is dropped, nothing is pruned,
and the failure is raised (and remembered, see :mod:`studyapp.storage.library_file`) so the learner hears of
it while the good backups still exist. ``integrity_check`` rather than the faster ``quick_check``: a row
whose indexed value changed passes ``quick_check``, and the fault campaign found such a copy restored
(about 1 s instead of 0.6 s on a library of a million answers, off the GUI thread but at closing).

Which backups stay (after Anki's rule): the newest :data:`KEEP_RECENT`, and the newest of each of the last
:data:`KEEP_DAILY` days, :data:`KEEP_WEEKLY` weeks and :data:`KEEP_MONTHLY` months that have one; the newest
backup is never pruned. Many short sessions in one day therefore never push out last week's backups.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from studyapp.errors import LibraryError
from studyapp.storage.health import DAMAGED, LibraryDamaged, problem_error

log = logging.getLogger(__name__)

BACKUP_DIR = "backups"
KEEP_RECENT = 10
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 12, 10, 9
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


def clean_partials(folder: Path) -> int:
    """Remove the copies of backups that were interrupted (a kill, a full disk); returns how many."""
    removed = 0
    for partial in (folder / BACKUP_DIR).glob("library-*.partial"):
        try:
            partial.unlink()
            removed += 1
        except OSError:
            continue
    return removed


def _first_line(verdict: str) -> str:
    lines = [line for line in verdict.splitlines() if line.strip() and not line.startswith("***")]
    return lines[0] if lines else verdict


def sound(path: Path, *, thorough: bool = False, at_rest: bool = False) -> str | None:
    """None when the database file at ``path`` passes SQLite's check, else what the check said.

    ``at_rest``: nobody writes the file (a backup): it is read as it stands, leaving no files beside it.
    """
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{'&immutable=1' if at_rest else ''}", uri=True)
    except sqlite3.Error as error:
        return str(error)
    try:
        verdict = conn.execute(f"PRAGMA {'integrity_check' if thorough else 'quick_check'}(1)").fetchone()[0]
        return None if verdict == "ok" else _first_line(verdict)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        return str(error)
    finally:
        conn.close()


def write_backup(conn: sqlite3.Connection, folder: Path, *, now: datetime, tz: tzinfo | None = None) -> BackupFile:
    """Copy the open database to a new backup (consistent even mid-use), check the copy, then prune.

    Raises:
        LibraryDamaged: the copy fails ``integrity_check``: the library is damaged; no backup was written or
            pruned.
        LibraryProblem: the copy could not be written (disk full, read-only...).
    """
    target_dir = folder / BACKUP_DIR
    path = target_dir / f"library-{now.astimezone(UTC).strftime(_STAMP)}.sqlite3"
    partial = path.with_suffix(".partial")
    if target_dir.exists() and not target_dir.is_dir():
        raise LibraryError(f"No backup could be written: {target_dir} is a file, not a folder; move it away.")
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        dest = sqlite3.connect(str(partial))
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # a file on its own: opening it makes no -wal or -shm
            verdict = dest.execute("PRAGMA integrity_check(1)").fetchone()[0]
        finally:
            dest.close()
        if verdict != "ok":
            raise LibraryDamaged(
                DAMAGED.format(path=folder / "library.sqlite3", reason=_first_line(verdict))
                + " No backup was written, so the good ones are kept.",
                path=folder / "library.sqlite3",
            )
        fsync(partial)
        os.replace(partial, path)
        fsync(target_dir)
    except LibraryDamaged:
        _remove(partial)
        raise
    except (OSError, sqlite3.Error) as error:
        _remove(partial)
        raise problem_error(error, folder / "library.sqlite3", doing="writing the backup") from error
    written = BackupFile(path, now.astimezone(UTC))
    prune(folder, tz=tz)
    return written


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def prune(folder: Path, *, tz: tzinfo | None = None) -> None:
    """Delete the backups :func:`to_keep` does not keep."""
    found = list_backups(folder)
    keep = to_keep(found, tz=tz)
    for backup in found:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)


def to_keep(backups: Sequence[BackupFile], *, tz: tzinfo | None = None) -> set[Path]:
    """The backups to keep (``backups`` newest first): the newest few, then one per day, week and month."""
    keep = {b.path for b in backups[:KEEP_RECENT]}

    def local(b: BackupFile) -> datetime:
        return b.created.astimezone(tz) if tz is not None else b.created.astimezone()

    periods: tuple[tuple[int, Callable[[datetime], Hashable]], ...] = (
        (KEEP_DAILY, lambda d: d.date()),
        (KEEP_WEEKLY, lambda d: d.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda d: (d.year, d.month)),
    )
    for limit, period in periods:
        seen: set[Hashable] = set()
        for backup in backups:
            key = period(local(backup))
            if key not in seen:
                if len(seen) == limit:
                    break
                seen.add(key)
                keep.add(backup.path)
    return keep


def fsync(path: Path) -> None:
    """Make a file's (or a folder's entries') writes durable before a rename counts on them."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # folders cannot be synced on some systems
    finally:
        os.close(fd)


class BackgroundBackup:
    """Writes a backup on a thread with its own connection, so the answer that makes one due never waits."""

    def __init__(self, db_path: Path, folder: Path, *, tz: tzinfo | None = None) -> None:
        self._db_path, self._folder, self._tz = db_path, folder, tz
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
        try:
            conn = sqlite3.connect(str(self._db_path))
        except sqlite3.Error as error:
            log.error("The periodic backup could not open the library", exc_info=error)
            self.error = error
            return
        try:
            write_backup(conn, self._folder, now=now, tz=self._tz)
            self.error = None
        except Exception as error:  # kept for the library to report: a thread has no one else to tell
            log.error("The periodic backup failed", exc_info=error)
            self.error = error
        finally:
            conn.close()
