"""Per-deck rows other than cards: settings, exam, reading position; and library-wide meta values."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import NamedTuple

from sqlite_utils import Database

from studyapp.core.settings import DeckSettings


class ExamRecord(NamedTuple):
    """A deck's exam as stored: its day and target, and the plan last applied for it (ISO days)."""

    day: str
    target: float
    planned_day: str | None
    new_per_day: int | None
    reviews_per_day: int | None


class ReadingRecord(NamedTuple):
    section_id: str
    scroll: float


class DeckRepository:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.conn = db.conn

    def settings(self, deck_id: str) -> DeckSettings:
        row = self.conn.execute("SELECT data FROM deck_settings WHERE deck_id=?", [deck_id]).fetchone()
        if row is None:
            return DeckSettings()
        data = json.loads(row[0])
        for key in ("learning_steps", "relearning_steps"):
            if key in data:
                data[key] = tuple(data[key])
        known = DeckSettings.__dataclass_fields__
        return DeckSettings(**{k: v for k, v in data.items() if k in known})

    def set_settings(self, deck_id: str, settings: DeckSettings) -> None:
        with self.db.atomic():
            self.conn.execute(
                "INSERT INTO deck_settings(deck_id, data) VALUES (?, ?) "
                "ON CONFLICT(deck_id) DO UPDATE SET data=excluded.data",
                [deck_id, json.dumps(asdict(settings))],
            )

    def exam(self, deck_id: str) -> ExamRecord | None:
        row = self.conn.execute(
            "SELECT day, target, planned_day, new_per_day, reviews_per_day FROM exams WHERE deck_id=?", [deck_id]
        ).fetchone()
        return None if row is None else ExamRecord(*row)

    def set_exam(self, deck_id: str, day: str, target: float) -> None:
        self.conn.execute(
            "INSERT INTO exams(deck_id, day, target) VALUES (?,?,?) ON CONFLICT(deck_id) "
            "DO UPDATE SET day=excluded.day, target=excluded.target, planned_day=NULL",
            [deck_id, day, target],
        )

    def set_exam_planned(self, deck_id: str, day: str, *, new_per_day: int, reviews_per_day: int) -> None:
        self.conn.execute(
            "UPDATE exams SET planned_day=?, new_per_day=?, reviews_per_day=? WHERE deck_id=?",
            [day, new_per_day, reviews_per_day, deck_id],
        )

    def clear_exam(self, deck_id: str) -> None:
        with self.db.atomic():
            self.conn.execute("DELETE FROM exams WHERE deck_id=?", [deck_id])

    def reading(self, deck_id: str) -> ReadingRecord | None:
        row = self.conn.execute("SELECT section_id, scroll FROM reading WHERE deck_id=?", [deck_id]).fetchone()
        return None if row is None else ReadingRecord(*row)

    def set_reading(self, deck_id: str, section_id: str, scroll: float) -> None:
        with self.db.atomic():
            self.conn.execute(
                "INSERT INTO reading(deck_id, section_id, scroll) VALUES (?,?,?) ON CONFLICT(deck_id) "
                "DO UPDATE SET section_id=excluded.section_id, scroll=excluded.scroll",
                [deck_id, section_id, scroll],
            )

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", [key]).fetchone()
        return None if row is None else row[0]

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES (?,?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
            [key, value],
        )
