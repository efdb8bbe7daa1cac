"""The library schema, as numbered migrations (``sqlite_utils.Migrations``; applied in order, once).

Times are integer microseconds since the epoch, UTC. A deck is a document (deck id = document id).
A card is the memory of one unit (a fact, a list entry, a whole list, a chronology; since 0005); its items are
the ways of asking it. Card ``queue``: -4 waiting (a summary unit held back until its members are known),
-3 retired, -2 buried, -1 suspended, 0 new, 1 learning/relearning, 2 review (``studyapp.core.cards.Queue``). The
migrations write these numbers as they were when each ran: a migration is history, and the code elsewhere builds
its SQL from ``Queue``.

Indexes are few on purpose: an answer rewrites one card row and appends one review row, and every index
touched costs pages written per answer. Due queues use ``cards_due`` (section sessions filter it, the due
set of a day is small); new cards use partial indexes that a card leaves on its first answer. A review's
key is its time (epoch microseconds, bumped by 1 on a tie), so "answers since" is a key range, no index.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from studyapp.storage.learner_schema import add_learner_cards, add_rejection_holds
from studyapp.storage.unit_migration import migrate_to_units

migrations = Migrations("studyapp")


@migrations(name="0001_library")
def _library(db: Database) -> None:
    for statement in _SCHEMA_1.split(";"):
        if statement.strip():
            db.execute(statement)


_SCHEMA_1 = """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY, title TEXT NOT NULL, author TEXT, source_name TEXT NOT NULL,
        source_text TEXT NOT NULL, hash TEXT NOT NULL, imported_us INTEGER NOT NULL);
    CREATE TABLE sections (
        deck_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL, title TEXT NOT NULL,
        level INTEGER NOT NULL, parent TEXT, position INTEGER NOT NULL, PRIMARY KEY (deck_id, id));
    CREATE TABLE facts (
        deck_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL, section TEXT NOT NULL,
        sentence TEXT NOT NULL, context TEXT NOT NULL, date_text TEXT NOT NULL, date_start TEXT NOT NULL,
        date_end TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (deck_id, id));
    CREATE TABLE lists (
        deck_id TEXT NOT NULL REFERENCES documents(id), id TEXT NOT NULL, section TEXT NOT NULL,
        lead TEXT NOT NULL, entries TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (deck_id, id));
    CREATE TABLE items (
        id TEXT PRIMARY KEY, deck_id TEXT NOT NULL REFERENCES documents(id), kind TEXT NOT NULL,
        section TEXT NOT NULL, origin TEXT NOT NULL, position INTEGER NOT NULL, data TEXT NOT NULL,
        retired_us INTEGER);
    CREATE INDEX items_deck ON items(deck_id, position);
    CREATE TABLE cards (
        id INTEGER PRIMARY KEY, item_id TEXT NOT NULL UNIQUE REFERENCES items(id),
        deck_id TEXT NOT NULL REFERENCES documents(id), section TEXT NOT NULL, origin TEXT NOT NULL,
        position INTEGER NOT NULL, queue INTEGER NOT NULL, state INTEGER NOT NULL, step INTEGER,
        stability REAL, difficulty REAL, due INTEGER NOT NULL, last_review INTEGER,
        buried_until INTEGER);
    CREATE INDEX cards_due ON cards(deck_id, queue, due);
    CREATE INDEX cards_new ON cards(deck_id, position, id) WHERE queue = 0;
    CREATE INDEX cards_section_new ON cards(deck_id, section, position, id) WHERE queue = 0;
    CREATE TABLE reviews (
        reviewed INTEGER PRIMARY KEY, card_id INTEGER NOT NULL REFERENCES cards(id), deck_id TEXT NOT NULL,
        rating INTEGER NOT NULL, duration_ms INTEGER,
        state INTEGER NOT NULL, stability REAL, difficulty REAL, due INTEGER NOT NULL,
        prev_queue INTEGER NOT NULL, prev_state INTEGER NOT NULL, prev_step INTEGER,
        prev_stability REAL, prev_difficulty REAL, prev_due INTEGER NOT NULL, prev_last_review INTEGER);
    CREATE TABLE deck_settings (
        deck_id TEXT PRIMARY KEY REFERENCES documents(id), data TEXT NOT NULL);
    CREATE TABLE exams (
        deck_id TEXT PRIMARY KEY REFERENCES documents(id), day TEXT NOT NULL, target REAL NOT NULL,
        planned_day TEXT, new_per_day INTEGER, reviews_per_day INTEGER);
    CREATE TABLE reading (
        deck_id TEXT PRIMARY KEY REFERENCES documents(id), section_id TEXT NOT NULL, scroll REAL NOT NULL);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@migrations(name="0002_deck_card_count")
