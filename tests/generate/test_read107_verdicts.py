"""Fault classes the blind read r107 (unseen set 54, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from studyapp.extract.dates import find_dates
from tests.generate.article_items import encyclopedia_items


def test_a_count_that_is_its_clauses_subject_is_no_year() -> None:
    # r107 ("worth", "answerable"): "[...] species have been tentatively identified as possible endemics of the
    # country." answered 1995, of "..., and 1995 species have been tentatively identified as possible endemics"
    made = encyclopedia_items("chile.txt")
    assert len(made) > 30 and not [i for i in made if "possible endemics" in i.prompt]
    assert [d.text for d in find_dates("The 1995 elections were held in May.")] == ["1995"]


def test_no_was_before_a_participle_that_tells_what_was_said() -> None:
    # r107 ("clean"): "The Institute for Industrial Reconstruction, ..., was reported in [...] that they held assets"
    # of "..., reported in early 1934 that they held assets of ..."
    made = [i for i in encyclopedia_items("fascism.txt") if "held assets" in i.prompt + i.answer]
    assert made and not [i for i in made if "was reported in" in i.prompt + i.answer]
