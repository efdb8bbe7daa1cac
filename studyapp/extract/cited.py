"""Sources cited in the running text, wherever the reader leaves them in a sentence.

The reader marks the author-year citations of a paper that cites that way throughout
(:attr:`studyapp.text.document.Sentence.citations`). These shapes point to a source in any text, and their years
and dates are no dates of events either: a parenthesis of unmistakable author-year citations ("(Levin 1992;
Murray 1993)", "(Kanan et al., 2018)"), "Scherf et al. (2000)", a publisher's imprint ("(Cambridge: Polity,
2007)"), an edition's imprint ("(2 vols., Leipzig, 1874)"), a journal's volume date ("35 (2006): 295–315") and
a cited report with its number ("(GAO-01-1168T, September 26, 2001)"). :func:`source_spans` finds them.
"""

from __future__ import annotations

import re

from studyapp.extract.date_words import MONTHS
from studyapp.text.months import SEASON_NAMES

_MONTHS = "|".join((*(name.title() for name in MONTHS), *SEASON_NAMES))
_PARTICLE = r"(?:van|von|de|der|den|la|le|du|da|di|del|St\.)"
_WORD = rf"(?!(?:{_MONTHS})\b)[A-Z](?:[\w'’-]*\w|\.)?"  # "Levin", "F.", "BSI", "Gürtler"
_NAME = rf"(?:{_PARTICLE}\s)?{_WORD}(?:\s(?:{_PARTICLE}|{_WORD})){{0,4}}"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-z]?(?![\d–-])"
_PAGES = r"(?:,?\s(?:p|pp|ch|chap)\.\s?\d+(?:[-–]\d+)?)"
_AUTHORS = rf"{_NAME}(?:\s(?:et\s+al\.?)|(?:,?\s(?:and|&)\s{_NAME}))?"
_LEAD = r"(?:(?:see|see also|e\.g\.|cf\.|also|as in)\s?,?\s)?"
# One citation: "Levin 1992", "Hastings et al. 2003", "Anderson 1972, 1995", "BSI, 2015", "Smith 2001, p. 4".
_ONE = re.compile(rf"{_LEAD}(?P<authors>{_AUTHORS}),?\s(?P<years>{_YEAR}(?:,\s{_YEAR})*){_PAGES}?")
_PARENTHESES = re.compile(r"\(([^()]{3,400})\)")
# "Scherf et al. (2000)": found from the year back
_YEARS_IN_PARENTHESES = re.compile(rf"\((?:{_YEAR}(?:,\s{_YEAR})*){_PAGES}?\)")
_AUTHORS_BEFORE = re.compile(rf"(?P<authors>{_AUTHORS})\s$")
_AUTHORS_REACH = 90
# "(Cambridge: Polity, 2007)", "(New York: Zone Books, 2010)": a place, a publisher, a year
_IMPRINT = re.compile(rf"\((?:[^():]{{2,60}}):\s[^()]{{2,120}},\s{_YEAR}\)")
# "(2 vols., Leipzig, 1874)", "(3rd edn., London, 1910)", "(ed. Ehses, Freiburg, 1904)": an edition's imprint
_EDITION = re.compile(rf"\([^()]{{0,60}}\b(?:vols?|eds?|edn|trans|repr)\.[^()]{{0,80}},\s{_YEAR}\)")
# "35 (2006): 295–315", "no. 42 (November 2013): 152–65": a journal's issue and pages
_JOURNAL = re.compile(rf"\((?:(?:{_MONTHS})\.?\s)?{_YEAR}\):\s?\d")
# "(GAO-01-1168T, September 26, 2001)", "(COM(2012) 149, 2012)": a document's number, then its date
_REPORT = re.compile(r"\((?P<number>[A-Z]{2,}[\w./]*[-/]\d[\w./-]*|No\.\s?\d[\w./-]*)(?:,\s[^()]{0,40})?\)")


def source_spans(sentence: str) -> list[tuple[int, int]]:
    """Where sources are cited in ``sentence``, as (start, end) offsets, in order."""
    if "(" not in sentence and ")" not in sentence:
        return []  # every citation shape holds a parenthesis
    spans: list[tuple[int, int]] = []
    for start, end in _parentheses(sentence):
        content = sentence[start:end]
        if _cites(content):
            spans.append((max(0, start - 1), min(len(sentence), end + 1)))
            continue
        for part_start, part_end in _cited_parts(content):
            spans.append((start + part_start, start + part_end))
    for pattern in (_IMPRINT, _EDITION, _JOURNAL, _REPORT):
        spans.extend(m.span() for m in pattern.finditer(sentence))
    for years in _YEARS_IN_PARENTHESES.finditer(sentence):
        window_start = max(0, years.start() - _AUTHORS_REACH)
        authors = _AUTHORS_BEFORE.search(sentence, window_start, years.start())
        if authors is not None and re.search(r"\bet\s+al\b", authors["authors"]):
            spans.append((authors.start(), years.end()))
    return _merged(spans)


def _parentheses(sentence: str) -> list[tuple[int, int]]:
    """The contents of the parentheses of ``sentence``; one the sentence splitter cut off (an opening without its
    close, or a close without its opening) runs to the sentence's end or from its start."""
    found = [match.span(1) for match in _PARENTHESES.finditer(sentence)]
    opening, closing = sentence.rfind("("), sentence.find(")")
    if opening >= 0 and sentence.find(")", opening) < 0:
        found.append((opening + 1, len(sentence.rstrip(". "))))
    if closing >= 0 and sentence.rfind("(", 0, closing) < 0:
        found.append((0, closing))
    return found


def _cites(content: str) -> bool:
    """A parenthesis made only of citations: "Levin 1992; Murray 1993", "Kanan et al., 2018"."""
    parts = [p.strip() for p in content.split(";")]
    if not all(_ONE.fullmatch(p) for p in parts):
        return False
    if len(parts) > 1:
        return True
    match = _ONE.fullmatch(parts[0])
    assert match is not None  # every part matched above
    # alone: only "et al.", two authors, two years or no comma ("Smoller 2001"), never "(ADR, 1918)"
    return bool(
        re.search(r"\bet\s+al\b|\s(?:and|&)\s", match["authors"])
        or "," in match["years"]
        or not re.search(r",\s" + _YEAR, parts[0])
    )


def _cited_parts(content: str) -> list[tuple[int, int]]:
    """The citations among the parts of a parenthesis that also says other things ("in a work by X; Smoller
    2001")."""
    if ";" not in content:
        return []
    spans, years, at = [], [], 0
    for part in content.split(";"):
        stripped = part.strip()
        start = at + part.find(stripped)
        if stripped and _ONE.fullmatch(stripped) and _cites(stripped):
            spans.append((start, start + len(stripped)))
        elif re.fullmatch(_YEAR, stripped):
            years.append((start, start + len(stripped)))  # "2003; Palmer 2003": a year left by a cut citation
        at += len(part) + 1
    return spans + years if spans else []


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
