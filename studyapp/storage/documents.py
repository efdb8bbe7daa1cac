"""Storing a document as a deck: document, sections, facts, lists, items and cards; re-import sync."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from studyapp.core.cards import Queue, natural_queue
from studyapp.extract.model import DatedFact, StudyList
from studyapp.generate.model import StudyItem
from studyapp.storage.items import item_from_row, item_to_row
from studyapp.text.document import Document


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
    ) -> SyncCounts:
        """Store (or update) the deck of ``doc``; call inside a transaction.

        Items whose id is already stored keep their card and history; missing ones are retired.
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
            "INSERT INTO lists(deck_id, id, section, lead, entries, position) VALUES (?,?,?,?,?,?) "
            "ON CONFLICT DO NOTHING",
            [
                (
                    deck,
                    lst.id,
                    lst.section,
                    lst.lead,
                    json.dumps([[e.number, e.text, list(e.footnotes)] for e in lst.items], ensure_ascii=False),
                    lst.position,
                )
                for lst in lists
            ],
        )
        return self._sync_items(deck, items, now_us)

    def _sync_items(self, deck: str, items: Sequence[StudyItem], now_us: int) -> SyncCounts:
        conn = self.conn
        stored = dict(conn.execute("SELECT id, retired_us FROM items WHERE deck_id = ?", [deck]).fetchall())
        unique = list({item.id: item for item in items}.values())
        fresh = [i for i in unique if i.id not in stored]
        known = [i for i in unique if i.id in stored]
        conn.executemany(
            "INSERT INTO items(id, deck_id, kind, section, origin, position, data) VALUES (?,?,?,?,?,?,?)",
            [(i.id, deck, i.kind, i.section, i.origin, i.position, item_to_row(i)) for i in fresh],
        )
        conn.executemany(
            "INSERT INTO cards(item_id, deck_id, section, origin, position, queue, state, step, due) "
            "VALUES (?,?,?,?,?,?,1,0,?)",
            [(i.id, deck, i.section, i.origin, i.position, int(Queue.NEW), now_us) for i in fresh],
        )
        conn.executemany(
            "UPDATE items SET kind=?, section=?, origin=?, position=?, data=?, retired_us=NULL WHERE id=?",
            [(i.kind, i.section, i.origin, i.position, item_to_row(i), i.id) for i in known],
        )
        conn.executemany(
            "UPDATE cards SET section=?, origin=?, position=? WHERE item_id=?",
            [(i.section, i.origin, i.position, i.id) for i in known],
        )
        revived = [i.id for i in known if stored[i.id] is not None]
        for card_id, state, last in conn.execute(
            f"SELECT id, state, last_review FROM cards WHERE item_id IN ({_marks(revived)})", revived
        ).fetchall():
            conn.execute("UPDATE cards SET queue=? WHERE id=?", [natural_queue(state, last), card_id])
        keep = {i.id for i in unique}
        gone = [item_id for item_id, retired in stored.items() if retired is None and item_id not in keep]
        conn.executemany("UPDATE items SET retired_us=? WHERE id=?", [(now_us, g) for g in gone])
        conn.executemany("UPDATE cards SET queue=? WHERE item_id=?", [(int(Queue.RETIRED), g) for g in gone])
        conn.execute(
            "UPDATE documents SET active_cards = (SELECT count(*) FROM cards WHERE deck_id = ? "
            "AND queue != ?) WHERE id = ?",
            [deck, int(Queue.RETIRED), deck],
        )
        return SyncCounts(added=len(fresh), kept=len(known), retired=len(gone))

    @property
    def conn(self):
        return self.db.conn

    def document(self, deck_id: str) -> StoredDocument:
        row = self.conn.execute(
            "SELECT id, title, source_name, source_text, hash FROM documents WHERE id=?", [deck_id]
        ).fetchone()
        if row is None:
            raise KeyError(deck_id)
        return StoredDocument(*row)

    def deck_titles(self) -> list[tuple[str, str]]:
        return self.conn.execute("SELECT id, title FROM documents ORDER BY title COLLATE NOCASE").fetchall()

    def active_cards(self, deck_id: str) -> int:
        """Cards of the deck that are not retired (suspended and buried ones included)."""
        row = self.conn.execute("SELECT active_cards FROM documents WHERE id = ?", [deck_id]).fetchone()
        if row is None:
            raise KeyError(deck_id)
        return row[0]

    def is_empty(self) -> bool:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 0

    def sections(self, deck_id: str) -> list[tuple[str, str, int, str | None]]:
        """(id, title, level, parent) in document order."""
        return self.conn.execute(
            "SELECT id, title, level, parent FROM sections WHERE deck_id=? ORDER BY position", [deck_id]
        ).fetchall()

    def items(self, deck_id: str, sections: Sequence[str] = ()) -> list[StudyItem]:
        sql = "SELECT data FROM items WHERE deck_id=? AND retired_us IS NULL"
        args: list = [deck_id]
        if sections:
            sql += f" AND section IN ({_marks(sections)})"
            args += list(sections)
        rows = self.conn.execute(sql + " ORDER BY position, rowid", args).fetchall()
        return [item_from_row(r[0]) for r in rows]


def _marks(values: Sequence) -> str:
    return ",".join("?" * len(values))
