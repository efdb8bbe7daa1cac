"""Sections marked as read, per deck (table ``reading_marks``, migration 0006)."""

from __future__ import annotations

from sqlite_utils import Database


class ReadingMarks:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.conn = db.conn

    def read_sections(self, deck_id: str) -> dict[str, int]:
        """Section id -> when it was marked read (epoch microseconds, UTC)."""
        rows = self.conn.execute("SELECT section_id, read_us FROM reading_marks WHERE deck_id = ?", [deck_id])
        return dict(rows.fetchall())

    def mark(self, deck_id: str, section_id: str, *, read_us: int) -> None:
        with self.db.atomic():
            self.conn.execute(
                "INSERT INTO reading_marks(deck_id, section_id, read_us) VALUES (?,?,?) "
                "ON CONFLICT(deck_id, section_id) DO NOTHING",
                [deck_id, section_id, read_us],
            )

    def unmark(self, deck_id: str, section_id: str) -> None:
        with self.db.atomic():
            self.conn.execute("DELETE FROM reading_marks WHERE deck_id = ? AND section_id = ?", [deck_id, section_id])
