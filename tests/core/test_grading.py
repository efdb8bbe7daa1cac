"""Checking responses: choices, orders and typed answers judged as a teacher would (a table of right and wrong).

The answers are real ones: the bundled article's dates and list entries, and the development corpus's names.
"""

from __future__ import annotations

import pytest
from fsrs import Rating

from studyapp.core.grading import (
    Verdict,
    canonical,
    edit_distance,
    is_correct,
    judge,
    judge_typed,
    normalize,
    suggested_rating,
)
from studyapp.generate.model import Source, StudyItem

SRC = Source("s", "S", "text")
WHEN = (
    "When did this happen? Iran was among the first countries to recognize Azerbaijan's return to independence, "
    "on [...]."
)
WHAT_YEAR = "In what year did Iran recognize Azerbaijan's return to independence?"


def _item(**fields) -> StudyItem:
    base = dict(
        id="d:1", kind="date-when", section="s", prompt="When?", answer="April 2012", source=SRC, origin="o", position=0
    )
    return StudyItem(**{**base, **fields})


def test_choice():
    item = _item(kind="date-choice", choices=("March 2012", "April 2012", "May 2013"))
    assert is_correct(item, "April 2012")
    assert not is_correct(item, "March 2012")


def test_order():
    item = _item(kind="list-order", answer="a; b; c", order=("a", "b", "c"))
    assert is_correct(item, ("a", "b", "c"))
    assert is_correct(item, ["a", "b", "c"])
    wrong = judge(item, ("b", "a", "c"))
    assert wrong.verdict is Verdict.WRONG and wrong.note == "1 of 3 in the right place."


