"""Numbered lists written in running text: "It proposed three reforms: (1) a tax on land, (2) a free school in
every parish, and (3) the separation of church and state."
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studyapp.text.document import ListItem

# "(1) " or "1) " at the start of the text or after a space, a colon, a comma or a semicolon.
_MARKERS = (
    re.compile(r"(?:(?<=^)|(?<=[\s:;,]))\((\d{1,2})\)\s+"),
    re.compile(r"(?:(?<=^)|(?<=[\s:;,]))(\d{1,2})\)\s+"),
)
_ENTRY_END = re.compile(r"(?:[,;]?\s+(?:and|or)|[,;.])\s*$", re.IGNORECASE)
_MAX_ENTRY_WORDS = 40
# "..., which leads to 3) a metaphysical hierarchy": words that lead into the next entry, not part of this one
_LINK_TO_NEXT = re.compile(r",\s+(?:which|that)\s+\w+\s+(?:to|into|in|on)$", re.IGNORECASE)
# the last entry ends at the end of its own sentence when a quoted passage runs on
_SENTENCE_AFTER = re.compile(r"(?<=[a-z])\.\s+(?=[A-Z])")


@dataclass(frozen=True)
class RunningList:
    """A list found inside a sentence: the words before its first number, and its entries."""

    lead: str
    items: tuple[ListItem, ...]


def running_list(sentence: str) -> RunningList | None:
    """The list written in ``sentence`` with numbers 1, 2, ... in brackets, or None.

    Two entries at least, numbered from 1 up without a gap; the last entry ends where the sentence ends.
    """
    if "1)" not in sentence or "2)" not in sentence:
        return None  # most sentences: no list, and no regular expression run over them
    for marker in _MARKERS:
        found = _numbered(sentence, marker)
        if found is not None:
            return found
    return None


def _numbered(sentence: str, marker: re.Pattern[str]) -> RunningList | None:
    matches = [m for m in marker.finditer(sentence)]
    run: list[re.Match[str]] = []
    for match in matches:
        number = int(match.group(1))
        if number == len(run) + 1:
            run.append(match)
        elif number == 1:
            run = [match]  # a new count starts; an earlier "(1)" was something else
    if len(run) < 2:
        return None
    lead = sentence[: run[0].start()].strip()
    if not lead:
        return None
    items = []
    for index, match in enumerate(run):
        end = run[index + 1].start() if index + 1 < len(run) else len(sentence)
        text = _entry(sentence[match.end() : end], last=index + 1 == len(run))
        if not text or len(text.split()) > _MAX_ENTRY_WORDS:
            return None
        items.append(ListItem(index + 1, text))
    return RunningList(lead, tuple(items))


def _entry(text: str, *, last: bool) -> str:
    """An entry without the words that join it to the next ("..., and", "..., which leads to"); the last one
    without the sentences a quoted passage runs on with ("... creative way. A truly ... all three.")."""
    text = text.strip()
    if last:
        text = _SENTENCE_AFTER.split(text, maxsplit=1)[0]
    text = _LINK_TO_NEXT.sub("", _ENTRY_END.sub("", text).strip())
    return _ENTRY_END.sub("", text).strip()
