"""Checking responses: choices, orders and typed answers."""

from __future__ import annotations

from fsrs import Rating

from studyapp.core.grading import is_correct, normalize, suggested_rating
from studyapp.generate.model import Source, StudyItem

SRC = Source("s", "S", "text")


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
    assert not is_correct(item, ("b", "a", "c"))


def test_typed_answers_ignore_case_accents_punctuation_and_spacing():
    item = _item(answer="Zürich–Genève–Lyon")
    assert is_correct(item, "  zurich geneve lyon ")
    assert is_correct(_item(answer="Crème Brûlée"), "creme brulee")
    assert not is_correct(item, "Zürich")
    assert not is_correct(_item(answer="..."), "")
    assert normalize("It's 2,000 years!") == "it s 2 000 years"


def test_suggested_rating():
    assert suggested_rating(True) is Rating.Good and suggested_rating(False) is Rating.Again
