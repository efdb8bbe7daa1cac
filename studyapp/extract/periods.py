"""The years a period spans: a century, a millennium, a decade, a well-known era.

Years are astronomical (1 BC is 0, 89 BC is -88); each function gives the first and the last year, or None
for one out of reach (the "22nd century").
"""

from __future__ import annotations

import re

from studyapp.extract.date_words import CENTURY_PARTS, DECADE_PARTS, ORDINALS
from studyapp.extract.eras import ERAS

_ERA_MATCHERS = tuple((re.compile(rf"(?:{'|'.join(era.names)})"), era) for era in ERAS)


def century_years(ordinal: str, part: str | None, *, bc: bool = False) -> tuple[int, int] | None:
    """ "the 19th century" -> 1801-1900; "the 6th century BC" (600-501 BC) -> -599/-500."""
    number = _ordinal_number(ordinal)
    if not 1 <= number <= (29 if bc else 21):
        return None
    first = 1 - number * 100 if bc else (number - 1) * 100 + 1
    offsets = _part_offsets(part)
    low = first + offsets[0]
    return low if bc else max(low, 1), first + offsets[1]


def millennium_years(ordinal: str, part: str | None, *, bc: bool) -> tuple[int, int] | None:
    """ "the third millennium BC" (3000-2001 BC) -> -2999/-2000; "the first millennium AD" -> 1/1000."""
    number = _ordinal_number(ordinal)
    if not 1 <= number <= (9 if bc else 3):
        return None
    first = 1 - number * 1000 if bc else (number - 1) * 1000 + 1
    offsets = _part_offsets(part)
    low = first + offsets[0] * 10
    return low if bc else max(low, 1), first + offsets[1] * 10 + 9


def decade_years(year: int, part: str | None) -> tuple[int, int]:
    """ "the 1990s" -> 1990-1999, "the late 1990s" -> 1997-1999; "the 1800s" is the whole hundred years."""
    if year % 100 == 0 and year < 2000:
        if part:
            offsets = CENTURY_PARTS[part.lower().removeprefix("the ").strip()]
            return year + offsets[0], min(year + offsets[1], year + 99)
        return year, year + 99
    offsets = DECADE_PARTS[part.lower().removeprefix("the ").strip()] if part else (0, 9)
    return year + offsets[0], year + offsets[1]


def era_years(text: str) -> tuple[int, int] | None:
    """ "World War II" -> 1939-1945."""
    for matcher, era in _ERA_MATCHERS:
        if matcher.fullmatch(text):
            return era.start, era.end
    return None


def _ordinal_number(ordinal: str) -> int:
    words = ordinal.lower().replace("-", " ")
    return ORDINALS.get(words) or (int(words[:-2]) if words[:-2].isdigit() else 0)


def _part_offsets(part: str | None) -> tuple[int, int]:
    if not part:
        return 0, 99
    return CENTURY_PARTS[" ".join(part.lower().rstrip("-").split()).removeprefix("the ")]
