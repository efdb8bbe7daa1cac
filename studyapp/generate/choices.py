"""Wrong dates for a multiple-choice question: same granularity, same written form, plausibly near.

Candidates come first from the other dates of the article (grouped by granularity once, then picked by
distance with a bisect), then from nearby generated dates. A wrong choice is never the answer, never equal in
meaning to it, and never a date the same sentence mentions (that would be a second right-looking answer).
Every choice is written in the answer's own form: "12 March 2003" gets "12 April 2003", not "April 12, 2003".
A date before Christ gets dates before Christ ("89 BC" -> "91 BC", "the 6th century BC" -> "the 5th century
BC"), an AD date gets AD dates: a wrong choice never crosses the start of the era.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Iterable, Iterator

from studyapp.extract.date_forms import WEEKDAY
from studyapp.extract.date_words import MONTHS, ORDINALS
from studyapp.extract.model import DatedFact, DateMention
from studyapp.generate.ids import shuffled
from studyapp.generate.spans import Day, disjoint, first_day, last_day
from studyapp.text.months import MONTH_NAMES

WRONG_CHOICES = 3
# A year as the answer writes it; a first-millennium year only with its era ("AD 79", "79 CE").
_YEAR = re.compile(r"(?<!\d)(1\d{3}|20\d{2}|(?<=AD )[1-9]\d{0,2}|[1-9]\d{0,2}(?= (?:AD|CE)\b))(?!\d)")
# A year of a date marked BC: the number before the mark, or the first number of a BC range ("218-201 BC").
_BC_YEAR = re.compile(
    r"(?<![\w.,])(?:[1-9]\d?,\d{3}|[1-9]\d{0,3})(?=\s?(?:BCE?|B\.C\.)(?!\w)|\s?[-–—]\s?[1-9]"
    r"|\s(?:to|and|until|till|through)\s[1-9])"
)
# A short year with no era mark, read as a date by its form ("5 February 62"): the last number.
_SHORT_YEAR = re.compile(r"(?<=[A-Za-z] )[1-9]\d{0,2}(?!\d)(?!.*\d)")
_BC_MARK = re.compile(r"(?<![\w.])(?:BCE?|B\.C\.)(?!\w)")
_SECOND_YEAR = re.compile(r"(?<=[-–—/])\s?(\d\d)(?!\d)")
_MONTH = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b(\.?)", re.IGNORECASE)
_WEEKDAY = re.compile(WEEKDAY)  # "Sunday, September 27, 1914": choices are written without it
_DAY = re.compile(r"(?<![\d,])\b([0-3]?\d)(st|nd|rd|th)?\b(?![\d,]\d)")
# an ordinal that numbers a century, not a half of it ("the first half of the 20th century")
_ORDINAL_WORD = re.compile(
    r"\b(" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r")\b(?!\s+half)", re.IGNORECASE
)
_ORDINAL_NUMBER = re.compile(r"\b([12]?\d)(st|nd|rd|th)\b")
_NUMBER_WORDS = {number: word for word, number in ORDINALS.items() if " " not in word}
_NEAREST = 8  # article dates looked at as wrong choices, nearest first
_FULL_NAMES = frozenset(name.lower() for name in MONTH_NAMES)
# How far an article date may lie from the answer to count as plausible, in the granularity's unit.
# Blind reads: wrong years decades away ("1915" for Khrushchev in 1955) or a day two years off are no choice at all.
_REACH = {"year": 12, "month": 24, "day": 366, "range": 15, "decade": 20, "century": 5, "millennium": 3}


def _axis(granularity: str, lo: Day, hi: Day) -> int:
    """A number to measure distance between dates of one granularity."""
    if granularity == "month":
        return lo[0] * 12 + lo[1]
    if granularity == "day":
        return datetime.date(*lo).toordinal() if lo[0] >= 1 and _valid(lo) else lo[0] * 366 + lo[1] * 31 + lo[2]
    if granularity == "century":
        return (lo[0] - 1) // 100 + 1
    if granularity == "millennium":
        return (lo[0] - 1) // 1000 + 1
    return lo[0]


def _valid(day: Day) -> bool:
    """A real day; a year before AD 1 is checked as a year of the same place in the 400-year cycle."""
    year = day[0] if day[0] >= 1 else day[0] % 400 + 2000
    try:
        datetime.date(year, day[1], day[2])
    except ValueError:
        return False
    return True


class DatePool:
    """The article's dates by granularity, each list sorted by distance axis (built once per document)."""

    def __init__(self, mentions: Iterable[DateMention]) -> None:
        groups: dict[str, set[tuple[int, Day, Day]]] = {}
        self.latest_year = -99999  # no wrong choice is later than the article's latest date ("from 2027 to 2030")
        for mention in mentions:
            lo, hi = first_day(mention.start), last_day(mention.end)
            self.latest_year = max(self.latest_year, hi[0])
            kind = _shape(mention.text, mention.granularity)
            groups.setdefault(kind, set()).add((_axis(kind, lo, hi), lo, hi))
            if kind in ("day", "month"):  # a full date also offers its month and its year
                groups.setdefault("year", set()).add((lo[0], (lo[0], 1, 1), (lo[0], 12, 31)))
            if kind == "day":
                groups.setdefault("month", set()).add((_axis("month", lo, hi), (*lo[:2], 1), (*lo[:2], 31)))
        self._groups = {kind: sorted(values) for kind, values in groups.items()}
        self.answers: dict[tuple[object, ...], tuple[str, list[str]] | None] = {}  # memo of wrong_dates

    def nearest(self, granularity: str, lo: Day, hi: Day) -> list[tuple[Day, Day]]:
        """Up to :data:`_NEAREST` other dates of ``granularity`` in the article, nearest first, within reach."""
        values = self._groups.get(granularity)
        if not values:
            return []
        centre = _axis(granularity, lo, hi)
        index = bisect.bisect_left(values, (centre,))
        reach = _REACH.get(granularity, 30)
        window = [
            v
            for v in values[max(0, index - _NEAREST) : index + _NEAREST + 1]
            if abs(v[0] - centre) <= reach and (v[1] != lo or v[2] != hi)
        ]
        window.sort(key=lambda v: (abs(v[0] - centre), v[0] > centre))
        return [(v[1], v[2]) for v in window[:_NEAREST]]


