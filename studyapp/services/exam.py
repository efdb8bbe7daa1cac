"""Exam date: predicted recall on the day, reviews needed, and bringing cards forward to meet a target."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from fsrs import Scheduler

from studyapp.core.cards import Queue
from studyapp.core.exam import plan_exam, predicted_recall
from studyapp.core.settings import make_scheduler
from studyapp.services.changes import Changes
from studyapp.services.connection import LibraryConnection
from studyapp.services.study_clock import StudyClock
from studyapp.storage.cards import SectionCard
from studyapp.storage.repositories import Repositories

EXAM_HOUR = 12


@dataclass(frozen=True)
class Exam:
    deck_id: str
    day: date
    target: float  # desired recall on the exam day, 0.5-0.99 (default 0.9)


@dataclass(frozen=True)
class SectionForecast:
    section_id: str
    title: str
    cards: int
    predicted_recall: float  # mean FSRS retrievability at the exam moment; unseen cards count 0


@dataclass(frozen=True)
class ExamForecast:
    """Where the learner will stand on the exam day if nothing more is studied, and what it takes.

    Attributes:
        exam: the exam.
        days_left: study days before the exam (today included, the exam day excluded; at least 1).
        overall: mean predicted recall over active cards (unseen = 0).
        sections: per section, in document order.
        reviews_needed: reviews (new introductions included) to reach the target, if answered Good.
        reviews_per_day: ``reviews_needed`` spread over the days left (rounded up).
        new_per_day: unseen cards to introduce per day to see every card before the exam.
        on_track: True when the overall prediction already reaches the target.
    """

    exam: Exam
    days_left: int
    overall: float
    sections: tuple[SectionForecast, ...]
    reviews_needed: int
    reviews_per_day: int
    new_per_day: int
    on_track: bool


class ExamService:
    """Reached as ``library.exam``. The exam moment is noon (local time) of the exam day."""

    def __init__(self, connection: LibraryConnection, clock: StudyClock) -> None:
        self._connection, self._clock = connection, clock

    def get(self, deck_id: str) -> Exam | None:
        with self._connection.reading() as repos:
            row = repos.decks.exam(deck_id)
        return None if row is None else Exam(deck_id, date.fromisoformat(row.day), row.target)

    def set(self, deck_id: str, day: date, *, target: float = 0.9) -> Changes:
        """Set the exam (ValueError for a past day or a target outside 0.5-0.99) and bring cards forward."""
        self._connection.require_writable()
        if not 0.5 <= target <= 0.99:
            raise ValueError("The target recall must be between 50% and 99%.")
        with self._connection.writing() as repos:
            if day < self._today(repos, deck_id):
                raise ValueError("The exam date is in the past.")
            repos.documents.document(deck_id)
            repos.decks.set_exam(deck_id, day.isoformat(), target)
            return Changes(settings=frozenset({deck_id})) | self.bring_forward(deck_id)

    def clear(self, deck_id: str) -> Changes:
        with self._connection.writing() as repos:
            repos.decks.clear_exam(deck_id)
        return Changes(settings=frozenset({deck_id}), decks=frozenset({deck_id}))

    def forecast(self, deck_id: str) -> ExamForecast | None:
        """The forecast for the deck's exam, None without one; suspended cards are left out of it."""
        with self._connection.reading() as repos:
            exam = self.get(deck_id)
            if exam is None:
                return None
            scheduler, cards, exam_at, day_starts = self._inputs(repos, exam)
            titles = repos.documents.sections(deck_id)
        plan = plan_exam(scheduler, [c for c, _ in cards], exam_at=exam_at, day_starts=day_starts, target=exam.target)
        by_section: dict[str, list[float]] = {}
        for card, section in cards:
            by_section.setdefault(section, []).append(predicted_recall(scheduler, card, exam_at))
        every = [r for values in by_section.values() for r in values]
        overall = sum(every) / len(every) if every else 0.0
        sections = tuple(
            SectionForecast(sid, title, len(by_section[sid]), sum(by_section[sid]) / len(by_section[sid]))
            for sid, title, _, _ in titles
            if sid in by_section
        )
        return ExamForecast(
            exam=exam,
            days_left=len(day_starts),
            overall=overall,
            sections=sections,
            reviews_needed=plan.reviews_needed,
            reviews_per_day=plan.reviews_per_day,
            new_per_day=plan.new_per_day,
            on_track=overall >= exam.target,
        )

    def bring_forward(self, deck_id: str) -> Changes:
        """Move the due date of cards that would be reviewed after the exam, or whose predicted recall on the
        day is below target, to days before it, spreading the load over the days left (nothing in a library
        open read-only)."""
        if self._connection.read_only:
            return Changes()
        with self._connection.writing() as repos:
            exam = self.get(deck_id)
            if exam is None:
                return Changes()
            scheduler, cards, exam_at, day_starts = self._inputs(repos, exam)
            plan = plan_exam(
                scheduler, [c for c, _ in cards], exam_at=exam_at, day_starts=day_starts, target=exam.target
            )
            repos.cards.set_due(plan.moves)
            repos.decks.set_exam_planned(
                deck_id,
                self._today(repos, deck_id).isoformat(),
                new_per_day=plan.new_per_day,
                reviews_per_day=plan.reviews_per_day,
            )
        return Changes(decks=frozenset({deck_id}), cards=frozenset(cid for cid, _ in plan.moves))

    def _today(self, repos: Repositories, deck_id: str) -> date:
        return self._clock.today(repos.decks.settings(deck_id).day_start_hour)

    def _inputs(self, repos: Repositories, exam: Exam) -> tuple[Scheduler, list[SectionCard], datetime, list[datetime]]:
        settings = repos.decks.settings(exam.deck_id)
        scheduler = make_scheduler(settings, fuzzing=False)
        now, hour = self._clock.now(), settings.day_start_hour
        today = self._clock.today(hour, now)
        exam_at = max(exam_moment(exam.day, self._clock.tz), now)
        count = max((exam.day - today).days, 1)
        day_starts = [self._clock.day_start(today + timedelta(days=i), hour) for i in range(count)]
        # A suspended card is out of study until the learner brings it back: it needs no review before the exam,
        # is never moved, and its recall is no part of the forecast (buried and waiting cards come back: they count).
        cards = [c for c in repos.cards.states(exam.deck_id) if c.state.queue != Queue.SUSPENDED]
        return scheduler, cards, exam_at, day_starts


def exam_moment(day: date, tz: tzinfo | None) -> datetime:
    """Noon, local time, on the exam day, in UTC."""
    local = datetime.combine(day, time(EXAM_HOUR))
    local = local.replace(tzinfo=tz) if tz is not None else local.astimezone()
    return local.astimezone(UTC)
