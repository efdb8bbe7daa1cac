"""One running instance per library: an exclusive OS lock on a file next to the database.

The OS drops the lock when the process dies (even by SIGKILL), so a crash never leaves a stale lock.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from studyapp.storage.health import LibraryProblem, Problem

LOCK_NAME = "library.lock"


class LibraryLocked(LibraryProblem):
    """Another running instance holds the library."""

    def __init__(self, message: str) -> None:
        super().__init__(message, problem=Problem.LOCKED)


class InstanceLock:
    """Held from :meth:`acquire` to :meth:`release`."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> InstanceLock:
        """Take the lock; LibraryLocked when another instance holds it."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _lock(fd)
        except OSError as error:
            os.close(fd)
            raise LibraryLocked(
                f"The library in {self.path.parent} is already open in another studyapp window or command. "
                "Close it first (read-only commands such as `studyapp decks` still work)."
            ) from error
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
