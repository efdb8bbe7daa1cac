"""The generator's own verdict on a list item: a score and short, stable reasons.

Items under the gate's bar (``studyapp.generate.QUALITY_BAR``) are not offered. What lowers a list item:
a list with no title of its own (only its place in the document), a list that is no study material (titles
of works), entries too long to hold in mind. A list is recalled whole only when it can be held in mind at
once (:func:`worth_recalling`): a longer set is asked entry by entry, where the gap and the choice ask the same
entries better.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from studyapp.generate.list_shapes import ListShape, Shape
from studyapp.generate.list_titles import ListTitle, TitleSource
from studyapp.generate.model import Quality

NO_TITLE = "the list has no title of its own"
VAGUE_TITLE = "the title does not say what is listed"
LONG_ENTRY = "long entry"
VERY_LONG_ENTRY = "entry too long to recall"
ASKED_BY_LABEL = "each entry is asked by its label"
LONG_ENTRIES = "long entries to recall at once"
MANY_TO_ORDER = "many entries to put in order"
DATES_SHOWN = "the entries show the dates that order them"
LONG_NEIGHBOURS = "the entries shown around the gap are too long to read"

_YEAR = re.compile(r"\b\d{3,4}\b")
# an entry of more than one sentence is a paragraph (blind read r61: "In two shuttle flights, Skylab would have been
# refurbished. In January 1982, the first mission would have ...")
_SECOND_SENTENCE = re.compile(r"[a-z)][.!?]\s+[A-Z]")
_LONG_ENTRY = 25  # words
_VERY_LONG_ENTRY = 45  # blind read r5: a paragraph-long entry is no flashcard answer
_VERY_LONG_MEAN = 25  # words per entry, on average: a whole list of paragraphs is not put in order
_TOO_MANY = 12
_LONG_MEAN = 15  # words per entry, on average, for a whole-list item
HELD_IN_MIND = 7  # entries read or recalled as one (blind read r20: "nobody can recall" twelve priorities as one card)
_LONG_NEIGHBOURS = 60  # words of the entries a gap is shown among (blind read r12: "a huge pasted paragraph")


def entry_quality(title: ListTitle, shape: ListShape, answer: str, *, neighbours: Sequence[int] = ()) -> Quality:
    """An item that asks for one entry (``answer``); ``neighbours``: the words of each other entry the prompt
    shows (many short lines read as a list, a few long ones as pasted paragraphs)."""
    score, reasons = _list_faults(title, shape)
    shown = sum(neighbours)
    if shown > _LONG_NEIGHBOURS and shown > _LONG_MEAN * len(neighbours):
        score, reasons = score - 0.6, [*reasons, LONG_NEIGHBOURS]
    words = len(answer.split())
    if words > _VERY_LONG_ENTRY or (words > _LONG_ENTRY and _SECOND_SENTENCE.search(answer)):
        score, reasons = score - 0.6, [*reasons, VERY_LONG_ENTRY]
    elif words > _LONG_ENTRY:
        score, reasons = score - 0.25, [*reasons, LONG_ENTRY]
    return _quality(score, reasons)


def worth_recalling(entries: Sequence[str]) -> bool:
    """Can the list be recalled whole: a few entries, short on average?"""
    return 2 <= len(entries) <= HELD_IN_MIND and short_entries(entries)


def short_entries(entries: Sequence[str]) -> bool:
    """Are the entries short on average, lines to read at a glance rather than paragraphs?"""
    return sum(len(text.split()) for text in entries) <= _LONG_MEAN * len(entries)


def whole_quality(title: ListTitle, shape: ListShape, entries: Iterable[str], *, ordering: bool = False) -> Quality:
    """An item that asks for the whole list (recall, or putting it in order)."""
    score, reasons = _list_faults(title, shape)
    texts = list(entries)
    mean = sum(len(text.split()) for text in texts) / max(1, len(texts))
    if ordering:
        if len(texts) > _TOO_MANY:
            score, reasons = score - 0.3, [*reasons, MANY_TO_ORDER]
        if all(_YEAR.search(text) for text in texts):  # "Henry VII (1485–1509)": the order is in plain sight
            score, reasons = score - 0.6, [*reasons, DATES_SHOWN]
    if mean > _VERY_LONG_MEAN and len(texts) > 1:
        score, reasons = score - 0.6, [*reasons, LONG_ENTRIES]
    elif mean > _LONG_MEAN and len(texts) > 3:
        score, reasons = score - 0.3, [*reasons, LONG_ENTRIES]
    if shape.shape is Shape.LABELLED and not ordering:  # "Article 4 – [...]" asks each; the whole is a charter
        score, reasons = score - 0.4, [*reasons, ASKED_BY_LABEL]
    return _quality(score, reasons)


def _list_faults(title: ListTitle, shape: ListShape) -> tuple[float, list[str]]:
    score, reasons = 1.0, []
    if shape.unworthy:
        score, reasons = 0.2, [shape.unworthy]
    if title.source is TitleSource.PLACE:  # blind read r5: "The list in the section ..." names nothing to learn
        score, reasons = score - 0.6, [*reasons, NO_TITLE]
    elif title.vague:  # blind reads r20, r29, r43: "three distinct groupings" of what? "The choices" of whom?
        score, reasons = score - 0.6, [*reasons, VAGUE_TITLE]
    return score, reasons


def _quality(score: float, reasons: list[str]) -> Quality:
    return Quality(round(max(0.0, min(1.0, score)), 2), tuple(reasons))
