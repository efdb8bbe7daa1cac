"""A study item: one question with its answer, made from a fact, a group of facts or a list."""

from __future__ import annotations

from dataclasses import dataclass

KINDS = (
    "date-cloze",
    "date-when",
    "date-what",
    "date-choice",
    "chronology",
    "list-item",
    "list-number",
    "list-cloze",
    "list-recall",
    "list-order",
)
CHOICE_KINDS = frozenset({"date-choice"})
ORDER_KINDS = frozenset({"chronology", "list-order"})


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
        kind: one of :data:`KINDS`.
        prompt: the question as plain text (a cloze shows its gap as "[...]").
        answer: the answer as plain text.
        choices: the options of a choice item (exactly one equals ``answer``), else ().
        order: for order drills, the entries in the correct order (the prompt lists them shuffled).
        cloze: for cloze kinds, the full text with the gap marked ``{{c1::...}}`` (Anki cloze syntax).
        origin: id of the fact or list (or, for chronology, the section) the item was made from;
            items with the same origin are siblings.
        position: article order of the origin (new cards are introduced in this order).
    """

    id: str
    kind: str
    section: str
    prompt: str
    answer: str
    source: Source
    origin: str
    position: int
    choices: tuple[str, ...] = ()
    order: tuple[str, ...] = ()
    cloze: str = ""
