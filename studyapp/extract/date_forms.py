"""How dates are written: the pieces of the patterns and the forms a date takes, grouped by its anchor.

Each form is a named alternative whose groups ``dates.py`` and ``date_bounds.py`` read by name. Every
repetition is bounded, so a form tried in a bounded window costs bounded time.
"""

from __future__ import annotations

import re

from studyapp.extract.eras import ERAS

Forms = tuple[tuple[str, str], ...]  # (form name, pattern with named groups)

_YEAR = r"(?:1\d{3}|20\d{2})"
_YEAR_BEFORE = r"(?<![\w$£€¥\\#/.,:])(?<!\d[-–—])"
_SEASON = r"(?i:spring|summer|autumn|fall|winter)"
_SEASON_PART = r"(?i:early|late|mid)"
_YEAR_AFTER = r"(?!\w|[.,/]\d|%|[-–]\d|\s?(?:BCE?\b|B\.C\.))"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "Sunday, September 27", "Monday 3 March 1919", "Saturday evening, October 27": a weekday before a day belongs to
# the date (a clause asked "When ...?" loses it with the date)
WEEKDAY = (
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s(?:morning|afternoon|evening|night))?,?\s)"
)
DAY_TO = r"(?:\s?[-–—]\s?|\s(?:to|through|until|and)\s)"  # between the first and last day of a range
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

# "the night of 18 July to 19 July, AD 64": two days of one early year (blind read r126: "18 July" asked alone);
# anchored on "AD" when it comes first, on the year when it follows
_AD_DAYS = (
    "ad_days",
    rf"(?<!\w)(?P<add_a>{_DAY}\s{FULL_MONTH}|{FULL_MONTH}\s{_DAY})\s(?:to|until|till|through|and|[-–—])\s"
    rf"(?P<add_b>{_DAY}\s{FULL_MONTH}|{FULL_MONTH}\s{_DAY}),?\s"
    rf"(?:{_AD}\s?(?P<add_year>{_EARLY_YEAR})(?![\w.,]\d|\w)|(?P<add_year2>{_EARLY_YEAR})\s?{_AD_AFTER}(?!\w))",
)

