"""Study days: the day-start hour in the learner's zone, across daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from studyapp.core.days import day_bounds, day_start, study_day

BERLIN = ZoneInfo("Europe/Berlin")


def test_before_the_start_hour_it_is_still_yesterday():
    assert study_day(datetime(2026, 3, 3, 3, 59, tzinfo=UTC), hour=4, tz=UTC) == date(2026, 3, 2)
    assert study_day(datetime(2026, 3, 3, 4, 0, tzinfo=UTC), hour=4, tz=UTC) == date(2026, 3, 3)


def test_the_hour_is_local_time():
    # 03:30 UTC is 04:30 in Berlin in winter: already the new day there
    moment = datetime(2026, 1, 15, 3, 30, tzinfo=UTC)
    assert study_day(moment, hour=4, tz=BERLIN) == date(2026, 1, 15)
    assert study_day(moment, hour=4, tz=UTC) == date(2026, 1, 14)


def test_bounds_are_utc_and_follow_daylight_saving():
    start, end = day_bounds(datetime(2026, 3, 29, 12, tzinfo=UTC), hour=4, tz=BERLIN)
    assert start == datetime(2026, 3, 29, 2, 0, tzinfo=UTC)  # 04:00 CEST (UTC+2): the clocks moved at 02:00
    assert end == datetime(2026, 3, 30, 2, 0, tzinfo=UTC)
    assert start.tzinfo is UTC
    assert day_start(date(2026, 3, 28), hour=4, tz=BERLIN) == datetime(2026, 3, 28, 3, 0, tzinfo=UTC)
