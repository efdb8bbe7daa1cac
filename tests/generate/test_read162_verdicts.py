"""Fault classes the blind read r162 (unseen set 87, 8 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import encyclopedia_items


def test_a_past_form_the_tagger_took_for_a_base_form_is_asked_in_its_base_form() -> None:
    # r162 ("clean"): "When did the Russian Revolution overthrew its theocratic monarchy?" of "The Russian
    # Revolution spread into Mongolia, and overthrew its theocratic monarchy in 1924." ("overthrew" tagged VB)
    made = [i.prompt for i in encyclopedia_items("republic.txt") if i.answer == "1924"]
    assert not [p for p in made if "did the Russian Revolution overthrew" in p]
    assert [p for p in made if "When did the Russian Revolution overthrow its theocratic monarchy?" in p]


def test_the_last_one_needs_what_it_is_the_last_of() -> None:
    # r162 ("answerable"): "When did the last one occur?" of "Impeachments are now possibly defunct, as the last one
    # occurred in 1806."
    made = encyclopedia_items("parliament_of_the_united_kingdom.txt")
    assert not [i for i in made if "the last one occur" in i.prompt]


def test_a_change_that_lost_the_value_it_came_to_is_not_offered() -> None:
    # r162 ("clean"): "The Anuradhapura settlement grew to by [...] to become a town." (the copy lost the size); the
    # same lost value as "Barbados' outstanding debt climb to, ..." of r156's set
    assert not [i for i in encyclopedia_items("iron_age.txt") if "grew to by" in i.prompt]
    assert not [i for i in encyclopedia_items("barbados.txt") if "climb to" in i.prompt or "climbed to in" in i.prompt]