def wrong_dates(
    mention: DateMention, pool: DatePool, others: list[DateMention], side: int = 0
) -> tuple[str, list[str]] | None:
    """The answer as shown among the choices, and three wrong dates written in the same form.

    Args:
        mention: the right date.
        pool: the article's dates.
        others: the other dates the same sentence mentions (never offered as wrong choices).
        side: -1 for wrong dates only before the answer, 1 only after it, 0 either: "By 1952 every economy had
            recovered" stays true of any later year, so a later wrong choice would be right too.

    Returns:
        ``(answer text, wrong choices)``, or None when not enough wrong dates can be written. The result
        depends only on the arguments (the same date in the same article always gets the same choices).
    """
    key = (mention.text, mention.start, mention.end, tuple(sorted((o.start, o.end) for o in others)), side)
    if key not in pool.answers:
        pool.answers[key] = _wrong_dates(mention, pool, others, side)
    return pool.answers[key]


def _wrong_dates(
    mention: DateMention, pool: DatePool, others: list[DateMention], side: int
) -> tuple[str, list[str]] | None:
    granularity = mention.granularity
    lo, hi = first_day(mention.start), last_day(mention.end)
    if lo[0] < 1 <= hi[0]:
        return None  # "from 27 BC to AD 14": no same-form wrong range stays on one side of the era
    weekday = _WEEKDAY.match(mention.text)  # a wrong day on the answer's weekday would be no day of that week
    template = mention.text[weekday.end() :] if weekday else mention.text
    if granularity == "range" and not _year_pattern(template).search(template):
        template = f"{lo[0]}–{hi[0]}"  # an era ("World War II") is asked by its years
    render = _RENDERERS[granularity]
    answer = render(template, lo, hi, lo, hi)
    if answer is None:
        return None
    taken = {_norm(answer)}
    blocked = [(first_day(o.start), last_day(o.end)) for o in others]
    chosen: list[str] = []
    shape = _shape(template, granularity)
    for new_lo, new_hi in _candidates(shape, granularity, lo, hi, pool, f"{mention.start}/{mention.end}"):
        if len(chosen) == WRONG_CHOICES:
            break
        if not _fair(granularity, (lo, hi), (new_lo, new_hi), blocked):
            continue
        if (side < 0 and not new_hi < lo) or (side > 0 and not hi < new_lo):
            continue
        if new_hi[0] > max(pool.latest_year, hi[0]):
            continue  # blind read r65: "When did STV Edinburgh exist?" offered "from 2027 to 2030", a time to come
        if shape == "day" and new_lo[:2] == lo[:2]:
            continue  # "May 15 / 19 / 22 / 29" asks a day no reader tells apart (blind read r21): another month
        if shape == "decade" and (new_hi[0] - new_lo[0] != hi[0] - lo[0] or (new_lo[0] - lo[0]) % 10):
            continue  # "the 1990s" can only become another decade
        if shape == "range" and new_hi[0] - new_lo[0] != hi[0] - lo[0]:
            continue  # "1782/1783" is offered spans of one year too, never "1763/1767"
        text = render(template, lo, hi, new_lo, new_hi)
        if text is None or not (normal := _norm(text)) or normal in taken:
            continue
        taken.add(normal)
        chosen.append(text)
    return (answer, chosen) if len(chosen) == WRONG_CHOICES else None


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("–", "-").split())


