"""Numbered lists of a document worth studying, each with its lead, the sentence before it and a stable id.

A list set out as a block (``NumberedList`` of the reader) or written in running text ("(1) ..., (2) ...")
counts; a list of notes or references, or a table of contents, does not: it is the document's apparatus,
not its content.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from studyapp.extract.ids import stable_ids, whole_signature
from studyapp.extract.model import StudyList
from studyapp.extract.running_lists import running_list
from studyapp.text.document import Document, ListItem, NumberedList, Paragraph, Section
from studyapp.text.notes import is_back_matter_title, is_notes_title

# A reference entry: "pp. 12-15", "vol. 3", "ibid.", "op. cit.", a link, "(2011): 145-162", "2011, 145-62"
# (a year in brackets alone is no sign: "The Treaty of Paris (1783)").
_CITATION = re.compile(
    r"\b(?:ibid|op\.\s*cit|loc\.\s*cit|pp?\.\s*\d|vol\.\s*\d|no\.\s*\d|doi\b|https?://|www\.)"
    r"|\b\d{4}\)?\s*[,:]\s*\d+\s*[-–]\s*\d+",
    re.IGNORECASE,
)
_PAGE_REFERENCE = re.compile(r"(?:\.{2,}|…|\s)\s*\d{1,4}$")  # "Introduction ........ 5", "The early years 12"
_LEADING_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*|[IVXLC]+)[.)]?\s+")
_MOSTLY = 0.6


@dataclass(frozen=True)
class _Found:
    section: str
    lead: str
    items: tuple[ListItem, ...]
    before: str = ""
    sentence: str = ""


def find_lists(doc: Document) -> list[StudyList]:
    """Every numbered list worth studying, in reading order.

    A list's id rests on the words of its lead (typo-tolerant, see ``studyapp.extract.ids``); two lists
    with the same lead words are told apart by their section, then by their order.
    """
    headings = {_heading_key(section.title) for section in doc.sections}
    found: list[_Found] = []
    for section in doc.sections:
        if is_notes_title(section.title) or is_back_matter_title(section.title):
            continue
        found.extend(_section_lists(section, headings))
    keys = [whole_signature(f.lead) or f.lead for f in found]
    ids = stable_ids("list", doc.id, keys, lambda i: found[i].section)
    return [
        StudyList(
            id=list_id,
            section=f.section,
            lead=f.lead,
            items=f.items,
            position=position,
            before=f.before,
            sentence=f.sentence,
        )
        for position, (list_id, f) in enumerate(zip(ids, found, strict=True))
    ]


def _section_lists(section: Section, headings: set[str]) -> list[_Found]:
    found = []
    sentences: list[str] = []  # the section's sentences so far
    for block in section.blocks:
        if isinstance(block, NumberedList):
            if _worth_a_list(block.items, headings):
                before = sentences[-2] if len(sentences) >= 2 and sentences[-1] == block.lead else ""
                found.append(_Found(section.id, block.lead, block.items, before))
            sentences.extend(item.text for item in block.items)
            continue
        if isinstance(block, Paragraph):
            for sentence in block.sentences:
                run = running_list(sentence.text)
                if run is not None and _worth_a_list(run.items, headings):
                    before = sentences[-1] if sentences else ""
                    found.append(_Found(section.id, run.lead, run.items, before, sentence.text))
                sentences.append(sentence.text)
    return found


def _worth_a_list(items: tuple[ListItem, ...], headings: set[str]) -> bool:
    """False for a list of references (page numbers, volumes, links) or a table of contents (entries that
    are the document's own headings, or end with page numbers)."""
    if not items:
        return False
    texts = [item.text for item in items]
    if _share(texts, lambda text: bool(_CITATION.search(text))) >= _MOSTLY:
        return False
    if _share(texts, lambda text: _heading_key(text) in headings) >= _MOSTLY:
        return False
    return not (len(texts) >= 3 and all(_PAGE_REFERENCE.search(text) and len(text.split()) <= 10 for text in texts))


def _share(texts: list[str], test: Callable[[str], bool]) -> float:
    return sum(1 for text in texts if test(text)) / len(texts)


def _heading_key(title: str) -> str:
    return " ".join(_LEADING_NUMBER.sub("", title).lower().split()).strip(" .:")
