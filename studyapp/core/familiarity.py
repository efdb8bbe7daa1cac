"""How well a passage is known, in four words a reader can act on: new, learning, known, weak.

A passage (a dated sentence, a list) is asked about by several cards; its familiarity sums up theirs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from fsrs import State

WEAK_RECALL = 0.8  # predicted recall now under which a studied memory counts as weak (overdue or fading)


class Familiarity(StrEnum):
    NEW = "new"  # never studied
    LEARNING = "learning"  # being learned: in its first steps, or partly studied
    KNOWN = "known"  # graduated, and likely recalled now
    WEAK = "weak"  # forgotten lately (relearning), or predicted recall under WEAK_RECALL


@dataclass(frozen=True)
class Memory:
    """One card's memory: its fsrs state, whether it was ever answered, its predicted recall now."""

    state: int
    studied: bool
    recall: float


def of_card(memory: Memory) -> Familiarity:
    if not memory.studied:
        return Familiarity.NEW
    if memory.state == State.Relearning:
        return Familiarity.WEAK
    if memory.state == State.Learning:
        return Familiarity.LEARNING
    return Familiarity.KNOWN if memory.recall >= WEAK_RECALL else Familiarity.WEAK


def combined(parts: Iterable[Familiarity]) -> Familiarity:
    """Several memories as one: all new is new, all known is known, any weak is weak, anything else is being
    learned (some known, some not yet)."""
    seen = set(parts)
    if not seen or seen == {Familiarity.NEW}:
        return Familiarity.NEW
    if Familiarity.WEAK in seen:
        return Familiarity.WEAK
    if seen == {Familiarity.KNOWN}:
        return Familiarity.KNOWN
    return Familiarity.LEARNING
