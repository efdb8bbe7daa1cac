"""The deck tree of a document in Anki: ``Title``, ``Title::Section``, ``Title::Parent::Child`` (titles as
shown in the app: an ALL-CAPS heading in title case).

Deck ids derive from the document id (and the section id), so every export of a document names the same
decks, whatever its title or section titles have become.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from dataclasses import dataclass

from studyapp.text.document import Document, Section

_ID_LOW, _ID_SPAN = 1 << 30, 1 << 30  # the range genanki recommends: [2**30, 2**31)
_SEPARATORS = re.compile(r"\s*:{2,}\s*")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class DeckSpec:
    deck_id: int
    name: str
    section: str | None  # section id, None for the document's own deck


def deck_id_for(document_id: str, section_id: str | None = None) -> int:
    key = f"studyapp-deck\x1f{document_id}\x1f{section_id or ''}".encode()
    return _ID_LOW + int.from_bytes(hashlib.sha1(key).digest()[:8], "big") % _ID_SPAN


def deck_name_part(title: str) -> str:
    """One level of a deck name: a ``::`` inside a title would open a sub-deck, so it becomes ``:``."""
    cleaned = _SPACES.sub(" ", _SEPARATORS.sub(": ", title)).strip()
    return cleaned or "Untitled"


def _section_path(doc: Document, section: Section) -> list[str]:
    parts = [deck_name_part(section.display_title)]
    if section.level > 1 and section.parent:
        with contextlib.suppress(KeyError):
            parts.insert(0, deck_name_part(doc.section(section.parent).display_title))
    return parts


def deck_for_section(doc: Document, section: Section) -> DeckSpec:
    name = "::".join([deck_name_part(doc.display_title), *_section_path(doc, section)])
    return DeckSpec(deck_id_for(doc.id, section.id), name, section.id)


def document_deck(doc: Document) -> DeckSpec:
    return DeckSpec(deck_id_for(doc.id), deck_name_part(doc.display_title), None)


def deck_tree(doc: Document, section_ids: set[str]) -> list[DeckSpec]:
    """The document's deck, then one deck per section in ``section_ids`` and each one's parent section."""
    wanted = set(section_ids)
    for section in doc.sections:
        if section.id in section_ids and section.level > 1 and section.parent:
            wanted.add(section.parent)
    decks = [document_deck(doc)]
    decks += [deck_for_section(doc, s) for s in doc.sections if s.id in wanted]
    return decks
