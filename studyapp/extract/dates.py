"""Find the dates written in a sentence and say what they mean.

``find_dates`` is a pure function. One cheap pass finds *anchors* (three digits, "centur", an era's
keyword); around each anchor a precompiled pattern, whose alternatives are tried longest form first, finds
the date that holds it, so a date inside a bigger one (the "1918" of "May 28, 1918", the "1992" of "From
1992 to 1994") is never reported on its own. Windows are bounded and every repetition is bounded, so the
time is linear in the length of the text.

Normalized bounds are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (years zero-padded to four digits). A range,
a decade, a century and an era span from their first to their last year. A year of the first millennium
counts when it is marked "AD 79" or "79 CE". A year before Christ counts when it is marked ("89 BC", "c. 500
BCE", "between 218 and 201 BC", "the 6th century BC", "the third millennium BC") and is written as an
astronomical year with a sign (ISO 8601 expanded form): 1 BC is ``0000``, 2 BC ``-0001``, 89 BC ``-0088``.
A day and month with a short unmarked year count only after "on" and before punctuation ("on 5 February 62,").
"""
from __future__ import annotations

import datetime
import re

from studyapp.extract.date_words import (
    APPROXIMATORS, CENTURY_PARTS, DECADE_PARTS, MONTHS, ORDINALS, QUANTITY_NOUNS, REFERENCE_WORDS,
)
from studyapp.extract.eras import ERAS
from studyapp.extract.model import DateMention

_YEAR = r"(?:1\d{3}|20\d{2})"
_YEAR_BEFORE = r"(?<![\w$£€¥\\#/.,:])(?<!\d[-–—])"
_YEAR_AFTER = r"(?!\w|[.,]\d|%|[-–]\d|\s?(?:BCE?\b|B\.C\.))"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_ORDINAL = (
    r"(?i:twenty[- ]first|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
    r"|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    r"|[12]?\d(?:st|nd|rd|th))"
)
_CENTURY_PART = (
    r"(?i:(?:the\s)?(?:early|mid-?|late|(?:beginning|start|turn|middle|end|(?:first|second)\shalf)\sof\sthe))"
)
_BC_MARK = r"(?:BCE?|B\.C\.(?:E\.)?)(?!\w)"
_ERA_MARK = rf"(?:{_BC_MARK}|(?:AD|CE|A\.D\.|C\.E\.)(?!\w))"

_FULL_MDY = rf"{_MONTH}\s{_DAY},?\s{_YEAR}{_YEAR_AFTER}"
_FULL_DMY = rf"{_DAY}\s(?:of\s)?{_MONTH},?\s{_YEAR}{_YEAR_AFTER}"
_MONTH_YEAR = rf"{_MONTH},?\s(?:of\s)?{_YEAR}{_YEAR_AFTER}"
_POINT = rf"(?:{_FULL_MDY}|{_FULL_DMY}|{_MONTH_YEAR}|{_YEAR_BEFORE}{_YEAR}{_YEAR_AFTER})"

_ERA_NAMES = "|".join(name for era in ERAS for name in era.names)
_AD = r"(?:AD|A\.D\.)"
_AD_AFTER = r"(?:AD|A\.D\.|CE|C\.E\.)"
_EARLY_YEAR = r"[1-9]\d{0,3}"  # "AD 79": a year of the first millennium, marked as such
_APPROX = r"(?:(?i:c\.|ca\.|circa)\s?)?"  # "c. 1709", "c. 500 BCE"
_BC_YEAR = r"(?:[1-9]\d?,\d{3}|[1-9]\d{0,3})"  # "89 BC", "10,000 BC"

