"""A study item: one question with its answer, made from a fact, a group of facts or a list."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """How an item asks about its unit. Values are the stored and exported names, so they never change."""

    DATE_CLOZE = "date-cloze"
    DATE_WHEN = "date-when"
    DATE_WHAT = "date-what"
    DATE_CHOICE = "date-choice"
    CHRONOLOGY = "chronology"
    LIST_ITEM = "list-item"
    LIST_NUMBER = "list-number"
    LIST_CLOZE = "list-cloze"
    LIST_RECALL = "list-recall"
    LIST_ORDER = "list-order"
    LIST_CHOICE = "list-choice"


KINDS = tuple(Kind)
CHOICE_KINDS = frozenset({Kind.DATE_CHOICE, Kind.LIST_CHOICE})
ORDER_KINDS = frozenset({Kind.CHRONOLOGY, Kind.LIST_ORDER})
TOPIC_MARK = " — "  # between the topic a prompt names first ("Marshall Plan") and its question


def split_topic(prompt: str) -> tuple[str, str]:
    """``(topic, question)`` of a prompt that names its topic first ("Marshall Plan — When did ...?"), or
    ``("", prompt)``: a short run of words without a full stop before the mark."""
    topic, mark, rest = prompt.partition(TOPIC_MARK)
    if not mark or "\n" in topic or len(topic.split()) > 16 or any(c in topic for c in ".?!"):
        return "", prompt
    return topic, rest


@dataclass(frozen=True, slots=True)
class Quality:
    """How good an item is judged to be, and why.

    Attributes:
        score: 0.0 (unusable) to 1.0 (nothing found against it); items under the gate's bar are not offered.
        reasons: short, stable phrases for each fault found ("prompt leans on an earlier sentence"), for the
            tests, the blind reads and the learner who asks why a card was dropped.
    """

    score: float = 1.0
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Source:
    """Where an item comes from, for "show the source" and the Anki source field."""

    section: str  # section id
    section_title: str
    text: str  # the source sentence, or the list lead
    footnotes: tuple[tuple[int, str], ...] = ()  # (number, note text) cited by the source


@dataclass(frozen=True, slots=True)
class StudyItem:
    """One question and its answer.

    Attributes:
        id: stable id (derived from the document id, the kind and the source's stable key).
        kind: how the item asks (a :class:`Kind`).
        prompt: the question as plain text (a cloze shows its gap as "[...]").
        answer: the answer as plain text.
        choices: the options of a choice item (exactly one equals ``answer``), else ().
        order: for order drills, the entries in the correct order (the prompt lists them shuffled).
        cloze: for cloze kinds, the full text with the gap marked ``{{c1::...}}`` (Anki cloze syntax).
        origin: id of the fact or list (or, for chronology, the section) the item was made from;
            items with the same origin are siblings.
        position: article order of the origin (new cards are introduced in this order).
        unit: the unit of memory the item asks about (what the learner remembers): a fact id, one entry of
            a list (``<list id>/<entry key>``), a whole list (the list id) or a chronology drill (its own
            key). Items of one unit are different ways of asking the same thing. "" means ``origin``.
        reveals: other units whose answer this item shows in its prompt or answer (the neighbours of a
            list cloze, the dates of a chronology's events): a session must not ask them after it.
        quality: the generator's own verdict on the item.
    """

    id: str
    kind: Kind
    section: str
    prompt: str
    answer: str
    source: Source
    origin: str
    position: int
    choices: tuple[str, ...] = ()
    order: tuple[str, ...] = ()
    cloze: str = ""
    unit: str = ""
    reveals: tuple[str, ...] = ()
    quality: Quality = Quality()

    @property
    def memory_unit(self) -> str:
        """The unit of memory (``unit``, or ``origin`` for an item made before units were recorded)."""
        return self.unit or self.origin
