"""What is worth studying in a document: dated facts and numbered lists, each with a stable id."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from studyapp.text.document import ListItem

if TYPE_CHECKING:  # the language package (and through it spaCy) stays out of the way to the first window
    from studyapp.language.events import Event


@dataclass(frozen=True)
class DateMention:
    """A date as written in a sentence, and what it means.

    Attributes:
        text: the date as written ("April 2012", "1918-1920", "the nineteenth century").
        offset: character offset of ``text`` in the sentence.
        start, end: normalized bounds, ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (end == start for a point).
            Years follow ISO 8601's astronomical numbering: ``0079`` is AD 79, ``0000`` is 1 BC, and a year
            before that is written with a minus sign and four digits (the expanded form): 2 BC is ``-0001``,
            89 BC is ``-0088``, "the 6th century BC" (600-501 BC) is ``-0599``..``-0500``. Compare bounds
            as numbers (see ``studyapp.generate.spans``), never as strings.
        guessed: a day written without its year, given one from beyond its paragraph (the section's or the
            document's last year): likely, not sure, so items do not state that year nor order by it.
    """

    text: str
    offset: int
    start: str
    end: str
    guessed: bool = False

    @property
    def granularity(self) -> str:
        """ "millennium", "century", "range", "day", "month" or "year" (what a wrong choice must look like)."""
        if self.start != self.end:
            text = self.text.lower()
            return "century" if "centur" in text else "millennium" if "millenni" in text else "range"
        return {10: "day", 7: "month"}.get(len(self.start.removeprefix("-")), "year")


@dataclass(frozen=True)
class DatedFact:
    """A dated event: the clause a date modifies, in its sentence.

    Attributes:
        id: stable across edits elsewhere and typo fixes inside the sentence (from the sentence and the date).
        section: id of the section holding the sentence.
        sentence: the whole sentence (clean display text): the item's source.
        context: what a reader needs to make sense of the event alone (the previous sentence when its clause
            leans on it through "he", "this", "the war" and the person cannot be named; a list's lead for a
            list item); "" when the event stands alone.
        date: the date mention the fact is about.
        footnotes: numbers of the notes the sentence cites.
        position: index of the fact in document order (for article order).
        event: the clause the date modifies, worded for items (see :class:`studyapp.language.events.Event`);
            None when the sentence was not analysed (a document past the parser's budget): items then use
            the whole sentence.
    """

    id: str
    section: str
    sentence: str
    context: str
    date: DateMention
    footnotes: tuple[int, ...]
    position: int
    event: Event | None = None


@dataclass(frozen=True)
class StudyList:
    """A numbered list found in a document, ready for items.

    Attributes:
        id: stable across edits elsewhere and typo fixes in the lead (see ``studyapp.extract.ids``).
        section: id of the section holding the list.
        lead: the sentence that announces the list (for a list set out in running text, the words before
            its first number), or the section title when nothing announces it.
        items: the entries, numbers as written.
        position: index of the list in document order.
        before: the sentence before the lead ("" when none): what "he" or "they" in the lead may stand for.
        sentence: for a list written in running text ("(1) ..., (2) ..."), the sentence that holds it; "".
    """

    id: str
    section: str
    lead: str
    items: tuple[ListItem, ...]
    position: int
    before: str = ""
    sentence: str = ""

    @property
    def source_text(self) -> str:
        """The text a learner finds the list by: the sentence holding it, or its lead."""
        return self.sentence or self.lead
