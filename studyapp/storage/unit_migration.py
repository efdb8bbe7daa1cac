"""Migration 0005: from one card per item to one card per unit of memory, keeping every review.

Items keep their ids and gain their unit (and the units they reveal) as columns. Cards are rebuilt keyed by
(deck, unit), each with a copy of its unit's ways of asking (the queue reads them with the card). For each
unit:
- no item card was ever answered: one new card (held back, ``WAITING``, when the unit summarises others);
- one item card has history: its state is kept exactly (fuzzed due, exam bring-forward and all);
- several have history: their answers are replayed in time order through FSRS (the deck's settings, no fuzz)
  and the unit gets the resulting state; each log row's before/after states are rewritten from the replay,
  so undo and the Anki export read one consistent history.
Every review row is kept (rating, time, duration) and points to the unit's card and to the item it asked.
A unit all of whose item cards were suspended is suspended; an item suspended alone stays out of the ladder
(``items.suspended``); a buried card buries its unit until its day is over; a unit whose items are all
retired is retired with its history. Hourly statistics are rebuilt and the exam plan recomputed.

Libraries made before items named their unit (their items' data have no ``unit``) group a fact's items by
their origin, a list entry's by its entry (found from the stored list), and keep each chronology drill a unit
of its own; the next import of the document gives every item its generator-made unit.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from fsrs import Card, Rating, Scheduler
from sqlite_utils import Database

from studyapp.core.cards import CardState, Queue, from_us, natural_queue
from studyapp.core.ladder import UnitItem, encode_ways
from studyapp.core.settings import make_scheduler
from studyapp.core.units import members
from studyapp.storage.decks import DeckRepository

CARDS_SCHEMA = """
    CREATE TABLE cards (
        id INTEGER PRIMARY KEY, deck_id TEXT NOT NULL REFERENCES documents(id), unit TEXT NOT NULL,
        section TEXT NOT NULL, origin TEXT NOT NULL, position INTEGER NOT NULL, ways TEXT NOT NULL DEFAULT '',
        members TEXT NOT NULL DEFAULT '',
        queue INTEGER NOT NULL, state INTEGER NOT NULL, step INTEGER, stability REAL, difficulty REAL,
        due INTEGER NOT NULL, last_review INTEGER, buried_until INTEGER, last_kind TEXT,
        UNIQUE (deck_id, unit));
    CREATE INDEX cards_due ON cards(deck_id, queue, due);
    CREATE INDEX cards_new ON cards(deck_id, position, id) WHERE queue = 0;
    CREATE INDEX cards_section_new ON cards(deck_id, section, position, id) WHERE queue = 0;
    CREATE INDEX cards_summaries ON cards(deck_id, queue) WHERE members != '';
