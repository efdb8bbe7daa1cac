"""Drawing the questions of a quiz, a mock exam or a printed test from a deck's study items.

A test asks each unit of memory at most once (never two ways of asking the same fact), and never asks a
unit whose answer another question shows (a list cloze shows its neighbours, a chronology its dates).
Sections are sampled in proportion to their units, and the ways of asking are mixed. Drawing works on
light :class:`Candidate` rows, so a deck of 10,000 items is drawn from without decoding every item.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from studyapp.generate.model import Kind, StudyItem

LONG_TYPED_ANSWER = 80  # characters: a longer answer is recalled and checked, not typed


class QuestionType(StrEnum):
    """How a question is asked and answered (the learner's choice of "kinds" in a quiz)."""

    CHOICE = "choice"  # pick one of four
    TYPED = "typed"  # type the answer
    ORDERING = "ordering"  # put a list's entries in order
    CHRONOLOGY = "chronology"  # put events in order
    LIST_RECALL = "list-recall"  # write a whole list from memory, then check it
    RECALL = "recall"  # recall, reveal, check yourself ("what happened then?", kinds unknown here)

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def task(self) -> str:
        """What one question of this type asks the learner to do."""
        return _TASKS[self]

    @property
    def marked_by_app(self) -> bool:
        """True when the app can mark the answer (the others are checked by the learner)."""
        return self not in (QuestionType.LIST_RECALL, QuestionType.RECALL)

    @property
    def arranged(self) -> bool:
        return self in (QuestionType.ORDERING, QuestionType.CHRONOLOGY)


_LABELS = {
    QuestionType.CHOICE: "Multiple choice",
    QuestionType.TYPED: "Typed answers",
    QuestionType.ORDERING: "Ordering",
    QuestionType.CHRONOLOGY: "Chronology",
    QuestionType.LIST_RECALL: "List recall",
    QuestionType.RECALL: "Recall and check",
}
_TASKS = {
    QuestionType.CHOICE: "Choose one",
    QuestionType.TYPED: "Type the answer",
    QuestionType.ORDERING: "Put in order",
    QuestionType.CHRONOLOGY: "Put the events in order",
    QuestionType.LIST_RECALL: "Recall the list",
    QuestionType.RECALL: "Recall, then check",
}
EXAM_TYPES = frozenset(t for t in QuestionType if t.marked_by_app)


def question_type(
    kind: str, *, choices: int, order: int, answer_length: int, multiline: bool, answer_in_choices: bool = True
) -> QuestionType:
    """The way an item of ``kind`` is asked, from its kind and its shape (an unknown kind by its shape)."""
    if order >= 2:
        return QuestionType.CHRONOLOGY if kind == Kind.CHRONOLOGY else QuestionType.ORDERING
    if choices >= 2 and answer_in_choices:
        return QuestionType.CHOICE
    if kind == Kind.LIST_RECALL:
        return QuestionType.LIST_RECALL
    if kind == Kind.DATE_WHAT or multiline or answer_length > LONG_TYPED_ANSWER:
        return QuestionType.RECALL
    return QuestionType.TYPED


def type_of(item: StudyItem) -> QuestionType:
    return question_type(
        item.kind,
        choices=len(item.choices),
        order=len(item.order),
        answer_length=len(item.answer),
        multiline="\n" in item.answer,
        answer_in_choices=item.answer in item.choices,
    )


@dataclass(frozen=True, slots=True)
class Candidate:
    """What drawing needs to know of an item."""

    item_id: str
    section: str
    unit: str
    reveals: tuple[str, ...]
    type: QuestionType

    @classmethod
    def of(cls, item: StudyItem) -> Candidate:
        return cls(item.id, item.section, item.memory_unit, item.reveals, type_of(item))


@dataclass(frozen=True)
class Question:
    """One question of a test.

    Attributes:
        number: 1-based place in the test.
        item: the study item asked.
        type: how it is asked.
        entries: for ordering and chronology, the entries as shown (shuffled); else ().
    """

    number: int
    item: StudyItem
    type: QuestionType
    entries: tuple[str, ...] = ()

    @property
    def instruction(self) -> str:
        """The question as it is put (an order drill's first line; its entries are shown apart)."""
        prompt = self.item.prompt
        return prompt.splitlines()[0] if self.type.arranged and prompt else prompt


def draw(
    candidates: Iterable[Candidate],
    *,
    count: int,
    rng: random.Random,
    types: Iterable[QuestionType] | None = None,
    sections: Iterable[str] | None = None,
) -> list[Candidate]:
    """Up to ``count`` candidates, one per unit, none revealing another's answer, sections in proportion
    (see :func:`unit_order` and :func:`pick`)."""
    wanted_types = frozenset(types) if types is not None else frozenset(QuestionType)
    wanted_sections = frozenset(sections) if sections else None
    by_unit: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        if candidate.type in wanted_types and (wanted_sections is None or candidate.section in wanted_sections):
            by_unit.setdefault(candidate.unit, []).append(candidate)
    order = unit_order(((unit, options[0].section) for unit, options in by_unit.items()), rng)
    return pick(order, lambda units: {unit: by_unit[unit] for unit in units}, count=count, rng=rng)


def unit_order(units: Iterable[tuple[str, str]], rng: random.Random) -> list[str]:
    """(unit, section) pairs in the order to ask them: each section's units shuffled, the sections interleaved
    in proportion to their sizes (a stratified sample: any first N units cover the sections fairly)."""
    by_section: dict[str, list[str]] = {}
    for unit, section in units:
        by_section.setdefault(section, []).append(unit)
    keyed: list[tuple[float, str]] = []
    for section in sorted(by_section):  # sorted: the same seed draws the same test
        members = sorted(by_section[section])
        rng.shuffle(members)
        offset = rng.random()
        keyed.extend(((index + offset) / len(members), unit) for index, unit in enumerate(members))
    keyed.sort()
    return [unit for _, unit in keyed]


def pick(
    order: Sequence[str],
    options_of: Callable[[Sequence[str]], dict[str, list[Candidate]]],
    *,
    count: int,
    rng: random.Random,
) -> list[Candidate]:
    """Walk the units in ``order`` and ask each one way, until ``count``: never a unit another question
    shows, never a way that shows a unit already asked. ``options_of(units)`` gives each unit's ways of
    asking, fetched a batch at a time (a deck of 10,000 items is not read whole).

    Within a unit the way of asking keeps the types mixed (the type asked least so far), a way the app can
    mark before one the learner checks, and one that shows no other answer before one that does.
    """
    chosen: list[Candidate] = []
    asked: set[str] = set()
    shown: set[str] = set()
    used = dict.fromkeys(QuestionType, 0)
    batch = max(3 * count, 64)
    for start in range(0, len(order), batch):
        units = order[start : start + batch]
        options_by_unit = options_of(units)
        for unit in units:
            if unit in shown:
                continue
            options = [c for c in options_by_unit.get(unit, ()) if not asked.intersection(c.reveals)]
            if not options:
                continue
            options.sort(key=lambda c: c.item_id)  # the same seed picks the same way, however they were fetched
            rng.shuffle(options)
            choice = min(options, key=lambda c: (not c.type.marked_by_app, bool(c.reveals), used[c.type]))
            chosen.append(choice)
            used[choice.type] += 1
            asked.add(unit)
            shown.update(choice.reveals)
            if len(chosen) >= count:
                return chosen
    return chosen


def make_questions(items: Sequence[StudyItem], rng: random.Random) -> list[Question]:
    """Number the drawn items, shuffling each order drill's entries (never shown in the right order)."""
    questions = []
    for number, item in enumerate(items, 1):
        kind = type_of(item)
        entries: tuple[str, ...] = ()
        if kind.arranged:
            mixed = list(item.order)
            rng.shuffle(mixed)
            if tuple(mixed) == item.order:
                mixed = mixed[1:] + mixed[:1]
            entries = tuple(mixed)
        questions.append(Question(number, item, kind, entries))
    return questions
