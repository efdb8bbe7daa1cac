"""Card queues and answers: the hot path of a review (indexed queries, cached prepared statements).

Implements :class:`studyapp.core.session.ReviewStore`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from functools import lru_cache

from sqlite_utils import Database

from studyapp.core.cards import CardState, Queue
from studyapp.core.session import Counts, QueuedCard, Scope
from studyapp.generate.model import StudyItem
from studyapp.storage.items import item_from_row

_COLS = (
    "c.id, c.state, c.step, c.stability, c.difficulty, c.due, c.last_review, c.queue, c.deck_id, c.item_id, c.origin"
)
_NO_ORIGIN = "\x00"
_INSERT_REVIEW = (
    "INSERT INTO reviews(reviewed, card_id, deck_id, rating, duration_ms, state, stability, difficulty, due, "
    "prev_queue, prev_state, prev_step, prev_stability, prev_difficulty, prev_due, prev_last_review) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_UPDATE_STATE = "UPDATE cards SET queue=?, state=?, step=?, stability=?, difficulty=?, due=?, last_review=? WHERE id=?"


_LEARNING = "c.queue = 1 AND c.due <= ? AND c.origin != ? ORDER BY c.due"
_REVIEW = "c.queue = 2 AND c.due < ? AND c.origin != ? ORDER BY c.due"
_NEW = "c.queue = 0 AND c.origin != ? ORDER BY c.position, c.id"


@lru_cache(maxsize=64)
def _queries(scope: Scope) -> tuple[str, str, str, tuple]:
    """The learning, review and new-card queries of a scope, and their leading arguments (built once)."""
    where, args = _where(scope)
    return (
        *(
            f"SELECT {_COLS} FROM cards c WHERE {where} AND {condition} LIMIT 1"
            for condition in (_LEARNING, _REVIEW, _NEW)
        ),
        tuple(args),
    )


def _where(scope: Scope) -> tuple[str, list]:
    if not scope.sections:
        return "c.deck_id = ?", [scope.deck_id]
    return f"c.deck_id = ? AND c.section IN ({','.join('?' * len(scope.sections))})", [scope.deck_id, *scope.sections]


class CardStore:
    """Queues, answers, undo, suspend/bury and bulk reschedules of cards."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.conn = db.conn

    # -- queue ---------------------------------------------------------------------------------------------
    def next_card(
        self,
        scope: Scope,
        *,
        now_us: int,
        day_end_us: int,
        want_new: bool,
        want_review: bool,
        learn_ahead_us: int,
        avoid_origin: str | None,
        learning_due: bool = True,
    ) -> QueuedCard | None:
        learning_sql, review_sql, new_sql, args = _queries(scope)
        execute = self.conn.execute
        for avoid in (avoid_origin, _NO_ORIGIN) if avoid_origin else (_NO_ORIGIN,):
            row = None
            if learning_due:
                row = execute(learning_sql, (*args, now_us, avoid)).fetchone()
            if row is None and want_review:
                row = execute(review_sql, (*args, day_end_us, avoid)).fetchone()
            if row is None and want_new:
                row = execute(new_sql, (*args, avoid)).fetchone()
            if row is None:
                row = execute(learning_sql, (*args, now_us + learn_ahead_us, avoid)).fetchone()
            if row is not None:
                return self._queued(row)
        return None

    def _queued(self, row: tuple) -> QueuedCard:
        """The card of a row; its item is read and decoded when first asked for (the screen needs it, the
        queue does not)."""
        item_id = row[9]
        return QueuedCard(CardState(*row[:8]), lambda: self.item(item_id), row[8], row[10])

    def item(self, item_id: str) -> StudyItem:
        row = self.conn.execute("SELECT data FROM items WHERE id = ?", [item_id]).fetchone()
        if row is None:
            raise KeyError(item_id)
        return item_from_row(row[0])

    def learning_due(self, scope: Scope) -> int | None:
        where, args = _where(scope)
        return self.conn.execute(f"SELECT min(c.due) FROM cards c WHERE {where} AND c.queue = 1", args).fetchone()[0]

    def counts(
        self, scope: Scope, *, now_us: int, day_end_us: int, new_cap: int, review_cap: int, learn_ahead_us: int
    ) -> Counts:
        where, args = _where(scope)
        learning = self.conn.execute(
            f"SELECT count(*) FROM cards c WHERE {where} AND c.queue = 1 AND c.due < ?",
            [*args, max(day_end_us, now_us + learn_ahead_us)],
        ).fetchone()[0]
        review = self.conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM cards c WHERE {where} AND c.queue = 2 AND c.due < ? LIMIT ?)",
            [*args, day_end_us, max(review_cap, 0)],
        ).fetchone()[0]
        new = self.conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM cards c WHERE {where} AND c.queue = 0 LIMIT ?)",
            [*args, max(new_cap, 0)],
        ).fetchone()[0]
        return Counts(new=new, learning=learning, review=review)

    def version(self) -> tuple[int, int]:
        """Changes with every write to the library: rows changed through this connection, commits of others."""
        return self.conn.total_changes, self.conn.execute("PRAGMA data_version").fetchone()[0]

    def done_today(self, deck_id: str, *, day_start_us: int) -> tuple[int, int]:
        new, review = self.conn.execute(
            "SELECT coalesce(sum(prev_queue = 0), 0), coalesce(sum(prev_queue = 2), 0) FROM reviews "
            "WHERE reviewed >= ? AND deck_id = ?",
            [day_start_us, deck_id],
        ).fetchone()
        return new, review

    def card(self, card_id: int) -> QueuedCard:
        row = self.conn.execute(f"SELECT {_COLS} FROM cards c WHERE c.id = ?", [card_id]).fetchone()
        if row is None:
            raise KeyError(card_id)
        return self._queued(row)

    # -- answers -------------------------------------------------------------------------------------------
    def record_answer(
        self,
        before: CardState,
        after: CardState,
        *,
        deck_id: str,
        rating: int,
        reviewed_us: int,
        duration_ms: int | None,
    ) -> int:
        """Returns the log id: the review time in microseconds (one later if that instant is taken)."""
        # One transaction: the card state and its log row land together or not at all. A plain BEGIN/COMMIT on
        # the connection (sqlite-utils' atomic() costs a generator and a context manager per answer).
        execute = self.conn.execute
        if self.conn.in_transaction:  # inside a caller's transaction: be a savepoint of it, as atomic() would
            with self.db.atomic():
                return self._write_answer(before, after, deck_id, rating, reviewed_us, duration_ms)
        execute("BEGIN")
        try:
            log_id = self._write_answer(before, after, deck_id, rating, reviewed_us, duration_ms)
            execute("COMMIT")
        except BaseException:
            self.db.rollback()
            raise
        return log_id

    def _write_answer(
        self, before: CardState, after: CardState, deck_id: str, rating: int, reviewed_us: int, duration_ms: int | None
    ) -> int:
        execute = self.conn.execute
        execute(
            _UPDATE_STATE,
            (
                after.queue,
                after.state,
                after.step,
                after.stability,
                after.difficulty,
                after.due_us,
                after.last_review_us,
                after.id,
            ),
        )
        row = (
            reviewed_us,
            after.id,
            deck_id,
            rating,
            duration_ms,
            after.state,
            after.stability,
            after.difficulty,
            after.due_us,
            before.queue,
            before.state,
            before.step,
            before.stability,
            before.difficulty,
            before.due_us,
            before.last_review_us,
        )
        while True:
            try:
                execute(_INSERT_REVIEW, row)
                return row[0]
            except sqlite3.IntegrityError:
                row = (row[0] + 1, *row[1:])

    def undo_answer(self, log_id: int, before: CardState) -> None:
        with self.db.atomic():
            self._write_state(before)
            self.conn.execute("DELETE FROM reviews WHERE reviewed = ?", [log_id])

    def last_answer(self, deck_id: str) -> tuple[int, CardState] | None:
        """The newest log row of a deck and the card state before it (for undo outside a session)."""
        row = self.conn.execute(
            "SELECT reviewed, card_id, prev_state, prev_step, prev_stability, prev_difficulty, prev_due, "
            "prev_last_review, prev_queue FROM reviews WHERE deck_id = ? ORDER BY reviewed DESC LIMIT 1",
            [deck_id],
        ).fetchone()
        return None if row is None else (row[0], CardState(*row[1:]))

    def _write_state(self, s: CardState) -> None:
        self.conn.execute(
            _UPDATE_STATE, (s.queue, s.state, s.step, s.stability, s.difficulty, s.due_us, s.last_review_us, s.id)
        )

    # -- suspend, bury, reschedule -------------------------------------------------------------------------
    def set_queue(self, card_id: int, queue: int, *, buried_until_us: int | None = None) -> str:
        """Put a card in a queue (suspend/bury/restore); returns its deck id."""
        with self.db.atomic():
            self.conn.execute(
                "UPDATE cards SET queue=?, buried_until=? WHERE id=? AND queue != ?",
                [queue, buried_until_us, card_id, int(Queue.RETIRED)],
            )
            row = self.conn.execute("SELECT deck_id FROM cards WHERE id=?", [card_id]).fetchone()
        if row is None:
            raise KeyError(card_id)
        return row[0]

    def queue_fields(self, card_id: int) -> tuple[int, int | None]:
        row = self.conn.execute("SELECT queue, buried_until FROM cards WHERE id=?", [card_id]).fetchone()
        if row is None:
            raise KeyError(card_id)
        return row[0], row[1]

    def restore_queue(self, card_id: int, queue: int, buried_until_us: int | None) -> None:
        """Put back a card's queue fields exactly (undo of a bury or suspend)."""
        with self.db.atomic():
            self.conn.execute("UPDATE cards SET queue=?, buried_until=? WHERE id=?", [queue, buried_until_us, card_id])

    def deck_of(self, card_id: int) -> str:
        row = self.conn.execute("SELECT deck_id FROM cards WHERE id=?", [card_id]).fetchone()
        if row is None:
            raise KeyError(card_id)
        return row[0]

    def restore_natural_queue(self, card_id: int) -> None:
        self.conn.execute(
            "UPDATE cards SET buried_until=NULL, queue = CASE WHEN last_review IS NULL THEN 0 "
            "WHEN state = 2 THEN 2 ELSE 1 END WHERE id=? AND queue IN (-1, -2)",
            [card_id],
        )

    def unbury(self, deck_id: str, *, now_us: int) -> int:
        """Buried cards whose day is over go back to their queue; returns how many."""
        ids = [
            r[0]
            for r in self.conn.execute(
                "SELECT id FROM cards WHERE deck_id=? AND queue=-2 AND buried_until <= ?", [deck_id, now_us]
            )
        ]
        if ids:
            with self.db.atomic():
                for card_id in ids:
                    self.restore_natural_queue(card_id)
        return len(ids)

    def histories(self, deck_id: str) -> list[tuple[str, CardState, list[tuple[int, int, int | None]]]]:
        """(item id, card state, [(rating, reviewed us, duration ms)] oldest first) of every card of a deck
        that is not retired."""
        answers: dict[int, list[tuple[int, int, int | None]]] = {}
        for card_id, rating, reviewed, duration in self.conn.execute(
            "SELECT card_id, rating, reviewed, duration_ms FROM reviews WHERE deck_id = ? ORDER BY reviewed", [deck_id]
        ):
            answers.setdefault(card_id, []).append((rating, reviewed, duration))
        rows = self.conn.execute(
            "SELECT item_id, id, state, step, stability, difficulty, due, last_review, queue FROM cards "
            "WHERE deck_id = ? AND queue != -3 ORDER BY position, id",
            [deck_id],
        ).fetchall()
        return [(r[0], CardState(*r[1:]), answers.get(r[1], [])) for r in rows]

    def states(self, deck_id: str) -> list[tuple[CardState, str]]:
        """Every active card of a deck (not retired, not suspended) with its section."""
        rows = self.conn.execute(
            "SELECT id, state, step, stability, difficulty, due, last_review, queue, section FROM cards "
            "WHERE deck_id=? AND queue >= -2",
            [deck_id],
        ).fetchall()
        return [(CardState(*r[:8]), r[8]) for r in rows]

    def set_due(self, changes: Sequence[tuple[int, int]]) -> None:
        """(card id, due) pairs; call inside a transaction."""
        self.conn.executemany("UPDATE cards SET due=? WHERE id=?", [(due, cid) for cid, due in changes])
