"""Dated facts: every body sentence (or list item) anchored to a date, one fact per (sentence, date).

A sentence with several dates gives one fact per distinct date it names ("born in 1908, he enrolled in
1922" gives two), because each date can be asked about on its own; a date written twice in one sentence
gives one fact. Only study sections are read: never the front matter, the notes or trailing text.
"""

from __future__ import annotations

from dataclasses import dataclass

from studyapp.extract.context import leans_on_previous
from studyapp.extract.dates import find_dates
from studyapp.extract.ids import fact_signature, stable_ids, whole_signature
from studyapp.extract.model import DatedFact, DateMention
from studyapp.gcpause import gc_paused
from studyapp.text.document import Document, NumberedList, Paragraph, Section


@dataclass(frozen=True)
class _Found:
    section: str
    sentence: str
    context: str
    date: DateMention
    footnotes: tuple[int, ...]


def find_facts(doc: Document) -> list[DatedFact]:
    """The dated facts of ``doc`` in reading order, each with a stable id.

    Args:
        doc: a document as read by ``studyapp.text.read_document``.
    """
    with gc_paused():
        return _find_facts(doc)


def _find_facts(doc: Document) -> list[DatedFact]:
    found = [fact for section in doc.sections for fact in _section_facts(section)]
    # Both signatures of a fact are taken in one pass, while its sentence's words are still cached: the long
    # one is needed wherever short keys collide (often, in a long document), and re-reading then costs more.
    keys, wholes = [], []
    for f in found:
        keys.append(fact_signature(f.sentence, f.date))
        wholes.append(whole_signature(f.sentence))
    ids = stable_ids("fact", doc.id, keys, lambda i: f"{found[i].date.start}/{found[i].date.end}/{wholes[i]}")
    return [
        DatedFact(
            id=fact_id,
            section=f.section,
            sentence=f.sentence,
            context=f.context,
            date=f.date,
            footnotes=f.footnotes,
            position=position,
        )
        for position, (fact_id, f) in enumerate(zip(ids, found, strict=True))
    ]


def _section_facts(section: Section) -> list[_Found]:
    facts: list[_Found] = []
    previous = ""
    for block in section.blocks:
        if isinstance(block, Paragraph):
            for sentence in block.sentences:
                facts.extend(_facts_of(section.id, sentence.text, previous, sentence.footnotes))
                previous = sentence.text
        elif isinstance(block, NumberedList):
            for item in block.items:
                facts.extend(_facts_of(section.id, item.text, block.lead, item.footnotes, always=True))
                previous = item.text
    return facts


def _facts_of(
    section: str, text: str, previous: str, footnotes: tuple[int, ...], *, always: bool = False
) -> list[_Found]:
    """The facts of one sentence; ``previous`` becomes their context if the sentence leans on it."""
    mentions = find_dates(text)
    if not mentions:
        return []
    context = previous if always or leans_on_previous(text) else ""
    facts: list[_Found] = []
    seen: set[tuple[str, str]] = set()
    for mention in mentions:
        if (mention.start, mention.end) in seen:
            continue
        seen.add((mention.start, mention.end))
        facts.append(_Found(section, text, context, mention, tuple(footnotes)))
    return facts