_DIGIT_FORMS = (
    ("span", rf"\b(?i:from|between)\s(?P<span_a>{_POINT})\s(?:to|until|till|through|and|[-–—])\s"
             rf"(?P<span_b>{_POINT})"),
    ("months", rf"\b(?:(?i:from|between)\s)?(?P<ms_a>{_MONTH})\s?(?:to|until|till|through|and|[-–—])\s?"
               rf"(?P<ms_b>{_MONTH}),?\s(?P<ms_year>{_YEAR}){_YEAR_AFTER}"),
    ("ad_after", rf"{_APPROX}(?<![\w.,])(?P<adx_year>{_EARLY_YEAR})\s?{_AD_AFTER}(?!\w)"),
    ("iso", rf"(?<![\w-])(?P<iso_text>{_YEAR}-[01]\d-[0-3]\d)(?![\w-])"),
    ("full", rf"(?<!\w)(?:{_FULL_MDY}|{_FULL_DMY})"),
    ("month", rf"\b{_MONTH_YEAR}"),
    ("season", rf"\b(?i:spring|summer|autumn|fall|winter),?\s(?:of\s)?(?P<season_year>{_YEAR}){_YEAR_AFTER}"),
    ("decade", rf"(?<![\w-])(?:(?P<d_part>(?i:(?:the\s)?(?:early|mid|late)))[\s-]?)?(?i:the\s)?"
               rf"(?P<d_year>1\d{{2}}0|20\d0)'?s\b"),
    ("years", rf"{_YEAR_BEFORE}(?P<y_a>{_YEAR})\s?[-–—/]\s?(?P<y_b>{_YEAR}|\d\d)(?![\w.,]\d|\w)"),
    ("year", rf"(?:(?i:c\.|ca\.|circa)\s?)?{_YEAR_BEFORE}(?P<year_text>{_YEAR}){_YEAR_AFTER}"),  # "c. 1709"
)
_CENTURY_FORMS = (
    ("centuries", rf"\b(?i:the\s)?(?P<cs_a>{_ORDINAL})(?:\sand\s|\s?[-–]\s?|\sto\s)(?i:the\s)?"
                  rf"(?P<cs_b>{_ORDINAL})\scenturies\b(?:\s?(?P<cs_bc>{_BC_MARK}))?"),
    ("century", rf"\b(?:(?P<c_part>{_CENTURY_PART})\s?)?(?i:the\s)?(?P<c_ord>{_ORDINAL})[\s-]century\b"
                rf"(?:\s?(?P<c_bc>{_BC_MARK}))?"),
)
_MILLENNIUM_FORMS = (
    ("millennium", rf"\b(?:(?P<mi_part>{_CENTURY_PART})\s?)?(?i:the\s)?(?P<mi_ord>{_ORDINAL})[\s-]millennium\s?"
                   rf"(?P<mi_era>{_ERA_MARK})"),  # only with its era: "the third millennium" may be AD or BC
)
_AD_FORMS = (
    ("ad", rf"{_APPROX}(?<!\w)(?:(?P<ad_day>{_DAY})\s(?:of\s)?(?P<ad_month>{_MONTH}),?\s|(?P<ad_month_only>{_MONTH}),?\s)?"
           rf"{_AD}\s?(?P<ad_year>{_EARLY_YEAR})(?![\w.,]\d|\w)"),
)
_BC_FORMS = (
    # "from 218 to 201 BC", "between 264 BC and 146 BC", "from 27 BC to AD 14"
    ("bc_span", rf"\b(?i:from|between)\s(?P<bs_a>{_BC_YEAR})(?:\s?(?P<bs_a_bc>{_BC_MARK}))?\s"
                rf"(?:to|until|till|through|and|[-–—])\s(?:(?P<bs_b_ad>{_AD})\s?)?(?P<bs_b>{_BC_YEAR})"
                rf"(?(bs_b_ad)(?![\w.,]\d|\w)|\s?(?:(?P<bs_b_bc>{_BC_MARK})|{_AD_AFTER}(?!\w)))"),
    ("bc_years", rf"(?<![\w.,])(?P<by_a>{_BC_YEAR})\s?[-–—]\s?(?P<by_b>{_BC_YEAR})\s?{_BC_MARK}"),
    ("bc", rf"{_APPROX}(?<![\w.,])(?:(?P<bc_day>{_DAY})\s(?:of\s)?(?P<bc_month>{_MONTH}),?\s"
           rf"|(?P<bc_month_only>{_MONTH}),?\s)?(?P<bc_year>{_BC_YEAR})\s?{_BC_MARK}"),
)
# "on 5 February 62, ...": a day, a full month name and a short year read as a date only after "on" and before
# punctuation ("on 5 February 62 people" counts people).
_FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_SHORT_YEAR_AFTER = r"(?=[,;:)]|\.(?:\s|$)|$)"
_SHORT_YEAR_FORMS = (
    ("short_year", rf"(?P<sy_day>{_DAY})\s(?P<sy_month>{_FULL_MONTH})\s(?P<sy_year>[1-9]\d{{0,2}}){_SHORT_YEAR_AFTER}"),
)
_ERA_FORMS = (("era", rf"(?<![-\w])(?:[Tt]he\s)?(?P<era_text>{_ERA_NAMES})(?!\w)"),)


