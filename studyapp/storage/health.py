"""Telling the library's failures apart, so each gets the one fix that fits it.

A full disk, a read-only medium, a file-size limit, a lock held elsewhere, a damaged file and a file from a
newer studyapp all surface as some ``sqlite3.Error`` or ``OSError``. :func:`diagnose` names which one it is
(looking at the error, then at the file system when the error alone cannot tell), and :func:`problem_error`
turns it into a sentence. Only a damaged or missing library is ever offered a backup: restoring over a
healthy library because its disk is full would throw away the answers the backup does not have.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
from enum import StrEnum
from pathlib import Path

from studyapp.errors import LibraryError


class Problem(StrEnum):
    DISK_FULL = "disk full"
    READ_ONLY = "read-only"
    FILE_TOO_LARGE = "file-size limit"
    BUSY = "busy"  # another program holds a lock on the database file
    LOCKED = "locked"  # another studyapp window or command holds the library
    DAMAGED = "damaged"
    TOO_NEW = "newer version"
    MISSING = "missing"  # a library that existed is gone, or empty
    DISK_ERROR = "disk error"  # the drive reported an error that none of the above explains
    BACKUP_FAILED = "backup failed"  # a backup could not be written for a reason none of the above names


class Remedy(StrEnum):
    """The one thing offered to the learner for a problem."""

    FREE_SPACE = "free space"
    OPEN_READ_ONLY = "open read-only"
    RAISE_LIMIT = "raise the file-size limit"
    CLOSE_OTHER = "close the other program"
    RESTORE_BACKUP = "restore a backup"
    UPGRADE = "install a newer studyapp"
    CHECK_DRIVE = "check the drive"


REMEDIES = {
    Problem.DISK_FULL: Remedy.FREE_SPACE,
    Problem.READ_ONLY: Remedy.OPEN_READ_ONLY,
    Problem.FILE_TOO_LARGE: Remedy.RAISE_LIMIT,
    Problem.BUSY: Remedy.CLOSE_OTHER,
    Problem.LOCKED: Remedy.CLOSE_OTHER,
    Problem.DAMAGED: Remedy.RESTORE_BACKUP,
    Problem.TOO_NEW: Remedy.UPGRADE,
    Problem.MISSING: Remedy.RESTORE_BACKUP,
    Problem.DISK_ERROR: Remedy.CHECK_DRIVE,
    Problem.BACKUP_FAILED: Remedy.CHECK_DRIVE,
}


class LibraryProblem(LibraryError):
    """A library error of a known kind: ``problem`` says which, ``remedy`` the fix to offer."""

    def __init__(self, message: str, *, problem: Problem, path: Path | None = None) -> None:
        super().__init__(message)
        self.problem, self.path = problem, path

    @property
    def remedy(self) -> Remedy:
        return REMEDIES[self.problem]


class LibraryDamaged(LibraryProblem):
    """The database file is not a sound SQLite database (or a table in it is damaged): offer a backup."""

    def __init__(self, message: str, *, path: Path | None = None, problem: Problem = Problem.DAMAGED) -> None:
        super().__init__(message, problem=problem, path=path)


class LibraryTooNew(LibraryProblem):
    """The library was written by a newer studyapp: it is neither written nor read."""

    def __init__(self, message: str, *, path: Path | None = None) -> None:
        super().__init__(message, problem=Problem.TOO_NEW, path=path)


DAMAGED = (
    "The library database {path} is damaged ({reason}). Restore the latest backup with "
    "`studyapp restore` (or from the window's offer to restore)."
)

_FULL, _READONLY, _BUSY, _LOCKED, _CORRUPT, _NOTADB, _IOERR, _CANTOPEN = 13, 8, 5, 6, 11, 26, 10, 14
_SPACE_NEEDED = 4 * 1024 * 1024  # less free space than this, after a failed write: the disk is full


def diagnose(error: BaseException, path: Path) -> Problem | None:
    """What went wrong with the library at ``path`` (None: an error that is not about the library file)."""
    if isinstance(error, LibraryProblem):
        return error.problem
    if isinstance(error, UnicodeDecodeError):  # garbled pages can decode as broken text
        return Problem.DAMAGED
    if isinstance(error, sqlite3.Error):
        code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
        text = str(error).lower()
        if code in (_CORRUPT, _NOTADB) or "malformed" in text or "not a database" in text:
            return Problem.DAMAGED
        if code in (_BUSY, _LOCKED) or "locked" in text or "busy" in text:
            return Problem.BUSY
        if code == _READONLY or "readonly" in text or "read-only" in text:
            return Problem.READ_ONLY
        if code == _FULL or "disk is full" in text:
            return _file_limit(path) or Problem.DISK_FULL
        if code in (_IOERR, _CANTOPEN) or "disk i/o" in text or "unable to open" in text:
            return probe(path) or Problem.DISK_ERROR
        return None
    if isinstance(error, OSError):
        by_errno = {
            errno.ENOSPC: Problem.DISK_FULL,
            errno.EDQUOT: Problem.DISK_FULL,
            errno.EROFS: Problem.READ_ONLY,
            errno.EACCES: Problem.READ_ONLY,
            errno.EPERM: Problem.READ_ONLY,
            errno.EFBIG: Problem.FILE_TOO_LARGE,
        }
        known = by_errno.get(error.errno) if error.errno is not None else None
        return known or probe(path) or Problem.DISK_ERROR
    return None


def probe(path: Path) -> Problem | None:
    """Ask the file system why ``path`` (the database) could not be written, after an unspecific I/O error."""
    folder = path.parent
    if read_only_reason(path) is not None:
        return Problem.READ_ONLY
    try:
        if free_bytes(folder) < _SPACE_NEEDED:
            return Problem.DISK_FULL
    except OSError:
        return None
    return _file_limit(path)


def read_only_reason(path: Path) -> str | None:
    """Why the library at ``path`` cannot be written ("the disk is read-only", ...), or None when it can."""
    folder = path.parent
    try:
        if hasattr(os, "statvfs") and os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "the disk it is on is read-only"
    except OSError:
        return None
    if not os.access(folder, os.W_OK):
        return f"there is no permission to write in {folder}"
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if name.exists() and not os.access(name, os.W_OK):
            return f"there is no permission to write {name.name}"
    return None


def free_bytes(folder: Path) -> int:
    if hasattr(os, "statvfs"):
        stats = os.statvfs(folder)
        return stats.f_bavail * stats.f_frsize
    import shutil

    return shutil.disk_usage(folder).free


def file_size_limit() -> int | None:
    """The largest file this process may write (``ulimit -f``), None when unlimited."""
    if sys.platform == "win32":
        return None
    import resource  # POSIX only

    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    return None if soft == resource.RLIM_INFINITY else soft


def _file_limit(path: Path) -> Problem | None:
    limit = file_size_limit()
    if limit is None:
        return None
    sizes = [p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists()]
    return Problem.FILE_TOO_LARGE if sizes and max(sizes) + 64 * 1024 >= limit else None


def _size(count: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "bytes" else f"{count:.1f} {unit}"
        count /= 1024
    return f"{count:.1f} GB"


def problem_error(error: BaseException, path: Path, *, doing: str = "saving the last change") -> LibraryError:
    """``error`` as a :class:`LibraryProblem` whose message names what happened and the fix that fits.

    Args:
        doing: what could not be finished, for the sentence ("writing the backup", "opening the library").
    """
    if isinstance(error, LibraryError):
        return error
    problem = diagnose(error, path)
    if problem is None:
        return LibraryError(f"The library database {path} could not be used ({error}).")
    folder = path.parent
    if problem is Problem.DAMAGED:
        reason = "unreadable text in the file" if isinstance(error, UnicodeDecodeError) else str(error)
        return LibraryDamaged(DAMAGED.format(path=path, reason=reason), path=path)
    if problem is Problem.DISK_FULL:
        try:
            free = f" (only {_size(free_bytes(folder))} free)"
        except OSError:
            free = ""
        message = (
            f"The disk holding the library in {folder} is full{free}, so {doing} could not be finished. "
            "Free some space on it and try again; everything saved before is safe."
        )
    elif problem is Problem.READ_ONLY:
        why = read_only_reason(path) or "the disk or the file is read-only"
        message = (
            f"The library {path} cannot be written: {why}. It can still be opened read-only, to read and to "
            "look at statistics; to study, make the folder writable or copy it to a writable disk."
        )
    elif problem is Problem.FILE_TOO_LARGE:
        limit = file_size_limit()
        shown = f" ({_size(limit)})" if limit is not None else ""
        message = (
            f"The library {path} has reached the largest file this system lets studyapp write{shown}, so "
            f"{doing} could not be finished. Raise the file-size limit (`ulimit -f`) and try again; everything "
            "saved before is safe."
        )
    elif problem is Problem.BUSY:
        message = f"The library database {path} is busy in another program; close it and try again."
    else:
        message = (
            f"The disk holding the library reported an error ({error}) while {doing}. "
            "Check the drive (and its cable or network); everything saved before is safe."
        )
    return LibraryProblem(message, problem=problem, path=path)
