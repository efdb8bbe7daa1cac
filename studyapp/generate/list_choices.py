"""Distractors for "which of these belongs to the list": entries of another list written the same way.

Two lists lend each other entries when their entries are written alike (most start with the same word: "To
...") but their titles name another kind of thing: two lists of one government's "priorities", in a region and
towards one country of it, hold entries true of both (blind read r20), whereas aims and powers, or priorities
and objectives, are told apart by their titles. An entry of the other list is a fair distractor only when it
shares no more than one content word (by lemma) with any entry of the list asked about: "To contain the rising
influence of a rival" is kept out of a question on a list holding "To contain the neighbour's rise to regional
power", so exactly one option is right. Nor may an option carry its own list's mark: in a question on "France's
aims in Africa", an entry of "France's objectives towards Morocco" that names Morocco would give itself away;
and the right option should not be the only one to bear (or to lack) the mark of the list asked about.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from studyapp.extract.model import StudyList
from studyapp.generate.list_titles import ListTitle
from studyapp.language.list_entries import content_lemmas
from studyapp.language.list_names import name_kind, names_of_kind
from studyapp.text.document import ListItem

_SAME_START = 0.8  # share of entries that start with the same word for two lists to be of one kind
_MAX_SHARED = 1
_NEAREST = 3  # lists written alike, nearest first: the ones a reader of this list is likeliest to mix up
_STEM = 5
_NAME_WORDS = 4
_NAME_PARTICLES = frozenset({"de", "van", "von", "der", "da", "di", "la", "le", "of", "bin", "al"})
_MAX_WORDS_APART = 2.5  # an option many times longer or shorter than the answer gives itself away


@dataclass(frozen=True)
class Distractor:
    """A wrong option: an entry of another list (``list_id`` and the entry: the unit its text reveals), or a
    name the text mentions (``list_id`` ""); ``marked`` when it names what sets the list asked about apart (a
    word of its title)."""

    list_id: str
    item: ListItem
    marked: bool = False


class SiblingLists:
    """The lists of one document grouped by how their entries are written, to lend each other wrong options."""

    def __init__(self, lists: Sequence[StudyList], titles: dict[str, ListTitle]) -> None:
        self._lists = list(lists)
        self._kinds = [_common_start(study_list.items) for study_list in self._lists]
        self._heads = [_head_noun(titles.get(study_list.id)) for study_list in self._lists]
        self._index = {study_list.id: index for index, study_list in enumerate(self._lists)}
        self._marks = [_title_stems(titles.get(study_list.id)) for study_list in self._lists]
        self._own: dict[int, frozenset[str]] = {}
        self._nearest: dict[int, list[int]] = {}
        self._by_kind: dict[str, list[int]] = {}  # first word -> indices of the lists it starts, in order
        for index, kind in enumerate(self._kinds):
            if kind:
                self._by_kind.setdefault(kind, []).append(index)

    def marked(self, target: StudyList, text: str) -> bool:
        """Does ``text`` name a word of the target's title that the titles of its sibling lists lack?"""
        index = self._index.get(target.id)
        return index is not None and bool(_stems(text) & self._own_marks(index))

    def _siblings(self, index: int) -> list[int]:
        """The nearest lists written like the list at ``index`` (at most ``_NEAREST``)."""
        if index not in self._nearest:
            bucket = self._by_kind.get(self._kinds[index], [])
            at = bisect.bisect_left(bucket, index)
            near = set(bucket[max(0, at - _NEAREST) : at + _NEAREST + 1]) - {index}
            self._nearest[index] = sorted(sorted(near, key=lambda i: abs(i - index))[:_NEAREST])
        return self._nearest[index]

    def _own_marks(self, index: int) -> frozenset[str]:
        if index not in self._own:
            theirs = frozenset().union(*(self._marks[i] for i in self._siblings(index)))
            self._own[index] = self._marks[index] - theirs
        return self._own[index]

    def _other_kind(self, index: int, other: int) -> bool:
        """Do the two lists' titles call their entries by different nouns ("priority" and "objective")?"""
        return bool(self._heads[index] and self._heads[other]) and self._heads[index] != self._heads[other]

    def distractors(self, target: StudyList) -> tuple[Distractor, ...]:
        """Entries of the nearest lists written alike, of another kind, that may stand as wrong options for
        ``target``."""
        index = self._index.get(target.id)
        if index is None:
            return ()
        others = [other for other in self._siblings(index) if self._other_kind(index, other)]
        if not others:
            return ()
        entries = content_lemmas([item.text for item in target.items])
        own = self._own_marks(index)
        pool = []
        for other in others:
            theirs = self._marks[other] - self._marks[index]  # "Morocco" marks the other list's entries
            items = self._lists[other].items
            for item, words in zip(items, content_lemmas([item.text for item in items]), strict=True):
                stems = _stems(item.text)
                if words and all(len(words & entry) <= _MAX_SHARED for entry in entries) and not stems & theirs:
                    pool.append(Distractor(self._lists[other].id, item, bool(stems & own)))
        return tuple(pool)


def other_names(entries: Sequence[str], sentences: Iterable[str], title: str) -> tuple[Distractor, ...]:
    """For a list of names ("Elliott Abrams", "Duane Clarridge"), the other names of that kind the text around
    it mentions ("Lawrence Walsh"), none sharing a word with an entry (no "Weinberger" beside "Caspar
    Weinberger") or with the title ("George H. W. Bush" in a list of those he pardoned): wrong options that
    reveal no entry."""
    if not all(_looks_like_a_name(entry) for entry in entries):
        return ()
    label = name_kind(entries)
    if not label:
        return ()
    taken = {word.lower() for text in (*entries, title) for word in re.findall(r"[^\W\d_]{3,}", text)}
    names = [n for n in names_of_kind(sentences, label) if not {w.lower() for w in n.split()} & taken]
    return tuple(Distractor("", ListItem(0, name)) for name in names)


def _looks_like_a_name(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= _NAME_WORDS and all(w[:1].isupper() for w in words if w.lower() not in _NAME_PARTICLES)


def fair_options(answer: str, pool: Sequence[Distractor]) -> list[Distractor]:
    """The distractors of ``pool`` whose length does not give the answer away."""
    length = max(1, len(answer.split()))
    return [d for d in pool if 1 / _MAX_WORDS_APART <= len(d.item.text.split()) / length <= _MAX_WORDS_APART]


def _title_stems(title: ListTitle | None) -> frozenset[str]:
    """The names in a list's title ("Morocco", "Africa"), as stems."""
    if title is None:
        return frozenset()
    return frozenset(_stems(" ".join(w for w in title.name.split()[1:] if w[:1].isupper())))


@functools.lru_cache(maxsize=8192)
def _stems(text: str) -> frozenset[str]:
    """ "Morocco's", "Moroccan" -> "moroc": the first letters of the longer words."""
    return frozenset(word[:_STEM].lower() for word in re.findall(r"[^\W\d_]{4,}", text))


def _head_noun(title: ListTitle | None) -> str:
    """What the title calls one entry ("priority"), or "" where it does not say (a clause, a place)."""
    return "" if title is None or title.clause else title.head_word


def _common_start(items: tuple[ListItem, ...]) -> str:
    """The first word most entries share ("to" for a list of aims written "To ..."), or ""."""
    starts = [item.text.split()[0].lower() for item in items if item.text.split()]
    if not starts:
        return ""
    word = max(set(starts), key=starts.count)
    return word if starts.count(word) >= _SAME_START * len(items) else ""
