"""Fault classes the blind read r135 (unseen set 73, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from pathlib import Path

from studyapp.extract import find_dates
from studyapp.text import parse_document
from tests.generate.article_items import encyclopedia_items

_ENCYCLOPEDIA = Path(__file__).parents[1] / "data" / "encyclopedia"


def test_an_equation_on_a_line_of_its_own_is_no_heading() -> None:
    # r135 ("clean", two chronology drills): 'Put these events of the section “3 Fe + 4 H₂O → Fe₃O₄ + 4 H₂” of
    # “Hydrogen” in order'
    path = _ENCYCLOPEDIA / "hydrogen.txt"
    doc = parse_document(path.read_text(encoding="utf-8"), name=path.stem)
    assert doc.sections and not [s for s in doc.sections if "→" in s.title]
    assert not [i for i in encyclopedia_items("hydrogen.txt") if "→" in i.prompt]


def test_an_opening_whose_subject_the_copy_lost_offers_no_item() -> None:
    # r135 ("clean"): "Was the 124th Emperor of Japan according to the traditional order of succession, reigning
    # from 25 December 1926, until his death on [...]." (the copy lost "Hirohito (...)" before "was")
    assert not [i for i in encyclopedia_items("hirohito.txt") if i.prompt.split(" — ")[-1].startswith("Was the")]


def test_a_late_and_an_early_century_joined_by_and_are_one_span() -> None:
    # r135 ("worth learning"): "In the late 19th and [...], Bulgaria and Greece contended for Ottoman Macedonia"
    sentence = "In the late 19th and early 20th century, Bulgaria and Greece contended for Ottoman Macedonia."
    assert [m.text for m in find_dates(sentence)] == ["the late 19th and early 20th century"]
