"""Distractors for "which of these belongs to the list": entries of another list of the same kind.

Two lists are of one kind when their entries are called the same ("priorities" and "priorities") or are
written the same way (every entry an infinitive: "To ..."). An entry of the other list is a fair distractor
only when it shares no more than a word with any entry of the list asked about: "To minimize U.S.
influence" is kept out of a question on a list holding "To counter and reduce U.S. influence", so exactly one
option is right.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from studyapp.extract.ids import content_keys
from studyapp.extract.model import StudyList
from studyapp.generate.list_titles import ListTitle
from studyapp.text.document import ListItem

_SAME_START = 0.8  # share of entries that start with the same word for two lists to be of one kind
_MAX_SHARED = 1  # content words an option may share with an entry of the list asked about
_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}|\b[A-Z]{2,}\b")
_MAX_WORDS_APART = 2.5  # an option many times longer or shorter than the answer gives itself away


@dataclass(frozen=True)
class Distractor:
    """An entry of another list offered as a wrong option, with the unit its text reveals."""

    list_id: str
    item: ListItem


def distractor_pool(
    target: StudyList, lists: Sequence[StudyList], titles: dict[str, ListTitle]
) -> tuple[Distractor, ...]:
    """Entries of the document's other lists that may stand as wrong options for ``target``."""
    targets = [set(_keys(item.text)) for item in target.items]
    pool = []
    for other in lists:
        if other.id == target.id or not _same_kind(target, other, titles):
            continue
        for item in other.items:
            keys = set(_keys(item.text))
            if keys and all(len(keys & entry) <= _MAX_SHARED for entry in targets):
                pool.append(Distractor(other.id, item))
    return tuple(pool)


def fair_options(answer: str, pool: Sequence[Distractor]) -> list[Distractor]:
    """The distractors of ``pool`` whose length does not give the answer away."""
    length = max(1, len(answer.split()))
    return [d for d in pool if 1 / _MAX_WORDS_APART <= len(d.item.text.split()) / length <= _MAX_WORDS_APART]


def _same_kind(first: StudyList, second: StudyList, titles: dict[str, ListTitle]) -> bool:
    one, two = titles.get(first.id), titles.get(second.id)
    if one is not None and two is not None and one.noun not in ("entries", "points") and one.singular == two.singular:
        return True
    start_one, start_two = _common_start(first.items), _common_start(second.items)
    return bool(start_one) and start_one == start_two


def _common_start(items: tuple[ListItem, ...]) -> str:
    """The first word most entries share ("to" for a list of aims written "To ..."), or ""."""
    starts = [item.text.split()[0].lower() for item in items if item.text.split()]
    if not starts:
        return ""
    word = max(set(starts), key=starts.count)
    return word if starts.count(word) >= _SAME_START * len(items) else ""


def _keys(text: str) -> list[str]:
    """Typo-tolerant keys of the content words, and the abbreviations ("U.S.", "NATO") they leave out."""
    return [key for _, key in content_keys(text)] + [a.replace(".", "") for a in _ABBREVIATION.findall(text)]
