"""Days written without their year ("On April 20, Congress passed ...") and the year a reader gives them.

A history told day by day names its year once and then "On October 22", "On the night of February 15". Such a day is
a date when its year is plain from the text around it, read as a historian reads it: the year the story has reached
where the day stands, that is the last year named before it in the same sentence, else the year of a day of the same
month the paragraph named ("On 23 May 1906 ... in March 1900. When, on 22 May, ..."), unless a later year came since,
else the last year of the same paragraph (a day dated so counts too; a later year the sentence names after the day
wins over an older one), else the one year the title of its section names ("September 1914: Everyone's Embassy").
Where nothing before it gives one, a day or month named later in the same sentence does ("on April 9; ... on October
18, 1867"), unless the day would then come after it; else the year that most of the document's days and months carry
(a chronicle of one year), else, as a guess that items neither state nor order by (blind read r41), the last year
named earlier in the same section (unless the text gave that day another year before: "on 4 October" of a launch told
as "4 October 1957" is no day of the 1960 campaign a paragraph before), else the year of the last day or month named.
Asides never lend their year (``asides``: "In a 2010 interview", "until ... early 1915"). A day whose year cannot be
told is left out.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections import Counter
from dataclasses import dataclass

from studyapp.extract.asides import is_aside
from studyapp.extract.date_forms import DAY_TO, FULL_MONTH, WEEKDAY
from studyapp.extract.date_words import MONTHS
from studyapp.extract.model import DateMention

_SHORT_MONTH = r"(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\."
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
# A day and a month, never followed by a year (a full date is found elsewhere); counted only after a word that
# introduces a date ("on", "by", "of", "the October 29 issue"), a comma or its weekday ("Sunday, September 27"),
# so that "may" the verb and numbers of other kinds stay out.
# "November 5 to 9" and "5–9 November" are the days of a range: its last day is ``last``.
_DAY_FORM = re.compile(
    rf"(?<!\w)(?P<weekday>{WEEKDAY})?(?:(?P<m1>{FULL_MONTH}|{_SHORT_MONTH})\s(?P<d1>{_DAY})(?:{DAY_TO}(?P<l1>{_DAY}))?"
    rf"|(?P<d2>{_DAY})(?:{DAY_TO}(?P<l2>{_DAY}))?\s(?P<m2>{FULL_MONTH}))"
    rf"(?![\w:]|,?\s(?:of\s)?\d|[-–]\d)"
)
_INTRODUCERS = frozenset(
    [
        "on",
        "by",
        "of",
        "until",
        "till",
        "since",
        "from",
        "to",
        "and",
        "through",
        "throughout",
        "between",
        "before",
        "after",
        "the",
        "a",
        "dated",
    ]
)
_BEFORE = re.compile(r"(\w+)\s$")
_DOMINANT_SHARE = 0.6  # a year carried by this share of the document's days and months dates a lone day


@dataclass(frozen=True)
class Day:
    """A day and month written without a year, where it stands in its sentence."""

    text: str
    offset: int
    month: int
    day: int
    last: int | None = None  # the last day of "November 5 to 9"


def find_days(sentence: str, taken: list[DateMention]) -> list[Day]:
    """The days without a year in ``sentence`` that lie outside the dates already found (``taken``)."""
    days = []
    for match in _DAY_FORM.finditer(sentence):
        if match["weekday"] is None and not _introduced(sentence, match.start()):
            continue
        if any(m.offset <= match.start() < m.offset + len(m.text) for m in taken):
            continue
        month = MONTHS[(match["m1"] or match["m2"]).rstrip(".").lower()]
        day = int((match["d1"] or match["d2"]).rstrip("stndrh"))
        last_text = match["l1"] or match["l2"]
        last = int(last_text.rstrip("stndrh")) if last_text else None
        # (2000 is a leap year: 29 February is a day)
        if not _exists(2000, month, day) or (last is not None and (last <= day or not _exists(2000, month, last))):
            continue
        days.append(Day(match.group(), match.start(), month, day, last))
    return days


def _introduced(sentence: str, start: int) -> bool:
    """A day that opens the sentence or follows a comma, a parenthesis or a word that introduces a date."""
    before = sentence[max(0, start - 12) : start]
    if not before.strip() or before.endswith(("(", ", ")):
        return True
    word = _BEFORE.search(before)
    return word is not None and word.group(1).lower() in _INTRODUCERS


@dataclass(frozen=True)
class Place:
    """Where a sentence stands: its section and paragraph (as numbers in reading order)."""

    section: int
    paragraph: int


class YearGuide:
    """The years a document names, in reading order, to date the days it writes without one."""

    def __init__(self) -> None:
        self._last_in_paragraph: dict[tuple[int, int], int] = {}
        self._days_in_paragraph: dict[tuple[int, int, int], int] = {}  # (section, paragraph, month): its year
        self._last_in_section: dict[int, int] = {}
        self._years_of_day: dict[tuple[int, int], set[int]] = {}  # (month, day): the years the text gave it
        self._fine_years: Counter[int] = Counter()
        self._last_fine: int | None = None

    def note(self, place: Place, sentence: str, mentions: list[DateMention]) -> None:
        """Record the dates of the next sentence (call in reading order). Its asides, and days whose year was only
        guessed, are passed over."""
        for mention in sorted(mentions, key=lambda m: m.offset):
            year = _year(mention)
            if year is None or mention.guessed or is_aside(sentence, mention):
                continue
            self._last_in_paragraph[place.section, place.paragraph] = year
            self._last_in_section[place.section] = year
            if len(mention.start) == len("yyyy-mm-dd") and mention.start[:7] == mention.end[:7]:
                self._days_in_paragraph[place.section, place.paragraph, int(mention.start[5:7])] = year
                if mention.start == mention.end:
                    day = (int(mention.start[5:7]), int(mention.start[8:]))
                    self._years_of_day.setdefault(day, set()).add(year)
            if _is_fine(mention):
                self._fine_years[year] += 1
                self._last_fine = year

    def dominant(self) -> int | None:
        """The year most of the document's days and months carry, if it carries most of them."""
        if not self._fine_years:
            return None
        year, count = self._fine_years.most_common(1)[0]
        return year if count >= _DOMINANT_SHARE * sum(self._fine_years.values()) and count >= 3 else None

    def date_days(
        self,
        place: Place,
        sentence: str,
        mentions: list[DateMention],
        days: list[Day],
        dominant: int | None,
        titled: int | None = None,
    ) -> list[DateMention]:
        """The ``days`` of the next sentence (its dates: ``mentions``) dated where their year can be told;
        then the sentence is recorded, its dated days with it (call in reading order)."""
        told = sorted(
            (m for m in mentions if _year(m) is not None and not is_aside(sentence, m) and not _backstory(sentence, m)),
            key=_offset,
        )
        dated = []
        for day in sorted(days, key=lambda d: d.offset):
            if _told_as_before(sentence, day) and not any(m.offset < day.offset for m in told):
                continue  # "Dubček, who had been arrested on the night of 20 August": before the story's year
            year, guessed = self._year_for(place, day, told, dominant, titled)
            if year is not None and _exists(year, day.month, day.day):
                mention = dataclasses.replace(day_mention(day, year), guessed=guessed)
                dated.append(mention)
                told = sorted([*told, mention], key=_offset)
        self.note(place, sentence, [*mentions, *dated])
        return dated

    def _year_for(
        self, place: Place, day: Day, told: list[DateMention], dominant: int | None, titled: int | None
    ) -> tuple[int | None, bool]:
        """The year of the story where ``day`` stands, and whether it is only guessed: the last year named before it
        in its sentence, else the year of a day of the same month its paragraph named unless a later year came since,
        else the last year of its paragraph (or a later year its sentence names after it), else in the title of its
        section ("September 1914: Everyone's Embassy": ``titled``); else a day or month named later in its sentence,
        when the day can come before it ("on April 9; ... on October 18, 1867", but not "on November 4, ... until ...
        October 1915"); else the year of the whole document (guessed, that of its section where the section has gone
        on to the next year); else, guessed, that of its section or of the last day or month named."""
        before = [m for m in told if m.offset < day.offset]
        if before:
            return _year(before[-1]), before[-1].guessed
        same_month = self._days_in_paragraph.get((place.section, place.paragraph, day.month))
        year = self._last_in_paragraph.get((place.section, place.paragraph), titled)
        if same_month is not None and (year is None or same_month >= year):
            return same_month, False  # "On 23 May 1906, Ibsen died ... in March 1900. When, on 22 May, ..." (r31);
            # not where the story has gone on since: "On 20 August 1968, ... on 15 July 1971, ... On 6 August a
            # letter was sent" is of 1971 (held-out read r149)
        if year is not None:
            # a later year of the same sentence beats an older one of the paragraph: "58 years earlier, in 1636,
            # ... The royal charter was granted on 27 July through the passage of the Tonnage Act 1694" (r29)
            sentence_years = [_year(m) for m in told if m.offset > day.offset]
            return max([year, *(y for y in sentence_years if y is not None)]), False
        later = next((m for m in told if m.offset > day.offset and _is_fine(m)), None)
        if later is not None and _comes_before(day, later):
            return _year(later), False
        guess = self._last_in_section.get(place.section, self._last_fine)
        if dominant is not None:
            # the year of the whole document, unless its section has gone on to the next: "On 22 January, Paulus
            # requested ..." after "16 January 1943" in an account of 1942 (blind read r58): then only a guess
            return (guess, True) if guess == dominant + 1 else (dominant, False)
        known = self._years_of_day.get((day.month, day.day), set())
        if known and guess not in known:
            return None, True  # "on 4 October" after "the 1960 campaign", where the text told of "4 October 1957" (r39)
        # a year from a paragraph before: read r41 found such years wrong in a third of cases ("On 19 March, the King
        # gave his opening speech" dated 2008 by a source cited before it)
        return guess, True