def _fair(
    granularity: str, answer: tuple[Day, Day], candidate: tuple[Day, Day], blocked: list[tuple[Day, Day]]
) -> bool:
    if candidate == answer or _before_christ(candidate) != _before_christ(answer) or candidate[0][0] < -99998:
        return False  # a wrong choice stays on the answer's side of the start of the era
    if granularity in ("range", "century") and not disjoint(answer, candidate):
        return False
    # A date the sentence also mentions (or one that holds it) would look like a second right answer.
    return not blocked or not any(candidate[0] <= other[0] and other[1] <= candidate[1] for other in blocked)


def _before_christ(dates: tuple[Day, Day]) -> tuple[bool, bool]:
    return dates[0][0] < 1, dates[1][0] < 1


def _shape(text: str, granularity: str) -> str:
    """The granularity, with decades ("the 1990s": one year written, ten meant) told apart from ranges ("from
    16 May to 17 June 1955" writes one year too)."""
    if granularity == "range" and len(_year_pattern(text).findall(text)) == 1 and _DECADE.search(text):
        return "decade"
    return granularity


_LONG_SPAN = 10  # years
_DECADE = re.compile(r"\d0(?:'|\u2019)?s\b")


def sharp(mention: DateMention) -> bool:
    """Whether wrong dates of the answer's form can be told from it by what an article teaches: not a century
    (blind reads r6-r10: "the 20th century" was also true of the event), an era asked by its years ("World War
    II" as "1939–1945", read as arbitrary), a span of ten years or more, nor a decade ("the 1900s" was read as
    the 20th century) or a span of decades ("the 1960s and 1970s")."""
    if mention.granularity in ("century", "millennium"):
        return False
    if mention.granularity == "range" and not _year_pattern(mention.text).search(mention.text):
        return False
    lo, hi = first_day(mention.start), last_day(mention.end)
    if _shape(mention.text, mention.granularity) == "range" and hi[0] - lo[0] >= _LONG_SPAN:
        return False  # "From 1948 to 1960": wrong spans that cannot overlap it lie decades away (blind read r11)
    return not decades_in(mention.text)  # blind reads r11-r12: 1 of 4 decade choices was good ("the 1900s")


def decades_in(text: str) -> int:
    """How many decades ``text`` names ("the 1960s and 1970s": 2)."""
    return len(_DECADE.findall(text))


# A date that bounds what is told: "by 1952" stays true of later years, "after 1945" of earlier ones.
_STAYS_TRUE_LATER = re.compile(r"\b(?:by|before|since|as early as)\s*$", re.IGNORECASE)
_STAYS_TRUE_EARLIER = re.compile(r"\b(?:after|as late as)\s*$", re.IGNORECASE)


def open_side(fact: DatedFact) -> int:
    """Which side wrong choices must stay on: -1 (earlier only) for a date the event stays true after ("By
    1952, every economy had recovered"), 1 (later only) for one it was true before, 0 for either."""
    before = fact.sentence[: fact.date.offset]
    if _STAYS_TRUE_LATER.search(before) or _STAYS_TRUE_LATER.search(f"{before} {fact.date.text.split()[0]}"):
        return -1
    if _STAYS_TRUE_EARLIER.search(before):
        return 1
    return 0


