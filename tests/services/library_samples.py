"""Small documents, hand-made items and a frozen clock for the engine tests (the fixtures are in conftest)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from studyapp.generate.model import Source, StudyItem
from studyapp.services.library import Library
from studyapp.text import parse_document

DATA = Path(__file__).parent / "data"
START = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)  # a Monday, noon UTC


class Clock:
    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


TEXT = """Made Up Chronicle

ALPHA

In 1901 the first thing happened. In 1902 the second thing happened.

BETA

In 1950 the third thing happened.
"""


def handmade_items(doc_id: str, spec: list[tuple[str, str, int]]) -> list[StudyItem]:
    """Items from (section, origin, position) triples; ids are ``doc:n``."""
    return [
        StudyItem(
            id=f"{doc_id}:{n}",
            kind="date-when",
            section=section,
            prompt=f"Question {n}?",
            answer=f"Answer {n}",
            source=Source(section, section.title(), f"Sentence {n}."),
            origin=origin,
            position=position,
        )
        for n, (section, origin, position) in enumerate(spec)
    ]


def store(library: Library, spec: list[tuple[str, str, int]], text: str = TEXT):
    """Store the made-up document with hand-made items; returns (deck id, items)."""
    doc = parse_document(text, name="chronicle")
    items = handmade_items(doc.id, spec)
    library.store_document(doc, source_name="chronicle.txt", source_text=text, items=items)
    return doc.id, items