# "had been arrested on", "had arrived by": a past perfect right before the day
_PAST_PERFECT = re.compile(r"\bhad\s+(?:been\s+|already\s+|not\s+)?\w+\s+(?:\w+\s+){0,4}$")


def _backstory(sentence: str, mention: DateMention) -> bool:
    """A year told in the past perfect, a time before the story's: "the government repeated declarations it had made in
    1957 that ..., but Nasser closed the Straits on 22–23 May" is no May of 1957 (blind read r62)."""
    return bool(_PAST_PERFECT.search(sentence[: mention.offset]))


def _told_as_before(sentence: str, day: Day) -> bool:
    """The day is told in the past perfect, as a time before the one the story has reached: the year around
    it is not its year (blind read r29: "who had been arrested on the night of 20 August" in a paragraph of
    1969, a year after)."""
    return bool(_PAST_PERFECT.search(sentence[: day.offset]))


def title_year(mentions: list[DateMention]) -> int | None:
    """The one year a title names ("September 1914: Everyone's Embassy"), None for none or a span of years."""
    years = {_year(m) for m in mentions}
    return years.pop() if len(years) == 1 else None


def day_mention(day: Day, year: int) -> DateMention:
    stamp = f"{year:04d}-{day.month:02d}-{day.day:02d}"
    last = stamp if day.last is None else f"{year:04d}-{day.month:02d}-{day.last:02d}"
    return DateMention(day.text, day.offset, stamp, last)


def _offset(mention: DateMention) -> int:
    return mention.offset


def _is_fine(mention: DateMention) -> bool:
    """A month or a day, not a bare year."""
    return len(mention.start.removeprefix("-")) >= 7


def _comes_before(day: Day, later: DateMention) -> bool:
    """Whether ``day``, in the year of ``later``, falls on or before the end of it (a day or a month)."""
    month, _, last_day = later.end[5:].partition("-")
    return (day.month, day.day) <= (int(month), int(last_day) if last_day else 31)


def _year(mention: DateMention) -> int | None:
    if mention.start[:4] != mention.end[:4] or mention.start.startswith("-"):
        return None  # a range over years, or a year before Christ, dates no lone day
    return int(mention.start[:4])


def _exists(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True
