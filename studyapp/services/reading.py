"""Reading first: sections marked as read, the new cards waiting in each section, what to read next."""

from __future__ import annotations

from dataclasses import dataclass

from studyapp.core.cards import Queue, to_us
from studyapp.services.changes import Changes
from studyapp.services.connection import LibraryConnection
from studyapp.services.study_clock import StudyClock
from studyapp.storage.card_overview import CardOverview
from studyapp.storage.reading_marks import ReadingMarks
from studyapp.storage.repositories import Repositories


@dataclass(frozen=True)
class SectionRef:
    id: str
    title: str


class ReadingService:
    """Reached as ``library.reading``."""

    def __init__(self, connection: LibraryConnection, clock: StudyClock) -> None:
        self._connection, self._clock = connection, clock

    def read_sections(self, deck_id: str) -> frozenset[str]:
        """The deck's sections marked as read (sections gone after a re-import are left out)."""
        with self._connection.reading() as repos:
            marks = ReadingMarks(repos.db).read_sections(deck_id)
            return frozenset(marks) & {row.id for row in repos.documents.sections(deck_id)}

    def set_read(self, deck_id: str, section_id: str, read: bool = True) -> Changes:
        """Mark a section as read (or not); KeyError for an unknown deck or section."""
        with self._connection.writing() as repos:
            repos.documents.section_scope(deck_id, section_id)  # KeyError when unknown
            marks = ReadingMarks(repos.db)
            if read:
                marks.mark(deck_id, section_id, read_us=to_us(self._clock.now()))
            else:
                marks.unmark(deck_id, section_id)
        return Changes(reading=frozenset({deck_id}))

    def new_cards(self, deck_id: str) -> dict[str, int]:
        """New cards per section id, each section counted with its subsections (what "Study this section"
        takes in); sections without new cards are left out."""
        with self._connection.reading() as repos:
            own = self._new_by_section(repos, deck_id)
            sections = repos.documents.sections(deck_id)
        totals = dict(own)
        for section_id, _title, _level, parent in sections:
            if parent and own.get(section_id):
                totals[parent] = totals.get(parent, 0) + own[section_id]
        return {section: count for section, count in totals.items() if count}

    def new_left(self, deck_id: str, section: str | None = None) -> int:
        """New cards not yet studied in a deck, or in a section with its subsections."""
        with self._connection.reading() as repos:
            new = self._new_by_section(repos, deck_id)
            if section is None:
                return sum(new.values())
            return sum(new.get(s, 0) for s in repos.documents.section_scope(deck_id, section).sections)

    def started(self, deck_id: str) -> bool:
        """True once a section is marked read or a card answered: until then a deck begins with reading."""
        with self._connection.reading() as repos:
            return bool(self.read_sections(deck_id)) or CardOverview(repos.db).answered_any(deck_id)

    def begun(self, deck_id: str) -> bool:
        """True once the reader has left the very start of the document (a later section, or scrolled)."""
        with self._connection.reading() as repos:
            position = repos.decks.reading(deck_id)
            if position is None:
                return False
            rows = repos.documents.sections(deck_id)
        return position.scroll > 0 or (bool(rows) and position.section_id != rows[0].id)

    def next_unread(self, deck_id: str, *, after: str | None = None) -> SectionRef | None:
        """The first section not marked read that comes after ``after`` in the document (after its
        subsections too), or from the start when ``after`` is None; None when every later section is read."""
        with self._connection.reading() as repos:
            rows = repos.documents.sections(deck_id)
        read = self.read_sections(deck_id)
        ids = [row.id for row in rows]
        start = 0
        if after in ids:
            start = ids.index(after) + 1
            while start < len(rows) and rows[start].parent == after:  # its own subsections were studied with it
                start += 1
        for section_id, title, _level, _parent in rows[start:]:
            if section_id not in read:
                return SectionRef(section_id, title)
        return None

    def _new_by_section(self, repos: Repositories, deck_id: str) -> dict[str, int]:
        """New cards per section as they stand now: buried cards whose day is over and summaries whose members
        are known count as new, summaries waiting for their members do not (nothing is written)."""
        counts = CardOverview(repos.db).new_by_section(deck_id)
        for move in repos.cards.pending_moves(deck_id, now_us=to_us(self._clock.now())):
            shift = (move.belongs == Queue.NEW) - (move.stored == Queue.NEW)
            counts[move.section] = counts.get(move.section, 0) + shift
        return counts
