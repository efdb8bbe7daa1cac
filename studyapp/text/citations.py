"""Author-year citations in the running text of papers: "(Levin 1992; Murray 1993)", "(Kanan et al., 2018)",
"Scherf et al. (2000)", "(GAO-01-1168T, September 26, 2001)".

A citation's year is when a source was published, not when something happened: the sentence keeps its text for
the reader, and :attr:`studyapp.text.document.Sentence.citations` says where its citations stand, so that no
date is taken from them. Only a document that cites this way throughout is read for them (a history with
"(Operation Mongoose, 1961)" in its prose cites nothing).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from studyapp.text.document import Span
from studyapp.text.months import MONTH_NAMES, SEASON_NAMES

_YEAR = r"(?:1[5-9]|20)\d{2}[a-z]?"
_NAME = r"(?:[A-Z][\w'\u2019.-]*|de|van|von|der|da|and|&|et al\.?)"
_AUTHOR_YEAR = re.compile(
    rf"^(?:(?:see|e\.g\.,?|cf\.|also)\s+)?{_NAME}(?:[\s,]+{_NAME}){{0,8}},?\s+{_YEAR}"
    rf"(?:\s*,\s*{_YEAR})*(?:\s*[,:]\s*(?:pp?\.\s*)?\d+(?:[\u2013-]\d+)?)?$"
)
_REPORT = re.compile(r"^[A-Z]{2,6}[-(]\d{2,4}\)?[-\s]?\d{1,5}[A-Z]?\b")  # "GAO-01-1168T", "COM(2012) 149"
_PARENTHESES = re.compile(r"\(([^()]{4,300})\)")
_NARRATIVE = re.compile(rf"(?<=[A-Za-z.])\s\(({_YEAR}(?:[,:]\s*(?:pp?\.\s*)?\d+(?:[\u2013-]\d+)?)?)\)")
_NARRATIVE_AUTHOR = re.compile(r"(?:[A-Z][\w'\u2019-]+|et al\.)$")
_MONTHS = frozenset((*MONTH_NAMES, *SEASON_NAMES))
MIN_CITATIONS = 5  # a document that cites by author and year does so again and again


def count_citations(text: str, *, enough: int = MIN_CITATIONS) -> int:
    """How many author-year citations ``text`` holds, counting up to ``enough``."""
    count = 0
    for _ in _citations(text):
        count += 1
        if count >= enough:
            break
    return count


def citation_spans(text: str) -> tuple[Span, ...]:
    """Where the author-year citations of a sentence stand in it."""
    if "(" not in text:
        return ()
    return tuple(sorted(_citations(text), key=lambda s: s.start))


def _citations(text: str) -> Iterator[Span]:
    for match in _PARENTHESES.finditer(text):
        parts = [p.strip() for p in match.group(1).split(";")]
        if any(_is_citation(p) for p in parts if p):
            yield Span(match.start(), match.end())
    for match in _NARRATIVE.finditer(text):
        if _NARRATIVE_AUTHOR.search(text, 0, match.start()):
            yield Span(match.start() + 1, match.end())


def _is_citation(part: str) -> bool:
    if _REPORT.match(part):
        return True
    return _AUTHOR_YEAR.match(part) is not None and part.split()[0].strip(",") not in _MONTHS
