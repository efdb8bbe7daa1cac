"""Storing a document as a deck: document, sections, facts, lists, items and cards; re-import sync."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlite_utils import Database

from studyapp.core.cards import Queue, natural_queue
from studyapp.core.ladder import UnitItem, encode_ways
from studyapp.core.queue import Scope
from studyapp.core.units import by_unit, members, shown_by
from studyapp.extract.model import DatedFact, StudyList
from studyapp.generate.model import StudyItem
from studyapp.storage.items import browse_texts, item_from_row, item_to_row
from studyapp.storage.learner_cards import LearnerCardStore
from studyapp.storage.learner_cards import no_ways as _no_ways
from studyapp.text.document import Document


class SectionRecord(NamedTuple):
    """A section of a stored document, in document order."""

    id: str
    title: str
    level: int
    parent: str | None


class DeckTitle(NamedTuple):
    id: str
    title: str


@dataclass(frozen=True)
class StoredDocument:
    id: str
    title: str
    source_name: str
    source_text: str
    hash: str


@dataclass(frozen=True)
class SyncCounts:
    added: int
    kept: int
    retired: int


class DocumentRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(
        self,
        doc: Document,
        *,
        source_name: str,
        source_text: str,
        hash: str,
        facts: Sequence[DatedFact],
        lists: Sequence[StudyList],
        items: Sequence[StudyItem],
        now_us: int,
        list_titles: Mapping[str, str] | None = None,
    ) -> SyncCounts:
        """Store (or update) the deck of ``doc``; call inside a transaction.

        Items are kept by id (a stored item is updated, a missing one retired); cards by unit of memory: a unit
        already stored keeps its card and history, a unit no item asks any more is retired with its history.
        """
        db, deck = self.db, doc.id
        db.execute(
            "INSERT INTO documents(id, title, author, source_name, source_text, hash, imported_us) "
            "VALUES (?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET title=excluded.title, author=excluded.author, "
            "source_name=excluded.source_name, source_text=excluded.source_text, hash=excluded.hash, "
            "imported_us=excluded.imported_us",
            [deck, doc.display_title, doc.author, source_name, source_text, hash, now_us],
        )
        for table in ("sections", "facts", "lists"):
            db.execute(f"DELETE FROM {table} WHERE deck_id = ?", [deck])
        db.conn.executemany(
            "INSERT INTO sections(deck_id, id, title, level, parent, position) VALUES (?,?,?,?,?,?)",
            [(deck, s.id, s.display_title, s.level, s.parent, i) for i, s in enumerate(doc.sections)],
        )
        db.conn.executemany(
            "INSERT INTO facts(deck_id, id, section, sentence, context, date_text, date_start, date_end, position) "
            "VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
            [
                (deck, f.id, f.section, f.sentence, f.context, f.date.text, f.date.start, f.date.end, f.position)
                for f in facts
            ],
        )
        db.conn.executemany(
            "INSERT INTO lists(deck_id, id, section, lead, entries, position, title) VALUES (?,?,?,?,?,?,?) "
            "ON CONFLICT DO NOTHING",
            [
                (
                    deck,
                    lst.id,
                    lst.section,
                    lst.lead,
                    json.dumps([[e.number, e.text, list(e.footnotes)] for e in lst.items], ensure_ascii=False),
                    lst.position,
                    (list_titles or {}).get(lst.id, ""),
                )
                for lst in lists
            ],
        )
        learner = LearnerCardStore(db, write_ways=_no_ways)
        own = learner.own_items(deck)  # the learner's own cards stay whatever the generator makes now
        counts = self._sync_items(deck, [*items, *own], now_us)
        learner.after_import(deck)
        return SyncCounts(added=counts.added, kept=counts.kept - len(own), retired=counts.retired)

    def _sync_items(self, deck: str, items: Sequence[StudyItem], now_us: int) -> SyncCounts:
        conn = self.conn
        stored = dict(conn.execute("SELECT id, retired_us FROM items WHERE deck_id = ?", [deck]).fetchall())
        unique = list({item.id: item for item in items}.values())
        fresh = [i for i in unique if i.id not in stored]
        known = [i for i in unique if i.id in stored]
        conn.executemany(
            "INSERT INTO items(id, deck_id, kind, section, origin, position, data, unit, reveals, prompt, answer, "
            "source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    i.id,
                    deck,
                    i.kind,
                    i.section,
                    i.origin,
                    i.position,
                    item_to_row(i),
                    *_unit_columns(i),
                    *browse_texts(i),
                )
                for i in fresh
            ],
        )
        conn.executemany(
            "UPDATE items SET kind=?, section=?, origin=?, position=?, data=?, unit=?, reveals=?, retired_us=NULL, "
            "prompt=?, answer=?, source=? WHERE id=?",
            [
                (i.kind, i.section, i.origin, i.position, item_to_row(i), *_unit_columns(i), *browse_texts(i), i.id)
                for i in known
            ],
        )
        keep = {i.id for i in unique}
        gone = [item_id for item_id, retired in stored.items() if retired is None and item_id not in keep]
        conn.executemany("UPDATE items SET retired_us=? WHERE id=?", [(now_us, g) for g in gone])
        self._sync_units(deck, unique, now_us)
        conn.execute(
            "UPDATE documents SET active_cards = (SELECT count(*) FROM cards WHERE deck_id = ? "
            "AND queue != ?) WHERE id = ?",
            [deck, int(Queue.RETIRED), deck],
        )
        return SyncCounts(added=len(fresh), kept=len(known), retired=len(gone))

    def _sync_units(self, deck: str, items: Sequence[StudyItem], now_us: int) -> None:
        """One card per unit of the items: new units get a new card, known ones keep theirs (and its history)
        with their place updated, a unit that comes back leaves retirement, and a unit no item asks any more
        retires with its history."""
        conn = self.conn
        groups = by_unit(sorted(items, key=lambda i: i.position))
        shows = shown_by(groups)
        alone = {r[0] for r in conn.execute("SELECT id FROM items WHERE deck_id = ? AND suspended = 1", [deck])}
        alone |= {r[0] for r in conn.execute("SELECT item_id FROM rejections WHERE deck_id = ?", [deck])}
        cards = {
            unit: (card_id, queue, state, last)
            for unit, card_id, queue, state, last in conn.execute(
                "SELECT unit, id, queue, state, last_review FROM cards WHERE deck_id = ?", [deck]
            )
        }
        added, placed = [], []
        for unit, group in groups.items():
            head = group[0]
            waits_for = members(unit, [i.reveals for i in group], shows)
            ways = encode_ways(UnitItem(i.id, i.kind, i.reveals) for i in group if i.id not in alone)
            place = (head.section, head.origin, head.position, ways, json.dumps(waits_for) if waits_for else "")
            if unit not in cards:
                queue = Queue.WAITING if waits_for else Queue.NEW
                added.append((deck, unit, *place, int(queue), now_us))
                continue
            card_id, queue, state, last = cards[unit]
            if queue == Queue.RETIRED:
                queue = Queue(natural_queue(state, last))
            if last is None and queue in (Queue.NEW, Queue.WAITING):
                queue = Queue.WAITING if waits_for else Queue.NEW
            placed.append((*place, queue, card_id))
        conn.executemany(
            "INSERT INTO cards(deck_id, unit, section, origin, position, ways, members, queue, state, step, due) "
            "VALUES (?,?,?,?,?,?,?,?,1,0,?)",
            added,
        )
        conn.executemany(
            "UPDATE cards SET section=?, origin=?, position=?, ways=?, members=?, queue=? WHERE id=?",
            placed,
        )
        gone = [(int(Queue.RETIRED), card_id) for unit, (card_id, *_) in cards.items() if unit not in groups]
        conn.executemany(f"UPDATE cards SET queue=? WHERE id=? AND queue != {Queue.RETIRED.value}", gone)

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def document(self, deck_id: str) -> StoredDocument:
        row = self.conn.execute(
            "SELECT id, title, source_name, source_text, hash FROM documents WHERE id=?", [deck_id]
        ).fetchone()
        if row is None:
            raise KeyError(deck_id)
        return StoredDocument(*row)

    def deck_titles(self) -> list[DeckTitle]:
        rows = self.conn.execute("SELECT id, title FROM documents ORDER BY title COLLATE NOCASE")
        return [DeckTitle(*row) for row in rows]

    def active_cards(self, deck_id: str) -> int:
        """Cards of the deck that are not retired (suspended and buried ones included)."""
        row = self.conn.execute("SELECT active_cards FROM documents WHERE id = ?", [deck_id]).fetchone()
        if row is None:
            raise KeyError(deck_id)
        count: int = row[0]
        return count

    def is_empty(self) -> bool:
        return self.conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None

    def sections(self, deck_id: str) -> list[SectionRecord]:
        """The document's sections in document order."""
        rows = self.conn.execute(
            "SELECT id, title, level, parent FROM sections WHERE deck_id=? ORDER BY position", [deck_id]
        )
        return [SectionRecord(*row) for row in rows]

    def section_scope(self, deck_id: str, section: str | None) -> Scope:
        """A deck, or a section with its subsections (KeyError for an unknown section)."""
        if section is None:
            return Scope(deck_id)
        rows = self.sections(deck_id)
        if section not in {r.id for r in rows}:
            raise KeyError(section)
        return Scope(deck_id, (section, *(r.id for r in rows if r.parent == section)))

    def items(self, deck_id: str, sections: Sequence[str] = ()) -> list[StudyItem]:
        """The deck's active items as the learner sees them (edited text; rejected ones left out)."""
        sql = "SELECT data FROM items WHERE deck_id=? AND retired_us IS NULL"
        args = [deck_id]
        if sections:
            sql += f" AND section IN ({_marks(sections)})"
            args += list(sections)
        rows = self.conn.execute(sql + " ORDER BY position, rowid", args).fetchall()
        return LearnerCardStore(self.db, write_ways=_no_ways).as_learner_sees([item_from_row(r[0]) for r in rows])


def _unit_columns(item: StudyItem) -> tuple[str, str]:
    """The item's unit and the units it reveals (JSON, "" for none), as the queue reads them."""
    return item.memory_unit, json.dumps(list(item.reveals), ensure_ascii=False) if item.reveals else ""


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))
