"""What a date found in a sentence means: its first and last day, month or year, written as ISO 8601 does.

Normalized bounds are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (years zero-padded to four digits). A range,
a decade, a century and an era span from their first to their last year. A year before Christ is written as
an astronomical year with a sign (ISO 8601 expanded form): 1 BC is ``0000``, 2 BC ``-0001``, 89 BC ``-0088``.
A form that names no real date (a range that runs backwards, 30 February) has no bounds.
"""

from __future__ import annotations

import datetime
import re

from studyapp.extract.date_forms import POINT_PARTS
from studyapp.extract.date_words import MONTHS
from studyapp.extract.periods import century_years, decade_years, era_years, millennium_years


def bounds(match: re.Match[str]) -> tuple[str, str] | None:
    """The normalized start and end of a date matched by one of the forms of ``date_forms``."""
    kind = match.lastgroup
    if kind == "span":
        start, end = point_bounds(match["span_a"]), point_bounds(match["span_b"])
        if start is None or end is None or end[1] < start[0]:
            return None
        return start[0], end[1]
    if kind == "months":
        year = int(match["ms_year"])
        first, last = (MONTHS[match[g].rstrip(".").lower()] for g in ("ms_a", "ms_b"))
        return (f"{year:04d}-{first:02d}", f"{year:04d}-{last:02d}") if first < last else None
    if kind == "iso":
        return _checked_day(match["iso_text"])
    if kind == "ad_years":
        first, last = int(match["ay_a"]), int(match["ay_b"])
        return _years(first, last) if first < last else None
    if kind == "ad_after":
        month = match["adx_month"] or match["adx_month2"]
        return _calendar_point(int(match["adx_year"]), month, match["adx_day"] or match["adx_day2"])
    if kind == "ad_days":
        year = int(match["add_year"] or match["add_year2"])
        opening, closing = _day_of(year, match["add_a"]), _day_of(year, match["add_b"])
        if opening is None or closing is None or closing[1] <= opening[0]:
            return None
        return opening[0], closing[1]
    if kind == "early":
        month = match["ey_month"] or match["ey_month2"] or match["ey_month_only"]
        return _calendar_point(int(match["ey_year"]), month, match["ey_day"] or match["ey_day2"])
    if kind == "ad":
        return _calendar_point(int(match["ad_year"]), match["ad_month"] or match["ad_month_only"], match["ad_day"])
    if kind in ("full", "month"):
        return point_bounds(match.group())
    if kind == "season":
        first = int(match["season_year"])
        last = int(match["season_end"]) if match["season_end"] else first
        return _years(first, last) if last in (first, first + 1) else None
    if kind == "centuries":
        bc = match["cs_bc"] is not None
        first_years = century_years(match["cs_a"], match["cs_a_part"], bc=bc)
        last_years = century_years(match["cs_b"], match["cs_b_part"], bc=bc)
        if first_years and last_years and first_years[0] <= last_years[0]:
            return _years(first_years[0], last_years[1])
        return None
    if kind == "century":
        return _span(century_years(match["c_ord"], match["c_part"], bc=match["c_bc"] is not None))
    if kind == "millennium":
        return _span(millennium_years(match["mi_ord"], match["mi_part"], bc=match["mi_era"].startswith("B")))
    if kind == "short_year":
        return _calendar_point(int(match["sy_year"]), match["sy_month"], match["sy_day"])
    if kind in ("bc_span", "bc_years", "bc"):
        return _bc_bounds(match)
    if kind == "decade":
        return _years(*decade_years(int(match["d_year"]), match["d_part"]))
    if kind == "era":
        return _span(era_years(match["era_text"]))
    if kind == "years":
        if match["y_sep"] == "/" and not _next_year(match["y_a"], match["y_b"]):
            return None  # "2016/1148": a directive's number, not a span of years
        return _year_range(match["y_a"], match["y_b"])
    if kind == "decades":
        first, last = int(match["ds_a"]), decade_years(int(match["ds_b"]), match["ds_part"])[1]
        return _years(first, last) if first < last else None
    if kind == "day_span":
        start = point_bounds(f"{match['dd_a']} {match['dd_year']}")
        end = point_bounds(f"{match['dd_b']} {match['dd_year']}")
        return (start[0], end[1]) if start and end and start[0] < end[0] else None
    if kind == "years_to":
        return _year_range(match["yt_a"], match["yt_b"])
    if kind == "part_month":
        return point_bounds(match["pm_month"])
    if kind == "part_year":
        return _years(int(match["py_year"]), int(match["py_year"]))
    if kind == "day_range":
        year, month = int(match["dr_year"]), MONTHS[(match["dr_month"] or match["dr_month2"]).rstrip(".").lower()]
        first, last = (int((match[g] or match[f"{g}2"]).rstrip("stndrh")) for g in ("dr_a", "dr_b"))
        lo = _checked_day(f"{year:04d}-{month:02d}-{first:02d}")
        hi = _checked_day(f"{year:04d}-{month:02d}-{last:02d}")
        return (lo[0], hi[0]) if lo and hi and first < last else None
    return _years(int(match["year_text"]), int(match["year_text"]))


def point_bounds(text: str) -> tuple[str, str] | None:
    """The bounds of a point in time written with a four-digit year: "May 28, 1918", "April 2012", "1891"."""
    parts = POINT_PARTS.search(text)
    if parts is None:
        return None
    return _calendar_point(int(parts["y"]), parts["m1"] or parts["m2"] or parts["m3"], parts["d1"] or parts["d2"])


def _day_of(year: int, written: str) -> tuple[str, str] | None:
    """ "18 July" or "July 18" of ``year``."""
    first, second = written.split()
    day, month = (first, second) if first[:1].isdigit() else (second, first)
    return _calendar_point(year, month, day)


def _calendar_point(year: int, month_name: str | None, day_text: str | None) -> tuple[str, str] | None:
    """A year, month-year or full date: "24 August AD 79" -> 0079-08-24; "April 2012" -> 2012-04; "1891" -> 1891."""
    if month_name is None:
        return _years(year, year)
    month = MONTHS[month_name.rstrip(".").lower()]
    if day_text is None:
        return (f"{year:04d}-{month:02d}",) * 2
    day = int(day_text.rstrip("stndrh"))
    return _checked_day(f"{year:04d}-{month:02d}-{day:02d}") or (f"{year:04d}-{month:02d}",) * 2


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


def _next_year(first_text: str, second_text: str) -> bool:
    """ "2015/16", "1998/1999": a season or fiscal year written with a slash spans two years in a row."""
    first = int(first_text)
    second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
    return second == first + 1


def _year_range(first_text: str, last_text: str) -> tuple[str, str] | None:
    first = int(first_text)
    last = int(last_text) if len(last_text) == 4 else first // 100 * 100 + int(last_text)
    if last <= first:
        return None
    return _years(first, last)


def _checked_day(text: str) -> tuple[str, str] | None:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return None
    return text, text


def _span(years: tuple[int, int] | None) -> tuple[str, str] | None:
    return None if years is None else _years(*years)


def _years(first: int, last: int) -> tuple[str, str]:
    return _year_text(first), _year_text(last)


def _year_text(year: int) -> str:
    """An astronomical year as ISO 8601 writes it: ``0079``, ``0000`` (1 BC), ``-0088`` (89 BC)."""
    return f"{year:04d}" if year >= 0 else f"-{-year:04d}"


def _number(text: str) -> int:
    return int(text.replace(",", ""))
