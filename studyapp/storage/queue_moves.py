"""Where cards belong now, worked out without writing: a buried card whose day is over is back in its queue, and
a summary unit (a whole list, a chronology) waits while one of its members is not yet known.

Reads (the deck list, the set-aside cards, new cards per section, statistics) count with these moves as if
they were stored; :meth:`studyapp.storage.cards.CardStore.refresh_queues` stores them where the library writes
(a review session starting).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, NamedTuple

from fsrs import State

from studyapp.core.cards import Queue, natural_queue

HOLD_BACK_PASSES = 4  # summaries wait on members that may wait in turn (a list's gap on its neighbour)
_NOT_ASKED = (Queue.SUSPENDED, Queue.RETIRED, Queue.WAITING)  # members that hold no summary back
_CHUNK = 500


class QueueMove(NamedTuple):
    """A card whose stored queue (``stored``) is not the one it belongs to now (``belongs``)."""

    card_id: int
    stored: Queue
    belongs: Queue
    due_us: int | None
    section: str


@dataclass
class _Card:
    id: int
    unit: str
    stored: Queue
    queue: Queue
    state: int
    last_review_us: int | None
    due_us: int | None
    section: str
    members: tuple[str, ...]

    def known(self) -> bool:
        return self.last_review_us is not None and self.state == State.Review


_FIELDS = "id, unit, queue, state, last_review, due, section, members, buried_until"


def pending_moves(conn: sqlite3.Connection, deck_id: str, *, now_us: int) -> list[QueueMove]:
    """The deck's cards that belong in another queue at ``now_us`` than the one stored (nothing is written)."""
    cards = {
        row[0]: _card(row, now_us)
        for row in conn.execute(
            f"SELECT {_FIELDS} FROM cards WHERE deck_id = ? AND ((queue = {Queue.BURIED.value} AND buried_until <= ?) "
            f"OR (members != '' AND queue IN ({Queue.NEW.value}, {Queue.WAITING.value})))",
            [deck_id, now_us],
        )
    }
    summaries = [card for card in cards.values() if card.members]
    by_unit = _members(conn, deck_id, {unit for s in summaries for unit in s.members}, cards, now_us)
    for _ in range(HOLD_BACK_PASSES):  # a member released in one pass may hold back its summary in the next
        moves = []
        for summary in summaries:
            if summary.queue not in (Queue.NEW, Queue.WAITING):
                continue
            unknown = any(
                m.queue not in _NOT_ASKED and not m.known() for unit in summary.members for m in by_unit.get(unit, ())
            )
            wanted = Queue.WAITING if unknown else Queue.NEW
            if wanted != summary.queue:
                moves.append((summary, wanted))
        for summary, wanted in moves:
            summary.queue = wanted
        if not moves:
            break
    return [QueueMove(c.id, c.stored, c.queue, c.due_us, c.section) for c in cards.values() if c.queue != c.stored]


def _card(row: tuple[Any, ...], now_us: int) -> _Card:
    card_id, unit, queue, state, last_review, due, section, members, buried_until = row
    stored = Queue(queue)
    now = stored
    if stored == Queue.BURIED and buried_until is not None and buried_until <= now_us:
        now = Queue(natural_queue(state, last_review))
    return _Card(card_id, unit, stored, now, state, last_review, due, section, tuple(json.loads(members or "[]")))


def _members(
    conn: sqlite3.Connection, deck_id: str, units: Collection[str], known: dict[int, _Card], now_us: int
) -> dict[str, list[_Card]]:
    """The cards of ``units``, by unit; the cards already in ``known`` are taken from it (with their moves)."""
    by_unit: dict[str, list[_Card]] = {}
    wanted = sorted(units)
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for row in conn.execute(
            f"SELECT {_FIELDS} FROM cards WHERE deck_id = ? AND unit IN ({','.join('?' * len(chunk))})",
            [deck_id, *chunk],
        ):
            card = known.get(row[0]) or _card(row, now_us)
            by_unit.setdefault(card.unit, []).append(card)
    return by_unit
