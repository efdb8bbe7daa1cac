"""Fault classes the blind read r101 (unseen set 49, 7 December) found, tested with the article's own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import encyclopedia_items


def test_every_past_verb_joined_to_the_asked_one_takes_its_base_form() -> None:
    # r101 ("clean"): "When did Eriba-Adad I ascend the throne and finally break the ties ..., and instead turned the
    # tables, and begin ...?": "turned" is joined to "broke", which is joined to "ascended"
    asked = [i.prompt for i in encyclopedia_items("assyria.txt") if i.answer == "1392 BC" and i.prompt.endswith("?")]
    assert [p for p in asked if "and instead turn the tables, and begin" in p]
    assert not [p for p in asked if "turned the tables" in p]


def test_a_past_verb_misread_as_a_nouns_modifier_is_not_asked() -> None:
    # r101 ("clean"): "When did Esarhaddon cross the Sinai Desert, invaded and took Egypt ...?" of "In 671 BC he
    # crossed the Sinai Desert, invaded and took Egypt with surprising ease and speed." ("invaded" hung on the desert)
    made = [i for i in encyclopedia_items("assyria.txt") if "Sinai Desert" in i.prompt]
    assert made and not [i for i in made if "invaded and took" in i.prompt and i.prompt.endswith("?")]


def test_it_with_a_to_clause_of_its_own_is_no_placeholder() -> None:
    # r101 ("answerable"): "It was to launch major rebellions against the Achaemenid Empire in 546 BC and [...]." (the
    # "it" is Assyria, named in an earlier clause; "it was to" is not "it is hard to")
    made = encyclopedia_items("assyria.txt")
    assert len(made) > 40 and not [i for i in made if "— It was to launch" in i.prompt]


def test_an_opening_that_times_the_event_by_the_one_before_is_cut() -> None:
    # r101 ("answerable"): "During the aftermath, Egypt, along with remnants of the Assyrian army, suffered a defeat at
    # the battle of Carchemish, in [...]." (the aftermath of what?)
    made = [i for i in encyclopedia_items("assyria.txt") if "battle of Carchemish" in i.prompt]
    assert made and not [i for i in made if "aftermath" in i.prompt]
