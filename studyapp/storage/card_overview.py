"""Read-only views of a deck's cards for the screens: new cards per section, the memory of each passage,
the cards set aside (suspended or buried). The review loop never runs these."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from studyapp.core.cards import Queue
from studyapp.generate.model import StudyItem
from studyapp.storage.items import item_from_row


@dataclass(frozen=True)
class CardMemory:
    """One card's memory as stored, with the passage (origin) and unit of memory its item asks about."""

    origin: str
    unit: str
    state: int  # fsrs State
    stability: float | None
    last_review_us: int | None


@dataclass(frozen=True)
class StoredSetAside:
    card_id: int
    item: StudyItem
    queue: int  # Queue.SUSPENDED or Queue.BURIED
    buried_until_us: int | None


class CardOverview:
    def __init__(self, db: Database) -> None:
        self.conn = db.conn

    def new_by_section(self, deck_id: str) -> dict[str, int]:
        """Cards never studied (and not set aside) per section id."""
        rows = self.conn.execute(
            "SELECT section, count(*) FROM cards WHERE deck_id = ? AND queue = ? GROUP BY section",
            [deck_id, int(Queue.NEW)],
        )
        return dict(rows.fetchall())

    def memories(self, deck_id: str) -> list[CardMemory]:
        """Every card of the deck that is not retired, with its item's unit ("" when the item names none)."""
        rows = self.conn.execute(
            "SELECT origin, unit, state, stability, last_review FROM cards WHERE deck_id = ? AND queue != ?",
            [deck_id, int(Queue.RETIRED)],
        )
        return [CardMemory(*row) for row in rows.fetchall()]

    def set_aside(self, deck_id: str, sections: tuple[str, ...] = (), *, now_us: int) -> list[StoredSetAside]:
        """Suspended and buried cards of a deck (or of some sections), in article order; a card buried until
        ``now_us`` or before is back in its queue and left out."""
        # A card is a unit of memory: it is shown by the first of its items still offered.
        sql = (
            "SELECT c.id, c.queue, c.buried_until, (SELECT i.data FROM items i WHERE i.deck_id = c.deck_id "
            "AND i.unit = c.unit AND i.retired_us IS NULL ORDER BY i.rowid LIMIT 1) AS data FROM cards c "
            "WHERE c.deck_id = ? AND (c.queue = ? OR (c.queue = ? AND c.buried_until > ?)) AND c.ways != ''"
        )  # a unit with no way left to ask it (all its items rejected) comes back by a restore, not from here
        args: list[object] = [deck_id, int(Queue.SUSPENDED), int(Queue.BURIED), now_us]
        if sections:
            sql += f" AND c.section IN ({','.join('?' * len(sections))})"
            args += list(sections)
        rows = self.conn.execute(sql + " ORDER BY c.position, c.id", args).fetchall()
        return [
            StoredSetAside(card_id, item_from_row(data), queue, until)
            for card_id, queue, until, data in rows
            if data is not None
        ]

    def answered_any(self, deck_id: str) -> bool:
        """True once any card of the deck has been answered."""
        row = self.conn.execute("SELECT 1 FROM reviews WHERE deck_id = ? LIMIT 1", [deck_id]).fetchone()
        return row is not None
