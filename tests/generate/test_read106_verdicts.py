"""Fault classes the blind read r106 (unseen set 53, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import encyclopedia_items


def test_an_s_glued_to_a_name_is_no_is() -> None:
    # r106 ("clean", "worth"): "Joseph I's death in [...]." of "he effectively ruled Portugal until Joseph I's death
    # in 1779" (the parser read "Joseph I is death")
    made = [i for i in encyclopedia_items("portugal.txt") if "Joseph I's death" in i.prompt + i.answer]
    assert made and not [i for i in made if "— Joseph I's death" in i.prompt]


def test_a_spelled_out_acronym_after_its_describing_words_takes_no_the() -> None:
    # r106 ("clean"): "the first minister-level the People's Republic of China (PRC) official"
    made = [i for i in encyclopedia_items("taiwan.txt") if "minister-level" in i.prompt + i.answer]
    assert made and not [i for i in made if "minister-level the" in i.prompt + i.answer]


def test_a_sentence_opening_on_this_was_leans_when_shown_whole() -> None:
    # r106 ("answerable"): "This was the beginning of the House of Braganza, which reigned in Portugal until [...]."
    made = encyclopedia_items("portugal.txt")
    assert len(made) > 30 and not [i for i in made if "This was the beginning of the House of Braganza" in i.prompt]


def test_a_plan_as_the_text_was_written_is_not_asked() -> None:
    # r106 ("worth"): "The next United Kingdom general election is scheduled for [...]." (5 May 2022)
    made = encyclopedia_items("scotland.txt")
    assert len(made) > 30 and not [i for i in made if "is scheduled for [...]" in i.prompt]
