"""A small library with answers, and ways to hurt its file, for the durability tests."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fsrs import Rating

from studyapp.generate.model import Source, StudyItem
from studyapp.services.library import Library
from studyapp.storage.database import DB_NAME
from studyapp.text import parse_document

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Durability Test\n\nONE\n\nIn 1900 a thing happened.\n"


class Clock:
    def __init__(self, now: datetime = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def open_library(folder: Path, clock: Clock | None = None, **options) -> Library:
    return Library.open(folder, import_bundled=False, clock=clock or Clock(), tz=UTC, fuzzing=False, **options)


def fill(library: Library, n: int = 40) -> str:
    """A deck of ``n`` hand-made cards, all new today; returns its id."""
    doc = parse_document(TEXT, name="durability")
    items = [
        StudyItem(
            id=f"{doc.id}:{i}",
            kind="date-when",
            section="one",
            prompt=f"Question {i}?",
            answer="1900",
            source=Source("one", "One", "In 1900 a thing happened."),
            origin=f"o{i}",
            position=i,
        )
        for i in range(n)
    ]
    library.store_document(doc, source_name="durability.txt", source_text=TEXT, items=items)
    library.settings.set(doc.id, replace(library.settings.get(doc.id), new_per_day=100_000))
    return doc.id


def answer(library: Library, deck: str, count: int, clock: Clock | None = None) -> list[int]:
    """Answer ``count`` cards; the log ids of the committed answers."""
    session = library.study.start_session(deck)
    ids = []
    for _ in range(count):
        if session.current is None:
            break
        session.show_answer()
        now = clock.advance(seconds=7) if clock else library.now()
        ids.append(session.rate(Rating.Good, now=now, duration_ms=3000).log_id)
    return ids


def stored_answers(path: Path) -> set[int]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT reviewed FROM reviews")}
    finally:
        conn.close()


def answers_left_in_the_wal(folder: Path, deck: str, count: int) -> list[int]:
    """A child process answers ``count`` cards and dies without closing: the answers live only in the WAL."""
    code = (
        "import os, sys\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from tests.storage.safety_samples import open_library, answer\n"
        "lib = open_library(__import__('pathlib').Path(sys.argv[2]))\n"
        "print(' '.join(map(str, answer(lib, sys.argv[3], int(sys.argv[4])))), flush=True)\n"
        "os._exit(0)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(ROOT), str(folder), deck, str(count)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    ).stdout
    wal = folder / f"{DB_NAME}-wal"
    assert wal.exists() and wal.stat().st_size > 0
    return [int(x) for x in out.split()]


def damage_table(path: Path, table: str) -> None:
    """Overwrite the header of a page of ``table`` (the schema stays readable: the file opens, the table not)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    conn.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\x99" * 12)
