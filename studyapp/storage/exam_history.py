"""Mock exams kept with their answers (tables of migration ``0007_exams_history``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database


@dataclass(frozen=True)
class ExamRow:
    id: int
    deck_id: str
    started_us: int
    finished_us: int
    time_limit_s: int | None
    ended_by: str
    sections: tuple[str, ...]
    questions: int
    correct: int


@dataclass(frozen=True)
class AnswerRow:
    number: int
    item_id: str
    section: str
    type: str
    item: str  # the item's JSON as asked
    entries: tuple[str, ...]
    response: str | tuple[str, ...] | None
    verdict: str
    note: str
    correct: bool


class ExamHistoryRepository:
    def __init__(self, db: Database) -> None:
        self.db, self.conn = db, db.conn

    def add(self, exam: ExamRow, answers: list[AnswerRow]) -> int:
        """Store an exam and its answers in one transaction; returns its id (``exam.id`` is ignored)."""
        with self.db.atomic():
            cursor = self.conn.execute(
                "INSERT INTO mock_exams(deck_id, started_us, finished_us, time_limit_s, ended_by, sections, "
                "questions, correct) VALUES (?,?,?,?,?,?,?,?)",
                [
                    exam.deck_id,
                    exam.started_us,
                    exam.finished_us,
                    exam.time_limit_s,
                    exam.ended_by,
                    json.dumps(list(exam.sections)),
                    exam.questions,
                    exam.correct,
                ],
            )
            exam_id = cursor.lastrowid
            assert exam_id is not None  # an INSERT's cursor always has a last row id
            self.conn.executemany(
                "INSERT INTO mock_exam_answers(exam_id, number, item_id, section, type, item, entries, response, "
                "verdict, note, correct) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        exam_id,
                        a.number,
                        a.item_id,
                        a.section,
                        a.type,
                        a.item,
                        json.dumps(list(a.entries), ensure_ascii=False),
                        None if a.response is None else json.dumps(a.response, ensure_ascii=False),
                        a.verdict,
                        a.note,
                        int(a.correct),
                    )
                    for a in answers
                ],
            )
        return exam_id

    def exams(self, deck_id: str) -> list[ExamRow]:
        """The deck's exams, oldest first."""
        rows = self.conn.execute(
            "SELECT id, deck_id, started_us, finished_us, time_limit_s, ended_by, sections, questions, correct "
            "FROM mock_exams WHERE deck_id = ? ORDER BY finished_us, id",
            [deck_id],
        ).fetchall()
        return [_exam_row(r) for r in rows]

    def exam(self, exam_id: int) -> ExamRow:
        row = self.conn.execute(
            "SELECT id, deck_id, started_us, finished_us, time_limit_s, ended_by, sections, questions, correct "
            "FROM mock_exams WHERE id = ?",
            [exam_id],
        ).fetchone()
        if row is None:
            raise KeyError(exam_id)
        return _exam_row(row)

    def answers(self, exam_id: int) -> list[AnswerRow]:
        rows = self.conn.execute(
            "SELECT number, item_id, section, type, item, entries, response, verdict, note, correct "
            "FROM mock_exam_answers WHERE exam_id = ? ORDER BY number",
            [exam_id],
        ).fetchall()
        return [
            AnswerRow(
                number,
                item_id,
                section,
                kind,
                item,
                tuple(json.loads(entries)),
                _response(response),
                verdict,
                note,
                bool(correct),
            )
            for number, item_id, section, kind, item, entries, response, verdict, note, correct in rows
        ]

    def delete(self, exam_id: int) -> None:
        with self.db.atomic():
            self.conn.execute("DELETE FROM mock_exam_answers WHERE exam_id = ?", [exam_id])
            self.conn.execute("DELETE FROM mock_exams WHERE id = ?", [exam_id])


def _response(stored: str | None) -> str | tuple[str, ...] | None:
    if stored is None:
        return None
    value = json.loads(stored)
    return tuple(value) if isinstance(value, list) else value


def _exam_row(row: tuple[Any, ...]) -> ExamRow:
    exam_id, deck_id, started_us, finished_us, time_limit_s, ended_by, sections, questions, correct = row
    return ExamRow(
        exam_id,
        deck_id,
        started_us,
        finished_us,
        time_limit_s,
        ended_by,
        tuple(json.loads(sections)),
        questions,
        correct,
    )
