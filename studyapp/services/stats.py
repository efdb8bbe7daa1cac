"""Statistics as plain data (for the statistics screen and ``studyapp stats --json``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from fsrs import Scheduler

from studyapp.core import days
from studyapp.core.cards import Queue, to_us
from studyapp.core.exam import recall_at
from studyapp.core.settings import DeckSettings, make_scheduler
from studyapp.services.connection import LibraryConnection
from studyapp.services.study_clock import StudyClock
from studyapp.storage.queue_moves import QueueMove
from studyapp.storage.repositories import Repositories

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class DayCount:
    day: date
    reviews: int
    seconds: float


@dataclass(frozen=True)
class RetentionWeek:
    """True retention of one week (Monday to Sunday, by study day): answers on review-state cards not Again."""

    week: date  # the Monday
    answers: int
    retention: float


@dataclass(frozen=True)
class SectionMastery:
    """A section's mastery now (mean FSRS retrievability, unseen cards counting 0) and its card count."""

    id: str
    title: str
    cards: int
    mastery: float


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
        cards_by_queue: counts of active cards (one per unit of memory: a fact, a list entry, a whole list, a
            chronology): "new" (summary units held back until their members are known included), "learning",
            "review", "suspended", "buried".
        retention_by_week: true retention of each week with answers on review-state cards, oldest first.
        rejected: items the learner rejected, by reason (every reason named), then by item kind.
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
    retention_by_week: tuple[RetentionWeek, ...] = ()
    rejected: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        """A JSON-ready dict (dates as ISO strings)."""
        return {
            "deck_id": self.deck_id,
            "reviews_per_day": [
                {"day": d.day.isoformat(), "reviews": d.reviews, "seconds": d.seconds} for d in self.reviews_per_day
            ],
            "true_retention": self.true_retention,
            "true_retention_30d": self.true_retention_30d,
            "due_forecast": list(self.due_forecast),
            "mastery": dict(self.mastery),
            "streak": self.streak,
            "total_reviews": self.total_reviews,
            "total_seconds": self.total_seconds,
            "today_reviews": self.today_reviews,
            "today_seconds": self.today_seconds,
            "cards_by_queue": dict(self.cards_by_queue),
            "retention_by_week": [
                {"week": w.week.isoformat(), "answers": w.answers, "retention": w.retention}
                for w in self.retention_by_week
            ],
            "rejected": {reason: dict(kinds) for reason, kinds in self.rejected.items()},
        }


_QUEUE_NAMES = {
    Queue.NEW: "new",
    Queue.LEARNING: "learning",
    Queue.REVIEW: "review",
    Queue.SUSPENDED: "suspended",
    Queue.BURIED: "buried",
}
_HOUR = timedelta(hours=1)
_HOUR_US = 3_600_000_000
FORECAST_DAYS = 30


