"""The library: one SQLite database holding every imported document (a deck each) and its study progress.

Open it once per process (a second instance is refused with a clear message, or opened read-only), pass it to
the screens, close it on exit (which also writes a backup).
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path

from studyapp import paths
from studyapp.core.cards import CardState, to_us
from studyapp.core.session import Scope
from studyapp.errors import Cancelled, DocumentError, LibraryError
from studyapp.extract.model import DatedFact, StudyList
from studyapp.generate.model import StudyItem
from studyapp.services import safekeeping
from studyapp.services.backups import BackupInfo, list_backups, restore_backup  # noqa: F401 (re-exported)
from studyapp.services.browser import BrowserService
from studyapp.services.changes import Changes
from studyapp.services.connection import LibraryConnection
from studyapp.services.exam import ExamService
from studyapp.services.exchange import ExchangeService
from studyapp.services.familiarity import FamiliarityService
from studyapp.services.learner_cards import LearnerCardsService
from studyapp.services.mock_exams import MockExamService
from studyapp.services.practice import PracticeService
from studyapp.services.reading import ReadingService
from studyapp.services.set_aside import SetAsideService
from studyapp.services.settings import SettingsService
from studyapp.services.stats import StatsService
from studyapp.services.study import StudyService
from studyapp.services.study_clock import Clock, StudyClock
from studyapp.storage import backups
from studyapp.storage.checkpoint import Checkpointer
from studyapp.storage.database import DB_NAME
from studyapp.storage.health import LibraryDamaged, LibraryProblem
from studyapp.storage.lock import InstanceLock
from studyapp.storage.practice import PracticeRepository
from studyapp.storage.repositories import Repositories
from studyapp.text.document import Document

Progress = Callable[[int, int], None]  # (done, total)
Cancel = Callable[[], bool]  # True when the user asked to stop

BACKUP_EVERY = timedelta(minutes=30)
LEARN_AHEAD_US = 20 * 60 * 1_000_000


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
    ``retired`` items no longer in the document (their history is kept). ``same_title_as``: the deck whose
    title this document shares while being a different document (it became a deck of its own), with
    ``resemblance`` the share of that deck's sentences it holds."""

    deck_id: str
    title: str
    added: int
    kept: int
    retired: int
    changes: Changes
    same_title_as: str | None = None
    resemblance: float | None = None


@dataclass(frozen=True)
class ReadingPosition:
    section_id: str
    scroll: float  # 0.0-1.0 within the section, or a pixel offset: the reader decides


@dataclass(frozen=True)
class ReviewRecord:
    rating: int
    reviewed_us: int  # epoch microseconds, UTC
    duration_ms: int | None


@dataclass(frozen=True)
class CardHistory:
    """The card of one unit of memory: its state and every answer, whatever item asked it."""

    unit: str
    state: CardState
    reviews: tuple[ReviewRecord, ...]