"""
_LIST_ENTRY_KINDS = ("list-item", "list-number", "list-cloze")


@dataclass(frozen=True)
class _Item:
    id: str
    deck: str
    kind: str
    section: str
    origin: str
    position: int
    unit: str
    reveals: tuple[str, ...]
    retired: bool


@dataclass(frozen=True)
class _OldCard:
    id: int
    item_id: str
    state: CardState
    buried_until: int | None


def migrate_to_units(db: Database) -> None:
    """Run the migration in one transaction, foreign keys off while ``cards`` is rebuilt (SQLite's documented
    procedure; ``PRAGMA foreign_keys`` cannot change inside a transaction, so this migration opens its own)."""
    conn = db.conn
    if conn.in_transaction:
        conn.execute("COMMIT")
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        with db.atomic():
            if "unit" in {column.name for column in db["cards"].columns}:
                return  # done already (the process stopped before the migration was recorded)
            _migrate(db)
            if conn.execute("PRAGMA foreign_key_check").fetchall():
                raise RuntimeError("the units migration left a review without its card")
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


def _migrate(db: Database) -> None:
    conn = db.conn
    for statement in (
        "ALTER TABLE items ADD COLUMN unit TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE items ADD COLUMN reveals TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE items ADD COLUMN suspended INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE reviews ADD COLUMN item_id TEXT",
        "UPDATE reviews SET item_id = (SELECT item_id FROM cards WHERE cards.id = reviews.card_id)",
    ):
        conn.execute(statement)
    items, data = _read_items(db)
    conn.executemany(
        "UPDATE items SET unit = ?, reveals = ?, data = ? WHERE id = ?",
        [(i.unit, json.dumps(list(i.reveals)) if i.reveals else "", data[i.id], i.id) for i in items.values()],
    )
    old_cards: dict[tuple[str, str], list[_OldCard]] = {}
    for row in conn.execute(
        "SELECT id, state, step, stability, difficulty, due, last_review, queue, item_id, deck_id, buried_until "
        "FROM cards ORDER BY id"
    ):
        item = items[row[8]]
        old_cards.setdefault((row[9], item.unit), []).append(_OldCard(row[0], row[8], CardState(*row[:8]), row[10]))
    answers: dict[int, list[tuple[int, int]]] = {}  # old card id -> (reviewed, rating), oldest first
    for reviewed, card_id, rating in conn.execute("SELECT reviewed, card_id, rating FROM reviews ORDER BY reviewed"):
        answers.setdefault(card_id, []).append((reviewed, rating))
    schedulers: dict[str, Scheduler] = {}
    by_unit: dict[tuple[str, str], list[_Item]] = {}
    for item in sorted(items.values(), key=lambda i: i.position):
        by_unit.setdefault((item.deck, item.unit), []).append(item)
    shows = _shows(by_unit)
    rows, log_moves, log_states, put_aside = [], [], [], []
    for key, cards in old_cards.items():
        deck, unit = key
        if deck not in schedulers:
            schedulers[deck] = make_scheduler(DeckRepository(db).settings(deck), fuzzing=False)
        unit_items = by_unit[key]
        active = [i for i in unit_items if not i.retired]
        waits_for = members(unit, [i.reveals for i in active], shows[deck])
        studied = [c for c in cards if c.id in answers]
        card_id = min(c.id for c in (studied or cards))
        history = sorted((a for c in studied for a in answers[c.id]), key=lambda a: a[0])
        if len(studied) >= 2:
            state, replayed = _replay(schedulers[deck], card_id, history)
            log_states += replayed
        elif studied:
            state = studied[0].state
        else:
            state = CardState(card_id, 1, 0, None, None, cards[0].state.due_us, None, Queue.NEW)
        log_moves += [(card_id, c.id) for c in cards if c.id != card_id]
        last_kind = _kind_of_last(conn, history, items)
        queue, buried_until = _queue(cards, items, state, bool(waits_for))
        alone = {
            c.item_id
            for c in cards
            if c.state.queue == Queue.SUSPENDED and queue != Queue.SUSPENDED and not items[c.item_id].retired
        }
        put_aside += [(item_id,) for item_id in alone]
        head = (active or unit_items)[0]
        ways = encode_ways(UnitItem(i.id, i.kind, i.reveals) for i in active if i.id not in alone)
        rows.append(
            (
                *(card_id, deck, unit, head.section, head.origin, head.position, ways),
                json.dumps(waits_for) if waits_for else "",
                *(queue, state.state, state.step, state.stability, state.difficulty, state.due_us),
                *(state.last_review_us, buried_until, last_kind),
            )
        )
    conn.execute("DROP TABLE cards")
    for statement in CARDS_SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.executemany(
        "INSERT INTO cards(id, deck_id, unit, section, origin, position, ways, members, queue, state, step, "
        "stability, difficulty, due, last_review, buried_until, last_kind) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    conn.executemany("UPDATE reviews SET card_id = ? WHERE card_id = ?", log_moves)
    conn.executemany(
        "UPDATE reviews SET state=?, stability=?, difficulty=?, due=?, prev_queue=?, prev_state=?, prev_step=?, "
        "prev_stability=?, prev_difficulty=?, prev_due=?, prev_last_review=? WHERE reviewed=?",
        log_states,
    )
    conn.executemany("UPDATE items SET suspended = 1 WHERE id = ?", put_aside)
    conn.execute("CREATE INDEX items_unit ON items(deck_id, unit, position)")
    conn.execute(
        "UPDATE documents SET active_cards = "
        "(SELECT count(*) FROM cards WHERE cards.deck_id = documents.id AND cards.queue != ?)",
        [int(Queue.RETIRED)],
    )
    conn.execute("UPDATE exams SET planned_day = NULL")  # the bring-forward plan is made again for the units
    # The hourly sums follow the review rows changed above through their triggers (0004_safety).


def _read_items(db: Database) -> tuple[dict[str, _Item], dict[str, str]]:
    """The items with their units and what they reveal, and their data (JSON) naming both: a fact's items
    also reveal the other facts of its sentence, whose dates they show (items made before this release did
    not say so)."""
    entries: dict[tuple[str, str], dict[str, int]] = {}  # (deck, list) -> entry text or number -> number
    for deck, list_id, stored in db.conn.execute("SELECT deck_id, id, entries FROM lists"):
        numbers = entries.setdefault((deck, list_id), {})
        for number, text, *_ in json.loads(stored):
            numbers[text] = numbers[str(number)] = number
    sentences: dict[tuple[str, str, str], list[str]] = {}
    for deck, fact_id, section, sentence in db.conn.execute("SELECT deck_id, id, section, sentence FROM facts"):
        sentences.setdefault((deck, section, sentence), []).append(fact_id)
    mates = {(key[0], f): [m for m in ids if m != f] for key, ids in sentences.items() for f in ids if len(ids) > 1}
    items, data = {}, {}
    for item_id, deck, kind, section, origin, position, stored, retired in db.conn.execute(
        "SELECT id, deck_id, kind, section, origin, position, data, retired_us FROM items"
    ):
        fields = json.loads(stored)
        unit = fields.get("unit") or _unit_before_units(item_id, deck, kind, origin, fields.get("answer", ""), entries)
        reveals = tuple(dict.fromkeys((*fields.get("reveals", ()), *mates.get((deck, unit), ()))))
        items[item_id] = _Item(item_id, deck, kind, section, origin, position, unit, reveals, retired is not None)
        data[item_id] = json.dumps(
            {**fields, "unit": unit, "reveals": list(reveals)}, ensure_ascii=False, separators=(",", ":")
        )
    return items, data


def _unit_before_units(
    item_id: str, deck: str, kind: str, origin: str, answer: str, entries: dict[tuple[str, str], dict[str, int]]
) -> str:
    """The unit of an item stored before items named theirs: a chronology drill is its own unit (its origin is
    the section, shared with other drills), a list entry's items share the entry, the rest their origin."""
    if kind == "chronology":
        return item_id
    number = entries.get((deck, origin), {}).get(answer) if kind in _LIST_ENTRY_KINDS else None
    return origin if number is None else f"{origin}/{number}"


