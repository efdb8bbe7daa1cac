"""Statistics as plain data (for the statistics screen and ``studyapp stats --json``)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DayCount:
    day: date
    reviews: int
    seconds: float


@dataclass(frozen=True)
class Stats:
    """Statistics of one deck, or of the whole library (``deck_id`` None).

    Attributes:
        reviews_per_day: every study day with at least one answer, oldest first (heatmap data).
        true_retention: share of answers on review-state cards that were not Again (None: no such answer).
        true_retention_30d: the same over the last 30 days.
        due_forecast: cards falling due on each of the next 30 days (index 0 = today, overdue included).
        mastery: per section id, mean FSRS retrievability now, unseen cards counting 0.
        streak: consecutive study days with answers, ending today (or yesterday if none yet today).
        total_reviews, total_seconds, today_reviews, today_seconds: volume and time spent.
        cards_by_queue: counts of active cards: "new", "learning", "review", "suspended", "buried".
    """

    deck_id: str | None
    reviews_per_day: tuple[DayCount, ...]
    true_retention: float | None
    true_retention_30d: float | None
    due_forecast: tuple[int, ...]
    mastery: dict[str, float]
    streak: int
    total_reviews: int
    total_seconds: float
    today_reviews: int
    today_seconds: float
    cards_by_queue: dict[str, int]

    def to_json(self) -> dict:
        """A JSON-ready dict (dates as ISO strings)."""
        raise NotImplementedError


class StatsService:
    """Reached as ``library.stats``."""

    def deck(self, deck_id: str | None = None) -> Stats:
        """Statistics of one deck, or of every deck together when ``deck_id`` is None."""
        raise NotImplementedError
