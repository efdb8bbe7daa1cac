"""The library: one SQLite database holding every imported document (a deck each) and its study progress.

Open it once per process (a second instance is refused with a clear message, or opened read-only), pass it to
the screens, close it on exit (which also writes a backup).
"""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path

from studyapp.generate.model import StudyItem
from studyapp.services.changes import Changes
from studyapp.text.document import Document

Progress = Callable[[int, int], None]  # (done, total)
Cancel = Callable[[], bool]  # True when the user asked to stop
Clock = Callable[[], datetime]  # returns the current UTC time


@dataclass(frozen=True)
class DeckSummary:
    """One deck as listed in the library (counts are today's, within the daily limits).

    Attributes:
        id: the document id.
        title: the document title.
        new, learning, due: cards to study today in each queue.
        total: active cards (retired ones not counted).
        exam_date: the exam date, if one is set.
        days_to_exam: whole days from today to the exam (0 on the day), None without an exam.
    """

    id: str
    title: str
    new: int
    learning: int
    due: int
    total: int
    exam_date: date | None = None
    days_to_exam: int | None = None


@dataclass(frozen=True)
class ImportResult:
    """What an import did: ``added`` new items, ``kept`` items whose progress survived a re-import,
    ``retired`` items no longer in the document (their history is kept)."""

    deck_id: str
    title: str
    added: int
    kept: int
    retired: int
    changes: Changes


@dataclass(frozen=True)
class ReadingPosition:
    section_id: str
    scroll: float  # 0.0-1.0 within the section, or a pixel offset: the reader decides


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # UTC


class Library:
    """Facade over the database: decks, documents, items, reading positions, and the services.

    Attributes:
        study: :class:`~studyapp.services.study.StudyService` (review sessions, suspend, bury).
        settings: :class:`~studyapp.services.settings.SettingsService` (per-deck settings).
        exam: :class:`~studyapp.services.exam.ExamService` (exam date, forecast, bring-forward plan).
        stats: :class:`~studyapp.services.stats.StatsService` (plain-data statistics).
        read_only: True when opened read-only (another instance holds the library).
    """

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None, *, read_only: bool = False,
             import_bundled: bool = True, clock: Clock | None = None, tz: tzinfo | None = None,
             fuzzing: bool = True) -> Library:
        """Open (creating and migrating if needed) the library in ``studyapp.paths.data_dir(data_dir)``.

        Args:
            read_only: open without taking the instance lock and without writing (for CLI read commands).
            import_bundled: on first start (empty library), import the bundled documents.
            clock: returns the current UTC time (tests freeze it); default the system clock.
            tz: the local time zone for day boundaries; default the system's.
            fuzzing: FSRS interval fuzzing (turn off in tests).

        Raises:
            LibraryError: the database is damaged (message offers ``studyapp restore``), locked by another
                running instance, or cannot be created.
        """
        raise NotImplementedError

    @property
    def path(self) -> Path:
        """The database file."""
        raise NotImplementedError

    def decks(self) -> list[DeckSummary]:
        """Every deck with today's counts, by title."""
        raise NotImplementedError

    def deck(self, deck_id: str) -> DeckSummary:
        """One deck (KeyError when unknown)."""
        raise NotImplementedError

    def import_document(self, path: str | os.PathLike[str], *, progress: Progress | None = None,
                        cancel: Cancel | None = None) -> ImportResult:
        """Read, extract, generate and store a document as a deck (one transaction).

        Re-importing a document with the same id keeps the progress of items whose ids survive, adds new
        ones and retires the rest. Raises DocumentError for an unreadable file; a cancelled import stores
        nothing and raises ``studyapp.services.library.ImportCancelled``.
        """
        raise NotImplementedError

    def document(self, deck_id: str) -> Document:
        """The deck's document, parsed again from the stored source text."""
        raise NotImplementedError

    def items(self, deck_id: str, section: str | None = None) -> list[StudyItem]:
        """Active (not retired) items of a deck or of one section, in article order."""
        raise NotImplementedError

    def section_mastery(self, deck_id: str) -> dict[str, float]:
        """Mastery 0.0-1.0 per section id (mean FSRS retrievability now; unseen cards count 0)."""
        raise NotImplementedError

    def reading_position(self, deck_id: str) -> ReadingPosition | None:
        raise NotImplementedError

    def set_reading_position(self, deck_id: str, section_id: str, scroll: float) -> Changes:
        raise NotImplementedError

    def backups(self) -> list[BackupInfo]:
        """Backups on disk, newest first."""
        raise NotImplementedError

    def backup(self) -> BackupInfo:
        """Write a backup now (SQLite backup API) and prune old ones."""
        raise NotImplementedError

    def close(self) -> None:
        """Write a backup (unless read-only), release the instance lock and close the database."""
        raise NotImplementedError

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class ImportCancelled(Exception):
    """The user cancelled an import; nothing was stored."""


def restore_backup(data_dir: str | os.PathLike[str] | None, backup: str | os.PathLike[str] | None = None) -> Path:
    """Replace the library database with a backup (the newest when ``backup`` is None).

    The library must not be open. The damaged file is kept next to it as ``library.sqlite3.damaged``.
    Returns the backup used. Raises LibraryError when there is no usable backup or the library is open.
    """
    raise NotImplementedError


def list_backups(data_dir: str | os.PathLike[str] | None) -> list[BackupInfo]:
    """Backups of the library in ``data_dir``, newest first (works without opening the library)."""
    raise NotImplementedError
