"""Exam date: predicted recall on the day, reviews needed, and bringing cards forward to meet a target."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from studyapp.services.changes import Changes


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
    """Reached as ``library.exam``."""

    def get(self, deck_id: str) -> Exam | None:
        raise NotImplementedError

    def set(self, deck_id: str, day: date, *, target: float = 0.9) -> Changes:
        """Set the exam (ValueError for a past day or a target outside 0.5-0.99) and bring cards forward."""
        raise NotImplementedError

    def clear(self, deck_id: str) -> Changes:
        raise NotImplementedError

    def forecast(self, deck_id: str) -> ExamForecast | None:
        """The forecast for the deck's exam, None without one."""
        raise NotImplementedError

    def bring_forward(self, deck_id: str) -> Changes:
        """Move the due date of cards that would be reviewed after the exam, or whose predicted recall on the
        day is below target, to days before it, spreading the load over the days left."""
        raise NotImplementedError
