"""Aggregate queries for statistics. Times come back in hour buckets (epoch hours, UTC) so the service can
map them onto local study days exactly, whatever the time zone."""

from __future__ import annotations

from sqlite_utils import Database

from studyapp.core.cards import Queue

_HOUR_US = 3_600_000_000
_LEARNING, _REVIEW, _RETIRED = Queue.LEARNING.value, Queue.REVIEW.value, Queue.RETIRED.value


def _deck(deck_id: str | None, column: str = "deck_id") -> tuple[str, list[str]]:
    return ("1", []) if deck_id is None else (f"{column} = ?", [deck_id])


class StatsRepository:
    def __init__(self, db: Database) -> None:
        self.db, self.conn = db, db.conn

    def reviews_by_hour(self, deck_id: str | None) -> list[tuple[int, int, int, int, int]]:
        """For every hour with answers: (epoch hour, answers, milliseconds spent, answers on review-state
        cards, of which not Again). Served from ``review_hours``, which triggers on the review log keep exact
        whatever the review times (a clock set back included)."""
        where, args = _deck(deck_id)
        return self.conn.execute(
            f"SELECT hour, sum(answers), sum(ms), sum(on_reviews), sum(passed) FROM review_hours WHERE {where} "
            "GROUP BY hour HAVING sum(answers) > 0 ORDER BY hour",
            args,
        ).fetchall()

    def due_by_hour(self, deck_id: str | None, *, until_us: int) -> list[tuple[int, int]]:
        """(epoch hour, cards) of learning and review cards due before ``until_us``."""
        where, args = _deck(deck_id)
        return self.conn.execute(
            f"SELECT due / {_HOUR_US}, count(*) FROM cards WHERE {where} AND queue IN ({_LEARNING}, {_REVIEW}) "
            "AND due < ? GROUP BY 1",
            [*args, until_us],
        ).fetchall()

    def cards_by_queue(self, deck_id: str | None) -> dict[int, int]:
        where, args = _deck(deck_id)
        return dict(self.conn.execute(f"SELECT queue, count(*) FROM cards WHERE {where} GROUP BY queue", args))

    def memory(self, deck_id: str | None) -> list[tuple[str, str, float | None, int | None]]:
        """(deck, section, stability, last review) of the cards (one per unit) that are not retired (suspended,
        buried and waiting ones included)."""
        where, args = _deck(deck_id)
        return self.conn.execute(
            f"SELECT deck_id, section, stability, last_review FROM cards WHERE {where} AND queue != {_RETIRED}", args
        ).fetchall()
