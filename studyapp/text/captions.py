"""Captions that stand on a line of their own, as a heading would (texts converted from XML or HTML keep
"Secretary of State John Hay" between two paragraphs where the page showed his portrait).

A caption is told from a heading by what the document does elsewhere: in a document whose headings are in
Title Case, a heading-like line in sentence case is a caption ("The Recommisioned USS Ticonderoga, led by
Commodore Robert Shufeldt"); a person's office and name alone is a portrait's caption; a credit in brackets ends
a caption. Once a document is seen to set captions apart, a bare name ("Robert Schomburgk") is one too. A
document that marks its captions (``...]]``) marks them all: none of its lines is taken for one.
"""

from __future__ import annotations

import re

from studyapp.text.headings import ends_sentence, heading_kind, is_title_case, starts_lower
from studyapp.text.inline import clean_inline
from studyapp.text.lines import Element

_TITLE_CASE_SHARE = 0.75
_MIN_CANDIDATES = 4
_MIN_STRONG = 2
_MAX_CAPTION_WORDS = 30
_NAME = r"(?:[A-Z][\w'\u2019-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w'\u2019-]+|[A-Z]\.|de|van|von|da|bin|al)){1,4}"
# A portrait's name: two words ("John Hay"), or with an initial ("Rutherford B. Hayes"); "Nixon Visits China" is
# no name.
_WORD = r"[A-Z][\w\u2019-]+"
_PORTRAIT_NAME = rf"(?:{_WORD}\s+{_WORD}|(?:{_WORD}\s+)?{_WORD}\s+(?:[A-Z]\.\s+)+{_WORD})"
_OFFICE = (
    r"(?:President|Vice President|Secretary(?: of [A-Z][a-z]+)*|Senator|Governor|General|Admiral|Commodore|"
    r"Captain|Colonel|Ambassador|(?:Prime |Foreign )?Minister|King|Queen|Emperor|Empress|Viceroy|Chancellor|"
    r"Pope|Sir|Lord|Lady|Chief Justice|Justice|Premier|Consul|Envoy|Minister Plenipotentiary)"
)
_ONE_PORTRAIT = r"(?:[A-Z][a-z]+\s+)?" + _OFFICE + r"\s+" + _PORTRAIT_NAME + r"(?:\s+\((?:left|right|center|centre)\))?"
# "Secretary of State John Hay"; "President John F. Kennedy and Secretary of State Dean Rusk"
_PORTRAIT = re.compile(r"^" + _ONE_PORTRAIT + r"(?:(?:,\s+|\s+and\s+|,\s+and\s+)" + _ONE_PORTRAIT + r")*$")
_BARE_NAME = re.compile(r"^" + _NAME + r"$")
_CREDIT = re.compile(r"\((?:photo|image|courtesy|source|credit|library of|national archives)[^)]*\)\s*$", re.I)


def lone_captions(elements: list[Element]) -> set[int]:
    """The indices of the lines in ``elements`` that are captions standing alone, not headings."""
    if any("]]" in e.text for e in elements if e.kind == "text"):
        return set()
    candidates = {
        i: clean_inline(e.text)
        for i, e in enumerate(elements)
        if e.kind == "text" and e.alone and heading_kind(clean_inline(e.text)) in ("title", "plain")
    }
    title_case = len(candidates) >= _MIN_CANDIDATES and sum(
        1 for text in candidates.values() if is_title_case(text)
    ) >= _TITLE_CASE_SHARE * len(candidates)
    strong = {
        i
        for i, text in candidates.items()
        if (title_case and not is_title_case(text)) or _portrait(text) or _CREDIT.search(text)
    }
    if len(strong) < _MIN_STRONG:
        return set()
    names = {
        i
        for i, text in candidates.items()
        if _BARE_NAME.match(text) and len(text.split()) <= 3 and "'s" not in text and "\u2019s" not in text
    }
    return strong | names | {i for i, e in enumerate(elements) if _unfinished_line(e)}


def _portrait(text: str) -> bool:
    return _PORTRAIT.match(text) is not None and "'s " not in text and "\u2019s " not in text


def _unfinished_line(element: Element) -> bool:
    """A line alone that is neither a heading nor a sentence ("Charge of the 24th Colored Infantry ..., July
    2nd 1898 (Kurz and Allison)"): in a document that sets captions apart, a caption."""
    if element.kind != "text" or not element.alone or len(element.text.split()) > _MAX_CAPTION_WORDS:
        return False
    text = clean_inline(element.text)
    return heading_kind(text) is None and not ends_sentence(text) and not starts_lower(text)
