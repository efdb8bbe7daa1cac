"""Find the dates written in a sentence.

``find_dates`` is a pure function. One cheap pass finds *anchors* (three digits, "centur", an era's
keyword); around each anchor a precompiled pattern, whose alternatives are tried longest form first, finds
the date that holds it, so a date inside a bigger one (the "1918" of "May 28, 1918", the "1992" of "From
1992 to 1994") is never reported on its own. Windows are bounded and every repetition is bounded, so the
time is linear in the length of the text.

The forms live in ``date_forms``, what a matched date means (its normalized start and end) in
``date_bounds``. A year of the first millennium counts when it is marked "AD 79" or "79 CE". A year before
Christ counts when it is marked ("89 BC", "c. 500 BCE", "between 218 and 201 BC", "the 6th century BC",
"the third millennium BC"). A day and month with a short unmarked year count only after "on" and before
punctuation ("on 5 February 62,").
"""

from __future__ import annotations

import re

from studyapp.extract.date_bounds import bounds, point_bounds
from studyapp.extract.date_forms import (
    AD_FORMS,
    BC_FORMS,
    CENTURY_FORMS,
    DIGIT_FORMS,
    EARLY_FORMS,
    ERA_FORMS,
    FULL_MONTH,
    MILLENNIUM_FORMS,
    SHORT_YEAR_AFTER,
    SHORT_YEAR_FORMS,
    Forms,
)
from studyapp.extract.date_words import APPROXIMATORS, QUANTITY_NOUNS, REFERENCE_WORDS
from studyapp.extract.model import DateMention


def _compiled(forms: Forms) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{name}>{body})" for name, body in forms))


# Every date holds an anchor: three digits, "centur" or an era's keyword. The scan looks for anchors (one
# cheap pass) and tries the full forms only in a short window around each one. A window reaches back far
# enough for the longest prefix ("the second half of the twenty-first century") and ahead for the longest
# tail ("May 28, 1918 to June 4, 1920").
# Three digits count only at the start of a number: a year never follows a digit or a letter. The check on
# the character before comes after the first digit ("(?<!\w.)"), so every alternative starts with a literal
# and the engine can skip ahead to the next candidate character instead of trying every position.
# A one- or two-digit year marked BC ("89 BC") is an anchor too, and so is the era mark of a millennium ("the
# third millennium BC"); those alternatives slow the scan, so they are only added for the sentences that hold
# "BC" or "illenni" (two substring tests). No alternative starts with a group: the engine's skip-ahead needs
# every alternative to start with a literal or a character set.
# A day after "on" anchors "on 5 February 62,": it shares the first alternative, which costs the scan least.
_SHORT_YEAR_DAY = rf"(?<=[Oo]n\s[1-9])(?=\d?\s{FULL_MONTH}\s[1-9]\d{{0,2}}{SHORT_YEAR_AFTER})"
_ANCHOR_BASE = (
    rf"[0-9](?<!\w.)(?:[0-9]{{2}}|{_SHORT_YEAR_DAY})|[Cc]entur|W(?:ar|W)|Depression|Revolution|nter-?war"
    r"|A(?=\.?D\.?\s?[1-9])|[1-9](?<!\w.)(?=\d{0,2}\s?(?:AD|A\.D\.|CE|C\.E\.)(?!\w))"
)
_ANCHOR_BC = r"|[1-9](?<!\w.)(?=\d?\s?B\.?C)"
_ANCHOR_MILLENNIUM = r"|[ABC](?<=llennium [ABC])"
_ANCHORS = {  # (holds a BC mark, holds a millennium) -> anchor pattern
    (bc, millennium): re.compile(_ANCHOR_BASE + (_ANCHOR_BC if bc else "") + (_ANCHOR_MILLENNIUM if millennium else ""))
    for bc in (False, True)
    for millennium in (False, True)
}
_BC_REACH = 32  # from the first number of a BC date to its mark: "between 1200 BC and 1150 BC"
# anchor kind -> (forms, characters to look back, characters to look ahead)
_FORMS_BY_ANCHOR = {
    "digits": (_compiled(DIGIT_FORMS), 44, 48),
    "century": (_compiled(CENTURY_FORMS), 56, 12),
    "millennium": (_compiled(MILLENNIUM_FORMS), 60, 8),  # anchored on the era mark after "millennium"
    "era": (_compiled(ERA_FORMS), 32, 12),
    "ad": (_compiled(AD_FORMS), 44, 12),  # back to a first day: "18 September to 19 September, AD 64"
    "bc": (_compiled(BC_FORMS), 24, _BC_REACH + 12),
    "short_year": (_compiled(SHORT_YEAR_FORMS), 0, 20),
    "early": (_compiled(EARLY_FORMS), 20, 8),
}
_NEXT_WORD = re.compile(r"\s{0,3}-?(%|°|℃|℉|[A-Za-z]{1,20})")  # "1500 troops", "a 1000-year history"
_PREVIOUS_WORD = re.compile(r"(\S{1,20})\s{0,3}$")
_WORD_REACH = 24
_COUNTED_SUBJECT = re.compile(r"\s+[a-z]+s\s+(?:have|had|were|are)\b")
_WORD_START = re.compile(r"(?<!\w)\w")
# The words a form anchored on digits can start with (a number, a month, "from", "between", "the", a part of a
# year or a decade, "c.", a season): only there is the big alternation tried.
_DIGIT_FORM_START = re.compile(
    r"(?<!\w)(?:\d|(?i:from|between|the|early|mid|late|c\.|ca\.|circa|spring|summer|autumn|fall|winter)(?!\w)"
    r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)


