"""Study days: a day runs from the day-start hour (local time) to the same hour the next day."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo


def study_day(now: datetime, *, hour: int, tz: tzinfo | None) -> date:
    """The calendar date of the study day holding ``now`` (before ``hour`` it is still yesterday)."""
    local = now.astimezone(tz)
    return (local - timedelta(hours=hour)).date()


def day_start(day: date, *, hour: int, tz: tzinfo | None) -> datetime:
    """The UTC moment at which study day ``day`` begins (``tz`` None: the system's local zone)."""
    local = datetime.combine(day, time(hour))
    local = local.replace(tzinfo=tz) if tz is not None else local.astimezone()
    return local.astimezone(UTC)


def day_bounds(now: datetime, *, hour: int, tz: tzinfo | None) -> tuple[datetime, datetime]:
    """UTC start and end of the study day holding ``now``."""
    today = study_day(now, hour=hour, tz=tz)
    return day_start(today, hour=hour, tz=tz), day_start(today + timedelta(days=1), hour=hour, tz=tz)
