"""Fault classes the blind read r110 (unseen set 56, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from pathlib import Path

from studyapp.text import read_document
from tests.generate.article_items import encyclopedia_items

_SERBIA = Path(__file__).parents[1] / "data" / "encyclopedia" / "serbia.txt"


def test_a_participle_opening_a_subject_is_no_name() -> None:
    # r110 ("clean"): "When did Repeated Mongol invasions topple the four-century-old kingdom?"
    made = [i for i in encyclopedia_items("myanmar.txt") if "Mongol invasions" in i.prompt and "When" in i.prompt]
    assert made and all("When did repeated Mongol invasions" in i.prompt for i in made)


def test_the_tail_of_a_cut_template_is_no_section_title() -> None:
    # r110 ("clean"): 'Put these events of the section “Federal Republic of Yugoslavia}}” of “Serbia” ...'
    titles = [section.title for section in read_document(_SERBIA).sections]
    assert "Kingdom of Yugoslavia, World War II and the second Yugoslavia" in titles
    assert not [title for title in titles if "}}" in title]
