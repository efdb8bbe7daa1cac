"""When "What happened in <date>?" has one answer: no other sentence in scope is dated within that date."""
from __future__ import annotations

import bisect
from collections.abc import Iterable

from studyapp.generate.spans import Day

_SCAN_LIMIT = 256  # a date holding this many others is a wide one; it is ambiguous anyway


class DatedSentences:
    """The dated sentences of one scope (the article, or one section), sorted by first day."""

    def __init__(self, entries: Iterable[tuple[Day, Day, str]]) -> None:
        self._entries = sorted(entries)

    def others(self, lo: Day, hi: Day, sentence: str) -> list[str] | None:
        """The other sentences of the scope dated within ``lo``..``hi`` (None when there are very many)."""
        entries = self._entries
        found: list[str] = []
        index = bisect.bisect_left(entries, (lo,))
        for position in range(index, min(len(entries), index + _SCAN_LIMIT + 1)):
            start, end, other = entries[position]
            if start > hi:
                return found
            if end <= hi and other != sentence:
                found.append(other)
        return found if index + _SCAN_LIMIT + 1 >= len(entries) else None
