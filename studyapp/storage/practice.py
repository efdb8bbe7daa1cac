"""What practice reads from a deck: light rows to draw questions from (the practice pool), items by id, the
card of an item, the dated facts (for the timeline) and the numbered lists."""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlite_utils import Database

from studyapp.core.cards import CardState
from studyapp.core.questions import Candidate, QuestionType, question_type
from studyapp.generate.model import StudyItem
from studyapp.storage.items import item_from_row
from studyapp.storage.learner_cards import LearnerCardStore
from studyapp.storage.learner_cards import no_ways as _no_ways

# Items are stored packed (storage.items): the shape of each is read once per import into the practice pool,
# so a draw reads short rows instead of decoding every item.
# Rejected items are never drawn; the learner's own cards neither (a question of their own is judged by its
# wording, which a typed answer's teacher-like grading of dates and entries does not know).
_POOL = (
    "SELECT data FROM items WHERE deck_id = ? AND retired_us IS NULL AND id NOT IN (SELECT item_id FROM rejections) "
    "AND id NOT IN (SELECT item_id FROM own_cards)"
)


class FactRow(NamedTuple):  # a tuple: thousands are read to open a timeline
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
    title: str  # as the list's items name it; "" for a list stored before titles were kept


class PracticeRepository:
    def __init__(self, db: Database) -> None:
        self.db, self.conn = db, db.conn

    def candidates(self, deck_id: str, sections: Sequence[str] = ()) -> list[Candidate]:
        """Every active item of the deck (or of ``sections``) as a drawing candidate, in item id order.

        Read from the deck's practice pool, or from the items themselves while the pool is out of date."""
        if not self.pool_is_fresh(deck_id):
            return [c for c in self._from_items(deck_id) if not sections or c.section in sections]
        sql, args = self._pool_filter(
            "SELECT item_id, section, unit, reveals, type FROM practice_pool", deck_id, sections, None
        )
        types = {t.value: t for t in QuestionType}
        return [
            Candidate(item_id, section, unit, tuple(reveals.split("\n")) if reveals else (), types[kind])
            for item_id, section, unit, reveals, kind in self.conn.execute(sql, args)
        ]

    def units(
        self, deck_id: str, sections: Sequence[str] = (), types: Sequence[QuestionType] | None = None
    ) -> list[tuple[str, str]] | None:
        """(unit, section) of every unit with an item of ``types`` in ``sections`` (all when empty); None when
        the pool is out of date (use :meth:`candidates`)."""
        if not self.pool_is_fresh(deck_id):
            return None
        sql, args = self._pool_filter("SELECT DISTINCT unit, section FROM practice_pool", deck_id, sections, types)
        return self.conn.execute(sql, args).fetchall()

    def options(
        self, deck_id: str, units: Sequence[str], types: Sequence[QuestionType] | None = None
    ) -> dict[str, list[Candidate]]:
        """The ways of asking each of ``units`` (of ``types``), from the pool."""
        kinds = {t.value: t for t in QuestionType}
        found: dict[str, list[Candidate]] = {}
        for start in range(0, len(units), 500):
            chunk = list(units[start : start + 500])
            sql, args = self._pool_filter(
                "SELECT item_id, section, unit, reveals, type FROM practice_pool", deck_id, (), types
            )
            sql += f" AND unit IN ({','.join('?' * len(chunk))})"
            for item_id, section, unit, reveals, kind in self.conn.execute(sql, [*args, *chunk]):
                reveal = tuple(reveals.split("\n")) if reveals else ()
                found.setdefault(unit, []).append(Candidate(item_id, section, unit, reveal, kinds[kind]))
        return found

    @staticmethod
    def _pool_filter(
        select: str, deck_id: str, sections: Sequence[str], types: Collection[QuestionType] | None
    ) -> tuple[str, list[object]]:
        sql, args = f"{select} WHERE deck_id = ?", list[object]([deck_id])
        if sections:
            sql += f" AND section IN ({','.join('?' * len(sections))})"
            args += list(sections)
        if types is not None:
            sql += f" AND type IN ({','.join('?' * len(types)) or 'NULL'})"
            args += [t.value for t in types]
        return sql, args

    def _pool_source(self, deck_id: str) -> str:
        row = self.conn.execute("SELECT hash, imported_us FROM documents WHERE id = ?", [deck_id]).fetchone()
        if row is None:
            raise KeyError(deck_id)
        return f"{row[0]}:{row[1]}"

    def pool_is_fresh(self, deck_id: str) -> bool:
        """True when the deck's pool was built from the deck as it was last imported."""
        row = self.conn.execute("SELECT source FROM practice_pool_state WHERE deck_id = ?", [deck_id]).fetchone()
        return row is not None and row[0] == self._pool_source(deck_id)

    def build_pool(self, deck_id: str) -> None:
        """Build the deck's pool again from its items (after an import)."""
        rows = [
            (deck_id, c.item_id, c.section, c.unit, "\n".join(c.reveals), c.type.value)
            for c in self._from_items(deck_id)
        ]
        with self.db.atomic():
            self.conn.execute("DELETE FROM practice_pool WHERE deck_id = ?", [deck_id])
            self.conn.executemany("INSERT INTO practice_pool VALUES (?,?,?,?,?,?)", rows)
            self.conn.execute(
                "INSERT INTO practice_pool_state(deck_id, source) VALUES (?, ?) "
                "ON CONFLICT(deck_id) DO UPDATE SET source = excluded.source",
                [deck_id, self._pool_source(deck_id)],
            )

    def _from_items(self, deck_id: str) -> list[Candidate]:
        return [_candidate(item_from_row(data)) for (data,) in self.conn.execute(_POOL, [deck_id])]

    def section_counts(self, deck_id: str) -> dict[str, int]:
        """Items per section that a test can draw from."""
        if not self.pool_is_fresh(deck_id):
            counts: dict[str, int] = {}
            for candidate in self._from_items(deck_id):
                counts[candidate.section] = counts.get(candidate.section, 0) + 1
            return counts
        return dict(
            self.conn.execute(
                "SELECT section, count(*) FROM practice_pool WHERE deck_id = ? GROUP BY section", [deck_id]
            )
        )

    def items(self, item_ids: Sequence[str]) -> list[StudyItem]:
        """The items of ``item_ids``, in that order (unknown ids left out)."""
        found: dict[str, StudyItem] = {}
        for start in range(0, len(item_ids), 500):
            chunk = list(item_ids[start : start + 500])
            for item_id, data in self.conn.execute(
                f"SELECT id, data FROM items WHERE id IN ({','.join('?' * len(chunk))})", chunk
            ):
                found[item_id] = item_from_row(data)
        edited = LearnerCardStore(self.db, write_ways=_no_ways).as_learner_sees(
            list(found.values()), drop_rejected=False
        )
        found = {item.id: item for item in edited}
        return [found[i] for i in item_ids if i in found]

    def card_of(self, item_id: str) -> tuple[str, CardState] | None:
        """(deck id, card state) of the card of the unit that ``item_id`` asks about."""
        row = self.conn.execute(
            "SELECT c.deck_id, c.id, c.state, c.step, c.stability, c.difficulty, c.due, c.last_review, c.queue, "
            "c.last_kind FROM items i JOIN cards c ON c.deck_id = i.deck_id AND c.unit = i.unit WHERE i.id = ?",
            [item_id],
        ).fetchone()
        return None if row is None else (row[0], CardState(*row[1:]))

    def facts(self, deck_id: str) -> list[FactRow]:
        rows = self.conn.execute(
            "SELECT id, section, sentence, date_text, date_start, date_end, position FROM facts WHERE deck_id = ? "
            "ORDER BY position",
            [deck_id],
        ).fetchall()
        return list(map(FactRow._make, rows))

    def lists(self, deck_id: str) -> list[ListRow]:
        rows = self.conn.execute(
            "SELECT id, section, lead, entries, position, title FROM lists WHERE deck_id = ? ORDER BY position",
            [deck_id],
        ).fetchall()
        return [
            ListRow(
                list_id, section, lead, tuple((int(n), str(text)) for n, text, *_ in json.loads(entries)), pos, title
            )
            for list_id, section, lead, entries, pos, title in rows
        ]


def _candidate(item: StudyItem) -> Candidate:
    return Candidate(
        item.id,
        item.section,
        item.memory_unit,
        item.reveals,
        question_type(
            item.kind,
            choices=len(item.choices),
            order=len(item.order),
            answer_length=len(item.answer),
            multiline="\n" in item.answer,
            answer_in_choices=item.answer in item.choices,
        ),
    )
