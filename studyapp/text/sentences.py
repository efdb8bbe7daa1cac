"""Sentence splitting that knows abbreviations, initials, quotations, ellipses and trailing footnote markers."""

from __future__ import annotations

import re
from bisect import bisect_left

from studyapp.text.markers import SUPERSCRIPT_CLASS

# End punctuation, then closing quotes/brackets, then footnote markers, then the space before the next sentence.
# ("[.!?\u2026][.!?\u2026]*" rather than "[.!?\u2026]+": a pattern that opens with a plain character set lets the
# regex engine skip quickly to the next candidate character; one that opens with a repeat is tried everywhere.)
_CANDIDATE = re.compile(
    r"([.!?\u2026][.!?\u2026]*)[\"\u201d\u2019')\]]*"
    r"(?:" + SUPERSCRIPT_CLASS + r"+|\[\^?[^\]\s]{1,40}\]|\[\d{1,4}(?:\s*[,\u2013-]\s*\d{1,4}){1,20}\])*"
    r"(\s+)"
)
_OPENERS = "\"'\u201c\u2018(["
_MAX_WORD = 40  # longer "words" are no abbreviations
_WORD = re.compile(r"[^\W\d_]+")
_QUOTE = re.compile(r"[\"\u201c\u201d]")
# A quotation of several sentences stays one sentence when it closes within this many characters.
_MAX_QUOTE_SPAN = 400

# Never end a sentence (titles, months, references).
_ALWAYS_ABBREVIATIONS = frozenset(
    [
        "Mr",
        "Mrs",
        "Messrs",
        "Mme",
        "Mlle",
        "Msgr",
        "Ms",
        "Dr",
        "Prof",
        "Gen",
        "Col",
        "Lt",
        "Sgt",
        "Capt",
        "Cpt",
        "Adm",
        "Maj",
        "Gov",
        "Sen",
        "Rep",
        "Pres",
        "Rev",
        "Hon",
        "Fr",
        "Sr",
        "Jr",
        "St",
        "Mt",
        "Ft",
        "No",
        "Nos",
        "Vol",
        "Vols",
        "Fig",
        "Figs",
        "Art",
        "Ch",
        "Sec",
        "Ed",
        "Eds",
        "Ibid",
        "Op",
        "Cit",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "p",
        "pp",
        "vol",
        "vols",
        "no",
        "nos",
        "fig",
        "ch",
        "sec",
        "ed",
        "eds",
        "cf",
        "ca",
        "approx",
        "vs",
        "v",  # "United States v. Microsoft Corp." (blind read r32)
        "viz",
        "lit",
        "trans",
        "e.g",
        "i.e",
        "c",
    ]
)
# the short marks before a year: reigned, born, died, married, flourished, circa
_DATE_MARKS = frozenset({"r", "b", "d", "m", "fl", "c", "ca"})
# End a sentence only when a typical sentence opener follows ("... in the U.S. The ...").
_AMBIGUOUS_ABBREVIATIONS = frozenset(["etc", "Inc", "Ltd", "Co", "Corp", "Bros", "al"])
_SENTENCE_OPENERS = frozenset(
    [
        "The",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "In",
        "On",
        "At",
        "As",
        "After",
        "Before",
        "Since",
        "During",
        "From",
        "For",
        "He",
        "She",
        "They",
        "We",
        "I",
        "His",
        "Her",
        "Their",
        "Our",
        "But",
        "However",
        "Yet",
        "Thus",
        "Therefore",
        "Moreover",
        "Meanwhile",
        "Then",
        "There",
        "Such",
        "A",
        "An",
        "Some",
        "Many",
        "Most",
        "Other",
        "Others",
        "Both",
        "Each",
        "While",
        "When",
        "Although",
        "Though",
        "If",
        "What",
        "Who",
        "Which",
        "Today",
        "Now",
    ]
)


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences; footnote markers stay with the sentence they follow.

    >>> split_sentences('He said, "I am happy." He left for the U.S. on Jan. 5.')
    ['He said, "I am happy."', 'He left for the U.S. on Jan. 5.']
    """
    sentences: list[str] = []
    start = 0
    quotes = [m.start() for m in _QUOTE.finditer(text)] if '"' in text or "\u201c" in text else []
    for match in _CANDIDATE.finditer(text):
        after = match.end()
        if after >= len(text) or not _is_boundary(text, match, after):
            continue
        if quotes and _inside_short_quote(quotes, match.start(2)):
            continue
        sentence = text[start : match.start(2)].strip()
        if sentence:
            sentences.append(sentence)
        start = after
    rest = text[start:].strip()
    if rest:
        sentences.append(rest)
    return [
        part
        for sentence in sentences
        for unpunctuated in _at_bare_markers(sentence)
        for part in _without_run_in_title(unpunctuated)
    ]


# A sentence whose full stop the copy lost before its note marker: "... on 13 January 2012[150] The European Union
# has placed ...", "... imaging cameras[214] The first satellites ..." (blind read r156)
_BARE_MARKER_END = re.compile(r"(?<=[a-z0-9²%)])(?:\[\d{1,4}\])+ +(?=([A-Z][a-z]*)\b)")


def _at_bare_markers(sentence: str) -> list[str]:
    """``sentence`` split after a note marker with no full stop before it, where a sentence's opening word follows."""
    if "[" not in sentence:
        return [sentence]
    parts: list[str] = []
    start = 0
    for match in _BARE_MARKER_END.finditer(sentence):
        if match.group(1) in _SENTENCE_OPENERS:
            parts.append(sentence[start : match.end()].strip())
            start = match.end()
    parts.append(sentence[start:])
    return parts


