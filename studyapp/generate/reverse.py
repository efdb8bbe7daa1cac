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

    def unique(self, lo: Day, hi: Day, sentence: str) -> bool:
        """True when ``sentence`` is the only one of the scope whose date lies within ``lo``..``hi``."""
        index = bisect.bisect_left(self._entries, (lo,))
        for scanned, (start, end, other) in enumerate(self._entries[index:]):
            if start > hi:
                return True
            if scanned >= _SCAN_LIMIT:
                return False
            if end <= hi and other != sentence:
                return False
        return True
