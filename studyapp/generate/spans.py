"""A date mention as a closed interval of days, to compare, order and test overlap of dates.

Normalized bounds are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a bound that names a year or a month covers
all of it, so "2008" and "August 2008" overlap and cannot be told apart in an ordering. A year before 1 BC
carries a minus sign ("-0088" is 89 BC, astronomical numbering), so days compare in time order as tuples.
"""

from __future__ import annotations

from functools import lru_cache

from studyapp.extract.model import DateMention

Day = tuple[int, int, int]


def _parts(bound: str) -> list[int]:
    sign = -1 if bound.startswith("-") else 1
    try:
        parts = [int(p) for p in bound.removeprefix("-").split("-")]
    except ValueError:
        return [0]
    parts[0] *= sign
    return parts


@lru_cache(maxsize=4096)
def first_day(bound: str) -> Day:
    parts = ([*_parts(bound), 1, 1])[:3]
    return parts[0], parts[1], parts[2]


@lru_cache(maxsize=4096)
def last_day(bound: str) -> Day:
    parts = _parts(bound)
    parts = (parts + [12, 31][len(parts) - 1 :])[:3]
    return parts[0], parts[1], parts[2]


def span(mention: DateMention) -> tuple[Day, Day]:
    """The first and last day the mention covers (months are taken as 31 days long; only order matters)."""
    return first_day(mention.start), last_day(mention.end)


def disjoint(a: tuple[Day, Day], b: tuple[Day, Day]) -> bool:
    return a[1] < b[0] or b[1] < a[0]
