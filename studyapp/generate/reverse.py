"""When "What happened in <date>?" has one answer: no other fact in scope is dated within that date."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

from studyapp.generate.spans import Day

_SCAN_LIMIT = 64  # a date holding this many other facts is ambiguous anyway (and scans stay linear)


class DatedFacts:
    """The dated facts of one scope (the article, or one section), sorted by first day."""

    def __init__(self, entries: Iterable[tuple[Day, Day, str]]) -> None:
        self._entries = sorted(entries)
        self._starts = [entry[0] for entry in self._entries]  # bisected alone: cheaper than nested tuples

    def others(self, lo: Day, hi: Day, fact_id: str) -> Iterator[str | None]:
        """The ids of the other facts of the scope dated within ``lo``..``hi``, lazily; a final None means there
        are more than can be looked at (the date is then too wide to ask about anyway)."""
        entries = self._entries
        index = bisect.bisect_left(self._starts, lo)
        for position in range(index, min(len(entries), index + _SCAN_LIMIT)):
            start, end, other = entries[position]
            if start > hi:
                return
            if end <= hi and other != fact_id:
                yield other
        if index + _SCAN_LIMIT < len(entries) and entries[index + _SCAN_LIMIT][0] <= hi:
            yield None