def _deck_card_count(db: Database) -> None:
    """Active cards per deck, kept with the document: counting 100,000 index entries on every deck list
    would cost more than the rest of opening the library."""
    db.execute("ALTER TABLE documents ADD COLUMN active_cards INTEGER NOT NULL DEFAULT 0")
    db.execute(
        "UPDATE documents SET active_cards = "
        "(SELECT count(*) FROM cards WHERE cards.deck_id = documents.id AND cards.queue != -3)"
    )


@migrations(name="0003_review_hours")
def _review_hours(db: Database) -> None:
    """Answers summed per deck and hour, so statistics read a few thousand rows instead of scanning a
    million-row log each time (kept by triggers since 0004)."""
    db.execute(
        "CREATE TABLE review_hours (deck_id TEXT NOT NULL, hour INTEGER NOT NULL, answers INTEGER NOT NULL, "
        "ms INTEGER NOT NULL, on_reviews INTEGER NOT NULL, passed INTEGER NOT NULL, "
        "PRIMARY KEY (deck_id, hour)) WITHOUT ROWID"
    )


@migrations(name="0004_safety")
def _safety(db: Database) -> None:
    """Hourly sums kept by triggers on the review log, so statistics never depend on the clock moving forward
    (a watermark on review times missed every answer given after the system clock was set back). The sums are
    rebuilt once from the log, which also repairs any answers a watermark had missed."""
    db.execute("DELETE FROM review_hours")
    db.execute(
        f"INSERT INTO review_hours(deck_id, hour, answers, ms, on_reviews, passed) SELECT {_HOUR_SUMS} "
        "FROM reviews GROUP BY deck_id, reviewed / 3600000000"
    )
    db.execute("DELETE FROM meta WHERE key = 'review_hours_upto'")
    for statement in _SUM_TRIGGERS.split(";\n"):
        if statement.strip():
            db.execute(statement)


_HOUR_SUMS = (
    "deck_id, reviewed / 3600000000, count(*), coalesce(sum(duration_ms), 0), coalesce(sum(prev_queue = 2), 0), "
    "coalesce(sum(prev_queue = 2 AND rating > 1), 0)"
)
_ADD = (
    "INSERT INTO review_hours(deck_id, hour, answers, ms, on_reviews, passed) VALUES (new.deck_id, "
    "new.reviewed / 3600000000, 1, coalesce(new.duration_ms, 0), new.prev_queue = 2, "
    "new.prev_queue = 2 AND new.rating > 1) ON CONFLICT(deck_id, hour) DO UPDATE SET answers = answers + 1, "
    "ms = ms + excluded.ms, on_reviews = on_reviews + excluded.on_reviews, passed = passed + excluded.passed;"
)
_TAKE = (
    "UPDATE review_hours SET answers = answers - 1, ms = ms - coalesce(old.duration_ms, 0), "
    "on_reviews = on_reviews - (old.prev_queue = 2), passed = passed - (old.prev_queue = 2 AND old.rating > 1) "
    "WHERE deck_id = old.deck_id AND hour = old.reviewed / 3600000000;"
    "DELETE FROM review_hours WHERE deck_id = old.deck_id AND hour = old.reviewed / 3600000000 AND answers <= 0;"
)
_SUM_TRIGGERS = f"""
    CREATE TRIGGER review_hours_add AFTER INSERT ON reviews BEGIN {_ADD} END;
    CREATE TRIGGER review_hours_take AFTER DELETE ON reviews BEGIN {_TAKE} END;
    CREATE TRIGGER review_hours_move AFTER UPDATE OF reviewed, deck_id, duration_ms, prev_queue, rating ON reviews
        BEGIN {_TAKE} {_ADD} END
"""


