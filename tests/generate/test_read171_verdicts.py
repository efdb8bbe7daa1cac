"""Fault classes the blind read r171 (unseen set 92, 8 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from studyapp.text.inline import clean_inline
from tests.generate.article_items import encyclopedia_items


def test_a_reign_told_with_a_second_span_after_and_then_later_is_not_asked_by_its_first() -> None:
    # r171 ("correct", "unambiguous"): "When did Mehmed II rule?" answered "from August 1444 to September 1446" of
    # "... who ruled from August 1444 to September 1446, and then later from February 1451 to May 1481."
    made = encyclopedia_items("mehmed_the_conqueror.txt")
    assert not [i for i in made if i.prompt.endswith("When did Mehmed II rule?")]


def test_an_italic_word_keeps_its_plural_ending_without_the_underscores() -> None:
    # r171 ("clean"): "Uniting the Anatolian beylik_s was first accomplished by Sultan Bayezid I"
    assert clean_inline("Uniting the Anatolian _beylik_s was first accomplished") == (
        "Uniting the Anatolian beyliks was first accomplished"
    )
    assert clean_inline("snake_case_s stays") == "snake_case_s stays"
    made = encyclopedia_items("mehmed_the_conqueror.txt")
    assert [i for i in made if "Anatolian beyliks" in i.prompt] and not [i for i in made if "beylik_s" in i.prompt]


def test_so_that_ties_a_sentence_to_the_one_before_leaves_it() -> None:
    # r171 ("clean"): "So the Turkish occupation of Otranto ended by negotiation ..., and Otranto was retaken by
    # Papal forces in [...]."
    made = [i.prompt for i in encyclopedia_items("mehmed_the_conqueror.txt") if i.answer == "1481"]
    assert not [p for p in made if "— So the Turkish occupation" in p]
    assert [p for p in made if "— The Turkish occupation of Otranto ended by negotiation" in p]
