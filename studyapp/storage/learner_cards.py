"""The learner's own hand on the cards: edits over generated items, rejections, own cards, and undoing each.

Edits and rejections are kept by item id in tables of their own (see :mod:`studyapp.storage.learner_schema`),
so a re-import, which rewrites the items, leaves them be; own cards are items of their own unit, kept by
``own_cards`` and handed back to every re-import. Every change returns a :class:`CardChange` whose ``before``
records what :meth:`LearnerCardStore.revert` puts back.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from studyapp.core.card_changes import CardChange, CardEdit, RejectReason, UndoAction, apply_edit
from studyapp.core.cards import Queue
from studyapp.generate.model import StudyItem
from studyapp.storage.items import item_from_row, item_to_row

WriteWays = Callable[[str, Collection[str]], None]
_SUSPENDED, _RETIRED = int(Queue.SUSPENDED), int(Queue.RETIRED)


@dataclass(frozen=True)
class EditRecord:
    """An item's edit: the learner's text, the generated text it was made over, and whether a re-import
    brought different generated text (then ``current`` is the new generated item)."""

    edit: CardEdit
    generated: CardEdit
    generated_source: str
    source_changed: bool
    current: StudyItem  # the item as generated now


def no_ways(deck_id: str, units: Collection[str]) -> None:
    """For a store that only reads, or whose caller writes the units' ways itself."""


def _marks(values: Collection[object]) -> str:
    return ",".join("?" * len(values))


def _generated(item: StudyItem) -> str:
    return json.dumps([item.prompt, item.answer, list(item.choices), item.source.text], ensure_ascii=False)


