"""Checking a learner's response to an item: a choice, an order, or a typed answer.

Typed answers are judged as a teacher marking a test would: case, accents, punctuation, spacing and articles
never matter; a date is right in any form that means the same days ("22 March 1992" for "March 22, 1992",
"5th century" for "the fifth century"); the year alone is right where the question asks for the year, and
only "partly" right otherwise; a slip of a letter or two in a long answer is accepted (with a note), never
in a number. A correct response suggests Good, a wrong one Again; the learner may override the suggestion.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from fsrs import Rating

from studyapp.extract.dates import find_dates
from studyapp.extract.model import DateMention
from studyapp.generate.model import StudyItem
from studyapp.generate.spans import first_day, last_day

LONG_ANSWER = 8  # characters (as compared): from this length on, a typo is forgiven
_ARTICLES = frozenset({"a", "an", "the"})
_NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
_ORDINAL_WORDS = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
_NUMBER = re.compile(r"^(?:(?:no|number|nr|n)\s+)?(\d+)(?:st|nd|rd|th)?$")
_ASKS_YEAR = re.compile(r"\b(?:what|which)\s+year\b|\byears?\s*(?:\[\.\.\.\]|_{2,})", re.IGNORECASE)
_INITIAL = re.compile(r"\b(\w)\.")  # "U.S." -> "US"
_APOSTROPHES = re.compile(r"['’ʼ`]")
_BARE_YEAR = re.compile(r"^\s*(\d{1,4})\s*$")


class Verdict(StrEnum):
    RIGHT = "right"  # the answer, as written or in a form that means the same
    ACCEPTED = "accepted"  # right, with a slip that is forgiven (a typo in a long answer)
    PARTLY = "partly"  # on the way, not the answer (the right year where the day was asked)
    WRONG = "wrong"


@dataclass(frozen=True)
class Judgement:
    """How a response was judged, and what to tell the learner about it ("" when nothing needs saying)."""

    verdict: Verdict
    note: str = ""

    @property
    def correct(self) -> bool:
        return self.verdict in (Verdict.RIGHT, Verdict.ACCEPTED)


def judge(item: StudyItem, response: str | tuple[str, ...] | list[str]) -> Judgement:
    """Choice items: the chosen option is the answer. Order items: the entries in the right order.
    Any other item: the typed text, judged by :func:`judge_typed`."""
    if item.order and not isinstance(response, str):
        placed = sum(1 for a, b in zip(response, item.order, strict=False) if a == b)
        if tuple(response) == item.order:
            return Judgement(Verdict.RIGHT)
        return Judgement(Verdict.WRONG, f"{placed} of {len(item.order)} in the right place.")
    if not isinstance(response, str):
        return Judgement(Verdict.WRONG)
    if item.choices:
        same = response == item.answer or canonical(response) == canonical(item.answer)
        return Judgement(Verdict.RIGHT if same else Verdict.WRONG)
    return judge_typed(item.answer, response, prompt=item.prompt)


def is_correct(item: StudyItem, response: str | tuple[str, ...] | list[str]) -> bool:
    return judge(item, response).correct


def suggested_rating(correct: bool) -> Rating:
    return Rating.Good if correct else Rating.Again


def judge_typed(expected: str, response: str, *, prompt: str = "") -> Judgement:
    """A typed ``response`` against the ``expected`` answer of a question worded ``prompt``."""
    wanted, given = canonical(expected), canonical(response)
    if not given:
        return Judgement(Verdict.WRONG, "No answer given.")
    if given == wanted:
        return Judgement(Verdict.RIGHT)
    wanted_date = _whole_date(expected)
    if wanted_date is not None:
        return _judge_date(wanted_date, expected, response, asks_year=bool(_ASKS_YEAR.search(prompt)))
    wanted_number = _number(wanted)
    if wanted_number is not None:
        return Judgement(Verdict.RIGHT if _number(given) == wanted_number else Verdict.WRONG)
    if _digits(wanted) == _digits(given) and len(wanted) >= LONG_ANSWER:
        allowed = 1 if len(wanted) < 20 else 2 if len(wanted) < 40 else 3
        if edit_distance(wanted, given, limit=allowed) <= allowed:
            return Judgement(Verdict.ACCEPTED, f"Accepted despite a typo: the answer is “{expected.strip()}”.")
    return Judgement(Verdict.WRONG)


def canonical(text: str) -> str:
    """The text as answers are compared: case, accents, punctuation, spacing and articles dropped."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = _INITIAL.sub(r"\1", _APOSTROPHES.sub("", bare)).replace("&", " and ")
    words = [w for w in re.sub(r"[^\w]+|_", " ", bare).split() if w not in _ARTICLES]
    if len(words) > 1 and words[0] == "to":  # "to counter ..." and "counter ..." answer alike
        words = words[1:]
    return " ".join(words)


def normalize(text: str) -> str:
    """Case, accents, punctuation and spacing folded (articles kept)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", bare).split())


def edit_distance(a: str, b: str, *, limit: int) -> int:
    """Optimal-string-alignment distance (insert, delete, replace, swap two neighbours), stopping once it
    exceeds ``limit`` (then ``limit + 1``)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if before is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return previous[-1]


def _judge_date(wanted: DateMention, expected: str, response: str, *, asks_year: bool) -> Judgement:
    given = _whole_date(response)
    if given is None:
        bare = _BARE_YEAR.match(response)
        if bare is None:
            return Judgement(Verdict.WRONG)
        year = f"{int(bare[1]):04d}"
        given = DateMention(bare[1], 0, year, year)
    if (first_day(given.start), last_day(given.end)) == (first_day(wanted.start), last_day(wanted.end)):
        return Judgement(Verdict.RIGHT)
    same_year = given.start == given.end and len(given.start.lstrip("-")) == 4
    within = first_day(wanted.start)[0] == last_day(wanted.end)[0] == first_day(given.start)[0]
    if same_year and within and wanted.granularity in ("day", "month"):
        if asks_year:
            return Judgement(Verdict.RIGHT)
        return Judgement(Verdict.PARTLY, f"Right year; the full answer is “{expected.strip()}”.")
    return Judgement(Verdict.WRONG)


def _whole_date(text: str) -> DateMention | None:
    """The date ``text`` consists of (a few words around it allowed: "in 1992", "about 1500"), else None."""
    mentions = find_dates(text, early=True)  # an answer that is a date may be one of the first millennium
    if len(mentions) != 1:
        return None
    rest = canonical(text[: mentions[0].offset] + " " + text[mentions[0].offset + len(mentions[0].text) :])
    return mentions[0] if len(rest.split()) <= 2 else None


def _number(text: str) -> int | None:
    if text in _NUMBER_WORDS:
        return _NUMBER_WORDS.index(text)
    if text in _ORDINAL_WORDS:
        return _ORDINAL_WORDS.index(text)
    match = _NUMBER.match(text)
    return int(match[1]) if match else None


def _digits(text: str) -> list[str]:
    return re.findall(r"\d+", text)