class Library:
    """Facade over the database for the UI and the command line: decks, documents, items, reading positions,
    backups, and the services, each given what it needs (the connection, the clock, another service).

    Attributes:
        study: :class:`~studyapp.services.study.StudyService` (review sessions, suspend, bury).
        settings: :class:`~studyapp.services.settings.SettingsService` (per-deck settings).
        exam: :class:`~studyapp.services.exam.ExamService` (exam date, forecast, bring-forward plan).
        stats: :class:`~studyapp.services.stats.StatsService` (plain-data statistics).
        reading, familiarity, set_aside: read marks; how well each passage is known; suspended and buried
            cards (:mod:`studyapp.services.reading`, :mod:`~studyapp.services.familiarity`,
            :mod:`~studyapp.services.set_aside`).
        practice, mock_exams: quizzes, drills and printable tests; mock exams and their history
            (:mod:`studyapp.services.practice`, :mod:`~studyapp.services.mock_exams`).
        learner_cards, browser: the learner's edits, rejections and own cards; every card in a table and
            actions on a selection (:mod:`studyapp.services.learner_cards`, :mod:`~studyapp.services.browser`).
        connection: the :class:`~studyapp.services.connection.LibraryConnection` the services read and write
            through.
        read_only: True when opened read-only (another instance holds the library).
        folder: the data folder (database, lock, backups).
    """

    def __init__(
        self,
        folder: Path,
        *,
        read_only: bool,
        lock: InstanceLock | None,
        clock: Clock,
        tz: tzinfo | None,
        fuzzing: bool,
    ) -> None:
        self.folder, self.read_only, self._lock = folder, read_only, lock
        self.clock, self.tz, self.fuzzing = clock, tz, fuzzing
        self._checkpointer = None if read_only else Checkpointer(folder / DB_NAME)
        self._background_backup = None if read_only else backups.BackgroundBackup(folder / DB_NAME, folder, tz=tz)
        self.watch = safekeeping.Watch(folder / DB_NAME, self._background_backup)
        newest = backups.list_backups(folder)
        self._last_backup: datetime | None = newest[0].created if newest else None
        self.connection = LibraryConnection(
            folder / DB_NAME,
            read_only=read_only,
            background_checkpoints=self._checkpointer is not None,
            after_answer=self.after_write,
        )
        connection, study_clock = self.connection, StudyClock(clock, tz)
        self.study_clock = study_clock
        self.settings = SettingsService(connection)
        self.exam = ExamService(connection, study_clock)
        self.study = StudyService(connection, study_clock, self.exam, fuzzing=fuzzing)
        self.stats = StatsService(connection, study_clock)
        self.reading = ReadingService(connection, study_clock)  # read marks, new cards per section, what next
        self.familiarity = FamiliarityService(connection, study_clock)  # new / learning / known / weak per passage
        self.set_aside = SetAsideService(connection, study_clock, self.study)  # suspended and buried cards
        self.practice = PracticeService(connection, study_clock, fuzzing=fuzzing)
        self.mock_exams = MockExamService(connection, study_clock, self.practice)
        self.learner_cards = LearnerCardsService(connection, study_clock, after_write=self.after_write)
        self.browser = BrowserService(connection, study_clock, self.study, self.learner_cards, ExchangeService(self))

    @classmethod
    def open(
        cls,
        data_dir: str | os.PathLike[str] | None = None,
        *,
        read_only: bool = False,
        import_bundled: bool = True,
        clock: Clock | None = None,
        tz: tzinfo | None = None,
        fuzzing: bool = True,
    ) -> Library:
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
        try:
            folder = paths.data_dir(data_dir)
        except OSError as error:
            raise LibraryError(f"The library folder cannot be created ({error.strerror or error}).") from error
        lock = safekeeping.prepare(folder, read_only=read_only)
        library = cls(folder, read_only=read_only, lock=lock, clock=clock or _utc_now, tz=tz, fuzzing=fuzzing)
        try:
            repos = library.repos()
            if library._checkpointer is not None:
                library._checkpointer.start()
            if not read_only:
                library.watch.opened(library.now())
                library._build_stale_pools()
            if import_bundled and not read_only and repos.decks.meta("bundled_imported") is None:
                if repos.documents.is_empty():
                    for document in paths.bundled_documents():
                        try:
                            library.import_document(document)
                        except DocumentError:
                            continue  # a broken bundled file must not keep the app from starting
                with library.connection.writing() as repos:
                    repos.decks.set_meta("bundled_imported", library.clock().isoformat())
        except BaseException:
            library._release()
            raise
        return library

    def repos(self) -> Repositories:
        """The repositories over this thread's connection (opened on first use in a thread)."""
        return self.connection.repos()

    @property
    def why_read_only(self) -> str:
        """Said when a write is refused."""
        return self.connection.why_read_only

    @why_read_only.setter
    def why_read_only(self, reason: str) -> None:
        self.connection.why_read_only = reason

    def now(self) -> datetime:
        return self.study_clock.now()

    def day_bounds(self, deck_id: str, now: datetime | None = None) -> tuple[datetime, datetime]:
        """UTC start and end of the deck's current study day."""
        return self.study_clock.day_bounds(self.settings.get(deck_id).day_start_hour, now)

    def after_write(self) -> None:
        """Called after each answer: starts a backup in the background when the last one is 30 minutes old."""
        now = self.now()
        if self._background_backup and (self._last_backup is None or now - self._last_backup >= BACKUP_EVERY):
            self._last_backup = now
            self._background_backup.start(now)

    @property
    def path(self) -> Path:
        """The database file."""
        return self.folder / DB_NAME

    # -- decks ---------------------------------------------------------------------------------------------
    def decks(self) -> list[DeckSummary]:
        """Every deck with today's counts, by title (nothing is written)."""
        with self.connection.reading() as repos:
            return [self._summary(repos, deck_id, title) for deck_id, title in repos.documents.deck_titles()]

    def deck(self, deck_id: str) -> DeckSummary:
        """One deck (KeyError when unknown; nothing is written)."""
        with self.connection.reading() as repos:
            return self._summary(repos, deck_id, repos.documents.document(deck_id).title)

    def _summary(self, repos: Repositories, deck_id: str, title: str) -> DeckSummary:
        """Today's counts as a session starting now would find them: buried cards whose day is over and
        summaries whose members are known are counted where they belong, though only a session stores that."""
        now = self.now()
        settings = repos.decks.settings(deck_id)
        start, end = self.study_clock.day_bounds(settings.day_start_hour, now)
        new_done, reviews_done = repos.cards.done_today(deck_id, day_start_us=to_us(start))
        counts = repos.cards.counts(
            Scope(deck_id),
            now_us=to_us(now),
            day_end_us=to_us(end),
            new_cap=settings.new_per_day - new_done,
            review_cap=settings.max_reviews_per_day - reviews_done,
            learn_ahead_us=LEARN_AHEAD_US,
            moves=repos.cards.pending_moves(deck_id, now_us=to_us(now)),
        )
        exam = repos.decks.exam(deck_id)
        exam_day = date.fromisoformat(exam.day) if exam else None
        today = self.study_clock.today(settings.day_start_hour, now)
        total = repos.documents.active_cards(deck_id)
        return DeckSummary(
            id=deck_id,
            title=title,
            new=counts.new,
            learning=counts.learning,
            due=counts.review,
            total=total,
            exam_date=exam_day,
            days_to_exam=None if exam_day is None else (exam_day - today).days,
        )

    # -- documents -----------------------------------------------------------------------------------------
    def import_document(
        self,
        path: str | os.PathLike[str],
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        update: str | None = None,
    ) -> ImportResult:
        """Read, extract, generate and store a document as a deck (one transaction).

        Re-importing the same document (edited or not) keeps the progress of items whose ids survive, adds new
        ones and retires the rest; a different document with the title of a deck becomes a deck of its own
        (see :mod:`studyapp.services.deck_identity`), unless ``update`` names the deck it is a new version of.
        Raises DocumentError for an unreadable file, KeyError for an unknown ``update`` deck; a cancelled
        import stores nothing and raises :class:`ImportCancelled`.
        """
        from studyapp.services import deck_identity

        self.connection.require_writable()
        report = progress or (lambda done, total: None)
        prepared = deck_identity.prepare(self, Path(path), target=update, progress=report, cancel=cancel)
        result = deck_identity.store(self, prepared, as_update=True if update else None)
        report(100, 100)
        return result

    def store_document(
        self,
        doc: Document,
        *,
        source_name: str,
        source_text: str,
        items: Sequence[StudyItem],
        facts: Sequence[DatedFact] = (),
        lists: Sequence[StudyList] = (),
        list_titles: Mapping[str, str] | None = None,
    ) -> ImportResult:
        """Store an already parsed document and its items as a deck (one transaction); the sync rules of
        :meth:`import_document` apply. ``source_text`` must parse back into ``doc``; ``list_titles`` names each
        list (by id) as its items do."""
        with self.connection.writing() as repos:
            counts = repos.documents.save(
                doc,
                source_name=source_name,
                source_text=source_text,
                hash=hashlib.sha256(source_text.encode()).hexdigest(),
                facts=facts,
                lists=lists,
                items=items,
                now_us=to_us(self.now()),
                list_titles=list_titles,
            )
            PracticeRepository(repos.db).build_pool(doc.id)
        self.after_write()
        return ImportResult(
            deck_id=doc.id,
            title=doc.title,
            added=counts.added,
            kept=counts.kept,
            retired=counts.retired,
            changes=Changes(decks=frozenset({doc.id})),
        )

    def _build_stale_pools(self) -> None:
        """Build the practice pool of decks imported before pools were kept (once: imports keep them since)."""
        with self.connection.reading() as repos:
            pools = PracticeRepository(repos.db)
            stale = [deck.id for deck in repos.documents.deck_titles() if not pools.pool_is_fresh(deck.id)]
        for deck_id in stale:
            with self.connection.writing() as repos:
                PracticeRepository(repos.db).build_pool(deck_id)

    def document(self, deck_id: str) -> Document:
        """The deck's document, parsed again from the stored source text (KeyError when unknown)."""
        from studyapp.text import parse_document
        from studyapp.text.reading import MARKDOWN_SUFFIXES

        with self.connection.reading() as repos:
            stored = repos.documents.document(deck_id)
        name = Path(stored.source_name)
        markdown = True if name.suffix.lower() in MARKDOWN_SUFFIXES else None
        doc = parse_document(stored.source_text, name=name.stem, markdown=markdown)
        if doc.id != deck_id or doc.display_title != stored.title:  # a deck that shares its title with another
            doc = dataclasses.replace(doc, id=deck_id, title=stored.title)
        return doc

    def items(self, deck_id: str, section: str | None = None) -> list[StudyItem]:
        """Active (not retired) items of a deck, or of one section and its subsections, in article order."""
        with self.connection.reading() as repos:
            return repos.documents.items(deck_id, repos.documents.section_scope(deck_id, section).sections)

    def section_scope(self, deck_id: str, section: str | None) -> Scope:
        """A deck, or a section with its subsections (KeyError for an unknown section)."""
        with self.connection.reading() as repos:
            return repos.documents.section_scope(deck_id, section)

    def section_mastery(self, deck_id: str) -> dict[str, float]:
        """Mastery 0.0-1.0 per section id (mean FSRS retrievability now; unseen cards count 0)."""
        return self.stats.deck(deck_id).mastery

    def card_histories(self, deck_id: str) -> list[CardHistory]:
        """Every card (one per unit) of a deck that is not retired, with its stored state and its answers
        (oldest first), in article order (for exports that carry progress)."""
        with self.connection.reading() as repos:
            histories = repos.cards.histories(deck_id)
        return [
            CardHistory(unit, state, tuple(ReviewRecord(*r) for r in answers)) for unit, state, answers in histories
        ]

    def reading_position(self, deck_id: str) -> ReadingPosition | None:
        with self.connection.reading() as repos:
            row = repos.decks.reading(deck_id)
        return None if row is None else ReadingPosition(row.section_id, row.scroll)

    def set_reading_position(self, deck_id: str, section_id: str, scroll: float) -> Changes:
        if self.read_only:
            return Changes()  # a library opened read-only does not remember where the reader was
        with self.connection.writing() as repos:
            repos.decks.set_reading(deck_id, section_id, scroll)
        return Changes(reading=frozenset({deck_id}))

    # -- backups -------------------------------------------------------------------------------------------
    def backups(self) -> list[BackupInfo]:
        """Backups on disk (once the one being written is complete), newest first."""
        if self._background_backup:
            self._background_backup.wait()
        return list_backups(self.folder)

    def backup(self) -> BackupInfo:
        """Write a backup now (SQLite backup API) and prune old ones."""
        if self._background_backup:
            self._background_backup.wait()
        try:
            written = backups.write_backup(self.repos().db.conn, self.folder, now=self.now(), tz=self.tz)
        except LibraryDamaged as damaged:
            self.watch.damage(damaged)
            raise
        self._last_backup = written.created
        return BackupInfo(written.path, written.created)

    def problem(self) -> LibraryProblem | None:
        """Damage or a failed backup found in the background since the last call (each reported once)."""
        return self.watch.problem()

    def close(self, *, backup: bool = True) -> None:
        """Write a backup (unless read-only or ``backup`` is False), release the instance lock and close the
        database."""
        try:
            if backup and not self.read_only and self.connection.opened:
                self.backup()
        finally:
            self._release()

    def _release(self) -> None:
        if self._background_backup:
            self._background_backup.wait()
        if self.watch.check is not None:
            self.watch.check.wait()
        checkpointed = self._checkpointer is not None
        if self._checkpointer is not None:
            self._checkpointer.stop()
            self._checkpointer = None
        self.connection.close(fold_wal=checkpointed)
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class ImportCancelled(Cancelled):
    """The user cancelled an import; nothing was stored."""


def _utc_now() -> datetime:
    return datetime.now(UTC)
