"""The format ladder: which of a unit's items to ask, given the memory of the unit.

A unit (a fact, a list entry, a whole list, a chronology drill) is one memory with one FSRS card; its items
are ways of asking about it. A new memory is asked in the easiest form the unit has (recognising the answer
among choices), and harder forms follow as the memory grows (FSRS stability): filling the gap in the source,
then the open question, then the question asked the other way round. The ladder climbs one rung per answer at
most, and a lapse (Again, then relearning) steps down to a form easier than the one that failed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import NamedTuple

from fsrs import State

from studyapp.core.cards import CardState
from studyapp.generate.model import Kind


class Rung(IntEnum):
    """How much an item of a unit asks of the memory."""

    RECOGNISE = 0  # pick the answer among choices; put given entries or events in order
    CUED = 1  # fill the gap in the source sentence, or in the list around the entry
    RECALL = 2  # the open question
    REVERSE = 3  # the question asked the other way round: the event of a date, the number of an entry


KIND_RUNGS: dict[str, Rung] = {
    Kind.DATE_CHOICE: Rung.RECOGNISE,
    Kind.LIST_CHOICE: Rung.RECOGNISE,
    Kind.LIST_ORDER: Rung.RECOGNISE,
    Kind.CHRONOLOGY: Rung.RECOGNISE,
    Kind.DATE_CLOZE: Rung.CUED,
    Kind.LIST_CLOZE: Rung.CUED,
    Kind.DATE_WHEN: Rung.RECALL,
    Kind.LIST_ITEM: Rung.RECALL,
    Kind.LIST_RECALL: Rung.RECALL,
    Kind.DATE_WHAT: Rung.REVERSE,
    Kind.LIST_NUMBER: Rung.REVERSE,
}

# FSRS stability (days: the interval at which recall falls to 90%) from which a review asks each rung.
CUED_FROM_DAYS = 1.0
RECALL_FROM_DAYS = 7.0
REVERSE_FROM_DAYS = 21.0


def rung_of(kind: str) -> Rung:
    """The rung of an item kind; a kind this version does not know counts as an open question."""
    return KIND_RUNGS.get(kind, Rung.RECALL)


class UnitItem(NamedTuple):
    """One way of asking a unit, as the queue sees it (its text is read only when shown). A named tuple: the
    queue builds a few for every card it shows.

    Attributes:
        item_id: the study item.
        kind: its :class:`~studyapp.generate.model.Kind` value.
        reveals: other units whose answers it shows.
    """

    item_id: str
    kind: str
    reveals: tuple[str, ...] = ()

    @property
    def rung(self) -> Rung:
        return rung_of(self.kind)


def encode_ways(items: Iterable[UnitItem]) -> str:
    """A unit's ways of asking as stored with its card (JSON; "" for none), so the queue reads them with the
    card and never touches the items table on the way to the next card."""
    rows = [[i.item_id, i.kind, list(i.reveals)] if i.reveals else [i.item_id, i.kind] for i in items]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":")) if rows else ""


def decode_ways(text: str) -> tuple[UnitItem, ...]:
    """The ways of :func:`encode_ways`."""
    if not text:
        return ()
    return tuple(
        UnitItem(row[0], row[1], tuple(row[2])) if len(row) > 2 else UnitItem(*row) for row in json.loads(text)
    )


def target_rung(card: CardState) -> Rung:
    """The rung the unit's memory is ready for.

    New: recognition. Learning steps: recognition at the first step (and after Again), the gap at the later
    ones. Relearning after a lapse: one rung below the form that failed. Review: by stability (see the
    ``*_FROM_DAYS`` thresholds). Never more than one rung above the form asked last.
    """
    if card.is_new:
        return Rung.RECOGNISE
    last = rung_of(card.last_kind) if card.last_kind else None
    rung: int  # arithmetic on rungs gives ints; the result is a Rung again
    if card.state == State.Learning:
        rung = Rung.RECOGNISE if not card.step else Rung.CUED
    elif card.state == State.Relearning:
        rung = max(Rung.RECOGNISE, (Rung.CUED if last is None else last) - 1)
    else:
        rung = _by_stability(card.stability or 0.0)
    if last is not None:
        rung = min(rung, last + 1)
    return Rung(rung)


def _by_stability(stability: float) -> Rung:
    if stability >= REVERSE_FROM_DAYS:
        return Rung.REVERSE
    if stability >= RECALL_FROM_DAYS:
        return Rung.RECALL
    if stability >= CUED_FROM_DAYS:
        return Rung.CUED
    return Rung.RECOGNISE


def choose(items: Sequence[UnitItem], target: Rung, *, last_kind: str | None = None) -> UnitItem | None:
    """The item to ask: the hardest rung not above ``target``, else the easiest above it (the quality gate
    may have left a unit only some kinds); among items of one rung, a kind other than the one asked last,
    then the first given (article order). None when ``items`` is empty."""
    if not items:
        return None
    rungs = [KIND_RUNGS.get(item.kind, Rung.RECALL) for item in items]
    below = [rung for rung in rungs if rung <= target]
    wanted = max(below) if below else min(rungs)
    first = None
    for item, rung in zip(items, rungs, strict=True):
        if rung == wanted:
            if item.kind != last_kind:
                return item
            first = first or item
    return first