def _shows(by_unit: dict[tuple[str, str], list[_Item]]) -> dict[str, dict[str, frozenset[str]]]:
    shows: dict[str, dict[str, frozenset[str]]] = {}
    for (deck, unit), group in by_unit.items():
        shown = frozenset(u for i in group if not i.retired for u in i.reveals if u != unit)
        shows.setdefault(deck, {})[unit] = shown
    return shows


def _replay(
    scheduler: Scheduler, card_id: int, history: list[tuple[int, int]]
) -> tuple[CardState, list[tuple[object, ...]]]:
    """The unit's state after its answers in time order, and each log row's rewritten states."""
    card = Card(card_id=card_id, due=from_us(history[0][0]))
    rewritten: list[tuple[object, ...]] = []
    before = CardState.from_fsrs(card)
    for reviewed, rating in history:
        card, _ = scheduler.review_card(card, Rating(rating), from_us(reviewed))
        after = CardState.from_fsrs(card)
        rewritten.append(
            (
                *(after.state, after.stability, after.difficulty, after.due_us),
                *(before.queue, before.state, before.step, before.stability, before.difficulty, before.due_us),
                *(before.last_review_us, reviewed),
            )
        )
        before = after
    return before, rewritten


def _kind_of_last(conn: sqlite3.Connection, history: list[tuple[int, int]], items: dict[str, _Item]) -> str | None:
    if not history:
        return None
    row = conn.execute("SELECT item_id FROM reviews WHERE reviewed = ?", [history[-1][0]]).fetchone()
    item = items.get(row[0]) if row else None
    return None if item is None else item.kind


def _queue(cards: list[_OldCard], items: dict[str, _Item], state: CardState, summary: bool) -> tuple[int, int | None]:
    """The unit's queue from its item cards' queues (retired items do not count), and its buried-until."""
    active = [c for c in cards if not items[c.item_id].retired]
    if not active:
        return Queue.RETIRED, None
    if all(c.state.queue == Queue.SUSPENDED for c in active):
        return Queue.SUSPENDED, None
    buried = [c.buried_until or 0 for c in active if c.state.queue == Queue.BURIED]
    if buried:
        return Queue.BURIED, max(buried)
    if summary and state.is_new:
        return Queue.WAITING, None
    return natural_queue(state.state, state.last_review_us), None
