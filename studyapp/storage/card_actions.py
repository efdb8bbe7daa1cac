"""What the browser does to many cards at once: forget them (new again) and set their due day."""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from studyapp.core.cards import Queue


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


class CardActions:
    def __init__(self, db: Database) -> None:
        self.db, self.conn = db, db.conn

    def cards_of_items(self, item_ids: Sequence[str]) -> dict[int, str]:
        """The card (unit) of each item: card id -> deck id (items sharing a unit share a card)."""
        found: dict[int, str] = {}
        ids = list(item_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for card_id, deck_id in self.conn.execute(
                "SELECT c.id, c.deck_id FROM items i JOIN cards c ON c.deck_id = i.deck_id AND c.unit = i.unit "
                f"WHERE i.id IN ({_marks(chunk)})",
                chunk,
            ):
                found[card_id] = deck_id
        return found

    def forget(self, card_ids: Sequence[int], *, now_us: int) -> int:
        """Make cards new again (Anki's Forget): their answers stay in the log; returns how many changed."""
        with self.db.atomic():
            cursor = self.conn.executemany(
                "UPDATE cards SET queue = ?, state = 1, step = 0, stability = NULL, difficulty = NULL, due = ?, "
                f"last_review = NULL, buried_until = NULL WHERE id = ? AND queue != {Queue.RETIRED.value}",
                [(int(Queue.NEW), now_us, card_id) for card_id in card_ids],
            )
        return cursor.rowcount

    def set_due(self, card_ids: Sequence[int], *, due_us: int) -> int:
        """Move studied cards to a due time (new cards have no memory to schedule: they stay new); returns how
        many moved."""
        with self.db.atomic():
            cursor = self.conn.executemany(
                "UPDATE cards SET due = ? WHERE id = ? AND last_review IS NOT NULL",
                [(due_us, card_id) for card_id in card_ids],
            )
        return cursor.rowcount