# A title run into the sentence after it by a conversion: capitalized words, then a sentence's opening word in
# capitals and a word in lower case ("Social and Economic Malaise In the 1970s and early 1980s, ...", "...
# Brezhnev during a 1973 Meeting During the 1960s and 1970s, ..."; blind reads r10-r16).
_TITLE_WORD = r"(?:[A-Z][\w'’.-]*|and|of|the|for|in|on|at|a|an|during|\d{4})"
_RUN_IN = re.compile(
    rf"^({_TITLE_WORD}(?:\s+{_TITLE_WORD}){{1,15}})\s+(?=(?:In|On|At|During|After|Before|Since|From|The|When|While|By)\s+[a-z\d])"
)
_SMALL = frozenset({"and", "of", "the", "for", "in", "on", "at", "a", "an", "during"})


def _without_run_in_title(sentence: str) -> list[str]:
    """``sentence`` with a title run into its start set apart (see :data:`_RUN_IN`)."""
    match = _RUN_IN.match(sentence)
    if match is None:
        return [sentence]
    words = match.group(1).split()
    capitals = [w for w in words if w[:1].isupper()]
    if len(capitals) < 2 or words[-1] in _SMALL or 2 * len(capitals) < len(words) + 1:
        return [sentence]
    return [match.group(1), sentence[match.end() :]]


def _is_boundary(text: str, match: re.Match[str], after: int) -> bool:
    nxt = text[after]
    if nxt in _OPENERS and after + 1 < len(text):
        following = text[after + 1]
        if not (following.isupper() or following.isdigit() or following in _OPENERS):
            return False
    elif not (nxt.isupper() or nxt.isdigit()):
        return False
    punct = match.group(1)
    if "!" in punct or "?" in punct:
        return True
    if punct != ".":  # an ellipsis ends a sentence only before a capital letter
        return nxt.isupper() or nxt in _OPENERS
    word = _word_before(text, match.start(1))
    if not word:
        return True
    if word in _ALWAYS_ABBREVIATIONS:
        return False
    if word in _DATE_MARKS and nxt.isdigit():
        return False  # "Selim I (r. 1512–1520), Suleiman entered ...": reigned, not a sentence's end (r127)
    if word in _AMBIGUOUS_ABBREVIATIONS:
        return _word_at(text, after) in _SENTENCE_OPENERS
    if len(word) == 1 and word.isalpha() and word.isupper():
        # an initial ("Audrey L. Altstadt"), but for a numeral after a name before a sentence's opening word:
        # "... entry into World War I. They moved many times" (blind read r77)
        return word in "IVX" and _name_before(text, match.start(1) - 1) and _word_at(text, after) in _SENTENCE_OPENERS
    if "." in word:  # U.S, D.C, Ph.D, a.m
        return _word_at(text, after) in _SENTENCE_OPENERS
    return True


def _inside_short_quote(quotes: list[int], position: int) -> bool:
    """True inside an open quotation ("... said, "One. Two." He ...") that closes soon after ``position``."""
    index = bisect_left(quotes, position)
    return index % 2 == 1 and index < len(quotes) and quotes[index] - position <= _MAX_QUOTE_SPAN


def _word_before(text: str, end: int) -> str:
    words = text[max(0, end - _MAX_WORD) : end].rsplit(None, 1)
    # 'transformed.")' before the full stop of '... transformed."). Mikhail': the word is "transformed"
    return words[-1].lstrip("\"'\u201c\u2018([").rstrip(".\"'\u201d\u2019)]").rstrip(".") if words else ""


def _name_before(text: str, end: int) -> bool:
    """A capitalized word (no initial) ends right before the space before ``end``: "War" of "War I"."""
    word = _word_before(text, end)
    return len(word) > 1 and word[:1].isupper() and word.isalpha()


def _word_at(text: str, start: int) -> str:
    match = _WORD.match(text, start)
    return match.group(0) if match else ""
