"""Days written without their year ("On April 20, Congress passed ...") and the year a reader gives them.

A history told day by day names its year once and then "On October 22", "On the night of February 15". Such a
day is a date when its year is plain from the text around it: a later date of the same sentence ("on April 9;
... on October 18, 1867"), else the last date with a year earlier in the same paragraph, else the year that
most of the document's days and months carry (a chronicle of one year), else the last year named earlier in
the same section, else the year of the last day or month named before it; a section whose title names one year
("September 1914: Everyone's Embassy") gives it to the days of its paragraphs that name none. A day whose year
cannot be told is left out.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass

from studyapp.extract.date_forms import DAY_TO, FULL_MONTH
from studyapp.extract.date_words import MONTHS
from studyapp.extract.model import DateMention

_SHORT_MONTH = r"(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\."
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
# A day and a month, never followed by a year (a full date is found elsewhere); counted only after a word that
# introduces a date ("on", "by", "of", "the October 29 issue") or a comma, so that "may" the verb and numbers of
# other kinds stay out.
# "November 5 to 9" and "5–9 November" are the days of a range: its last day is ``last``.
_DAY_FORM = re.compile(
    rf"(?<!\w)(?:(?P<m1>{FULL_MONTH}|{_SHORT_MONTH})\s(?P<d1>{_DAY})(?:{DAY_TO}(?P<l1>{_DAY}))?"
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
        if not _introduced(sentence, match.start()):
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
        self._last_in_section: dict[int, int] = {}
        self._fine_years: Counter[int] = Counter()
        self._last_fine: int | None = None

    def note(self, place: Place, mentions: list[DateMention]) -> None:
        """Record the dates of the next sentence (call in reading order, after :meth:`year_for` for it)."""
        for mention in mentions:
            year = _year(mention)
            if year is None:
                continue
            self._last_in_paragraph[place.section, place.paragraph] = year
            self._last_in_section[place.section] = year
            if len(mention.start.removeprefix("-")) >= 7:  # a month or a day
                self._fine_years[year] += 1
                self._last_fine = year

    def dominant(self) -> int | None:
        """The year most of the document's days and months carry, if it carries most of them."""
        if not self._fine_years:
            return None
        year, count = self._fine_years.most_common(1)[0]
        return year if count >= _DOMINANT_SHARE * sum(self._fine_years.values()) and count >= 3 else None

    def year_for(
        self,
        place: Place,
        day: Day,
        sentence_dates: list[DateMention],
        dominant: int | None,
        titled: int | None = None,
    ) -> int | None:
        """The year of ``day``: from its own sentence, its paragraph, the title of its section ("September
        1914: Everyone's Embassy": ``titled``), the whole document, its section, the last day or month named."""
        fine = [m for m in sentence_dates if len(m.start.removeprefix("-")) >= 7 and _year(m) is not None]
        later = [m for m in fine if m.offset > day.offset]
        if later or fine:
            return _year((later or fine)[0])
        year = self._last_in_paragraph.get((place.section, place.paragraph), titled)
        if year is None:
            year = dominant if dominant is not None else self._last_in_section.get(place.section, self._last_fine)
        return year if year is not None and _exists(year, day.month, day.day) else None


def title_year(mentions: list[DateMention]) -> int | None:
    """The one year a title names ("September 1914: Everyone's Embassy"), None for none or a span of years."""
    years = {_year(m) for m in mentions}
    return years.pop() if len(years) == 1 else None


def day_mention(day: Day, year: int) -> DateMention:
    stamp = f"{year:04d}-{day.month:02d}-{day.day:02d}"
    last = stamp if day.last is None else f"{year:04d}-{day.month:02d}-{day.last:02d}"
    return DateMention(day.text, day.offset, stamp, last)


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
