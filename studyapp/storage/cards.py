"""Card queues and answers: the hot path of a review (indexed queries, cached prepared statements).

A card is the memory of one unit; its items (the ways of asking it: id, kind, what each reveals) are copied
onto the card row, so the next card and how to ask it come from one indexed lookup; an item's text is read
only when shown. Implements :class:`studyapp.core.queue.ReviewStore`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Collection, Generator, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from fsrs import State
from sqlite_utils import Database

from studyapp.core.card_changes import CardChange, CardEdit, apply_edit
from studyapp.core.cards import CardState, Queue
from studyapp.core.ladder import UnitItem, encode_ways
from studyapp.core.queue import Counts, Exposure, QueuedCard, Scope, UnitQueue
from studyapp.generate.model import StudyItem
from studyapp.storage.items import item_from_row
from studyapp.storage.learner_cards import LearnerCardStore
from studyapp.storage.queue_moves import QueueMove, pending_moves

_COLS = (
    "c.id, c.state, c.step, c.stability, c.difficulty, c.due, c.last_review, c.queue, c.last_kind, "
    "c.deck_id, c.unit, c.origin, c.ways, c.members"
)
_NO_ORIGIN = "\x00"
_INSERT_REVIEW = (
    "INSERT INTO reviews(reviewed, card_id, deck_id, rating, duration_ms, state, stability, difficulty, due, "
    "prev_queue, prev_state, prev_step, prev_stability, prev_difficulty, prev_due, prev_last_review, item_id) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_UPDATE_STATE = (
    "UPDATE cards SET queue=?, state=?, step=?, stability=?, difficulty=?, due=?, last_review=?, last_kind=? WHERE id=?"
)
_UNIT_ITEMS = (
    "SELECT id, kind, reveals FROM items WHERE deck_id = ? AND unit = ? AND retired_us IS NULL AND suspended = 0 "
    "AND id NOT IN (SELECT item_id FROM rejections) ORDER BY position, rowid"
)


# The queues in SQL: built from the enum's values, never written as numbers.
NEW, LEARNING, REVIEW = Queue.NEW.value, Queue.LEARNING.value, Queue.REVIEW.value
SUSPENDED, BURIED, RETIRED, WAITING = (
    Queue.SUSPENDED.value,
    Queue.BURIED.value,
    Queue.RETIRED.value,
    Queue.WAITING.value,
)

_LEARNING = f"c.queue = {LEARNING} AND c.due <= ? AND c.origin != ? ORDER BY c.due"
_REVIEW = f"c.queue = {REVIEW} AND c.due < ? AND c.origin != ? ORDER BY c.due"
_NEW = f"c.queue = {NEW} AND c.origin != ? ORDER BY c.position, c.id"


class Answer(NamedTuple):
    rating: int
    reviewed_us: int
    duration_ms: int | None


class UnitHistory(NamedTuple):
    """A card with its unit and its answers, oldest first."""

    unit: str
    state: CardState
    answers: list[Answer]


class SectionCard(NamedTuple):
    state: CardState
    section: str


class _Queries(NamedTuple):
    """The learning, review and new-card queries of a scope, and their leading arguments."""

    learning: str
    review: str
    new: str
    args: tuple[str, ...]


@lru_cache(maxsize=64)
def _queries(scope: Scope) -> _Queries:
    """Built once per scope."""
    where, args = _where(scope)
    learning, review, new = (f"SELECT {_COLS} FROM cards c WHERE {where} AND {c}" for c in (_LEARNING, _REVIEW, _NEW))
    return _Queries(learning, review, new, tuple(args))


def _where(scope: Scope) -> tuple[str, list[str]]:
    if not scope.sections:
        return "c.deck_id = ?", [scope.deck_id]
    return f"c.deck_id = ? AND c.section IN ({','.join('?' * len(scope.sections))})", [scope.deck_id, *scope.sections]


def _marks(values: Collection[object]) -> str:
    return ",".join("?" * len(values))


def _nothing() -> None:
    pass


def _one(cursor: sqlite3.Cursor) -> Any:
    """The single value of a query that always returns one row (an aggregate)."""
    return cursor.fetchone()[0]


class CardStore:
    """Queues, answers, undo, suspend/bury and bulk reschedules of cards."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.conn = db.conn
        self.after_answer: Callable[[], None] = _nothing
        """Called after every answer is written (the library starts its periodic backup from it)."""
        self.learner = LearnerCardStore(db, write_ways=self.write_ways)
        """Edits, rejections and own cards (their undo is part of a session's)."""

    # -- queue ---------------------------------------------------------------------------------------------
    def candidates(
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
    ) -> Generator[QueuedCard]:
        """Cards in the order to show them (see :meth:`studyapp.core.queue.ReviewStore.candidates`); each query
        is read row by row, so taking the first candidate costs one indexed lookup."""
        learning_sql, review_sql, new_sql, args = _queries(scope)
        execute = self.conn.execute
        for avoid in (avoid_origin, _NO_ORIGIN) if avoid_origin else (_NO_ORIGIN,):
            if learning_due:
                yield from map(self._queued, execute(learning_sql, (*args, now_us, avoid)))
            if want_review:
                yield from map(self._queued, execute(review_sql, (*args, day_end_us, avoid)))
            if want_new:
                yield from map(self._queued, execute(new_sql, (*args, avoid)))
            yield from map(self._queued, execute(learning_sql, (*args, now_us + learn_ahead_us, avoid)))

    def _queued(self, row: tuple[Any, ...]) -> QueuedCard:
        return QueuedCard(CardState(*row[:9]), *row[9:12], ways=row[12], members=row[13], load=self.item)

    def unit_items(self, deck_id: str, unit: str) -> list[UnitItem]:
        """The ways of asking a unit, read from its items (the card keeps a copy: see :meth:`write_ways`)."""
        return [
            UnitItem(item_id, kind, tuple(json.loads(reveals)) if reveals else ())
            for item_id, kind, reveals in self.conn.execute(_UNIT_ITEMS, (deck_id, unit))
        ]

    def write_ways(self, deck_id: str, units: Collection[str]) -> None:
        """Copy the ways of asking ``units`` from their items onto their cards (after items changed); call
        inside a transaction."""
        self.conn.executemany(
            "UPDATE cards SET ways = ? WHERE deck_id = ? AND unit = ?",
            [(encode_ways(self.unit_items(deck_id, unit)), deck_id, unit) for unit in units],
        )

    def unit_queues(self, deck_id: str, units: Collection[str]) -> dict[str, UnitQueue]:
        rows = self.conn.execute(
            f"SELECT unit, queue, due, stability FROM cards WHERE deck_id = ? AND unit IN ({_marks(units)})",
            [deck_id, *units],
        )
        return {unit: UnitQueue(queue, due, stability) for unit, queue, due, stability in rows}

    def set_aside(self, deck_id: str, units: Collection[str], *, until_us: int) -> int:
        with self.db.atomic():
            cursor = self.conn.execute(
                f"UPDATE cards SET queue = ?, buried_until = ? WHERE deck_id = ? AND unit IN ({_marks(units)}) "
                f"AND (queue = {NEW} OR (queue = {REVIEW} AND due < ?))",
                [int(Queue.BURIED), until_us, deck_id, *units, until_us],
            )
        return cursor.rowcount

    def exposure(self, deck_id: str, *, day_start_us: int) -> Exposure:
        asked: set[str] = set()
        revealed: set[str] = set()
        for unit, reveals in self.conn.execute(
            "SELECT c.unit, i.reveals FROM reviews r JOIN cards c ON c.id = r.card_id "
            "LEFT JOIN items i ON i.id = r.item_id WHERE r.reviewed >= ? AND r.deck_id = ?",
            [day_start_us, deck_id],
        ):
            asked.add(unit)
            if reveals:
                revealed.update(u for u in json.loads(reveals) if u != unit)
        return Exposure(asked, revealed)

    def item(self, item_id: str) -> StudyItem:
        """The item as the learner sees it (their edit over the generated text)."""
        row = self.conn.execute(
            "SELECT i.data, e.prompt, e.answer, e.choices FROM items i LEFT JOIN card_edits e ON e.item_id = i.id "
            "WHERE i.id = ?",
            [item_id],
        ).fetchone()
        if row is None:
            raise KeyError(item_id)
        item = item_from_row(row[0])
        if row[1] is None:
            return item
        return apply_edit(item, CardEdit(row[1], row[2], tuple(json.loads(row[3])) if row[3] else ()))

    def revert_change(self, change: CardChange) -> None:
        self.learner.revert(change)

    def learning_due(self, scope: Scope) -> int | None:
        where, args = _where(scope)
        due: int | None = _one(
            self.conn.execute(f"SELECT min(c.due) FROM cards c WHERE {where} AND c.queue = {LEARNING}", args)
        )
        return due

    def counts(
        self,
        scope: Scope,
        *,
        now_us: int,
        day_end_us: int,
        new_cap: int,
        review_cap: int,
        learn_ahead_us: int,
        moves: Sequence[QueueMove] = (),
    ) -> Counts:
        """See :meth:`studyapp.core.queue.ReviewStore.counts`; ``moves`` not yet stored are counted as if they
        were (see :meth:`pending_moves`)."""
        where, args = _where(scope)
        learn_until = max(day_end_us, now_us + learn_ahead_us)
        due_by = {Queue.LEARNING: learn_until, Queue.REVIEW: day_end_us}

        def counted(queue: Queue, move_queue: Queue, move: QueueMove) -> bool:
            if move_queue != queue or (scope.sections and move.section not in scope.sections):
                return False
            return queue not in due_by or (move.due_us is not None and move.due_us < due_by[queue])

        def shift(queue: Queue) -> tuple[int, int]:
            """(cards leaving the count, cards joining it) by the moves."""
            return (
                sum(counted(queue, move.stored, move) for move in moves),
                sum(counted(queue, move.belongs, move) for move in moves),
            )

        left, joined = shift(Queue.LEARNING)
        learning = (
            _one(
                self.conn.execute(
                    f"SELECT count(*) FROM cards c WHERE {where} AND c.queue = {LEARNING} AND c.due < ?",
                    [*args, learn_until],
                )
            )
            - left
            + joined
        )
        left, joined = shift(Queue.REVIEW)
        cap = max(review_cap, 0)
        review = _one(
            self.conn.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM cards c WHERE {where} AND c.queue = {REVIEW} AND c.due < ? "
                "LIMIT ?)",
                [*args, day_end_us, cap + left],
            )
        )
        review = min(review - left + joined, cap)
        left, joined = shift(Queue.NEW)
        cap = max(new_cap, 0)
        new = _one(
            self.conn.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM cards c WHERE {where} AND c.queue = {NEW} LIMIT ?)",
                [*args, cap + left],
            )
        )
        new = min(new - left + joined, cap)
        return Counts(new=new, learning=learning, review=review)

    def version(self) -> tuple[int, int]:
        """Changes with every write to the library: rows changed through this connection, commits of others."""
        return self.conn.total_changes, self.conn.execute("PRAGMA data_version").fetchone()[0]

    def done_today(self, deck_id: str, *, day_start_us: int) -> tuple[int, int]:
        new, review = self.conn.execute(
            f"SELECT coalesce(sum(prev_queue = {NEW}), 0), coalesce(sum(prev_queue = {REVIEW}), 0) FROM reviews "
            "WHERE reviewed >= ? AND deck_id = ?",
            [day_start_us, deck_id],
        ).fetchone()
        return new, review

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
        item_id: str | None = None,
    ) -> int:
        """Returns the log id: the review time in microseconds (one later if that instant is taken)."""
        # One transaction: the card state and its log row land together or not at all. A plain BEGIN/COMMIT on
        # the connection (sqlite-utils' atomic() costs a generator and a context manager per answer).
        execute = self.conn.execute
        if self.conn.in_transaction:  # inside a caller's transaction: be a savepoint of it, as atomic() would
            with self.db.atomic():
                log_id = self._write_answer(before, after, deck_id, rating, reviewed_us, duration_ms, item_id)
        else:
            execute("BEGIN")
            try:
                log_id = self._write_answer(before, after, deck_id, rating, reviewed_us, duration_ms, item_id)
                execute("COMMIT")
            except BaseException:
                self.db.rollback()
                raise
        self.after_answer()
        return log_id

    def _write_answer(
        self,
        before: CardState,
        after: CardState,
        deck_id: str,
        rating: int,
        reviewed_us: int,
        duration_ms: int | None,
        item_id: str | None,
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
                after.last_kind,
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
            item_id,
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

    def _write_state(self, s: CardState) -> None:
        self.conn.execute(
            _UPDATE_STATE,
            (s.queue, s.state, s.step, s.stability, s.difficulty, s.due_us, s.last_review_us, s.last_kind, s.id),
        )

    # -- suspend, bury, reschedule -------------------------------------------------------------------------
    def set_queue(self, card_id: int, queue: Queue, *, buried_until_us: int | None = None) -> str:
        """Put a card in a queue (suspend/bury/restore); returns its deck id."""
        with self.db.atomic():
            self.conn.execute(
                "UPDATE cards SET queue=?, buried_until=? WHERE id=? AND queue != ?",
                [queue, buried_until_us, card_id, RETIRED],
            )
            if queue == Queue.SUSPENDED:
                self._release_rejection_hold(card_id)
        return self.deck_of(card_id)

    def queue_fields(self, card_id: int) -> tuple[Queue, int | None]:
        row = self.conn.execute("SELECT queue, buried_until FROM cards WHERE id=?", [card_id]).fetchone()
        if row is None:
            raise KeyError(card_id)
        return Queue(row[0]), row[1]

    def restore_queue(self, card_id: int, queue: Queue, buried_until_us: int | None) -> None:
        """Put back a card's queue fields exactly (undo of a bury or suspend)."""
        with self.db.atomic():
            self.conn.execute("UPDATE cards SET queue=?, buried_until=? WHERE id=?", [queue, buried_until_us, card_id])

    def unit_of_item(self, item_id: str) -> tuple[str, str]:
        """(deck id, unit) of an item (KeyError when unknown)."""
        row = self.conn.execute("SELECT deck_id, unit FROM items WHERE id = ?", [item_id]).fetchone()
        if row is None:
            raise KeyError(item_id)
        deck_id: str = row[0]
        unit: str = row[1]
        return deck_id, unit

    def set_item_suspended(self, item_id: str, suspended: bool) -> str:
        """Take one way of asking a unit out of the ladder, or bring it back; returns its deck id."""
        deck_id, unit = self.unit_of_item(item_id)
        with self.db.atomic():
            self.conn.execute("UPDATE items SET suspended = ? WHERE id = ?", [int(suspended), item_id])
            self.write_ways(deck_id, [unit])
        return deck_id

    def suspended_items(self, deck_id: str) -> list[StudyItem]:
        """The active items of a deck taken out of the ladder one by one, in article order."""
        rows = self.conn.execute(
            "SELECT data FROM items WHERE deck_id = ? AND suspended = 1 AND retired_us IS NULL "
            "ORDER BY position, rowid",
            [deck_id],
        )
        return [item_from_row(data) for (data,) in rows]

    def deck_of(self, card_id: int) -> str:
        row = self.conn.execute("SELECT deck_id FROM cards WHERE id=?", [card_id]).fetchone()
        if row is None:
            raise KeyError(card_id)
        deck_id: str = row[0]
        return deck_id

    def _release_rejection_hold(self, card_id: int) -> None:
        """The learner decided the card's queue: a suspension that rejecting every item had made is now theirs
        (a later restore leaves it as they set it)."""
        self.conn.execute(
            "DELETE FROM rejection_holds WHERE (deck_id, unit) IN (SELECT deck_id, unit FROM cards WHERE id = ?)",
            [card_id],
        )

    def restore_natural_queue(self, card_id: int) -> None:
        self._release_rejection_hold(card_id)
        self.conn.execute(
            f"UPDATE cards SET buried_until=NULL, queue = CASE WHEN last_review IS NULL THEN {NEW} "
            f"WHEN state = {State.Review.value} THEN {REVIEW} ELSE {LEARNING} END "
            f"WHERE id=? AND queue IN ({SUSPENDED}, {BURIED})",
            [card_id],
        )

    def pending_moves(self, deck_id: str, *, now_us: int) -> list[QueueMove]:
        """The deck's cards that belong in another queue now (see :mod:`studyapp.storage.queue_moves`); a read."""
        return pending_moves(self.conn, deck_id, now_us=now_us)

    def refresh_queues(self, deck_id: str, *, now_us: int) -> int:
        """Store the pending moves: buried cards whose day is over go back to their queue, and summary units (a
        whole list, a chronology) wait or go to the new queue as their members are known or not; returns how
        many cards moved."""
        moves = self.pending_moves(deck_id, now_us=now_us)
        if moves:
            with self.db.atomic():
                self.conn.executemany(
                    "UPDATE cards SET queue = ?, buried_until = NULL WHERE id = ?",
                    [(int(move.belongs), move.card_id) for move in moves],
                )
        return len(moves)

    def histories(self, deck_id: str) -> list[UnitHistory]:
        """Every card of a deck that is not retired with its answers, in article order."""
        answers: dict[int, list[Answer]] = {}
        for card_id, rating, reviewed, duration in self.conn.execute(
            "SELECT card_id, rating, reviewed, duration_ms FROM reviews WHERE deck_id = ? ORDER BY reviewed", [deck_id]
        ):
            answers.setdefault(card_id, []).append(Answer(rating, reviewed, duration))
        rows = self.conn.execute(
            "SELECT unit, id, state, step, stability, difficulty, due, last_review, queue, last_kind FROM cards "
            f"WHERE deck_id = ? AND queue != {RETIRED} ORDER BY position, id",
            [deck_id],
        ).fetchall()
        return [UnitHistory(r[0], CardState(*r[1:]), answers.get(r[1], [])) for r in rows]

    def states(self, deck_id: str) -> list[SectionCard]:
        """Every card of a deck that is not retired (one per unit) with its section."""
        rows = self.conn.execute(
            "SELECT id, state, step, stability, difficulty, due, last_review, queue, last_kind, section FROM cards "
            f"WHERE deck_id=? AND queue != {RETIRED}",
            [deck_id],
        ).fetchall()
        return [SectionCard(CardState(*r[:9]), r[9]) for r in rows]

    def set_due(self, changes: Sequence[tuple[int, int]]) -> None:
        """(card id, due) pairs; call inside a transaction."""
        self.conn.executemany("UPDATE cards SET due=? WHERE id=?", [(due, cid) for cid, due in changes])