DIGIT_FORMS: Forms = (
    (
        "span",
        rf"\b(?i:from|between)\s(?P<span_a>{_POINT})\s(?:to|until|till|through|and|[-–—])\s"
        rf"(?P<span_b>{_POINT})",
    ),
    (
        "months",
        rf"\b(?:(?i:from|between)\s)?(?P<ms_a>{_MONTH})\s?(?:to|until|till|through|and|[-–—])\s?"
        rf"(?P<ms_b>{_MONTH}),?\s(?P<ms_year>{_YEAR}){_YEAR_AFTER}",
    ),
    # "from the 1850s through the 1870s", "the 1870s-early 1900s": a span of decades
    (
        "decades",
        r"(?:\b(?i:from|between)\s)?(?i:the\s)?(?P<ds_a>1\d{2}0|20\d0)'?s\s?(?:(?i:to|through|until|and)\s|[-–—])"
        r"(?i:the\s)?(?:(?P<ds_part>(?i:early|mid|late))[\s-]?)?(?P<ds_b>1\d{2}0|20\d0)'?s\b",
    ),
    # "between September 27 and November 11, 1962": days of one year
    (
        "day_span",
        rf"\b(?i:from|between)\s(?P<dd_a>{_MONTH}\s{_DAY}|{_DAY}\s{_MONTH})\s(?:to|until|till|through|and|[-–—])\s"
        rf"(?P<dd_b>{_MONTH}\s{_DAY}|{_DAY}\s{_MONTH}),?\s(?P<dd_year>{_YEAR}){_YEAR_AFTER}",
    ),
    # "Galen (131–201 C.E.)": a span of early years marked as of our era
    # and "between 84 and 96 AD", whose first year is marked by the second's era (blind read r123: "take place 84 and?")
    (
        "ad_years",
        rf"(?<![\w.,])(?:(?P<ay_from>(?i:from|between))\s)?(?P<ay_a>{_EARLY_YEAR})"
        rf"(?:\s?[-–—]\s?|(?(ay_from)\s(?:to|until|till|through|and)\s|(?!)))(?P<ay_b>{_EARLY_YEAR})\s?{_AD_AFTER}(?!\w)",
    ),
    _AD_DAYS,
    # "68 AD", and "June 9, 68 AD" with its day (blind read r126: "He committed suicide on June 9, [...]")
    (
        "ad_after",
        rf"{_APPROX}(?<![\w.,])(?:(?P<adx_month>{FULL_MONTH})\s(?P<adx_day>{_DAY}),\s|(?P<adx_day2>{_DAY})\s"
        rf"(?P<adx_month2>{FULL_MONTH}),?\s)?(?P<adx_year>{_EARLY_YEAR})\s?{_AD_AFTER}(?!\w)",
    ),
    # "October 16–28, 1962", "November 5 to 9, 1962", "5–9 November 1962": days of one month; "14/15 April 1452",
    # a day the sources differ on (blind read r52: asked as "15 April 1452"); "between 21 and 23 April 1567" keeps
    # its "between" (r66: answered "21 and 23 April 1567", two days)
    (
        "day_range",
        rf"(?<!\w)(?:(?i:between)\s)?(?:(?P<dr_month>{_MONTH})\s(?P<dr_a>{_DAY}){DAY_TO}(?P<dr_b>{_DAY})"
        rf"|(?P<dr_a2>{_DAY})(?:{DAY_TO}|/)(?P<dr_b2>{_DAY})\s(?P<dr_month2>{_MONTH})),?\s(?P<dr_year>{_YEAR}){_YEAR_AFTER}",
    ),
    ("iso", rf"(?<![\w-])(?P<iso_text>{_YEAR}-[01]\d-[0-3]\d)(?![\w-])"),
    ("full", rf"(?<!\w){WEEKDAY}?(?:{_FULL_MDY}|{_FULL_DMY})"),
    # "late October 2013", "mid-June 1950": a part of a month is asked as that month (blind read r48: "When did
    # Ellis Island reopen late?")
    ("part_month", rf"(?<![\w-])(?P<pm_part>(?i:early|late|mid))[\s-](?P<pm_month>{_MONTH_YEAR})"),
    ("month", rf"\b{_MONTH_YEAR}"),
    # "the winter of 1683", "late summer and early autumn of 1643" (blind read r80: "the late summer and early [...]"),
    # "the winter of 1913 and 1914", one winter (r136: "during the [...] and 1914")
    (
        "season",
        rf"\b(?:(?:{_SEASON_PART}[\s-])?{_SEASON}\s(?i:and|to|through|or)\s)?(?:{_SEASON_PART}[\s-])?{_SEASON},?\s"
        rf"(?:of\s)?(?P<season_year>{_YEAR})(?:\s(?i:and)\s(?P<season_end>{_YEAR}))?{_YEAR_AFTER}",
    ),
    (
        "decade",
        r"(?<![\w-])(?:(?P<d_part>(?i:(?:the\s)?(?:early|mid|late)))(?:-\s|[\s-])?)?(?i:the\s)?"
        r"(?P<d_year>1\d{2}0|20\d0)'?s\b",
    ),
    # "2015/16" and "1998/1999" are years; "2016/1148" and "2002/58/EC" are numbers of documents (see bounds)
    ("years", rf"{_YEAR_BEFORE}(?P<y_a>{_YEAR})\s?(?P<y_sep>[-–—/])\s?(?P<y_b>{_YEAR}|\d\d)(?![\w.,/]\d|\w|/)"),
    # "The years 1948 to 1952 saw ...": a span named without "from"
    ("years_to", rf"(?<=[Yy]ears\s)(?P<yt_a>{_YEAR})\s(?:to|through|until)\s(?P<yt_b>{_YEAR}){_YEAR_AFTER}"),
    # "early 1898", "mid-1962": a part of a year is asked as that year
    # ... and two parts of it: "early and mid-1962" (blind read r98: "Throughout early and [...]")
    (
        "part_year",
        rf"(?<![\w-])(?P<py_part>(?i:early|late|mid))(?:\s(?:and|or|to)\s(?i:early|late|mid))?[\s-]"
        rf"(?P<py_year>{_YEAR}){_YEAR_AFTER}",
    ),
    ("year", rf"(?:(?i:c\.|ca\.|circa)\s?)?{_YEAR_BEFORE}(?P<year_text>{_YEAR}){_YEAR_AFTER}"),  # "c. 1709"
)
CENTURY_FORMS: Forms = (
    # "the 19th and 20th centuries", and "the late 19th and early 20th century" (blind read r135: "In the late 19th
    # and [...]")
    (
        "centuries",
        rf"\b(?i:the\s)?(?:(?P<cs_a_part>{_CENTURY_PART})\s?)?(?P<cs_a>{_ORDINAL})(?:\sand\s|\s?[-–]\s?|\sto\s)"
        rf"(?i:the\s)?(?:(?P<cs_b_part>{_CENTURY_PART})\s?)?(?P<cs_b>{_ORDINAL})\scentur(?:ies|y)\b(?:\s?(?P<cs_bc>{_BC_MARK}))?",
    ),
    (
        "century",
        rf"\b(?:(?P<c_part>{_CENTURY_PART})\s?)?(?i:the\s)?(?P<c_ord>{_ORDINAL})[\s-]century\b"
        rf"(?:\s?(?P<c_bc>{_BC_MARK}))?",
    ),
)
MILLENNIUM_FORMS: Forms = (
    (
        "millennium",
        rf"\b(?:(?P<mi_part>{_CENTURY_PART})\s?)?(?i:the\s)?(?P<mi_ord>{_ORDINAL})[\s-]millennium\s?"
        rf"(?P<mi_era>{_ERA_MARK})",
    ),  # only with its era: "the third millennium" may be AD or BC
)
AD_FORMS: Forms = (
    _AD_DAYS,
    (
        "ad",
        rf"{_APPROX}(?<!\w)(?:(?P<ad_day>{_DAY})\s(?:of\s)?(?P<ad_month>{_MONTH}),?\s"
        rf"|(?P<ad_month_only>{_MONTH}),?\s)?{_AD}\s?(?P<ad_year>{_EARLY_YEAR})(?![\w.,]\d|\w)",
    ),
)
BC_FORMS: Forms = (
    # "from 218 to 201 BC", "between 264 BC and 146 BC", "from 27 BC to AD 14"
    (
        "bc_span",
        rf"\b(?i:from|between)\s(?P<bs_a>{_BC_YEAR})(?:\s?(?P<bs_a_bc>{_BC_MARK}))?\s"
        rf"(?:to|until|till|through|and|[-–—])\s(?:(?P<bs_b_ad>{_AD})\s?)?(?P<bs_b>{_BC_YEAR})"
        rf"(?(bs_b_ad)(?![\w.,]\d|\w)|\s?(?:(?P<bs_b_bc>{_BC_MARK})|{_AD_AFTER}(?!\w)))",
    ),
    # "264–241 BC", and "327/326 BC", a winter that spans two years (blind read r74: "In the winter of 327/[...]");
    # "were done 14,000 to 12,000 BCE", not "14,000 to [...]" (blind read r167)
    ("bc_years", rf"(?<![\w.,])(?P<by_a>{_BC_YEAR})(?:\s?[-–—/]\s?|\sto\s)(?P<by_b>{_BC_YEAR})\s?{_BC_MARK}"),
    (
        "bc",
        rf"{_APPROX}(?<![\w.,])(?:(?P<bc_day>{_DAY})\s(?:of\s)?(?P<bc_month>{_MONTH}),?\s"
        rf"|(?P<bc_month_only>{_MONTH}),?\s|(?i:early|late|mid)[\s-])?(?P<bc_year>{_BC_YEAR})\s?{_BC_MARK}",
    ),  # "late 45 BC" is asked as 45 BC, not "When did Caesar return late?" (blind read r95)
)
# "on 5 February 62, ...": a day, a full month name and a short year read as a date only after "on" and before
# punctuation ("on 5 February 62 people" counts people).
SHORT_YEAR_AFTER = r"(?=[,;:)]|\.(?:\s|$)|$)"
SHORT_YEAR_FORMS: Forms = (
    ("short_year", rf"(?P<sy_day>{_DAY})\s(?P<sy_month>{FULL_MONTH})\s(?P<sy_year>[1-9]\d{{0,2}}){SHORT_YEAR_AFTER}"),
)
# "In 785, his men captured Girona", "on 5 December 771", "from 768": a three-digit year without its era mark,
# read only in a document that writes such years as its times (``early_years``), after a word of time or with
# its day and month.
_EARLY_TIME_WORD = "|".join(
    rf"(?<=\b{word}\s)"
    for word in ("[Ii]n", "[Ff]rom", "[Uu]ntil", "[Tt]ill", "[Ss]ince", "[Aa]round", "c\\.", "circa")
)
EARLY_FORMS: Forms = (
    (
        "early",
        rf"(?:(?P<ey_day>{_DAY})\s(?:of\s)?(?P<ey_month>{FULL_MONTH}),?\s|(?P<ey_month2>{FULL_MONTH})\s(?P<ey_day2>{_DAY}),\s"
        rf"|(?P<ey_month_only>{FULL_MONTH}),?\s"
        rf"|{_EARLY_TIME_WORD})(?P<ey_year>[1-9]\d{{2}})(?![\w.,]\d|\w|%)"
        # (a bare year's range, "c. 481–484", is not read)
        r"(?(ey_month)|(?(ey_month2)|(?(ey_month_only)|(?!\s?[-–—]\s?\d))))",
    ),
)
ERA_FORMS: Forms = (("era", rf"(?<![-\w])(?:[Tt]he\s)?(?P<era_text>{_ERA_NAMES})(?!\w)"),)

# The month, day and year of a point in time ("May 28, 1918", "12 March 2003", "April 2012", "1891").
POINT_PARTS = re.compile(
    rf"(?:(?P<m1>{_MONTH})\s(?P<d1>{_DAY}),?\s|(?P<d2>{_DAY})\s(?:of\s)?(?P<m2>{_MONTH}),?\s"
    rf"|(?P<m3>{_MONTH}),?\s(?:of\s)?)?(?P<y>{_YEAR})"
)