class LearnerCardStore:
    """Edits, rejections and own cards of the library (one connection)."""

    def __init__(self, db: Database, *, write_ways: WriteWays) -> None:
        self.db, self.conn, self._write_ways = db, db.conn, write_ways

    # -- reading -------------------------------------------------------------------------------------------
    def generated_item(self, item_id: str) -> StudyItem:
        row = self.conn.execute("SELECT data FROM items WHERE id = ?", [item_id]).fetchone()
        if row is None:
            raise KeyError(item_id)
        return item_from_row(row[0])

    def edits(self, item_ids: Collection[str]) -> dict[str, CardEdit]:
        found: dict[str, CardEdit] = {}
        ids = list(item_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for item_id, prompt, answer, choices in self.conn.execute(
                f"SELECT item_id, prompt, answer, choices FROM card_edits WHERE item_id IN ({_marks(chunk)})", chunk
            ):
                found[item_id] = CardEdit(prompt, answer, tuple(json.loads(choices)) if choices else ())
        return found

    def edit_record(self, item_id: str) -> EditRecord | None:
        row = self.conn.execute(
            "SELECT prompt, answer, choices, generated, source_changed FROM card_edits WHERE item_id = ?", [item_id]
        ).fetchone()
        if row is None:
            return None
        prompt, answer, choices, generated, changed = row
        g_prompt, g_answer, g_choices, g_source = json.loads(generated)
        return EditRecord(
            CardEdit(prompt, answer, tuple(json.loads(choices)) if choices else ()),
            CardEdit(g_prompt, g_answer, tuple(g_choices)),
            g_source,
            bool(changed),
            self.generated_item(item_id),
        )

    def rejected(self, deck_id: str) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT item_id FROM rejections WHERE deck_id = ?", [deck_id])}

    def rejection(self, item_id: str) -> str | None:
        row = self.conn.execute("SELECT reason FROM rejections WHERE item_id = ?", [item_id]).fetchone()
        return None if row is None else str(row[0])

    def is_edited(self, item_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM card_edits WHERE item_id = ?", [item_id]).fetchone() is not None

    def is_own(self, item_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM own_cards WHERE item_id = ?", [item_id]).fetchone() is not None

    def as_learner_sees(self, items: Sequence[StudyItem], *, drop_rejected: bool = True) -> list[StudyItem]:
        """``items`` with the learner's edits over them, the rejected ones left out (unless asked not to)."""
        ids = [i.id for i in items]
        edits = self.edits(ids)
        rejected: set[str] = set()
        if drop_rejected and ids:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                rejected.update(
                    r[0]
                    for r in self.conn.execute(
                        f"SELECT item_id FROM rejections WHERE item_id IN ({_marks(chunk)})", chunk
                    )
                )
        return [apply_edit(i, edits[i.id]) if i.id in edits else i for i in items if i.id not in rejected]

    def own_items(self, deck_id: str) -> list[StudyItem]:
        rows = self.conn.execute(
            "SELECT i.data FROM own_cards o JOIN items i ON i.id = o.item_id WHERE o.deck_id = ? "
            "ORDER BY i.position, i.rowid",
            [deck_id],
        )
        return [item_from_row(data) for (data,) in rows]

    def section_position(self, deck_id: str, section_id: str) -> int:
        """Where a section's cards stand in article order (an own card is introduced with them)."""
        row = self.conn.execute(
            "SELECT coalesce(min(position), 0) FROM items WHERE deck_id = ? AND section = ?", [deck_id, section_id]
        ).fetchone()
        return int(row[0])

    def rejected_counts(self, deck_id: str | None) -> dict[str, dict[str, int]]:
        """Rejected items by reason, then by kind (every reason named, 0 when none)."""
        sql = "SELECT r.reason, i.kind, count(*) FROM rejections r JOIN items i ON i.id = r.item_id"
        rows = self.conn.execute(
            sql + (" WHERE r.deck_id = ?" if deck_id else "") + " GROUP BY r.reason, i.kind",
            [deck_id] if deck_id else [],
        )
        counts: dict[str, dict[str, int]] = {reason.value: {} for reason in RejectReason}
        for reason, kind, count in rows:
            counts.setdefault(reason, {})[kind] = count
        return counts

    # -- changes -------------------------------------------------------------------------------------------
    def edit(self, item_id: str, edit: CardEdit, *, now_us: int) -> CardChange:
        """Lay ``edit`` over the item (its schedule and history untouched); ValueError when it cannot be."""
        item = self.generated_item(item_id)
        problem = edit.problem(item)
        if problem:
            raise ValueError(problem)
        deck_id = self._deck_of(item_id)
        before = self._edit_rows([item_id])
        with self.db.atomic():
            self.conn.execute(
                "INSERT INTO card_edits(item_id, deck_id, prompt, answer, choices, generated, source_changed, "
                "edited_us) VALUES (?,?,?,?,?,?,0,?) ON CONFLICT(item_id) DO UPDATE SET prompt = excluded.prompt, "
                "answer = excluded.answer, choices = excluded.choices, generated = excluded.generated, "
                "source_changed = 0, edited_us = excluded.edited_us",
                [
                    item_id,
                    deck_id,
                    edit.prompt,
                    edit.answer,
                    json.dumps(list(edit.choices), ensure_ascii=False) if edit.choices else "",
                    _generated(item),
                    now_us,
                ],
            )
            self.conn.execute(
                "UPDATE items SET prompt = ?, answer = ? WHERE id = ?", [edit.prompt, edit.answer, item_id]
            )
            self._pool_stale([deck_id])
        return CardChange(UndoAction.EDIT, (deck_id,), (item_id,), json.dumps({"edits": before}))

    def drop_edit(self, item_id: str) -> CardChange:
        """Go back to the generated text (the learner took the new generated text over their own)."""
        deck_id = self._deck_of(item_id)
        before = self._edit_rows([item_id])
        item = self.generated_item(item_id)
        with self.db.atomic():
            self.conn.execute("DELETE FROM card_edits WHERE item_id = ?", [item_id])
            self.conn.execute(
                "UPDATE items SET prompt = ?, answer = ? WHERE id = ?", [item.prompt, item.answer, item_id]
            )
            self._pool_stale([deck_id])
        return CardChange(UndoAction.EDIT, (deck_id,), (item_id,), json.dumps({"edits": before}))

    def reject(self, item_ids: Sequence[str], reason: RejectReason, *, now_us: int) -> CardChange:
        """Reject items (a unit left with no way of asking it leaves every queue, suspended)."""
        places = self._places(item_ids)
        before = self._rejection_state(item_ids, places)
        with self.db.atomic():
            self.conn.executemany(
                "INSERT INTO rejections(item_id, deck_id, reason, rejected_us) VALUES (?,?,?,?) "
                "ON CONFLICT(item_id) DO UPDATE SET reason = excluded.reason, rejected_us = excluded.rejected_us",
                [(item_id, places[item_id][0], reason.value, now_us) for item_id in item_ids],
            )
            self._rewrite_units(places.values())
            self._pool_stale(_decks(places))
        return CardChange(UndoAction.REJECT, _decks(places), tuple(item_ids), before)

    def restore(self, item_ids: Sequence[str]) -> CardChange:
        """Bring rejected items back: a unit the rejection had taken out of the queues returns to its queue; one
        the learner had suspended themselves stays suspended."""
        places = self._places(item_ids)
        before = self._rejection_state(item_ids, places)
        with self.db.atomic():
            self.conn.executemany("DELETE FROM rejections WHERE item_id = ?", [(i,) for i in item_ids])
            self._rewrite_units(places.values())
            self._pool_stale(_decks(places))
            for deck_id, unit in set(places.values()):
                if self._ways(deck_id, unit) == "" or not self._held(deck_id, unit):
                    continue
                self.conn.execute(
                    "UPDATE cards SET queue = CASE WHEN last_review IS NULL THEN ? WHEN state = 2 THEN ? ELSE ? END "
                    "WHERE deck_id = ? AND unit = ? AND queue = ?",
                    [int(Queue.NEW), int(Queue.REVIEW), int(Queue.LEARNING), deck_id, unit, _SUSPENDED],
                )
                self.conn.execute("DELETE FROM rejection_holds WHERE deck_id = ? AND unit = ?", [deck_id, unit])
        return CardChange(UndoAction.RESTORE, _decks(places), tuple(item_ids), before)

    def create(self, item: StudyItem, *, deck_id: str, now_us: int) -> CardChange:
        """Store the learner's own item as a unit of its own, with a new card (ValueError when it exists)."""
        if self.conn.execute("SELECT 1 FROM items WHERE id = ?", [item.id]).fetchone():
            raise ValueError("That card exists already.")
        with self.db.atomic():
            self.conn.execute(
                "INSERT INTO items(id, deck_id, kind, section, origin, position, data, unit, reveals, prompt, "
                "answer, source) VALUES (?,?,?,?,?,?,?,?,'',?,?,?)",
                [
                    item.id,
                    deck_id,
                    item.kind,
                    item.section,
                    item.origin,
                    item.position,
                    item_to_row(item),
                    item.memory_unit,
                    item.prompt,
                    item.answer,
                    item.source.text,
                ],
            )
            self.conn.execute(
                "INSERT INTO own_cards(item_id, deck_id, created_us) VALUES (?,?,?)", [item.id, deck_id, now_us]
            )
            self.conn.execute(
                "INSERT INTO cards(deck_id, unit, section, origin, position, ways, queue, state, step, due) "
                "VALUES (?,?,?,?,?,'',?,1,0,?) ON CONFLICT(deck_id, unit) DO UPDATE SET queue = excluded.queue",
                [deck_id, item.memory_unit, item.section, item.origin, item.position, int(Queue.NEW), now_us],
            )
            self._write_ways(deck_id, [item.memory_unit])
            self._count_active(deck_id)
            self._pool_stale([deck_id])
        return CardChange(UndoAction.CREATE, (deck_id,), (item.id,))

    def revert(self, change: CardChange) -> None:
        """Put back what ``change`` found (a created card that was answered since is retired, history kept)."""
        with self.db.atomic():
            if change.action is UndoAction.CREATE:
                self._uncreate(change)
            elif change.action is UndoAction.EDIT:
                self._put_edits(change.item_ids, json.loads(change.before)["edits"])
            else:
                self._put_rejections(change)
            self._pool_stale(change.deck_ids)

    # -- re-import -----------------------------------------------------------------------------------------
    def after_import(self, deck_id: str) -> None:
        """After the deck's items were rewritten by a re-import: the learner's text back over them, and an
        edit whose generated text changed flagged (both kept); call inside a transaction."""
        rows = self.conn.execute(
            "SELECT e.item_id, e.prompt, e.answer, e.generated, i.data FROM card_edits e "
            "JOIN items i ON i.id = e.item_id WHERE e.deck_id = ?",
            [deck_id],
        ).fetchall()
        for item_id, prompt, answer, generated, data in rows:
            changed = _generated(item_from_row(data)) != generated
            self.conn.execute("UPDATE items SET prompt = ?, answer = ? WHERE id = ?", [prompt, answer, item_id])
            if changed:
                self.conn.execute("UPDATE card_edits SET source_changed = 1 WHERE item_id = ?", [item_id])

    # -- helpers -------------------------------------------------------------------------------------------
    def _deck_of(self, item_id: str) -> str:
        row = self.conn.execute("SELECT deck_id FROM items WHERE id = ?", [item_id]).fetchone()
        if row is None:
            raise KeyError(item_id)
        return str(row[0])

    def _places(self, item_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        places: dict[str, tuple[str, str]] = {}
        for item_id in item_ids:
            row = self.conn.execute("SELECT deck_id, unit FROM items WHERE id = ?", [item_id]).fetchone()
            if row is None:
                raise KeyError(item_id)
            places[item_id] = (row[0], row[1])
        return places

    def _ways(self, deck_id: str, unit: str) -> str | None:
        row = self.conn.execute("SELECT ways FROM cards WHERE deck_id = ? AND unit = ?", [deck_id, unit]).fetchone()
        return None if row is None else str(row[0])

    def _held(self, deck_id: str, unit: str) -> bool:
        """Whether the unit is suspended because all its items were rejected (not by the learner)."""
        row = self.conn.execute("SELECT 1 FROM rejection_holds WHERE deck_id = ? AND unit = ?", [deck_id, unit])
        return row.fetchone() is not None

    def _edit_rows(self, item_ids: Sequence[str]) -> list[list[Any]]:
        return [
            list(row)
            for row in self.conn.execute(
                "SELECT item_id, deck_id, prompt, answer, choices, generated, source_changed, edited_us "
                f"FROM card_edits WHERE item_id IN ({_marks(item_ids)})",
                list(item_ids),
            )
        ]

    def _put_edits(self, item_ids: Sequence[str], rows: list[list[Any]]) -> None:
        self.conn.executemany("DELETE FROM card_edits WHERE item_id = ?", [(i,) for i in item_ids])
        self.conn.executemany("INSERT INTO card_edits VALUES (?,?,?,?,?,?,?,?)", rows)
        edited = {row[0]: (row[2], row[3]) for row in rows}
        for item_id in item_ids:
            item = self.generated_item(item_id)
            prompt, answer = edited.get(item_id, (item.prompt, item.answer))
            self.conn.execute("UPDATE items SET prompt = ?, answer = ? WHERE id = ?", [prompt, answer, item_id])

    def _rejection_state(self, item_ids: Sequence[str], places: dict[str, tuple[str, str]]) -> str:
        ids = list(item_ids)
        rejections = [
            list(row)
            for start in range(0, len(ids), 500)
            for row in self.conn.execute(
                "SELECT item_id, deck_id, reason, rejected_us FROM rejections "
                f"WHERE item_id IN ({_marks(ids[start : start + 500])})",
                ids[start : start + 500],
            )
        ]
        queues = [
            [deck_id, unit, *row]
            for deck_id, unit in set(places.values())
            for row in self.conn.execute(
                "SELECT queue, buried_until FROM cards WHERE deck_id = ? AND unit = ?", [deck_id, unit]
            )
        ]
        holds = [[deck_id, unit] for deck_id, unit in set(places.values()) if self._held(deck_id, unit)]
        return json.dumps({"rejections": rejections, "queues": queues, "holds": holds}, ensure_ascii=False)

    def _put_rejections(self, change: CardChange) -> None:
        before = json.loads(change.before)
        self.conn.executemany("DELETE FROM rejections WHERE item_id = ?", [(i,) for i in change.item_ids])
        self.conn.executemany("INSERT INTO rejections VALUES (?,?,?,?)", before["rejections"])
        units = [(deck_id, unit) for deck_id, unit, _, _ in before["queues"]]
        self._write_units(units)
        self.conn.executemany("DELETE FROM rejection_holds WHERE deck_id = ? AND unit = ?", units)
        self.conn.executemany("INSERT INTO rejection_holds(deck_id, unit) VALUES (?, ?)", before.get("holds", []))
        self.conn.executemany(
            "UPDATE cards SET queue = ?, buried_until = ? WHERE deck_id = ? AND unit = ?",
            [(queue, buried, deck_id, unit) for deck_id, unit, queue, buried in before["queues"]],
        )

    def _rewrite_units(self, units: Iterable[tuple[str, str]]) -> None:
        """New ways for ``units``; a unit left with none leaves the queues (suspended, and held: a restore brings
        it back, which it does not do for a unit the learner had suspended)."""
        units = set(units)
        self._write_units(units)
        self.conn.executemany(
            "INSERT OR IGNORE INTO rejection_holds(deck_id, unit) SELECT deck_id, unit FROM cards "
            f"WHERE deck_id = ? AND unit = ? AND ways = '' AND queue NOT IN ({_SUSPENDED}, {_RETIRED})",
            list(units),
        )
        self.conn.executemany(
            f"UPDATE cards SET queue = {_SUSPENDED}, buried_until = NULL WHERE deck_id = ? AND unit = ? "
            f"AND ways = '' AND queue NOT IN ({_SUSPENDED}, {_RETIRED})",
            list(units),
        )

    def _write_units(self, units: Iterable[tuple[str, str]]) -> None:
        by_deck: dict[str, set[str]] = {}
        for deck_id, unit in units:
            by_deck.setdefault(deck_id, set()).add(unit)
        for deck_id, deck_units in by_deck.items():
            self._write_ways(deck_id, deck_units)

    def _uncreate(self, change: CardChange) -> None:
        (item_id,), (deck_id,) = change.item_ids, change.deck_ids
        row = self.conn.execute(
            "SELECT c.id, c.reps FROM cards c JOIN items i ON i.deck_id = c.deck_id AND i.unit = c.unit WHERE i.id = ?",
            [item_id],
        ).fetchone()
        self.conn.execute(
            "DELETE FROM rejection_holds WHERE deck_id = ? AND unit = (SELECT unit FROM items WHERE id = ?)",
            [deck_id, item_id],
        )
        self.conn.execute("DELETE FROM own_cards WHERE item_id = ?", [item_id])
        self.conn.execute("DELETE FROM card_edits WHERE item_id = ?", [item_id])
        self.conn.execute("DELETE FROM rejections WHERE item_id = ?", [item_id])
        answered = self.conn.execute("SELECT 1 FROM reviews WHERE item_id = ? LIMIT 1", [item_id]).fetchone()
        if row is not None and (row[1] or answered):  # answered since: retired with its history, never lost
            self.conn.execute("UPDATE items SET retired_us = 0 WHERE id = ?", [item_id])
            self.conn.execute("UPDATE cards SET queue = ? WHERE id = ?", [_RETIRED, row[0]])
        else:
            if row is not None:
                self.conn.execute("DELETE FROM cards WHERE id = ?", [row[0]])
            self.conn.execute("DELETE FROM items WHERE id = ?", [item_id])
        self._count_active(deck_id)

    def _count_active(self, deck_id: str) -> None:
        self.conn.execute(
            "UPDATE documents SET active_cards = (SELECT count(*) FROM cards WHERE deck_id = ? AND queue != ?) "
            "WHERE id = ?",
            [deck_id, _RETIRED, deck_id],
        )

    def _pool_stale(self, deck_ids: Iterable[str]) -> None:
        """Practice draws from the deck's items as the learner left them: its pool is built again."""
        self.conn.executemany("DELETE FROM practice_pool_state WHERE deck_id = ?", [(d,) for d in set(deck_ids)])


def _decks(places: dict[str, tuple[str, str]]) -> tuple[str, ...]:
    return tuple(sorted({deck_id for deck_id, _ in places.values()}))
