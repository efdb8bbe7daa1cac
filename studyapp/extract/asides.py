"""Years a text names beside its story: a day written without its year never takes one of them.

A history told day by day ("On October 26, Castro sent a telegram ... At 6:00 am on October 27, ...") stops
now and then to look ahead or back, and the year it names there is not the year its story has reached:

- a year that names a thing, after an article or a possessive and before a noun: "In a 2010 interview, Castro
  expressed regret", "his 1997 memoirs";
- the end of a span, which looks ahead to when something stopped: "Stanford remained in Reims until the closure
  of that Consulate in early 1915", "were not repealed until 1943".
"""

from __future__ import annotations

import re

from studyapp.extract.model import DateMention

_YEAR_ONLY = re.compile(r"\d{4}")
_DETERMINER_BEFORE = re.compile(r"(?<!\w)(?:a|an|the|his|her|its|their|our|my|this|that)\s$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s(?!(?:and|or|to|through|until|till|when|as|in|on|at|by|of)(?!\w))[a-z]")
_UNTIL_BEFORE = re.compile(r"(?<!\w)(?:until|till)(?!\w)[^,;:]{0,70}$", re.IGNORECASE)
_REACH = 80  # characters looked at before a date


def is_aside(sentence: str, mention: DateMention) -> bool:
    """True for a date of ``sentence`` that names a thing or ends a span (see the module's docstring)."""
    before = sentence[max(0, mention.offset - _REACH) : mention.offset]
    if _UNTIL_BEFORE.search(before):
        return True
    after = sentence[mention.offset + len(mention.text) :]
    return (
        _YEAR_ONLY.fullmatch(mention.text) is not None
        and _DETERMINER_BEFORE.search(before) is not None
        and _NOUN_AFTER.match(after) is not None
    )
