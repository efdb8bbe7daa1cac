"""Drills made from a timeline: "which came first?" and "place this event" among a few others.

Events are shown with their dates masked; only events whose spans do not overlap are compared, so every
question has one right answer.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from studyapp.core.timeline import TimelineEvent
from studyapp.extract.dates import find_dates

MASK = "[…]"
REFERENCES = 4


def masked(event: TimelineEvent) -> str:
    """The event's sentence with every date in it hidden."""
    text = event.sentence
    for mention in sorted(find_dates(text), key=lambda m: m.offset, reverse=True):
        text = text[: mention.offset] + MASK + text[mention.offset + len(mention.text) :]
    return text


def apart(a: TimelineEvent, b: TimelineEvent) -> bool:
    return a.end <= b.start or b.end <= a.start


@dataclass(frozen=True)
class WhichFirst:
    """Two events; ``first`` is the earlier."""

    shown: tuple[TimelineEvent, TimelineEvent]  # in the order they are shown
    first: TimelineEvent

    def is_right(self, picked: TimelineEvent) -> bool:
        return picked == self.first


@dataclass(frozen=True)
class PlaceEvent:
    """An event to place among ``references`` (in time order): slot 0 is before the first, slot n after the last."""

    event: TimelineEvent
    references: tuple[TimelineEvent, ...]
    slot: int

    def is_right(self, slot: int) -> bool:
        return slot == self.slot


def which_first(events: Sequence[TimelineEvent], rng: random.Random) -> WhichFirst | None:
    """Two events that do not overlap, close in time (a near neighbour is harder than a far one)."""
    if len(events) < 2:
        return None
    for _ in range(50):
        index = rng.randrange(len(events))
        a = events[index]
        near = [e for e in events[max(0, index - 6) : index + 7] if e is not a and apart(a, e)]
        if near:
            b = rng.choice(near)
            shown = (a, b) if rng.random() < 0.5 else (b, a)
            return WhichFirst(shown, a if a.start < b.start else b)
    return None


def place_event(events: Sequence[TimelineEvent], rng: random.Random) -> PlaceEvent | None:
    """An event and up to :data:`REFERENCES` others around it, none overlapping another."""
    if len(events) < 3:
        return None
    for _ in range(50):
        event = rng.choice(events)
        others = [e for e in events if e is not event and apart(e, event)]
        rng.shuffle(others)
        chosen: list[TimelineEvent] = []
        for other in sorted(others, key=lambda e: abs(e.middle - event.middle)):
            if all(apart(other, c) for c in chosen):
                chosen.append(other)
            if len(chosen) == REFERENCES:
                break
        if len(chosen) >= 2:
            references = tuple(sorted(chosen, key=lambda e: e.start))
            slot = sum(1 for r in references if r.end <= event.start)
            return PlaceEvent(event, references, slot)
    return None
