"""The library file's life outside SQLite: knowing it existed, noticing it is gone, remembering damage.

- A marker file beside the database (``library.marker``) records that a library was made here. When the
  database is then missing or empty (0 bytes), and the marker or any backup says a library existed, opening
  is refused with a sentence naming the newest backup: never a silent fresh start, whose empty backups
  would one day push the good ones out.
- Damage found by a backup's check or by the weekly integrity check is remembered in ``library.damage``,
  so the next start checks the file again before anything is written.
- The integrity check (SQLite's ``integrity_check``, Anki's Check Database) runs once a week on a thread of
  its own: about a second on a library of a million answers, never on the way to the first window.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from studyapp.storage import backups, restore
from studyapp.storage.health import DAMAGED, LibraryDamaged, LibraryProblem, Problem

MARKER = "library.marker"
DAMAGE = "library.damage"
CHECK_EVERY = timedelta(days=7)


def prepare(db_path: Path, *, read_only: bool) -> None:
    """Before opening: finish an interrupted restore, drop stale partial backups, refuse a lost library.

    Raises:
        LibraryProblem: ``Problem.MISSING`` when a library existed here and its file is gone or empty.
    """
    if not read_only:
        restore.finish(db_path)
        backups.clean_partials(db_path.parent)
    refuse_lost(db_path)


def refuse_lost(db_path: Path) -> None:
    if db_path.exists() and db_path.stat().st_size > 0:
        return
    folder = db_path.parent
    found = backups.list_backups(folder)
    if not (folder / MARKER).exists() and not found:
        return  # a new folder: a new library is made
    state = "is empty (0 bytes)" if db_path.exists() else "is missing"
    message = f"The library file {db_path} {state}, though this folder held a library"
    if found:
        newest = found[0].created.astimezone()
        message += (
            f" (its newest backup is from {newest:%d %B %Y, %H:%M}). Nothing was made in its place. Restore "
            "that backup with `studyapp restore`, or start a new library with `studyapp restore --start-new`."
        )
    else:
        message += (
            ", and its backups are gone too. Nothing was made in its place. Put the file back, or start a new "
            "library with `studyapp restore --start-new`."
        )
    raise LibraryProblem(message, problem=Problem.MISSING, path=db_path)


def mark(db_path: Path, *, now: datetime) -> None:
    """Record that a library exists here (once; written atomically)."""
    if not db_path.with_name(MARKER).exists():
        _write_marker(db_path, {"library": db_path.name, "created": now.astimezone(UTC).isoformat()})


def _read_marker(db_path: Path) -> dict[str, object]:
    try:
        data = json.loads(db_path.with_name(MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_marker(db_path: Path, data: dict[str, object]) -> None:
    marker = db_path.with_name(MARKER)
    partial = marker.with_suffix(".partial")
    partial.write_text(json.dumps(data), encoding="utf-8")
    os.replace(partial, marker)


def set_lost_library_aside(db_path: Path, *, stamp: str) -> None:
    """The learner chose to start anew: move an empty file (and any WAL) aside and forget the marker."""
    for suffix in ("", "-wal", "-shm"):
        path = Path(f"{db_path}{suffix}")
        if path.exists():
            os.replace(path, Path(f"{db_path}.lost-{stamp}{suffix}"))
    db_path.with_name(MARKER).unlink(missing_ok=True)
    db_path.with_name(DAMAGE).unlink(missing_ok=True)


# -- damage -------------------------------------------------------------------------------------------------------
def remember_damage(db_path: Path, reason: str) -> None:
    with contextlib.suppress(OSError):  # if it cannot be written, the next check finds the damage again
        db_path.with_name(DAMAGE).write_text(reason, encoding="utf-8")


def check_remembered_damage(db_path: Path) -> None:
    """When damage was found before, check the whole file again now.

    Raises:
        LibraryDamaged: the file is still damaged.
    """
    flag = db_path.with_name(DAMAGE)
    if not flag.exists():
        return
    problem = backups.sound(db_path, thorough=True)
    if problem is None:
        flag.unlink(missing_ok=True)  # repaired (or restored) since
        return
    raise LibraryDamaged(DAMAGED.format(path=db_path, reason=problem), path=db_path)


def check_due(db_path: Path, now: datetime) -> bool:
    """The last integrity check (kept in the marker, so the check never writes to the database) is a week
    old, or was never made, or lies in the future (a clock set back)."""
    checked = _read_marker(db_path).get("checked")
    try:
        when = datetime.fromisoformat(checked) if isinstance(checked, str) and checked else None
    except ValueError:
        when = None
    return when is None or now - when >= CHECK_EVERY or when > now


class IntegrityCheck:
    """The weekly ``integrity_check``, on a thread with its own connection; :attr:`problem` when it failed."""

    def __init__(self, db_path: Path, now: datetime) -> None:
        self._db_path, self._now = db_path, now
        self.problem: LibraryDamaged | None = None
        self.done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="studyapp-integrity", daemon=True)

    def start(self) -> IntegrityCheck:
        self._thread.start()
        return self

    def wait(self, timeout: float | None = None) -> bool:
        return self.done.wait(timeout)

    def _run(self) -> None:
        try:
            verdict = backups.sound(self._db_path, thorough=True)
            if verdict is not None:
                remember_damage(self._db_path, verdict)
                self.problem = LibraryDamaged(DAMAGED.format(path=self._db_path, reason=verdict), path=self._db_path)
                return
            with contextlib.suppress(OSError):
                _write_marker(self._db_path, {**_read_marker(self._db_path), "checked": self._now.isoformat()})
        finally:
            self.done.set()
