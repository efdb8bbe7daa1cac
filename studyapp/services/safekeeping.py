"""What the library does around opening and closing so that nothing a learner did is lost.

Before opening: a read-only disk or folder is named (so read commands can fall back to reading), the
instance lock is taken, an interrupted restore is finished, stale partial backups are removed, a library
that existed but is now missing or empty is refused, and damage found earlier is checked again. While open:
the weekly integrity check and the background backups report what they found through :class:`Watch`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from studyapp.errors import LibraryError
from studyapp.storage import library_file
from studyapp.storage.backups import BackgroundBackup
from studyapp.storage.database import DB_NAME
from studyapp.storage.health import LibraryDamaged, LibraryProblem, Problem, problem_error, read_only_reason
from studyapp.storage.lock import InstanceLock


def prepare(folder: Path, *, read_only: bool) -> InstanceLock | None:
    """Everything before the database is opened; returns the instance lock (None when read-only).

    Raises:
        LibraryProblem: read-only disk or folder, another instance, a lost library, remembered damage.
    """
    db_path = folder / DB_NAME
    if read_only and not db_path.exists():
        library_file.refuse_lost(db_path)
        raise LibraryError(f"There is no library in {folder} yet: import a document first (`studyapp import PATH`).")
    if not read_only:
        reason = read_only_reason(db_path)
        if reason is not None:
            raise LibraryProblem(
                f"The library {db_path} cannot be written: {reason}. It can still be opened read-only, to read and "
                "to look at statistics; to study, make the folder writable or copy it to a writable disk.",
                problem=Problem.READ_ONLY,
                path=db_path,
            )
    try:
        lock = None if read_only else InstanceLock(folder).acquire()
    except OSError as error:
        raise problem_error(error, db_path, doing="opening the library") from error
    try:
        library_file.prepare(db_path, read_only=read_only)
        if not read_only:
            library_file.check_remembered_damage(db_path)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return lock


class Watch:
    """Problems found off the main thread: by the weekly integrity check or by a background backup."""

    def __init__(self, db_path: Path, backup: BackgroundBackup | None) -> None:
        self.db_path, self._backup = db_path, backup
        self.check: library_file.IntegrityCheck | None = None
        self._told: set[str] = set()

    def opened(self, now: datetime) -> None:
        """The library opened for writing: mark that it exists; start the integrity check when due."""
        library_file.mark(self.db_path, now=now)
        if library_file.check_due(self.db_path, now):
            self.check = library_file.IntegrityCheck(self.db_path, now).start()

    def damage(self, error: LibraryDamaged) -> None:
        """A check found damage: remembered, so the next start checks the file before writing to it."""
        library_file.remember_damage(self.db_path, str(error))

    def problem(self) -> LibraryProblem | None:
        """A problem found in the background that the learner has not been told of yet (each told once)."""
        found: list[LibraryProblem] = []
        if self.check is not None and self.check.done.is_set() and self.check.problem is not None:
            found.append(self.check.problem)
        error = self._backup.error if self._backup is not None else None
        if isinstance(error, LibraryDamaged):
            self.damage(error)
        if isinstance(error, LibraryProblem):
            found.append(error)
        elif error is not None:  # any other failure is told as well: a backup that silently stops is no backup
            found.append(backup_failed(error, self.db_path))
        for problem in found:
            if str(problem) not in self._told:
                self._told.add(str(problem))
                return problem
        return None


def backup_failed(error: Exception, db_path: Path) -> LibraryProblem:
    """A periodic backup's failure of no known kind, in words for the learner."""
    return LibraryProblem(
        f"The periodic backup of the library could not be written: {error} What you did is saved in the library "
        f"itself ({db_path}); studyapp tries again at the next backup.",
        problem=Problem.BACKUP_FAILED,
        path=db_path,
    )
