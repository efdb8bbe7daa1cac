"""Reading first: sections marked as read, the new cards waiting in each section, what to read next."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from studyapp.core.cards import to_us
from studyapp.services.changes import Changes
from studyapp.storage.card_overview import CardOverview
from studyapp.storage.reading_marks import ReadingMarks

if TYPE_CHECKING:
    from studyapp.services.library import Library


@dataclass(frozen=True)
class SectionRef:
    id: str
    title: str


class ReadingService:
    """Reached as ``library.reading``."""

    def __init__(self, library: Library) -> None:
        self._lib = library

    def read_sections(self, deck_id: str) -> frozenset[str]:
        """The deck's sections marked as read (sections gone after a re-import are left out)."""
        repos = self._lib.repos()
        marks = ReadingMarks(repos.db).read_sections(deck_id)
        return frozenset(marks) & {row.id for row in repos.documents.sections(deck_id)}

    def set_read(self, deck_id: str, section_id: str, read: bool = True) -> Changes:
        """Mark a section as read (or not); KeyError for an unknown deck or section."""
        self._lib._writable()
        self._lib.section_scope(deck_id, section_id)  # KeyError when unknown
        marks = ReadingMarks(self._lib.repos().db)
        if read:
            marks.mark(deck_id, section_id, read_us=to_us(self._lib.now()))
        else:
            marks.unmark(deck_id, section_id)
        return Changes(reading=frozenset({deck_id}))

    def new_cards(self, deck_id: str) -> dict[str, int]:
        """New cards per section id, each section counted with its subsections (what "Study this section"
        takes in); sections without new cards are left out."""
        repos = self._lib.repos()
        own = CardOverview(repos.db).new_by_section(deck_id)
        totals = dict(own)
        for section_id, _title, _level, parent in repos.documents.sections(deck_id):
            if parent and own.get(section_id):
                totals[parent] = totals.get(parent, 0) + own[section_id]
        return {section: count for section, count in totals.items() if count}

    def new_left(self, deck_id: str, section: str | None = None) -> int:
        """New cards not yet studied in a deck, or in a section with its subsections."""
        new = CardOverview(self._lib.repos().db).new_by_section(deck_id)
        if section is None:
            return sum(new.values())
        return sum(new.get(s, 0) for s in self._lib.section_scope(deck_id, section).sections)

    def started(self, deck_id: str) -> bool:
        """True once a section is marked read or a card answered: until then a deck begins with reading."""
        db = self._lib.repos().db
        return bool(self.read_sections(deck_id)) or CardOverview(db).answered_any(deck_id)

    def begun(self, deck_id: str) -> bool:
        """True once the reader has left the very start of the document (a later section, or scrolled)."""
        position = self._lib.reading_position(deck_id)
        if position is None:
            return False
        rows = self._lib.repos().documents.sections(deck_id)
        return position.scroll > 0 or (bool(rows) and position.section_id != rows[0][0])

    def next_unread(self, deck_id: str, *, after: str | None = None) -> SectionRef | None:
        """The first section not marked read that comes after ``after`` in the document (after its
        subsections too), or from the start when ``after`` is None; None when every later section is read."""
        rows = self._lib.repos().documents.sections(deck_id)
        read = self.read_sections(deck_id)
        ids = [row[0] for row in rows]
        start = 0
        if after in ids:
            start = ids.index(after) + 1
            while start < len(rows) and rows[start][3] == after:  # its own subsections were studied with it
                start += 1
        for section_id, title, _level, _parent in rows[start:]:
            if section_id not in read:
                return SectionRef(section_id, title)
        return None