def find_dates(sentence: str, early: bool = False) -> list[DateMention]:
    """Every date written in ``sentence``, in order, none inside another.

    Args:
        sentence: one sentence of clean text.
        early: the sentence's document writes years of the first millennium without their era mark ("In 785,
            his men captured Girona"; see ``early_years``): such a year counts after a word of time ("in",
            "from", "until", ...) or with its day and month.

    Returns:
        The mentions with their text, offset in ``sentence`` and normalized start/end.
    """
    mentions: list[DateMention] = []
    covered = 0
    bc = "B" in sentence and ("BC" in sentence or "B.C" in sentence)
    anchors = _ANCHORS[bc, "illenni" in sentence]
    for anchor in anchors.finditer(sentence):
        if anchor.start() < covered:
            continue
        match = _match_around(sentence, anchor, covered, bc)
        if match is None and early and anchor.group()[0].isdigit():
            match = _match_kind(sentence, anchor, covered, "early")
        if match is None:
            continue
        covered = match.end()
        if _is_quantity(sentence, match):
            continue
        found = bounds(match)
        if found is not None:
            mentions.append(_without_named_weekday(sentence, DateMention(match.group(), match.start(), *found)))
        else:
            mentions.extend(_ends_of_broken_range(match))
    return _early_spans(sentence, mentions) if early else mentions


_DASH_BETWEEN = re.compile(r"\s?[-–—]\s?")
_EARLY_YEAR_BEFORE = re.compile(r"(?<![\w.,])([1-9]\d{2})\s?[-–—]\s?$")


def _first_millennium(*mentions: DateMention) -> bool:
    return any("0000" <= m.start < "1000" for m in mentions)


def _early_spans(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """Dates of the first millennium joined by a dash as the one span they write: a life ("2 April 742 – 28
    January 814", "714 – 24 September 768") or a reign, as the forms of later years read "1918–1920"."""
    joined: list[DateMention] = []
    for mention in mentions:
        before = joined[-1] if joined else None
        if (
            before is not None
            and _DASH_BETWEEN.fullmatch(sentence[before.offset + len(before.text) : mention.offset])
            and before.start <= mention.start
            and _first_millennium(before, mention)
        ):
            text = sentence[before.offset : mention.offset + len(mention.text)]
            joined[-1] = DateMention(text, before.offset, before.start, mention.end)
            continue
        year = _EARLY_YEAR_BEFORE.search(sentence, 0, mention.offset)
        if year is not None and f"{int(year.group(1)):04d}" <= mention.start and _first_millennium(mention):
            text = sentence[year.start(1) : mention.offset + len(mention.text)]
            mention = DateMention(text, year.start(1), f"{int(year.group(1)):04d}", mention.end)
        joined.extend(_with_the_year_after(sentence, mention) if _first_millennium(mention) else (mention,))
    return joined


_EARLY_SPAN_END = re.compile(r"\s(?:to|until|till)\s([1-9]\d{2})(?![\w.,]\d|\w)")
_EARLY_PAIR = re.compile(r"(?:,\s|\s(?:and|or)\s)([1-9]\d{2})(?![\w.,]\d|\w|\s(?:BC|B\.C|[a-z]+s\b))")
_SPAN_OPENING = re.compile(r"\b([Ff]rom|[Bb]etween)\s$")


def _with_the_year_after(sentence: str, mention: DateMention) -> tuple[DateMention, ...]:
    """A year of the first millennium with the bare year told after it: the span of "from 780 to 782", the
    second year of "in 805 and 806" (a date of its own: "When ...?" then has two answers)."""
    end = mention.offset + len(mention.text)
    opening = _SPAN_OPENING.search(sentence, 0, mention.offset)
    to = _EARLY_SPAN_END.match(sentence, end)
    if opening is not None and to is not None and f"{int(to.group(1)):04d}" > mention.end:
        text = sentence[opening.start(1) : to.end(1)]
        return (DateMention(text, opening.start(1), mention.start, f"{int(to.group(1)):04d}"),)
    pair = _EARLY_PAIR.match(sentence, end)
    if pair is None:
        return (mention,)
    year = f"{int(pair.group(1)):04d}"
    return mention, DateMention(pair.group(1), pair.start(1), year, year)


_WEEKDAY_OPENING = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+")
_CAPITALIZED_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][a-z]+\s$")


