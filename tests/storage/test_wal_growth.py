"""The WAL stays small under constant writes and is cut back to nothing at quiet moments (issue 12, finding 14)."""

from __future__ import annotations

import os
import sqlite3
import time

from studyapp.storage.checkpoint import Checkpointer
from studyapp.storage.database import DB_NAME, WAL_LIMIT, open_database


def test_the_wal_stays_bounded_under_constant_writes_and_is_truncated_when_quiet(tmp_path):
    db = open_database(tmp_path / DB_NAME, background_checkpoints=True)
    conn = db.conn
    conn.execute("CREATE TABLE log (id INTEGER PRIMARY KEY, body BLOB)")
    wal = tmp_path / f"{DB_NAME}-wal"
    checkpointer = Checkpointer(tmp_path / DB_NAME, interval=0.05).start()
    try:
        peak, written, started = 0, 0, time.monotonic()
        while time.monotonic() - started < 2.0:  # an answer's worth of pages, committed one by one
            conn.execute("BEGIN")
            conn.execute("INSERT INTO log(body) VALUES (?)", [os.urandom(3000)])
            conn.execute("UPDATE log SET body = ? WHERE id = ?", [os.urandom(3000), written // 2 + 1])
            conn.execute("COMMIT")
            time.sleep(0.0005)  # the app's own work between two answers (far less than a learner's pause)
            written += 1
            if written % 50 == 0:
                peak = max(peak, wal.stat().st_size)
        database = (tmp_path / DB_NAME).stat().st_size
        assert written > 1000  # enough writes that an unbounded WAL would be far past the limit
        assert peak <= 3 * WAL_LIMIT, (peak, database)
        deadline = time.monotonic() + 5
        while wal.stat().st_size and time.monotonic() < deadline:  # a quiet moment
            time.sleep(0.05)
        assert wal.stat().st_size == 0
    finally:
        checkpointer.stop()
        conn.close()
    check = sqlite3.connect(tmp_path / DB_NAME)
    assert check.execute("SELECT count(*) FROM log").fetchone()[0] == written
    check.close()