def _candidates(
    shape: str,
    granularity: str,
    lo: Day,
    hi: Day,
    pool: DatePool,
    seed: str,
) -> Iterator[tuple[Day, Day]]:
    yield from pool.nearest(shape, lo, hi)
    # only reached when the article has too few; never farther than the article's own dates may be (blind reads
    # r11: "From 1948 to 1960" was offered "From 1922 to 1934" and "From 1987 to 1999")
    unit = "decade" if shape == "decade" else granularity
    centre = _axis(unit, lo, hi)
    # (a span's wrong spans cannot overlap it: a long one's lie far, and items offer them no choices, see sharp)
    reach = 10**6 if unit == "range" else _REACH.get(unit, 30) * (_round_step(lo[0]) if unit == "year" else 1)
    near = (c for c in _generated(unit, lo, hi) if abs(_axis(unit, *c) - centre) <= reach)
    yield from shuffled(near, seed)


_PREHISTORY = 1000  # years BC from which a round year is an estimate


def _round_step(year: int) -> int:
    """How far apart wrong years lie: a round year of the second millennium BC or before is a round guess ("4,900
    BC" is offered 4,800 BC, not 4,903 BC, which no reader tells from it: blind read r81), and any year of that age
    is known to a few years at best ("2331 BC" is not offered 2334 BC, the date other books give: r161); a later
    year a year apart."""
    written = 1 - year
    if year > 0 or written < _PREHISTORY:
        return 1  # "30 BC", "490 BC": a known year, asked to the year
    return 100 if written % 100 == 0 else 10


def _generated(granularity: str, lo: Day, hi: Day) -> Iterator[tuple[Day, Day]]:
    if granularity == "year":
        step = _round_step(lo[0])
        for delta in (1, 2, 3, 4, 5, 6):
            for sign in (-1, 1):
                year = lo[0] + sign * delta * step
                yield (year, 1, 1), (year, 12, 31)
    elif granularity == "month":
        for delta in (-3, -2, -1, 1, 2, 3, -12, 12, -24, 24):
            year, month = divmod(lo[0] * 12 + lo[1] - 1 + delta, 12)
            yield (year, month + 1, 1), (year, month + 1, 31)
    elif granularity == "day":
        for years, months, days in (  # the same day of months near, then of the years beside
            (0, -1, 0),
            (0, 1, 0),
            (0, -2, 0),
            (0, 2, 0),
            (0, -3, 0),
            (0, 3, 0),
            (-1, 0, 0),
            (1, 0, 0),
        ):
            year, month = divmod(lo[0] * 12 + lo[1] - 1 + years * 12 + months, 12)
            day = (year, month + 1, lo[2] + days)
            if _valid(day):
                yield day, day
    elif granularity == "range":
        length = hi[0] - lo[0] + 1
        for steps in (1, 2, 3, 4):
            for sign in (-1, 1):
                shift = sign * steps * length
                yield (lo[0] + shift, *lo[1:]), (hi[0] + shift, *hi[1:])
    elif granularity == "decade":  # "the late 1960s" becomes "the late 1950s", never "the late 1963s"
        for steps in (1, 2, 3, 4):
            for sign in (-1, 1):
                shift = sign * steps * 10
                yield (lo[0] + shift, *lo[1:]), (hi[0] + shift, *hi[1:])
    elif granularity in ("century", "millennium"):
        for steps in (1, 2, 3, 4):
            for sign in (-1, 1):
                shift = sign * steps * (100 if granularity == "century" else 1000)
                yield (lo[0] + shift, *lo[1:]), (hi[0] + shift, *hi[1:])


def _is_bc(template: str) -> bool:
    return _BC_MARK.search(template) is not None


def _year_pattern(template: str) -> re.Pattern[str]:
    if _is_bc(template):
        return _BC_YEAR
    return _YEAR if _YEAR.search(template) else _SHORT_YEAR


def _written(year: int, bc: bool, like: str = "") -> str:
    """An astronomical year as the text writes it: -88 is "89" in a BC date; -9999 is "10,000" beside "12,000"."""
    number = 1 - year if bc else year
    return f"{number:,}" if "," in like and number >= 1000 else str(number)


def _render_year(template: str, lo: Day, hi: Day, new_lo: Day, new_hi: Day) -> str | None:
    bc = _is_bc(template)
    pattern = _year_pattern(template)
    if not pattern.search(template) or (bc and new_lo[0] > 0):
        return None
    return pattern.sub(lambda year: _written(new_lo[0], bc, year.group()), template, count=1)