def _without_named_weekday(sentence: str, mention: DateMention) -> DateMention:
    """The date without a weekday that ends a name before it: "Black Tuesday, October 29, 1929" is the day
    "October 29, 1929" of "Black Tuesday" (blind read r32: "The sell-off panic started Black.")."""
    weekday = _WEEKDAY_OPENING.match(mention.text)
    if weekday is None or not _CAPITALIZED_BEFORE.search(sentence[: mention.offset]):
        return mention
    cut = weekday.end()
    return DateMention(mention.text[cut:], mention.offset + cut, mention.start, mention.end)


def _match_around(sentence: str, anchor: re.Match[str], covered: int, bc: bool) -> re.Match[str] | None:
    """The date that holds ``anchor``, if any (never one starting before ``covered``).

    Every form starts at the start of a word, so only those positions are tried, leftmost first.
    """
    first = anchor.group()[0]
    at = anchor.start()
    if first.isdigit():
        if anchor.end() - at == 1 and at >= 3 and sentence[at - 3 : at].lower() == "on ":
            match = _match_kind(sentence, anchor, covered, "short_year")
            if match is not None:
                return match
        if bc and (sentence.find("BC", at, at + _BC_REACH) >= 0 or sentence.find("B.C", at, at + _BC_REACH) >= 0):
            match = _match_kind(sentence, anchor, covered, "bc")
            if match is not None:
                return match  # else "in 1891 and 1200 BC": the first number is a year of its own
        kind = "digits"
    elif first in "ABC" and at >= 9 and sentence.startswith("llennium ", at - 9):
        kind = "millennium"
    else:
        kind = "century" if first in "Cc" else "ad" if first == "A" else "era"
    return _match_kind(sentence, anchor, covered, kind)


def _match_kind(sentence: str, anchor: re.Match[str], covered: int, kind: str) -> re.Match[str] | None:
    forms, back, ahead = _FORMS_BY_ANCHOR[kind]
    end = min(len(sentence), anchor.end() + ahead)
    starts = _DIGIT_FORM_START if kind == "digits" else _WORD_START
    for word in starts.finditer(sentence, max(covered, anchor.start() - back), anchor.start() + 1):
        match = forms.match(sentence, word.start(), end)
        if match is not None and match.end() > anchor.start():
            return match
    return None


def _ends_of_broken_range(match: re.Match[str]) -> list[DateMention]:
    """The ends of a range that runs backwards ("from 1994 to 1992"), each as a point where it can be one."""
    if match.lastgroup not in ("months", "span", "years") or (match.lastgroup == "years" and match["y_sep"] == "/"):
        return []
    if match.lastgroup == "months":  # "from May to March 2008": only the second end has a year
        text = match.string[match.start("ms_b") : match.end()]
        point = point_bounds(text)
        return [DateMention(text, match.start("ms_b"), point[0], point[1])] if point else []
    mentions = []
    for group in ("span_a", "span_b") if match.lastgroup == "span" else ("y_a", "y_b"):
        text = match[group]
        point = point_bounds(text) if text and len(text) >= 4 else None
        if point is not None:
            mentions.append(DateMention(text, match.start(group), point[0], point[1]))
    return mentions


def _is_quantity(sentence: str, match: re.Match[str]) -> bool:
    """True for four-digit numbers that count things ("1500 troops") or refer to things ("No. 1234")."""
    if match.lastgroup not in ("year", "years", "span", "early"):
        return False
    following = _NEXT_WORD.match(sentence, match.end())
    noun = following.group(1) if following else ""
    if noun.lower() in QUANTITY_NOUNS:
        return True
    if match.lastgroup == "early" and noun.islower() and noun.endswith("s") and not noun.endswith("ss"):
        return True  # "in 300 ships", "from 200 men": a count
    preceding = _PREVIOUS_WORD.search(sentence, max(0, match.start() - _WORD_REACH), match.start())
    before = preceding.group(1).lower() if preceding else ""
    if before in REFERENCE_WORDS:
        return True
    plural = noun.islower() and noun.endswith("s") and not noun.endswith("ss")
    if plural and before in ("and", "but") and _COUNTED_SUBJECT.match(sentence, match.end()):
        return True  # "..., and 1995 species have been tentatively identified": a count, the verb's subject (r107)
    # "some 1200 delegates", "more than 1500 houses": an approximate count of a plural noun
    return before in APPROXIMATORS and plural
