"""The library's clock and time zone: now, and the study days that a deck's day-start hour makes of it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo

from studyapp.core import days

Clock = Callable[[], datetime]  # returns the current UTC time


@dataclass(frozen=True)
class StudyClock:
    """``clock`` gives the current time (tests freeze it); ``tz`` is the zone of day boundaries (None: the
    system's)."""

    clock: Clock
    tz: tzinfo | None

    def now(self) -> datetime:
        return self.clock().astimezone(UTC)

    def day_bounds(self, hour: int, now: datetime | None = None) -> tuple[datetime, datetime]:
        """UTC start and end of the study day holding ``now`` (default: now) for a day-start ``hour``."""
        return days.day_bounds(now or self.now(), hour=hour, tz=self.tz)

    def today(self, hour: int, now: datetime | None = None) -> date:
        """The date of the study day holding ``now`` (default: now) for a day-start ``hour``."""
        return days.study_day(now or self.now(), hour=hour, tz=self.tz)

    def day_start(self, day: date, hour: int) -> datetime:
        """The UTC moment study day ``day`` begins."""
        return days.day_start(day, hour=hour, tz=self.tz)
