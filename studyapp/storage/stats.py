"""Aggregate queries for statistics. Times come back in hour buckets (epoch hours, UTC) so the service can
map them onto local study days exactly, whatever the time zone."""

from __future__ import annotations

from sqlite_utils import Database

_HOUR_US = 3_600_000_000


def _deck(deck_id: str | None, column: str = "deck_id") -> tuple[str, list]:
    return ("1", []) if deck_id is None else (f"{column} = ?", [deck_id])


class StatsRepository:
    def __init__(self, db: Database, *, read_only: bool = False) -> None:
        self.db, self.conn, self.read_only = db, db.conn, read_only

    def reviews_by_hour(self, deck_id: str | None) -> list[tuple[int, int, int, int, int]]:
        """For every hour with answers: (epoch hour, answers, milliseconds spent, answers on review-state
        cards, of which not Again). Served from ``review_hours``, which is brought up to date first (only the
        answers since the last call are read); a read-only connection adds the recent answers in memory."""
        upto = self.upto()
        fresh = self.conn.execute(
            f"SELECT deck_id, reviewed / {_HOUR_US}, count(*), coalesce(sum(duration_ms), 0), "
            "coalesce(sum(prev_queue = 2), 0), coalesce(sum(prev_queue = 2 AND rating > 1), 0), max(reviewed) "
            "FROM reviews WHERE reviewed > ? GROUP BY 1, 2",
            [upto],
        ).fetchall()
        recent: dict[int, list[int]] = {}
        if fresh and not self.read_only:
            with self.db.atomic():
                self.conn.executemany(
                    "INSERT INTO review_hours(deck_id, hour, answers, ms, on_reviews, passed) VALUES (?,?,?,?,?,?) "
                    "ON CONFLICT(deck_id, hour) DO UPDATE SET answers = answers + excluded.answers, "
                    "ms = ms + excluded.ms, on_reviews = on_reviews + excluded.on_reviews, "
                    "passed = passed + excluded.passed",
                    [row[:6] for row in fresh],
                )
                self._set_upto(max(row[6] for row in fresh))
        else:
            for deck, hour, *sums, _ in fresh:
                if deck_id is None or deck == deck_id:
                    entry = recent.setdefault(hour, [0, 0, 0, 0])
                    recent[hour] = [a + b for a, b in zip(entry, sums, strict=True)]
        where, args = _deck(deck_id)
        stored = self.conn.execute(
            f"SELECT hour, sum(answers), sum(ms), sum(on_reviews), sum(passed) FROM review_hours WHERE {where} "
            "GROUP BY hour",
            args,
        ).fetchall()
        merged = {hour: list(sums) for hour, *sums in stored}
        for hour, sums in recent.items():
            merged[hour] = [a + b for a, b in zip(merged.get(hour, [0, 0, 0, 0]), sums, strict=True)]
        return [(hour, *sums) for hour, sums in sorted(merged.items())]

    def upto(self) -> int:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'review_hours_upto'").fetchone()
        return -1 if row is None else int(row[0])

    def _set_upto(self, reviewed: int) -> None:
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES ('review_hours_upto', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [str(reviewed)],
        )

    def forget_from(self, reviewed: int) -> None:
        """Take the answers from ``reviewed`` on out of the sums and lower the watermark below it, before an
        undo deletes that answer (call inside the undo's transaction). Later answers, even ones reusing the
        freed key, are then summed by the next statistics call."""
        upto = self.upto()
        if reviewed > upto:
            return
        rows = self.conn.execute(
            f"SELECT count(*), coalesce(sum(duration_ms), 0), coalesce(sum(prev_queue = 2), 0), "
            f"coalesce(sum(prev_queue = 2 AND rating > 1), 0), deck_id, reviewed / {_HOUR_US} FROM reviews "
            "WHERE reviewed >= ? AND reviewed <= ? GROUP BY deck_id, reviewed / ?",
            [reviewed, upto, _HOUR_US],
        ).fetchall()
        self.conn.executemany(
            "UPDATE review_hours SET answers = answers - ?, ms = ms - ?, on_reviews = on_reviews - ?, "
            "passed = passed - ? WHERE deck_id = ? AND hour = ?",
            rows,
        )
        self._set_upto(reviewed - 1)

    def reset_sums(self) -> None:
        """Forget the sums (after writing history out of time order); call inside a transaction."""
        self.conn.execute("DELETE FROM review_hours")
        self.conn.execute("DELETE FROM meta WHERE key = 'review_hours_upto'")

    def due_by_hour(self, deck_id: str | None, *, until_us: int) -> list[tuple[int, int]]:
        """(epoch hour, cards) of learning and review cards due before ``until_us``."""
        where, args = _deck(deck_id)
        return self.conn.execute(
            f"SELECT due / {_HOUR_US}, count(*) FROM cards WHERE {where} AND queue IN (1, 2) AND due < ? GROUP BY 1",
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
            f"SELECT deck_id, section, stability, last_review FROM cards WHERE {where} AND queue != -3", args
        ).fetchall()
