"""The library file's connections, and the two ways a service uses them: to read or to write.

SQLite connections belong to the thread that opened them, so each thread gets its own, opened on first use;
closing the library closes them all. A service reads inside :meth:`LibraryConnection.reading` (SQLite itself
refuses any write made there: a read can never change the library) and writes inside
:meth:`LibraryConnection.writing` (one atomic transaction, refused with a plain message when the library is
open read-only).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from studyapp.errors import LibraryError
from studyapp.storage.database import checkpoint
from studyapp.storage.repositories import Repositories


class LibraryConnection:
    """One connection per thread to the library database, opened read-only or writable.

    Attributes:
        path: the database file.
        read_only: True when nothing may be written (another instance holds the library, or a CLI read).
        why_read_only: said in the message when a write is refused.
    """

    def __init__(
        self,
        path: Path,
        *,
        read_only: bool,
        background_checkpoints: bool,
        after_answer: Callable[[], None],
    ) -> None:
        self.path, self.read_only = path, read_only
        self.why_read_only = "another studyapp window holds it"
        self._background_checkpoints = background_checkpoints
        self._after_answer = after_answer
        self._local = threading.local()
        self._opened: list[Repositories] = []
        self._guard = threading.Lock()

    def repos(self) -> Repositories:
        """This thread's repositories (its connection opened on first use)."""
        repos: Repositories | None = getattr(self._local, "repos", None)
        if repos is None:
            repos = Repositories.open(
                self.path, read_only=self.read_only, background_checkpoints=self._background_checkpoints
            )
            repos.cards.after_answer = self._after_answer
            self._local.repos = repos
            self._local.reads = 0
            with self._guard:
                self._opened.append(repos)
        return repos

    @contextlib.contextmanager
    def reading(self) -> Iterator[Repositories]:
        """This thread's repositories for a read: any write attempted inside is refused by SQLite
        (``PRAGMA query_only``). Reads nest; a read inside a write transaction is part of that write."""
        repos = self.repos()
        conn = repos.db.conn
        guard = self._local.reads == 0 and not conn.in_transaction
        if guard:
            conn.execute("PRAGMA query_only = ON")
        self._local.reads += 1
        try:
            yield repos
        except BaseException:
            if guard:
                with contextlib.suppress(sqlite3.Error):  # the read's own error is the one to tell
                    conn.execute("PRAGMA query_only = OFF")
            raise
        else:
            if guard:
                conn.execute("PRAGMA query_only = OFF")
        finally:
            self._local.reads -= 1

    @contextlib.contextmanager
    def writing(self) -> Iterator[Repositories]:
        """This thread's repositories inside one atomic transaction (nested writes are savepoints of it).

        Raises:
            LibraryError: the library is open read-only.
        """
        self.require_writable()
        repos = self.repos()
        if self._local.reads:
            raise RuntimeError("A write was started inside a read.")
        conn = repos.db.conn
        if conn.in_transaction:
            with repos.db.atomic():
                yield repos
            return
        # IMMEDIATE: the write lock is taken (waiting for another writer) before anything is read, so a write
        # that reads first is never refused halfway because another connection wrote in between.
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield repos
        except BaseException:
            repos.db.rollback()
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            repos.db.rollback()
            raise

    def require_writable(self) -> None:
        """Raise a plain :class:`LibraryError` when the library is open read-only."""
        if self.read_only:
            raise LibraryError(f"The library is open read-only ({self.why_read_only}).")

    @property
    def opened(self) -> bool:
        """True once a connection was opened (and not yet closed)."""
        return bool(self._opened)

    def close(self, *, fold_wal: bool = False) -> None:
        """Close every thread's connection; ``fold_wal`` first folds the WAL into the database file."""
        with self._guard:
            if fold_wal and self._opened:
                checkpoint(self._opened[0].db)
            for repos in self._opened:
                repos.close()
            self._opened.clear()
        self._local = threading.local()
