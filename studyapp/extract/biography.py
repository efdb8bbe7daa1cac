"""Whose life an article tells: an encyclopedia biography opens with its subject's name and, in brackets, the
years of their life ("Ludwig van Beethoven (baptised 17 December 1770 – 26 March 1827) was a German composer").

In such an article a bare "he" most often stands for its subject, even right after a sentence that names
someone else: blind read r65 found "he" taken for the nearest name ("Johann and Therese married on 9 November.
In early 1813 he apparently went through a difficult emotional period" asked of Johann; "Shackleton returned
from the Antarctic ... On 24 March 1909, he took the Admiralty-based appointment" told of Shackleton).
"""

from __future__ import annotations

import re

from studyapp.text.document import Document

# the first words of the article, then a bracket that holds a year or a birth ("(born Tyge Ottesen Brahe; ...)")
_LIFE_IN_BRACKETS = re.compile(r"^(?P<name>[^()]{2,120}?)\s*\((?P<inside>[^()]*)\)")
_LIFE = re.compile(r"\b\d{3,4}\b|\b(?:born|baptised|baptized|née)\b", re.IGNORECASE)
_NOT_A_NAME = frozenset({"the", "a", "an"})


def biography_subject(doc: Document) -> frozenset[str]:
    """The words of the name of the person whose life ``doc`` tells (lower case, "van" and the like left out),
    or an empty set when the article is not a biography by its opening."""
    opening = opening_sentence(doc)
    match = _LIFE_IN_BRACKETS.match(opening)
    if match is None or not _LIFE.search(match["inside"]):
        return frozenset()
    words = match["name"].split()
    if not words or words[0].lower() in _NOT_A_NAME:
        return frozenset()  # "The Battle of Stalingrad (23 August 1942 – 2 February 1943)": no one's life
    title = {word.lower() for word in doc.title.split() if word[:1].isupper()}
    named = {word.strip(",").lower() for word in words if word[:1].isupper()}
    return frozenset(named & title)


def opening_sentence(doc: Document) -> str:
    """The article's first sentence, which names what it is about ("Rome is the capital city of Italy")."""
    for section in doc.sections:
        for paragraph in section.paragraphs:
            if paragraph.sentences:
                return paragraph.sentences[0].text
    return ""


def may_be_subject(name: str, subject: frozenset[str]) -> bool:
    """True when ``name`` ("Beethoven", "Ludwig van Beethoven") may name the biography's subject, or the article
    is no biography."""
    return not subject or any(word.lower() in subject for word in name.split())
