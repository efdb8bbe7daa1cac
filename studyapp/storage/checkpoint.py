"""WAL checkpoints on a background thread, so no answer waits for the database file to be written and synced.

The writing connections turn automatic checkpoints off; this thread's own connection runs a PASSIVE
checkpoint (never blocking readers or writers) every ``interval`` seconds. Under constant writes a PASSIVE
checkpoint never catches up with the end of the WAL, so the WAL would only grow (to several times the
database): once it passes ``WAL_LIMIT`` a TRUNCATE checkpoint waits a moment for the writer and resets it,
and at a quiet moment (nothing written since the last round) the WAL is truncated to nothing. The writers'
``journal_size_limit`` cuts the WAL file back whenever they restart it. SQLite's checkpoints are crash safe:
killing the process at any moment leaves the WAL to be replayed on the next open.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from studyapp.storage.database import WAL_LIMIT


class Checkpointer:
    def __init__(self, path: Path, *, interval: float = 2.0) -> None:
        self._path, self._interval = path, interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="studyapp-checkpoint", daemon=True)

    def start(self) -> Checkpointer:
        self._thread.start()
        return self

    def _run(self) -> None:
        conn = sqlite3.connect(str(self._path), check_same_thread=True)
        try:
            conn.execute("PRAGMA busy_timeout = 100")
            conn.execute(f"PRAGMA journal_size_limit = {WAL_LIMIT}")
            page_size = conn.execute("PRAGMA page_size").fetchone()[0]
            previous = -1
            while not self._stop.wait(self._interval):
                try:
                    _busy, frames, done = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                    quiet = frames == previous and done == frames
                    if frames > 0 and (quiet or frames * page_size > WAL_LIMIT):
                        _busy, frames, done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                    previous = frames
                except sqlite3.Error:
                    continue  # busy or closed under us: the next round will do it
        finally:
            conn.close()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
