"""Bulk writes of card states and review history (benchmark fixtures, history carried in from elsewhere).

Call inside a transaction; rows are written with ``executemany``.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from studyapp.core.cards import CardState


def write_states(db: Database, states: Iterable[CardState]) -> None:
    """Overwrite the scheduling state (and queue) of existing cards."""
    db.conn.executemany(
        "UPDATE cards SET queue=?, state=?, step=?, stability=?, difficulty=?, due=?, last_review=?, last_kind=? "
        "WHERE id=?",
        (
            (s.queue, s.state, s.step, s.stability, s.difficulty, s.due_us, s.last_review_us, s.last_kind, s.id)
            for s in states
        ),
    )


def append_reviews(db: Database, rows: Iterable[tuple[int, str, int, int, int | None, CardState, CardState]]) -> None:
    """Insert review log rows: (card id, deck id, rating, reviewed us, duration ms, state before, state after).

    Review times are the rows' keys: they must be distinct (triggers add each row to the hourly sums).
    """
    db.conn.executemany(
        "INSERT INTO reviews(card_id, deck_id, rating, reviewed, duration_ms, state, stability, difficulty, due, "
        "prev_queue, prev_state, prev_step, prev_stability, prev_difficulty, prev_due, prev_last_review) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            (
                card,
                deck,
                rating,
                when,
                ms,
                a.state,
                a.stability,
                a.difficulty,
                a.due_us,
                b.queue,
                b.state,
                b.step,
                b.stability,
                b.difficulty,
                b.due_us,
                b.last_review_us,
            )
            for card, deck, rating, when, ms, b, a in rows
        ),
    )


def card_ids(db: Database, deck_id: str) -> list[int]:
    """Card ids (one per unit) of a deck in article order."""
    return [r[0] for r in db.conn.execute("SELECT id FROM cards WHERE deck_id=? ORDER BY position, id", [deck_id])]


def write_counts(db: Database, rows: Iterable[tuple[int, int, int]]) -> None:
    """(card id, answers, lapses): the counts the review log's triggers keep, set for cards whose history
    is not written row by row (benchmark fixtures)."""
    db.conn.executemany(
        "UPDATE cards SET reps = ?, lapses = ? WHERE id = ?", ((reps, lapses, card) for card, reps, lapses in rows)
    )
