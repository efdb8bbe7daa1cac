"""What practice reads from a deck: light rows to draw questions from, items by id, the card of an item,
the dated facts (for the timeline) and the numbered lists."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from studyapp.core.cards import CardState
from studyapp.core.questions import Candidate, question_type
from studyapp.generate.model import StudyItem
from studyapp.storage.items import item_from_json

# The shape of each item, read inside SQLite (json_extract runs in C): decoding 10,000 items in Python
# would cost more than drawing a whole exam.
_POOL = (
    "SELECT id, section, coalesce(nullif(json_extract(data, '$.unit'), ''), origin), "
    "json_extract(data, '$.reveals'), kind, json_array_length(data, '$.choices'), "
    "json_array_length(data, '$.order'), length(json_extract(data, '$.answer')), "
    "instr(json_extract(data, '$.answer'), char(10)) > 0, "
    "EXISTS (SELECT 1 FROM json_each(data, '$.choices') WHERE value = json_extract(data, '$.answer')) "
    "FROM items WHERE deck_id = ? AND retired_us IS NULL"
)


@dataclass(frozen=True)
class FactRow:
    id: str
    section: str
    sentence: str
    date_text: str
    date_start: str
    date_end: str
    position: int


@dataclass(frozen=True)
class ListRow:
    id: str
    section: str
    lead: str
    entries: tuple[tuple[int, str], ...]  # (number, text)
    position: int


class PracticeRepository:
    def __init__(self, db: Database) -> None:
        self.conn = db.conn

    def candidates(self, deck_id: str, sections: Sequence[str] = ()) -> list[Candidate]:
        """Every active item of the deck (or of ``sections``) as a drawing candidate, in article order."""
        sql, args = _POOL, [deck_id]
        if sections:
            sql += f" AND section IN ({','.join('?' * len(sections))})"
            args += list(sections)
        rows = self.conn.execute(sql + " ORDER BY position, rowid", args).fetchall()
        return [
            Candidate(
                item_id,
                section,
                unit,
                tuple(json.loads(reveals)) if reveals and reveals != "[]" else (),
                question_type(
                    kind,
                    choices=choices or 0,
                    order=order or 0,
                    answer_length=length or 0,
                    multiline=bool(multiline),
                    answer_in_choices=bool(in_choices),
                ),
            )
            for item_id, section, unit, reveals, kind, choices, order, length, multiline, in_choices in rows
        ]

    def items(self, item_ids: Sequence[str]) -> list[StudyItem]:
        """The items of ``item_ids``, in that order (unknown ids left out)."""
        found: dict[str, StudyItem] = {}
        for start in range(0, len(item_ids), 500):
            chunk = list(item_ids[start : start + 500])
            for item_id, data in self.conn.execute(
                f"SELECT id, data FROM items WHERE id IN ({','.join('?' * len(chunk))})", chunk
            ):
                found[item_id] = item_from_json(data)
        return [found[i] for i in item_ids if i in found]

    def card_of(self, item_id: str) -> tuple[str, CardState] | None:
        """(deck id, card state) of the card that asks ``item_id``."""
        row = self.conn.execute(
            "SELECT deck_id, id, state, step, stability, difficulty, due, last_review, queue FROM cards "
            "WHERE item_id = ?",
            [item_id],
        ).fetchone()
        return None if row is None else (row[0], CardState(*row[1:]))

    def facts(self, deck_id: str) -> list[FactRow]:
        rows = self.conn.execute(
            "SELECT id, section, sentence, date_text, date_start, date_end, position FROM facts WHERE deck_id = ? "
            "ORDER BY position",
            [deck_id],
        ).fetchall()
        return [FactRow(*row) for row in rows]

    def lists(self, deck_id: str) -> list[ListRow]:
        rows = self.conn.execute(
            "SELECT id, section, lead, entries, position FROM lists WHERE deck_id = ? ORDER BY position", [deck_id]
        ).fetchall()
        return [
            ListRow(list_id, section, lead, tuple((int(n), str(text)) for n, text, *_ in json.loads(entries)), pos)
            for list_id, section, lead, entries, pos in rows
        ]
