"""A self-contained title for every list: what is listed and whose, never a raw lead-in.

The title is read from the lead (``studyapp.language.list_leads``), or from the section's heading for a list
right under it ("Key findings"); a lead that only counts or points ("three distinct groupings", "These are:")
gets a clearer title where one is found (:mod:`studyapp.generate.clearer_titles`); where nothing names what is
listed, the title says plainly where the list is ("The list in the section “Responses considered” of “Cuban
Missile Crisis”"). A title that names no one and nothing gets the document's title after it, so that a card
seen alone in a deck of many documents still says what it is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from studyapp.extract.model import StudyList
from studyapp.generate.clearer_titles import clearer_titles, is_vague
from studyapp.language.lead_phrases import LeadTitle
from studyapp.language.list_leads import Lead, lead_titles
from studyapp.text.document import Document, NumberedList, Paragraph, Section
from studyapp.text.titles import display_title

_MAX_CONTEXT = 60  # characters of the document's title shown after a title that names nothing
_HEADING_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*|[IVXLC]+)[.)]?\s+")
# What a text says rather than what it tells of: "the main points" are on the topic of their section.
_DISCOURSE_NOUNS = frozenset(
    {"point", "finding", "conclusion", "lesson", "argument", "observation", "question", "issue", "theme", "takeaway"}
)
_SEQUENCE_TITLE = re.compile(r"^the (?:order|sequence|succession|chronology|timetable|schedule) of\b", re.I)
_SUBTITLE = re.compile(r"\s*(?::|\s[-–—]\s)\s*")


class TitleSource(StrEnum):
    """Where a list's title comes from: its lead, its section's heading, or only its place."""

    LEAD = "lead"
    HEADING = "heading"
    PLACE = "place"


@dataclass(frozen=True)
class ListTitle:
    """What a list is called in its items.

    Attributes:
        name: what is listed and whose ("Maurice Tobin's four recommendations").
        noun: what the entries are, plural ("priorities"; "entries" when unknown).
        singular: what one entry is ("priority"; "entry" when unknown).
        counted: the title says how many entries there are.
        clause: the title is a clause ("What the governments ... should do"), not a noun phrase.
        source: where the title was found.
        superlative: the title qualifies the entries by a superlative ("the ten largest cities").
        context: the document's title, when ``name`` names no one and nothing ("Key findings" of which report?).
        vague: the title only counts a kind of thing and nothing says of what ("The three distinct groupings"):
            an item that needs it to be answered is not offered.
    """

    name: str
    noun: str
    singular: str
    counted: bool
    clause: bool
    source: TitleSource
    superlative: bool = False
    context: str = ""
    vague: bool = False

    @property
    def text(self) -> str:
        """The title as a heading: "Key findings in “Cutting the Cord”"."""
        return f"{self.name} in “{self.context}”" if self.context else self.name

    @property
    def inline(self) -> str:
        """The title as it reads inside a sentence ("the possible courses of action discussed by EXCOMM")."""
        first, _, rest = self.text.partition(" ")
        if first in ("The", "What"):
            return f"{first.lower()} {rest}"
        if self.source is TitleSource.HEADING and first.istitle():
            return f"the {first.lower()} {rest}".strip()
        return self.text

    @property
    def sequence(self) -> bool:
        """The title names a sequence that holds the entries ("The order of the works ...")."""
        return bool(_SEQUENCE_TITLE.match(self.name))

    @property
    def head_word(self) -> str:
        """The noun that names one entry ("priority"; "course" for "course of action"), or ""."""
        words = self.singular.split(" of ")[0].split()
        return words[-1].lower() if words and self.source is not TitleSource.PLACE else ""


def list_titles(doc: Document, lists: Sequence[StudyList]) -> dict[str, ListTitle]:
    """The title of every list of ``doc``, by list id (one parse for all of them)."""
    doc_title = doc.display_title
    sections = {section.id: section for section in doc.sections}
    leads = []
    for study_list in lists:
        section = sections[study_list.section]
        parent = sections[section.parent].title if section.parent in sections else ""
        around = tuple(t for t in (display_title(section.title), display_title(parent or ""), doc_title) if t)
        entries = len(study_list.items)
        if study_list.lead == section.title:  # no sentence announces the list: its heading may say what it is
            heading = _HEADING_NUMBER.sub("", display_title(section.title))
            leads.append(Lead(heading, "", around, entries, heading=True))
        else:
            leads.append(Lead(study_list.lead, study_list.before, around, entries))
    reads = lead_titles(leads)
    section_titles = [display_title(sections[study_list.section].title) for study_list in lists]
    titles = [
        _title(read, lead.heading, at, doc_title) for lead, read, at in zip(leads, reads, section_titles, strict=True)
    ]
    vague = [i for i, title in enumerate(titles) if is_vague(leads[i], reads[i], title.context)]
    clearer = clearer_titles(
        [lists[i] for i in vague],
        [leads[i] for i in vague],
        [reads[i] for i in vague],
        [_heading_above(sections[lists[i].section], lists[i]) for i in vague],
    )
    for i, better in zip(vague, clearer, strict=True):
        if better is not None:
            titles[i] = _title(better.read, better.heading, section_titles[i], doc_title)
        elif reads[i] is not None:  # a count of nothing named: items that need their title are not offered
            titles[i] = replace(titles[i], vague=True)
    return {study_list.id: title for study_list, title in zip(lists, titles, strict=True)}


def _title(read: LeadTitle | None, heading: bool, section_title: str, doc_title: str) -> ListTitle:
    context = _short(doc_title)
    if read is not None and not heading and _head_word(read.singular) in _DISCOURSE_NOUNS:
        context = _HEADING_NUMBER.sub("", section_title)  # "The main points" are points on the section's topic
    if read is None:  # nothing names what is listed: say where the list is, and nothing more
        text = f"The list in the section “{_HEADING_NUMBER.sub('', section_title)}”"
        if context and context.lower() != section_title.lower():
            text += f" of “{context}”"
        return ListTitle(text, "entries", "entry", False, False, TitleSource.PLACE)
    if read.named or context.lower() in read.text.lower():
        context = ""
    source = TitleSource.HEADING if heading else TitleSource.LEAD
    noun, one = (read.noun, read.singular) if read.noun else ("points", "point")
    return ListTitle(read.text, noun, one, read.counted, read.clause, source, read.superlative, context)


def _heading_above(section: Section, study_list: StudyList) -> str:
    """The section's heading when nothing but the list's lead comes between it and the list (then it may say
    what the list is), else ""."""
    said = [b for b in section.blocks if isinstance(b, NumberedList) or (isinstance(b, Paragraph) and b.sentences)]
    first = said[0] if said else None
    if isinstance(first, NumberedList):
        right_under = first.lead == study_list.lead
    else:
        right_under = isinstance(first, Paragraph) and first.sentences[0].text in (study_list.lead, study_list.sentence)
    return _HEADING_NUMBER.sub("", display_title(section.title)) if right_under else ""


def _head_word(singular: str) -> str:
    """ "main point" -> "point"; "course of action" -> "course"."""
    words = singular.split(" of ")[0].split()
    return words[-1].lower() if words else ""


def _short(title: str) -> str:
    """The document's title, or its main title before a subtitle, when short enough to follow another."""
    title = " ".join(title.split())
    if len(title) <= _MAX_CONTEXT:
        return title
    main = _SUBTITLE.split(title, maxsplit=1)[0]
    return main if len(main) <= _MAX_CONTEXT else ""