def _render_month(template: str, lo: Day, hi: Day, new_lo: Day, new_hi: Day) -> str | None:
    text = _render_year(template, lo, hi, new_lo, new_hi)
    return None if text is None else _replace_month(text, new_lo[1])


def _render_day(template: str, lo: Day, hi: Day, new_lo: Day, new_hi: Day) -> str | None:
    text = _render_month(template, lo, hi, new_lo, new_hi)
    if text is None:
        return None
    year_at = _year_pattern(text).search(text)
    match = _DAY.search(text, 0, year_at.start() if year_at else len(text))
    if match is None:
        return None
    suffix = _suffix(new_lo[2]) if match.group(2) else ""
    return f"{text[: match.start()]}{new_lo[2]}{suffix}{text[match.end() :]}"


def _render_range(template: str, lo: Day, hi: Day, new_lo: Day, new_hi: Day) -> str | None:
    bc = _is_bc(template)
    years = list((_BC_YEAR if bc else _YEAR).finditer(template))
    if not years or (bc and new_hi[0] > 0):
        return None
    if bc:  # "between 218 and 201 BC": both ends written as years before Christ
        if len(years) < 2:
            return None
        first, last = years[0], years[-1]
        return (
            f"{template[: first.start()]}{_written(new_lo[0], bc, first.group())}"
            f"{template[first.end() : last.start()]}{_written(new_hi[0], bc, last.group())}{template[last.end() :]}"
        )
    text = template
    if len(years) >= 2:  # shifted as written: "the 1960s and 1970s" ends in 1979 but is written 1970
        last = years[-1]
        text = f"{text[: last.start()]}{int(last.group()) + new_hi[0] - hi[0]}{text[last.end() :]}"
    else:
        short = _SECOND_YEAR.search(template, years[0].end())
        if short:
            text = f"{text[: short.start(1)]}{new_hi[0] % 100:02d}{text[short.end(1) :]}"
    first = years[0]
    written = int(first.group()) + new_lo[0] - lo[0]  # "the late 1960s" is written 1960, starts 1967
    return f"{text[: first.start()]}{written}{text[first.end() :]}"


def _render_century(
    template: str,
    lo: Day,
    hi: Day,
    new_lo: Day,
    new_hi: Day,
    *,
    size: int = 100,
) -> str | None:
    bc = _is_bc(template)
    if bc and new_hi[0] > 0:
        return None
    shift = (new_lo[0] - lo[0]) // size * (-1 if bc else 1)  # a later century BC has a smaller number
    highest = {100: 29 if bc else 21, 1000: 9 if bc else 3}[size]

    def word(match: re.Match[str]) -> str:
        number = ORDINALS[match.group().lower().replace("-", " ")] + shift
        if number not in _NUMBER_WORDS or number > highest:
            raise _OutOfRange
        new = _NUMBER_WORDS[number]
        return new.capitalize() if match.group()[0].isupper() else new

    def numeral(match: re.Match[str]) -> str:
        number = int(match.group(1)) + shift
        if not 1 <= number <= highest:
            raise _OutOfRange
        return f"{number}{_suffix(number)}"

    try:
        text, count = _ORDINAL_WORD.subn(word, template)
        if not count:
            text, count = _ORDINAL_NUMBER.subn(numeral, template)
    except _OutOfRange:
        return None
    return text if count else None


def _render_millennium(template: str, lo: Day, hi: Day, new_lo: Day, new_hi: Day) -> str | None:
    return _render_century(template, lo, hi, new_lo, new_hi, size=1000)


class _OutOfRange(Exception):
    pass


def _replace_month(text: str, month: int) -> str | None:
    match = _MONTH.search(text)
    if match is None:
        return None
    written, dot = match.group(1), match.group(2)
    name = MONTH_NAMES[month - 1]
    if written.lower() not in _FULL_NAMES:
        name = "Sept" if month == 9 and written.lower() == "sept" else name[:3]
    if written.isupper():
        name = name.upper()
    if name.lower() == "may":
        dot = ""
    return f"{text[: match.start()]}{name}{dot}{text[match.end() :]}"


def _suffix(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


_RENDERERS = {
    "year": _render_year,
    "month": _render_month,
    "day": _render_day,
    "range": _render_range,
    "century": _render_century,
    "millennium": _render_millennium,
}