class StatsService:
    """Reached as ``library.stats``.

    Cards are units of memory (one per fact, list entry, whole list, chronology), whatever the number of ways
    each is asked. Mastery of a section is the mean FSRS retrievability of its cards now (unseen cards count
    0): it falls as memories fade, so it says what the learner would recall today rather than how much was seen.
    Days are study days of the first deck's day-start hour (4 a.m. by default) in the library's time zone.
    """

    def __init__(self, connection: LibraryConnection, clock: StudyClock) -> None:
        self._connection, self._clock = connection, clock

    def deck(self, deck_id: str | None = None) -> Stats:
        """Statistics of one deck, or of every deck together when ``deck_id`` is None (nothing is written)."""
        with self._connection.reading() as repos:
            return self._deck(repos, deck_id)

    def _deck(self, repos: Repositories, deck_id: str | None) -> Stats:
        if deck_id is not None:
            repos.documents.document(deck_id)
        settings = repos.decks.settings(deck_id) if deck_id else DeckSettings()
        hour, tz, now = settings.day_start_hour, self._clock.tz, self._clock.now()
        today = days.study_day(now, hour=hour, tz=tz)

        month_ago_us = to_us(days.day_start(today - timedelta(days=29), hour=hour, tz=tz))
        per_day: dict[date, list[float]] = {}
        retention = [0, 0]  # review-state answers, not Again
        retention_30d = [0, 0]
        weekly: dict[date, list[int]] = {}
        for epoch_hour, count, millis, on_reviews, passed in repos.stats.reviews_by_hour(deck_id):
            moment = _EPOCH + epoch_hour * _HOUR
            study_day = days.study_day(moment, hour=hour, tz=tz)
            if on_reviews:
                week = weekly.setdefault(study_day - timedelta(days=study_day.weekday()), [0, 0])
                week[0] += on_reviews
                week[1] += passed
            entry = per_day.setdefault(study_day, [0, 0.0])
            entry[0] += count
            entry[1] += millis / 1000
            retention[0] += on_reviews
            retention[1] += passed
            if to_us(moment) >= month_ago_us:
                retention_30d[0] += on_reviews
                retention_30d[1] += passed
        reviews_per_day = tuple(DayCount(d, int(v[0]), v[1]) for d, v in sorted(per_day.items()))
        today_count = next((d for d in reviews_per_day if d.day == today), DayCount(today, 0, 0.0))

        moves = self._pending_moves(repos, deck_id, now)
        forecast = [0] * FORECAST_DAYS
        horizon_us = to_us(days.day_start(today + timedelta(days=FORECAST_DAYS), hour=hour, tz=tz))
        for epoch_hour, count in _due_by_hour(repos, deck_id, moves, until_us=horizon_us):
            offset = (days.study_day(_EPOCH + epoch_hour * _HOUR, hour=hour, tz=tz) - today).days
            forecast[min(max(offset, 0), FORECAST_DAYS - 1)] += count

        queues = repos.stats.cards_by_queue(deck_id)
        for move in moves:
            queues[move.stored] = queues.get(move.stored, 0) - 1
            queues[move.belongs] = queues.get(move.belongs, 0) + 1
        return Stats(
            deck_id=deck_id,
            reviews_per_day=reviews_per_day,
            true_retention=_share(*retention),
            true_retention_30d=_share(*retention_30d),
            due_forecast=tuple(forecast),
            mastery=self._mastery(repos, deck_id, now),
            streak=_streak(per_day, today),
            total_reviews=sum(d.reviews for d in reviews_per_day),
            total_seconds=sum(d.seconds for d in reviews_per_day),
            today_reviews=today_count.reviews,
            today_seconds=today_count.seconds,
            cards_by_queue={
                name: queues.get(q, 0) + (queues.get(Queue.WAITING, 0) if q == Queue.NEW else 0)
                for q, name in _QUEUE_NAMES.items()
            },
            retention_by_week=tuple(RetentionWeek(w, n, ok / n) for w, (n, ok) in sorted(weekly.items())),
            rejected=repos.cards.learner.rejected_counts(deck_id),
        )

    def sections(self, deck_id: str) -> list[SectionMastery]:
        """Mastery per section of a deck, in document order (sections without cards left out)."""
        with self._connection.reading() as repos:
            mastery = self._mastery(repos, deck_id, self._clock.now())
            cards: dict[str, int] = {}
            for _, section, _, _ in repos.stats.memory(deck_id):
                cards[section] = cards.get(section, 0) + 1
            return [
                SectionMastery(sid, title, cards[sid], mastery.get(sid, 0.0))
                for sid, title, _, _ in repos.documents.sections(deck_id)
                if cards.get(sid)
            ]

    def _mastery(self, repos: Repositories, deck_id: str | None, now: datetime) -> dict[str, float]:
        groups: dict[tuple[str, str], list[tuple[float | None, int | None]]] = {}
        for deck, section, stability, last_review in repos.stats.memory(deck_id):
            groups.setdefault((deck, section), []).append((stability, last_review))
        schedulers: dict[str, Scheduler] = {}
        mastery = {}
        for (deck, section), memories in groups.items():
            if deck not in schedulers:
                schedulers[deck] = make_scheduler(repos.decks.settings(deck), fuzzing=False)
            recalls = recall_at(schedulers[deck], memories, now)
            mastery[section if deck_id is not None else f"{deck}/{section}"] = sum(recalls) / len(recalls)
        return mastery

    @staticmethod
    def _pending_moves(repos: Repositories, deck_id: str | None, now: datetime) -> list[QueueMove]:
        """The cards that belong in another queue now than the one stored (a buried card whose day is over, a
        summary whose members are known or not): statistics count them where they belong."""
        decks = [deck_id] if deck_id is not None else [d.id for d in repos.documents.deck_titles()]
        return [move for deck in decks for move in repos.cards.pending_moves(deck, now_us=to_us(now))]


def _due_by_hour(
    repos: Repositories, deck_id: str | None, moves: list[QueueMove], *, until_us: int
) -> list[tuple[int, int]]:
    """(epoch hour, cards) of learning and review cards due before ``until_us``, with the pending moves."""
    due = repos.stats.due_by_hour(deck_id, until_us=until_us)
    scheduled = (Queue.LEARNING, Queue.REVIEW)
    for move in moves:
        if move.due_us is not None and move.due_us < until_us:
            shift = (move.belongs in scheduled) - (move.stored in scheduled)
            if shift:
                due.append((move.due_us // _HOUR_US, shift))
    return due


def _share(count: int, passed: int) -> float | None:
    return passed / count if count else None


def _streak(per_day: dict[date, list[float]], today: date) -> int:
    day = today if today in per_day else today - timedelta(days=1)
    streak = 0
    while day in per_day:
        streak += 1
        day -= timedelta(days=1)
    return streak