def _compiled(forms: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
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
_SHORT_YEAR_DAY = rf"(?<=[Oo]n\s[1-9])(?=\d?\s{_FULL_MONTH}\s[1-9]\d{{0,2}}{_SHORT_YEAR_AFTER})"
_ANCHOR_BASE = (rf"[0-9](?<!\w.)(?:[0-9]{{2}}|{_SHORT_YEAR_DAY})|[Cc]entur|W(?:ar|W)|Depression|Revolution|nter-?war"
                r"|A(?=\.?D\.?\s?[1-9])|[1-9](?<!\w.)(?=\d{0,2}\s?(?:AD|A\.D\.|CE|C\.E\.)(?!\w))")
_ANCHOR_BC = r"|[1-9](?<!\w.)(?=\d?\s?B\.?C)"
_ANCHOR_MILLENNIUM = r"|[ABC](?<=llennium [ABC])"
_ANCHORS = {  # (holds a BC mark, holds a millennium) -> anchor pattern
    (bc, millennium): re.compile(_ANCHOR_BASE + (_ANCHOR_BC if bc else "")
                                 + (_ANCHOR_MILLENNIUM if millennium else ""))
    for bc in (False, True) for millennium in (False, True)
}
_BC_REACH = 32  # from the first number of a BC date to its mark: "between 1200 BC and 1150 BC"
# anchor kind -> (forms, characters to look back, characters to look ahead)
_FORMS_BY_ANCHOR = {
    "digits": (_compiled(_DIGIT_FORMS), 28, 48),
    "century": (_compiled(_CENTURY_FORMS), 56, 12),
    "millennium": (_compiled(_MILLENNIUM_FORMS), 60, 8),  # anchored on the era mark after "millennium"
    "era": (_compiled(_ERA_FORMS), 32, 12),
    "ad": (_compiled(_AD_FORMS), 20, 12),
    "bc": (_compiled(_BC_FORMS), 24, _BC_REACH + 12),
    "short_year": (_compiled(_SHORT_YEAR_FORMS), 0, 20),
}
_POINT_PARTS = re.compile(
    rf"(?:(?P<m1>{_MONTH})\s(?P<d1>{_DAY}),?\s|(?P<d2>{_DAY})\s(?:of\s)?(?P<m2>{_MONTH}),?\s"
    rf"|(?P<m3>{_MONTH}),?\s(?:of\s)?)?(?P<y>{_YEAR})"
)
_NEXT_WORD = re.compile(r"\s{0,3}-?(%|[A-Za-z]{1,20})")  # "1500 troops", "a 1000-year history"
_PREVIOUS_WORD = re.compile(r"(\S{1,20})\s{0,3}$")
_WORD_REACH = 24
_WORD_START = re.compile(r"(?<!\w)\w")
_ERA_MATCHERS = tuple((re.compile(rf"(?:{'|'.join(era.names)})"), era) for era in ERAS)


def find_dates(sentence: str) -> list[DateMention]:
    """Every date written in ``sentence``, in order, none inside another.

    Args:
        sentence: one sentence of clean text.

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
        if match is None:
            continue
        covered = match.end()
        if _is_quantity(sentence, match):
            continue
        bounds = _bounds(match)
        if bounds is not None:
            mentions.append(DateMention(match.group(), match.start(), bounds[0], bounds[1]))
        else:
            mentions.extend(_ends_of_broken_range(match))
    return mentions


def _match_around(sentence: str, anchor: re.Match[str], covered: int, bc: bool) -> re.Match[str] | None:
    """The date that holds ``anchor``, if any (never one starting before ``covered``).

    Every form starts at the start of a word, so only those positions are tried, leftmost first.
    """
    first = anchor.group()[0]
    at = anchor.start()
    if first.isdigit():
        if anchor.end() - at == 1 and at >= 3 and sentence[at - 3:at].lower() == "on ":
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
    for word in _WORD_START.finditer(sentence, max(covered, anchor.start() - back), anchor.start() + 1):
        match = forms.match(sentence, word.start(), end)
        if match is not None and match.end() > anchor.start():
            return match
    return None


def _ends_of_broken_range(match: re.Match[str]) -> list[DateMention]:
    """The ends of a range that runs backwards ("from 1994 to 1992"), each as a point where it can be one."""
    if match.lastgroup not in ("months", "span", "years"):
        return []
    if match.lastgroup == "months":  # "from May to March 2008": only the second end has a year
        text = match.string[match.start("ms_b"):match.end()]
        point = _point(text)
        return [DateMention(text, match.start("ms_b"), point[0], point[1])] if point else []
    mentions = []
    for group in ("span_a", "span_b") if match.lastgroup == "span" else ("y_a", "y_b"):
        text = match[group]
        point = _point(text) if text and len(text) >= 4 else None
        if point is not None:
            mentions.append(DateMention(text, match.start(group), point[0], point[1]))
    return mentions


def _bounds(match: re.Match[str]) -> tuple[str, str] | None:
    kind = match.lastgroup
    if kind == "span":
        first, last = _point(match["span_a"]), _point(match["span_b"])
        if first is None or last is None or last[1] < first[0]:
            return None
        return first[0], last[1]
    if kind == "months":
        year = int(match["ms_year"])
        first, last = (MONTHS[match[g].rstrip(".").lower()] for g in ("ms_a", "ms_b"))
        return (f"{year:04d}-{first:02d}", f"{year:04d}-{last:02d}") if first < last else None
    if kind == "iso":
        return _checked_day(match["iso_text"])
    if kind == "ad_after":
        return _years(int(match["adx_year"]), int(match["adx_year"]))
    if kind == "ad":
        return _early_point(int(match["ad_year"]), match["ad_month"] or match["ad_month_only"], match["ad_day"])
    if kind in ("full", "month"):
        return _point(match.group())
    if kind == "season":
        return _years(int(match["season_year"]), int(match["season_year"]))
    if kind == "centuries":
        bc = match["cs_bc"] is not None
        first, last = _century(match["cs_a"], None, bc=bc), _century(match["cs_b"], None, bc=bc)
        return (first[0], last[1]) if first and last and _year_of(first[0]) <= _year_of(last[0]) else None
    if kind == "century":
        return _century(match["c_ord"], match["c_part"], bc=match["c_bc"] is not None)
    if kind == "millennium":
        return _millennium(match["mi_ord"], match["mi_part"], bc=match["mi_era"].startswith("B"))
    if kind == "short_year":
        return _early_point(int(match["sy_year"]), match["sy_month"], match["sy_day"])
    if kind in ("bc_span", "bc_years", "bc"):
        return _bc_bounds(match)
    if kind == "decade":
        return _decade(int(match["d_year"]), match["d_part"])
    if kind == "era":
        return _era(match["era_text"])
    if kind == "years":
        return _year_range(match["y_a"], match["y_b"])
    return _years(int(match["year_text"]), int(match["year_text"]))


def _point(text: str) -> tuple[str, str] | None:
    parts = _POINT_PARTS.search(text)
    if parts is None:
        return None
    year = int(parts["y"])
    month_name = parts["m1"] or parts["m2"] or parts["m3"]
    day_text = parts["d1"] or parts["d2"]
    if month_name is None:
        return _years(year, year)
    month = MONTHS[month_name.rstrip(".").lower()]
    if day_text is None:
        return (f"{year:04d}-{month:02d}",) * 2
    day = int(day_text.rstrip("stndrh"))
    return _checked_day(f"{year:04d}-{month:02d}-{day:02d}") or (f"{year:04d}-{month:02d}",) * 2


def _early_point(year: int, month_name: str | None, day_text: str | None) -> tuple[str, str] | None:
    """"24 August AD 79" -> 0079-08-24; "AD 79" -> 0079."""
    if month_name is None:
        return _years(year, year)
    month = MONTHS[month_name.rstrip(".").lower()]
    if day_text is None:
        return (f"{year:04d}-{month:02d}",) * 2
    day = int(day_text.rstrip("stndrh"))
    return _checked_day(f"{year:04d}-{month:02d}-{day:02d}") or (f"{year:04d}-{month:02d}",) * 2


def _checked_day(text: str) -> tuple[str, str] | None:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return None
    return text, text


def _years(first: int, last: int) -> tuple[str, str]:
    return _year_text(first), _year_text(last)


def _year_text(year: int) -> str:
    """An astronomical year as ISO 8601 writes it: ``0079``, ``0000`` (1 BC), ``-0088`` (89 BC)."""
    return f"{year:04d}" if year >= 0 else f"-{-year:04d}"


def _number(text: str) -> int:
    return int(text.replace(",", ""))


def _year_of(bound: str) -> int:
    return -int(bound[1:5]) if bound.startswith("-") else int(bound[:4])


def _bc_bounds(match: re.Match[str]) -> tuple[str, str] | None:
    """A date marked BC: "89 BC" -> -0088; "15 March 44 BC" -> -0043-03-15; "218-201 BC" -> -0217/-0200."""
    kind = match.lastgroup
    if kind == "bc":
        year = 1 - _number(match["bc_year"])
        month_name = match["bc_month"] or match["bc_month_only"]
        if month_name is None:
            return _years(year, year)
        month = MONTHS[month_name.rstrip(".").lower()]
        if match["bc_day"] is None:
            return (f"{_year_text(year)}-{month:02d}",) * 2
        day = int(match["bc_day"].rstrip("stndrh"))
        # the Julian calendar had no day the proleptic Gregorian lacks but 29 February of some years
        if not _checked_day(f"{abs(year) % 400 + 2000:04d}-{month:02d}-{day:02d}"):
            return (f"{_year_text(year)}-{month:02d}",) * 2
        return (f"{_year_text(year)}-{month:02d}-{day:02d}",) * 2
    if kind == "bc_years":
        first, last = 1 - _number(match["by_a"]), 1 - _number(match["by_b"])
    else:
        first = 1 - _number(match["bs_a"])
        if match["bs_b_bc"] is not None:
            last = 1 - _number(match["bs_b"])
        elif match["bs_a_bc"] is not None and "," not in match["bs_b"]:  # "from 27 BC to AD 14": AD
            last = int(match["bs_b"])
        else:
            return None
    return _years(first, last) if first < last else None


def _year_range(first_text: str, last_text: str) -> tuple[str, str] | None:
    first = int(first_text)
    last = int(last_text) if len(last_text) == 4 else first // 100 * 100 + int(last_text)
    if last <= first:
        return None
    return _years(first, last)


def _ordinal_number(ordinal: str) -> int:
    words = ordinal.lower().replace("-", " ")
    return ORDINALS.get(words) or (int(words[:-2]) if words[:-2].isdigit() else 0)


def _part_offsets(part: str | None) -> tuple[int, int]:
    if not part:
        return 0, 99
    return CENTURY_PARTS[" ".join(part.lower().rstrip("-").split()).removeprefix("the ")]


def _century(ordinal: str, part: str | None, *, bc: bool = False) -> tuple[str, str] | None:
    """"the 19th century" -> 1801-1900; "the 6th century BC" (600-501 BC) -> -0599/-0500."""
    number = _ordinal_number(ordinal)
    if not 1 <= number <= (29 if bc else 21):
        return None
    first = 1 - number * 100 if bc else (number - 1) * 100 + 1
    offsets = _part_offsets(part)
    low = first + offsets[0]
    return _years(low if bc else max(low, 1), first + offsets[1])


def _millennium(ordinal: str, part: str | None, *, bc: bool) -> tuple[str, str] | None:
    """"the third millennium BC" (3000-2001 BC) -> -2999/-2000; "the first millennium AD" -> 0001/1000."""
    number = _ordinal_number(ordinal)
    if not 1 <= number <= (9 if bc else 3):
        return None
    first = 1 - number * 1000 if bc else (number - 1) * 1000 + 1
    offsets = _part_offsets(part)
    low = first + offsets[0] * 10
    return _years(low if bc else max(low, 1), first + offsets[1] * 10 + 9)


def _decade(year: int, part: str | None) -> tuple[str, str]:
    if year % 100 == 0 and year < 2000:
        whole = (year, year + 99)  # "the 1800s" is the whole hundred years
        if part:
            offsets = CENTURY_PARTS[part.lower().removeprefix("the ").strip()]
            return _years(year + offsets[0], min(year + offsets[1], year + 99))
        return _years(*whole)
    offsets = DECADE_PARTS[part.lower().removeprefix("the ").strip()] if part else (0, 9)
    return _years(year + offsets[0], year + offsets[1])


def _era(text: str) -> tuple[str, str] | None:
    for matcher, era in _ERA_MATCHERS:
        if matcher.fullmatch(text):
            return _years(era.start, era.end)
    return None


def _is_quantity(sentence: str, match: re.Match[str]) -> bool:
    """True for four-digit numbers that count things ("1500 troops") or refer to things ("No. 1234")."""
    if match.lastgroup not in ("year", "years", "span"):
        return False
    following = _NEXT_WORD.match(sentence, match.end())
    noun = following.group(1) if following else ""
    if noun.lower() in QUANTITY_NOUNS:
        return True
    preceding = _PREVIOUS_WORD.search(sentence, max(0, match.start() - _WORD_REACH), match.start())
    before = preceding.group(1).lower() if preceding else ""
    if before in REFERENCE_WORDS:
        return True
    # "some 1200 delegates", "more than 1500 houses": an approximate count of a plural noun
    return before in APPROXIMATORS and noun.islower() and noun.endswith("s") and not noun.endswith("ss")
