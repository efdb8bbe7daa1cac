"""Fault classes the blind read r117 (unseen set 60, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from pathlib import Path

from studyapp.text import read_document
from tests.generate.article_items import encyclopedia_items

_ARTICLES = Path(__file__).parents[1] / "data" / "encyclopedia"


def test_a_heading_that_ends_on_its_period_is_a_heading() -> None:
    # r117 ("correct"): "Put these events of the section “Anglo-Egyptian Sudan (1899–1956)” ...: Colonel Omar
    # al-Bashir led a bloodless military coup ..."; "Independence (1956–present)" was no heading (an image's option,
    # "upright=1.35", opens its paragraph), nor "Medieval Christian Nubian kingdoms (c. 350–1500)" (its "c.")
    titles = [section.title for section in read_document(_ARTICLES / "sudan.txt").sections]
    assert "Independence (1956–present)" in titles
    assert "Medieval Christian Nubian kingdoms (c. 350–1500)" in titles
    made = encyclopedia_items("sudan.txt")
    assert not [i for i in made if "Anglo-Egyptian Sudan (1899–1956)" in i.prompt and "al-Bashir" in i.prompt]


def test_the_year_of_an_output_is_not_asked() -> None:
    # r117 ("worth"): "When did Tanzania's coal production total 106,000 short tons?", "When was a total of 13,747
    # GWh produced in the country?"
    made = encyclopedia_items("tanzania.txt") + encyclopedia_items("tunisia.txt")
    assert made and not [i for i in made if "106,000 short tons" in i.prompt or "13,747 GWh" in i.prompt]


def test_the_year_a_rise_is_counted_over_is_not_asked() -> None:
    # r117 ("worth"): "... 19.5 trillion Tanzanian shillings, a 15 percent increase over [...]."
    assert not [i for i in encyclopedia_items("tanzania.txt") if "increase over [...]" in i.prompt]