TYPED = [
    # (expected, response, prompt, verdict)
    # case, spacing, accents, punctuation
    ("Antoine Lavoisier", "antoine lavoisier", "", Verdict.RIGHT),
    ("Antoine Lavoisier", "  ANTOINE   LAVOISIER ", "", Verdict.RIGHT),
    ("Zürich–Genève–Lyon", "zurich geneve lyon", "", Verdict.RIGHT),
    ("Crème Brûlée", "creme brulee", "", Verdict.RIGHT),
    ("To counter and reduce U.S. influence", "to counter and reduce US influence", "", Verdict.RIGHT),
    ("Tehran's strategic priorities", "Tehrans strategic priorities", "", Verdict.RIGHT),
    ("Trade & industry", "trade and industry", "", Verdict.RIGHT),
    # articles, and the infinitive's "to"
    ("the fifth century", "fifth century", "", Verdict.RIGHT),
    ("The Marshall Plan", "marshall plan", "", Verdict.RIGHT),
    ("To counter and reduce U.S. influence", "counter and reduce U.S. influence", "", Verdict.RIGHT),
    # dates written another way mean the same days
    ("March 22, 1992", "22 March 1992", WHEN, Verdict.RIGHT),
    ("March 22, 1992", "Mar 22 1992", WHEN, Verdict.RIGHT),
    ("the fifth century", "5th century", "", Verdict.RIGHT),
    ("the nineteenth century", "19th century", "", Verdict.RIGHT),
    ("From 1992 to 1994", "1992-1994", "", Verdict.RIGHT),
    ("1918-1920", "from 1918 to 1920", "", Verdict.RIGHT),
    ("World War II", "1939-1945", "", Verdict.RIGHT),
    ("44 BC", "44 BCE", "", Verdict.RIGHT),
    ("AD 79", "79", "", Verdict.RIGHT),
    ("1992", "in 1992", "", Verdict.RIGHT),
    ("5 December 771", "December 5, 771", WHEN, Verdict.RIGHT),  # a day of the first millennium (r48)
    ("5 December 771", "771", WHEN, Verdict.PARTLY),
    # the year alone: right where the year is asked, partly right where the day is
    ("March 22, 1992", "1992", WHAT_YEAR, Verdict.RIGHT),
    ("March 22, 1992", "1992", "Which year: the ADR was proclaimed in the year [...].", Verdict.RIGHT),
    ("March 22, 1992", "1992", WHEN, Verdict.PARTLY),
    (
        "April 2012",
        "2012",
        "When did Israeli Foreign Minister Avigdor Lieberman pay an official visit?",
        Verdict.PARTLY,
    ),
    # wrong dates stay wrong, however close they look
    ("March 22, 1992", "1993", WHAT_YEAR, Verdict.WRONG),
    ("March 22, 1992", "March 23, 1992", WHEN, Verdict.WRONG),
    ("1992", "1993", "", Verdict.WRONG),
    ("44 BC", "44", "", Verdict.WRONG),
    ("the fifth century", "the fourth century", "", Verdict.WRONG),
    ("1918-1920", "1918", "", Verdict.WRONG),
    ("5 December 771", "5 December 772", WHEN, Verdict.WRONG),
    # a typo in a long answer is forgiven, never in a short one or in a number
    ("Antoine Lavoisier", "Antoine Lavoiser", "", Verdict.ACCEPTED),
    ("Antoine Lavoisier", "Antonie Lavoisier", "", Verdict.ACCEPTED),  # two letters swapped
    (
        "To oppose U.S., NATO, and EU initiatives and long-term objectives",
        "oppose US NATO and EU iniatives and longterm objectives",
        "",
        Verdict.ACCEPTED,
    ),
    ("Antoine Lavoisier", "Antoine Lavosir", "", Verdict.WRONG),  # two slips: one is forgiven under 20 letters
    ("Paris", "Pariz", "", Verdict.WRONG),
    ("Treaty of 1815", "Treaty of 1816", "", Verdict.WRONG),
    ("Berlin", "Bonn", "", Verdict.WRONG),
    # numbers of list entries
    ("3", "3", "", Verdict.RIGHT),
    ("3", "three", "", Verdict.RIGHT),
    ("3", "third", "", Verdict.RIGHT),
    ("3", "3rd", "", Verdict.RIGHT),
    ("3", "No. 3", "", Verdict.RIGHT),
    ("3", "#3", "", Verdict.RIGHT),
    ("3", "4", "", Verdict.WRONG),
    ("12", "twelve", "", Verdict.RIGHT),
    # nothing typed, or the wrong thing entirely
    ("Antoine Lavoisier", "", "", Verdict.WRONG),
    ("...", "", "", Verdict.WRONG),
    ("Antoine Lavoisier", "Joseph Priestley", "", Verdict.WRONG),
    ("Zürich–Genève–Lyon", "Zürich", "", Verdict.WRONG),
]


@pytest.mark.parametrize(("expected", "response", "prompt", "verdict"), TYPED)
def test_typed_answers_are_judged_as_a_teacher_would(expected, response, prompt, verdict):
    judged = judge_typed(expected, response, prompt=prompt)
    assert judged.verdict is verdict, (expected, response, judged)
    assert judged.correct == (verdict in (Verdict.RIGHT, Verdict.ACCEPTED))


def test_what_the_learner_is_told():
    assert judge_typed("Antoine Lavoisier", "Antoine Lavoiser").note == (
        "Accepted despite a typo: the answer is “Antoine Lavoisier”."
    )
    assert judge_typed("March 22, 1992", "1992", prompt=WHEN).note == "Right year; the full answer is “March 22, 1992”."
    assert judge_typed("x", "   ").note == "No answer given."


def test_an_item_is_judged_with_its_own_prompt():
    item = _item(prompt=WHAT_YEAR, answer="March 22, 1992")
    assert is_correct(item, "1992")
    assert not is_correct(_item(prompt=WHEN, answer="March 22, 1992"), "1992")


def test_comparison_forms():
    assert canonical("The U.S. & the E.U.") == "us and eu"
    assert normalize("It's 2,000 years!") == "it s 2 000 years"
    assert edit_distance("kitten", "sitting", limit=5) == 3
    assert edit_distance("abcdef", "abdcef", limit=2) == 1
    assert edit_distance("short", "a much longer text", limit=2) == 3


def test_suggested_rating():
    assert suggested_rating(True) is Rating.Good and suggested_rating(False) is Rating.Again