@migrations(name="0005_units", transactional=False)  # it opens its own transaction (see migrate_to_units)
def _units(db: Database) -> None:
    """One card per unit of memory instead of one per item, every review kept (see
    :mod:`studyapp.storage.unit_migration`)."""
    migrate_to_units(db)


@migrations(name="0006_reading_marks")
def _reading_marks(db: Database) -> None:
    """Sections the learner marked as read, per deck (the reader's tree and the library's "Start reading")."""
    db.execute(
        "CREATE TABLE reading_marks (deck_id TEXT NOT NULL REFERENCES documents(id), section_id TEXT NOT NULL, "
        "read_us INTEGER NOT NULL, PRIMARY KEY (deck_id, section_id)) WITHOUT ROWID"
    )


@migrations(name="0007_exams_history")
def _exams_history(db: Database) -> None:
    """Mock exams kept with every answer, so a report can be shown again and the trend drawn toward the exam
    date. An answer keeps the item as it was asked (its JSON): a later re-import may reword or retire it.

    ``practice_pool`` holds what drawing a test needs of each active item (its unit, what it reveals, how it
    is asked), read out of the item JSON once per import of the deck (``practice_pool_state.source`` names
    the import it was built from), so a draw reads short rows instead of decoding 10,000 items."""
    for statement in _SCHEMA_7.split(";"):
        if statement.strip():
            db.execute(statement)


_SCHEMA_7 = """
    CREATE TABLE mock_exams (
        id INTEGER PRIMARY KEY, deck_id TEXT NOT NULL REFERENCES documents(id), started_us INTEGER NOT NULL,
        finished_us INTEGER NOT NULL, time_limit_s INTEGER, ended_by TEXT NOT NULL, sections TEXT NOT NULL,
        questions INTEGER NOT NULL, correct INTEGER NOT NULL);
    CREATE INDEX mock_exams_deck ON mock_exams(deck_id, finished_us);
    CREATE TABLE mock_exam_answers (
        exam_id INTEGER NOT NULL REFERENCES mock_exams(id) ON DELETE CASCADE, number INTEGER NOT NULL,
        item_id TEXT NOT NULL, section TEXT NOT NULL, type TEXT NOT NULL, item TEXT NOT NULL, entries TEXT NOT NULL,
        response TEXT, verdict TEXT NOT NULL, note TEXT NOT NULL, correct INTEGER NOT NULL,
        PRIMARY KEY (exam_id, number)) WITHOUT ROWID;
    CREATE TABLE practice_pool (
        deck_id TEXT NOT NULL REFERENCES documents(id), item_id TEXT NOT NULL, section TEXT NOT NULL,
        unit TEXT NOT NULL, reveals TEXT NOT NULL, type TEXT NOT NULL, PRIMARY KEY (deck_id, item_id)) WITHOUT ROWID;
    CREATE INDEX practice_pool_units ON practice_pool(deck_id, unit, section, type);
    CREATE TABLE practice_pool_state (deck_id TEXT PRIMARY KEY REFERENCES documents(id), source TEXT NOT NULL)
"""


@migrations(name="0008_list_titles")
def _list_titles(db: Database) -> None:
    """Each list's title as its items name it ("Maurice Tobin's four recommendations ..."), kept with the list
    so the screens that show lists need not read the document again; "" for lists stored before."""
    db.execute("ALTER TABLE lists ADD COLUMN title TEXT NOT NULL DEFAULT ''")


@migrations(name="0009_learner_cards")
def _learner_cards(db: Database) -> None:
    """Edits, rejections and the learner's own cards; the browser's text columns, search index and sort
    indexes (see :mod:`studyapp.storage.learner_schema`)."""
    add_learner_cards(db)


@migrations(name="0010_rejection_holds")
def _rejection_holds(db: Database) -> None:
    """Units that the rejection of all their items took out of the queues, kept apart from the learner's own
    suspensions: restoring an item brings back only these (see :mod:`studyapp.storage.learner_cards`). Units
    suspended with every item rejected before are taken to be held by the rejection, as they were treated."""
    add_rejection_holds(db)
