"""A clearer title for a list whose lead only counts or only points.

"It offers by contrast three distinct groupings ...:" gives "The three distinct groupings" (blind read r20:
groupings of what?), "These are:" gives nothing. Such a list takes, in this order: the noun phrase all its
entries begin with ("The three distinct groupings of Caribbean societies"), its section's heading where that
names what is listed ("Key findings"), or the sentence before the lead where it counts the entries ("The
theory has three parts." -> "The three parts of the theory"). A count of a thing the document's title names
("The fifteen kings" in "The Kings of Medieval England") is clear as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from studyapp.extract.model import StudyList
from studyapp.language.lead_phrases import LeadTitle
from studyapp.language.list_entries import shared_noun_phrase
from studyapp.language.list_leads import Lead, lead_titles, points_only
from studyapp.language.noun_phrases import names_something


@dataclass(frozen=True)
class Clearer:
    """A clearer title read for a list, and whether it is its section's heading."""

    read: LeadTitle
    heading: bool = False


def is_vague(lead: Lead, read: LeadTitle | None, context: str) -> bool:
    """Does the title only count a kind of thing that ``context`` (the title shown after it) does not name, or
    does the lead only point at the list?"""
    if read is None:
        return not lead.heading and points_only(lead.text)
    return read.bare and not _names(context, read)


def clearer_titles(
    lists: Sequence[StudyList], leads: Sequence[Lead], reads: Sequence[LeadTitle | None], headings: Sequence[str]
) -> list[Clearer | None]:
    """For each vague list (with its lead, the title read from it, and its section's heading), a clearer title,
    or None where nothing self-contained is found."""
    found: list[Clearer | None] = []
    for study_list, read in zip(lists, reads, strict=True):
        phrase = shared_noun_phrase([item.text for item in study_list.items])
        found.append(_of_the_entries(read, phrase) if read is not None and phrase else None)
    fallbacks = [
        (index, Lead(text, "", lead.titles, lead.entries, heading=heading, counting=not heading))
        for index, (study_list, lead, section) in enumerate(zip(lists, leads, headings, strict=True))
        if found[index] is None
        for text, heading in ((section, True), (study_list.before, False))
        if text
    ]
    for (index, lead), read in zip(fallbacks, lead_titles([lead for _, lead in fallbacks]), strict=True):
        if found[index] is None and read is not None and not read.bare and _same_kind(read, reads[index], lead):
            found[index] = Clearer(read, heading=lead.heading)
    return found


def _same_kind(clearer: LeadTitle, vague: LeadTitle | None, lead: Lead) -> bool:
    """The sentence before counts the kind of thing the lead counts: not "the four cities of Bursa, ..." over a
    lead "Orhan's Ottoman Principality had four provinces:" (blind read r172)."""
    return lead.heading or vague is None or clearer.noun.split()[-1].lower() == vague.noun.split()[-1].lower()


def _of_the_entries(read: LeadTitle, phrase: str) -> Clearer | None:
    """ "The three distinct groupings" of entries that all begin "Caribbean societies ..."."""
    if phrase.split()[-1].lower() in (read.noun.split()[-1].lower(), read.singular.split()[-1].lower()):
        return None  # "The three societies of Caribbean societies"
    return Clearer(replace(read, text=f"{read.text} of {phrase}", named=names_something(phrase), bare=False))


def _names(context: str, read: LeadTitle) -> bool:
    """ "The Kings of Medieval England" names the fifteen kings."""
    words = set(re.findall(r"[^\W\d_]+", context.lower()))
    return bool({read.noun.split()[-1].lower(), read.singular.split()[-1].lower()} & words)
