"""Fault classes the blind read r118 (unseen set 61, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import encyclopedia_items


def test_a_verb_that_needs_an_object_leans_without_it() -> None:
    # r118 ("answerable"): "When did Austria invade?" (the sentence goes on "..., annexed, and subsequently
    # partitioned Poland"); r115: "In [...], Colombia signed."
    asked = [i.prompt for i in encyclopedia_items("nationalism.txt") + encyclopedia_items("colombia.txt")]
    assert not [p for p in asked if p.endswith("When did Austria invade?") or p.endswith("Colombia signed.")]


def test_an_object_the_last_of_joined_verbs_takes_is_theirs() -> None:
    # judged good: "When did Napoleon attack and defeat Blücher's Prussians at the Battle of Ligny ...?"
    asked = [i.prompt for i in encyclopedia_items("battle_of_waterloo.txt")]
    assert [p for p in asked if "When did Napoleon attack and defeat Blücher's Prussians" in p]
