"""Migration 0009: the learner's own hand on the cards, and what the browser sorts and searches.

- ``items`` gains ``prompt``, ``answer`` and ``source``: the text the learner sees (the learner's edit over the
  generated text), plain, so the browser sorts by it and ``items_fts`` (FTS5, external content on ``items``,
  kept by triggers) searches it. FTS5 keys rows by ``items.rowid``: a later migration that rebuilds ``items``
  must rebuild ``items_fts`` too (``INSERT INTO items_fts(items_fts) VALUES ('rebuild')``).
- ``card_edits``: the learner's prompt, answer and choices over an item's generated ones, keyed by item id
  (item ids come from content, so an edit survives a re-import), with the generated text it was made over;
  ``source_changed`` is set when a re-import brings different generated text (both are kept).
- ``rejections``: an item the learner rejected, with the reason (the :class:`RejectReason` values) and when;
  deleting the row restores it.
- ``own_cards``: items the learner made from the text (they live in ``items`` like generated ones, with their
  unit's card; this row is what a re-import keeps them by).
- ``cards.reps`` and ``cards.lapses``: answers and lapses (Again on a card in review) per card, kept by
  triggers on the review log, so the browser sorts by them without counting the log.
- Indexes for the browser's sorts (one per column; a filter narrows them or the sorted scan stops at a page),
  and the review log by card (a card's history beside the browser).
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database

from studyapp.core.cards import Queue
from studyapp.storage.items import browse_texts, item_from_row

REJECT_REASONS = ("wrong", "unclear", "not worth learning", "duplicate")

_SCHEMA = f"""
    ALTER TABLE items ADD COLUMN prompt TEXT NOT NULL DEFAULT '';
    ALTER TABLE items ADD COLUMN answer TEXT NOT NULL DEFAULT '';
    ALTER TABLE items ADD COLUMN source TEXT NOT NULL DEFAULT '';
    CREATE TABLE card_edits (
        item_id TEXT PRIMARY KEY REFERENCES items(id), deck_id TEXT NOT NULL, prompt TEXT NOT NULL,
        answer TEXT NOT NULL, choices TEXT NOT NULL DEFAULT '', generated TEXT NOT NULL,
        source_changed INTEGER NOT NULL DEFAULT 0, edited_us INTEGER NOT NULL) WITHOUT ROWID;
    CREATE INDEX card_edits_deck ON card_edits(deck_id);
    CREATE TABLE rejections (
        item_id TEXT PRIMARY KEY REFERENCES items(id), deck_id TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ({", ".join(f"'{r}'" for r in REJECT_REASONS)})),
        rejected_us INTEGER NOT NULL) WITHOUT ROWID;
    CREATE INDEX rejections_deck ON rejections(deck_id, reason);
    CREATE TABLE own_cards (
        item_id TEXT PRIMARY KEY REFERENCES items(id), deck_id TEXT NOT NULL, created_us INTEGER NOT NULL)
        WITHOUT ROWID;
    CREATE INDEX own_cards_deck ON own_cards(deck_id);
    ALTER TABLE cards ADD COLUMN reps INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE cards ADD COLUMN lapses INTEGER NOT NULL DEFAULT 0;
    UPDATE cards SET reps = (SELECT count(*) FROM reviews WHERE reviews.card_id = cards.id),
        lapses = (SELECT count(*) FROM reviews WHERE reviews.card_id = cards.id AND rating = 1 AND prev_state = 2);
    CREATE TRIGGER cards_reps_add AFTER INSERT ON reviews BEGIN
        UPDATE cards SET reps = reps + 1, lapses = lapses + (new.rating = 1 AND new.prev_state = 2)
        WHERE id = new.card_id; END;
    CREATE TRIGGER cards_reps_take AFTER DELETE ON reviews BEGIN
        UPDATE cards SET reps = reps - 1, lapses = lapses - (old.rating = 1 AND old.prev_state = 2)
        WHERE id = old.card_id; END;
"""
_SEARCH = """
    CREATE VIRTUAL TABLE items_fts USING fts5(
        prompt, answer, source, content = 'items', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2');
    CREATE TRIGGER items_fts_add AFTER INSERT ON items BEGIN
        INSERT INTO items_fts(rowid, prompt, answer, source) VALUES (new.rowid, new.prompt, new.answer, new.source);
        END;
    CREATE TRIGGER items_fts_take AFTER DELETE ON items BEGIN
        INSERT INTO items_fts(items_fts, rowid, prompt, answer, source)
        VALUES ('delete', old.rowid, old.prompt, old.answer, old.source); END;
    CREATE TRIGGER items_fts_move AFTER UPDATE OF prompt, answer, source ON items BEGIN
        INSERT INTO items_fts(items_fts, rowid, prompt, answer, source)
        VALUES ('delete', old.rowid, old.prompt, old.answer, old.source);
        INSERT INTO items_fts(rowid, prompt, answer, source) VALUES (new.rowid, new.prompt, new.answer, new.source);
        END;
    CREATE INDEX items_prompt ON items(prompt);
    CREATE INDEX items_answer ON items(answer);
    CREATE INDEX items_kind ON items(kind, position);
    CREATE INDEX items_position ON items(position);
    CREATE INDEX cards_due_all ON cards(due);
    CREATE INDEX cards_interval ON cards(coalesce(due - last_review, -1));
    CREATE INDEX cards_stability ON cards(coalesce(stability, -1));
    CREATE INDEX cards_difficulty ON cards(coalesce(difficulty, -1));
    CREATE INDEX cards_reps ON cards(reps);
    CREATE INDEX cards_lapses ON cards(lapses);
    CREATE INDEX cards_queue ON cards(queue, due);
    CREATE INDEX reviews_card ON reviews(card_id, reviewed);
    INSERT INTO items_fts(items_fts) VALUES ('rebuild');
"""


def add_learner_cards(db: Database) -> None:
    """Apply the schema of 0009, fill the new text columns from each stored item, then index them."""
    for statement in _statements(_SCHEMA):
        db.execute(statement)
    rows = db.execute("SELECT rowid, data FROM items").fetchall()
    db.conn.executemany(
        "UPDATE items SET prompt = ?, answer = ?, source = ? WHERE rowid = ?",
        [(*browse_texts(item_from_row(data)), rowid) for rowid, data in rows],
    )
    for statement in _statements(_SEARCH):
        db.execute(statement)


def add_rejection_holds(db: Database) -> None:
    """Migration 0010: ``rejection_holds``, the units suspended because every item of theirs was rejected (a
    suspension of the learner's own is not one of them, and outlives a restore)."""
    db.execute(
        "CREATE TABLE rejection_holds (deck_id TEXT NOT NULL, unit TEXT NOT NULL, PRIMARY KEY (deck_id, unit)) "
        "WITHOUT ROWID"
    )
    db.execute(
        "INSERT INTO rejection_holds(deck_id, unit) SELECT c.deck_id, c.unit FROM cards c "
        f"WHERE c.ways = '' AND c.queue = {int(Queue.SUSPENDED)} AND EXISTS (SELECT 1 FROM items i "
        "JOIN rejections r ON r.item_id = i.id WHERE i.deck_id = c.deck_id AND i.unit = c.unit)"
    )


def _statements(script: str) -> list[str]:
    """The statements of ``script`` (a trigger's body holds semicolons of its own)."""
    statements, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip().rstrip(";"))
            pending = ""
    if pending.strip():
        statements.append(pending.strip())
    return statements
