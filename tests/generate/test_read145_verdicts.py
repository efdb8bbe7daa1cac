"""Fault classes the blind read r145 (unseen set 79, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import encyclopedia_items


def test_a_verb_of_countering_without_its_object_leans() -> None:
    # r145 ("answerable"): "When did Bramhall counter?" of "Bramhall countered in 1655, when he printed everything
    # that had passed between them ...": countered what, the sentence before said
    assert not [i for i in encyclopedia_items("thomas_hobbes.txt") if "When did Bramhall counter" in i.prompt]


def test_a_day_without_its_year_is_asked_under_a_header_that_gives_the_year() -> None:
    # a day and month its sentence gives without the year, which the paragraph gives ("King was assassinated on
    # April 4 in Memphis"): judged unanswerable in many reads ("5 September", "April 3": 59 of 116 such answers bad)
    prompts = [i.prompt for i in encyclopedia_items("martin_luther_king_jr.txt") if i.answer == "April 4"]
    assert "Martin Luther King Jr · 1968 — King was assassinated on [...] in Memphis, Tennessee." in prompts
