"""A deck's dated facts on a time axis: days counted across BC and AD, tick marks from millennia to days, and
labels stacked in lanes so crowded events stay readable.

Positions are day numbers (0 = 1 January of year 0, astronomical numbering: year 0 is 1 BC), so a
millennium and a day sit on one axis. Pure functions; the painted widget is ``studyapp.ui.timeline_view``.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

DAYS_PER_YEAR = 365.2425
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_number(year: int, month: int, day: int) -> int:
    """Days since 1 January of year 0 (proleptic Gregorian, any year; H. Hinnant's days_from_civil)."""
    year -= month <= 2
    era = year // 400  # floor division: Hinnant's C rounds toward zero and corrects for it
    year_of_era = year - era * 400
    day_of_year = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era + 60  # day_of_era counts from 1 March of year 0, which is day 60


def civil_date(number: int) -> tuple[int, int, int]:
    """The (year, month, day) of a day number (inverse of :func:`day_number`)."""
    z = number - 60
    era = z // 146097
    day_of_era = z - era * 146097
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524 - day_of_era // 146096) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    mp = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    return year_of_era + era * 400 + (month <= 2), month, day


def year_text(year: int) -> str:
    """A year as written: "1992", "79", "44 BC" (astronomical year -43)."""
    return f"{1 - year} BC" if year <= 0 else str(year)


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """A dated fact on the axis: from the first day it covers to the end of its last day."""

    fact_id: str
    section: str
    sentence: str
    date_text: str
    start: int  # day number of the first day
    end: int  # day number after the last day
    position: int  # article order

    @property
    def middle(self) -> float:
        return (self.start + self.end) / 2

    @property
    def is_range(self) -> bool:
        return self.end - self.start > 31


def bound_days(start: str, end: str) -> tuple[int, int]:
    """The day numbers of the first day of a normalized ``start`` bound and of the day after an ``end``
    bound (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, a leading minus before astronomical years)."""
    year, month, day = _parts(start)
    first = day_number(year, month or 1, day or 1)
    year, month, day = _parts(end)
    if day:
        after = day_number(year, month, day) + 1
    elif month:
        after = day_number(year + month // 12, month % 12 + 1, 1)
    else:
        after = day_number(year + 1, 1, 1)
    return first, after


def _parts(bound: str) -> tuple[int, int, int]:
    negative = bound.startswith("-")
    pieces = (bound[1:] if negative else bound).split("-")
    try:
        numbers = [int(p) for p in pieces]
    except ValueError:
        return 0, 0, 0
    numbers += [0] * (3 - len(numbers))
    return (-numbers[0] if negative else numbers[0]), numbers[1], numbers[2]


def events_from_facts(rows: Iterable[Sequence[Any]]) -> list[TimelineEvent]:
    """Events of fact rows (``id, section, sentence, date_text, date_start, date_end, position``), in time
    order (earliest first; ties: shorter span, then article order)."""
    events = []
    for fact_id, section, sentence, date_text, date_start, date_end, position in rows:
        start, end = bound_days(date_start, date_end)
        events.append(TimelineEvent(fact_id, section, sentence, date_text, start, end, position))
    events.sort(key=lambda e: (e.start, e.end, e.position))
    return events


@dataclass(frozen=True)
class Tick:
    day: int
    label: str


# (step, unit): the tick spacings an axis can use, finest first.
_STEPS = (
    (1, "day"), (2, "day"), (7, "day"), (14, "day"),
    (1, "month"), (3, "month"), (6, "month"),
    (1, "year"), (2, "year"), (5, "year"), (10, "year"), (20, "year"), (25, "year"), (50, "year"),
    (100, "year"), (200, "year"), (250, "year"), (500, "year"), (1000, "year"), (2000, "year"), (5000, "year"),
    (10000, "year"), (100000, "year"),
)  # fmt: skip
_APPROX_DAYS = {"day": 1.0, "month": 30.44, "year": DAYS_PER_YEAR}


def ticks(first: float, last: float, *, max_ticks: int) -> list[Tick]:
    """Tick marks between two day numbers: the finest round spacing with at most ``max_ticks`` marks."""
    span = max(last - first, 1.0)
    step, unit = next(((s, u) for s, u in _STEPS if span / (s * _APPROX_DAYS[u]) <= max_ticks), _STEPS[-1])
    y0, m0, _ = civil_date(math.floor(first))
    found: list[Tick] = []
    if unit == "year":
        year = math.ceil((y0 if y0 > 0 else y0 - 1) / step) * step  # round years as written (100 BC, AD 100...)
        while True:
            astronomical = year if year > 0 else year + 1  # 100 BC is astronomical -99
            day = day_number(astronomical, 1, 1)
            if day > last:
                break
            if day >= first and year != 0:
                found.append(Tick(day, year_text(astronomical)))
            year += step
    elif unit == "month":
        year, month = y0, ((m0 - 1) // step) * step + 1
        while True:
            day = day_number(year, month, 1)
            if day > last:
                break
            if day >= first:
                found.append(Tick(day, f"{_MONTHS[month - 1]} {year_text(year)}"))
            month += step
            if month > 12:
                year, month = year + 1, month - 12
    else:
        shown_days = {1: None, 2: None, 7: (1, 8, 15, 22), 14: (1, 15)}[step]
        for day in range(math.ceil(first), math.floor(last) + 1):
            y, m, d = civil_date(day)
            if (shown_days is None and day % step == 0) or (shown_days is not None and d in shown_days):
                found.append(Tick(day, f"{d} {_MONTHS[m - 1]} {year_text(y)}"))
    return found


@dataclass(frozen=True)
class Placed:
    index: int  # into the marks
    lane: int  # 0 = the lane nearest the axis
    left: float  # the label's left edge (its mark, or further left to end inside the view)


def stack_labels(
    marks: Sequence[float], widths: Sequence[float], *, lanes: int, view_width: float, gap: float = 8.0
) -> tuple[list[Placed], int]:
    """Give labels the nearest lane where they do not overlap the one before; the rest are left out.

    ``marks`` are the events' positions in pixels, sorted; a label starts at its mark, or further left
    where it would run past ``view_width``. ``widths`` are read only for labels that may fit (both may be
    lazy sequences). Once every lane is taken up to some point, the marks before it are skipped by
    bisection, so a view of thousands of events places its labels in about lanes × log(n) steps.
    Returns (placed, how many were left out).
    """
    ends = [-math.inf] * lanes
    placed: list[Placed] = []
    lowest = -math.inf  # the smallest lane end: a label left of it fits nowhere
    index, count = 0, len(marks)
    while index < count:
        mark = marks[index]
        if mark < lowest + gap:
            index = bisect_left(marks, lowest + gap, index + 1)
            continue
        width = widths[index]
        left = max(0.0, min(mark, view_width - width - 2))
        for lane in range(lanes):
            if left >= ends[lane] + gap:
                ends[lane] = left + width
                placed.append(Placed(index, lane, left))
                lowest = min(ends)
                break
        index += 1
    return placed, count - len(placed)


def fitted_span(events: Sequence[TimelineEvent]) -> tuple[float, float]:
    """The span showing every event, with a margin on each side (a year around a single day)."""
    if not events:
        return day_number(1900, 1, 1), day_number(2000, 1, 1)
    first = min(e.start for e in events)
    last = max(e.end for e in events)
    margin = max((last - first) * 0.04, 180.0)
    return first - margin, last + margin
