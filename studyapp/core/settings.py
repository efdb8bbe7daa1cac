"""Per-deck study settings and the FSRS scheduler they make."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from fsrs import Scheduler


@dataclass(frozen=True)
class DeckSettings:
    """How a deck is studied.

    Attributes:
        desired_retention: target probability of recall at review time (FSRS), 0.7-0.99.
        new_per_day: new cards introduced per day (cards already introduced today count).
        max_reviews_per_day: review-state cards shown per day.
        learning_steps: minutes between learning repetitions of a new card.
        relearning_steps: minutes between relearning repetitions of a forgotten card.
        day_start_hour: local hour at which a study day begins (4 as in Anki).
    """

    desired_retention: float = 0.9
    new_per_day: int = 20
    max_reviews_per_day: int = 200
    learning_steps: tuple[float, ...] = (1.0, 10.0)
    relearning_steps: tuple[float, ...] = (10.0,)
    day_start_hour: int = 4

    def validated(self) -> DeckSettings:
        """Self, or ValueError with a plain message when a value is out of range."""
        if not 0.7 <= self.desired_retention <= 0.99:
            raise ValueError("Desired retention must be between 0.70 and 0.99.")
        if self.new_per_day < 0 or self.max_reviews_per_day < 0:
            raise ValueError("Daily limits cannot be negative.")
        if any(step <= 0 for step in self.learning_steps + self.relearning_steps):
            raise ValueError("Learning steps must be positive numbers of minutes.")
        if not 0 <= self.day_start_hour <= 23:
            raise ValueError("The day start hour must be between 0 and 23.")
        return self


def make_scheduler(settings: DeckSettings, *, fuzzing: bool = True) -> Scheduler:
    """The fsrs scheduler for a deck (fuzzing off in tests: it draws from the global ``random``)."""
    return Scheduler(
        desired_retention=settings.desired_retention,
        learning_steps=tuple(timedelta(minutes=m) for m in settings.learning_steps),
        relearning_steps=tuple(timedelta(minutes=m) for m in settings.relearning_steps),
        enable_fuzzing=fuzzing,
    )
