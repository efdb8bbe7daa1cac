"""Events that read alike at different dates: "The Council was postponed indefinitely" (1539) and "The Council
was indefinitely prorogued" (1549), "Blaine resigned as Secretary of State" told of two terms. Asked alone, each
has two answers (blind reads r6-r19 found one such pair in every read of its article)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from studyapp.extract.model import DatedFact
from studyapp.generate.spans import Day, span
from studyapp.language.english import function_words

_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _content_words(statement: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The statement's content words in order (lower case, each once), and those of them it writes with a capital
    (its names; a capital that opens the sentence counts too: a subject told apart by it is another event)."""
    stop = function_words()
    words = [w for w in _WORD.findall(statement) if w.lower() not in stop]
    return tuple(dict.fromkeys(w.lower() for w in words)), frozenset(w.lower() for w in words if w[:1].isupper())


class _Told(NamedTuple):
    """A fact's event as compared: its content words and names, its time and its sentence."""

    fact_ids: list[str]
    when: tuple[Day, Day]
    subject: str
    order: tuple[str, ...]
    words: frozenset[str]
    names: frozenset[str]
    sentence: str

    def twin_of(self, other: _Told) -> bool:
        """Each reads as the other: asked alone, both have two answers."""
        if not self._comparable(other):
            return False
        only_here, only_there = self.words - other.words, other.words - self.words
        return len(only_here) <= 1 and len(only_there) <= 1 and not (only_here & self.names or only_there & other.names)

    def told_within(self, other: _Told) -> bool:
        """Everything this event says, the other says too ("Blaine resigned." in 1892, "Blaine resigned as
        Secretary of State." in 1881): asked alone, this one has two answers (blind read r21); the other is
        told apart by what it adds."""
        return self._comparable(other) and self.words < other.words

    def _comparable(self, other: _Told) -> bool:
        if other.when == self.when or other.sentence == self.sentence:
            return False  # one time, or one sentence's dates ("a bachelor's degree in 1763 and a licentiate in 1764")
        if other.subject != self.subject:
            return False  # "Venice signed the treaty", "The treaty pleased Venice": two events
        shared = self.words & other.words
        if [w for w in self.order if w in shared] != [w for w in other.order if w in shared]:
            return False
        return bool(shared - set(_content_words(self.subject)[0]))  # "indefinitely"; not "founded" and "closed"


def near_twins(facts: Iterable[DatedFact]) -> frozenset[str]:
    """The ids of facts whose event reads as another's at another time: the two have one subject, say at least
    one more content word of it in the same order and differ by at most one common word each (a synonym,
    "postponed" and "prorogued"), or one says nothing the other does not say too; a different name ("went to
    Italy", "went to Moscow") or nothing told alike ("was founded", "closed") makes them two events."""
    told: dict[tuple[tuple[str, ...], tuple[Day, Day], str], _Told] = {}  # a text repeated is compared once
    for fact in facts:
        if fact.event is not None and fact.event.statement:
            order, names = _content_words(fact.event.statement)
            if len(order) >= 2 and fact.event.subject:
                key = (order, span(fact.date), fact.sentence)
                subject = fact.event.subject.lower()
                event = _Told([], key[1], subject, order, frozenset(order), names, fact.sentence)
                told.setdefault(key, event).fact_ids.append(fact.id)
    holding: dict[str, list[_Told]] = defaultdict(list)
    for event in told.values():
        for word in event.words:
            holding[word].append(event)
    twins: set[str] = set()
    for event in told.values():
        rarest = sorted(event.words, key=lambda w: (len(holding[w]), w))[:2]  # a twin holds one of any two of them
        for other in (o for w in rarest for o in holding[w]):
            if event.twin_of(other):
                twins.update((*event.fact_ids, *other.fact_ids))
            elif event.told_within(other):
                twins.update(event.fact_ids)
    return frozenset(twins)
