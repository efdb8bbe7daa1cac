"""Fault classes the blind read r168 (unseen set 90, 8 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import encyclopedia_items


def test_an_ordinal_in_capitals_is_softened_with_the_name_it_opens() -> None:
    # r168 ("clean", 7 items): "When was the regiment formed from the short-lived 91ST Searchlight Regiment, Royal
    # Artillery?", "86TH SEARCHLIGHT Regiment" (the copy's bold "91ST SEARCHLIGHT REGIMENT, ROYAL ARTILLERY")
    light = [i.prompt for i in encyclopedia_items("114th_light_anti_aircraft_regiment_royal_artillery.txt")]
    assert [p for p in light if "the short-lived 91st Searchlight Regiment, Royal Artillery" in p]
    assert not [p for p in light if "91ST" in p]
    other = [i.prompt for i in encyclopedia_items("120th_light_anti_aircraft_regiment_royal_artillery.txt")]
    assert [p for p in other if "the short-lived 86th Searchlight Regiment, Royal Artillery" in p]
    assert not [p for p in other if "86TH" in p or "SEARCHLIGHT" in p]


def test_an_acronym_in_a_section_heading_keeps_its_capitals() -> None:
    # r168 ("clean"): "114th ... · O Aa Assault Group — The Anti-Aircraft (AA) units at Juno experienced ..."
    made = [i.prompt for i in encyclopedia_items("114th_light_anti_aircraft_regiment_royal_artillery.txt")]
    assert [p for p in made if " · O AA Assault Group — " in p]
    assert not [p for p in made if "O Aa Assault" in p]


def test_here_needs_the_place_the_sentence_before_named() -> None:
    # r168 ("clean"): "what happened on 15 October 1542?" answered "Here, in the household of a Hindu Rajput
    # nobleman, Humayun's wife Hamida Bano ... gave birth to Akbar" (here: Amarkot, the sentence before)
    made = encyclopedia_items("humayun.txt")
    assert not [i for i in made if i.answer.startswith("Here,") or "— Here, in the household" in i.prompt]


def test_a_person_named_only_by_age_or_state_needs_the_sentence_before() -> None:
    # r148-r167 ("answerable"): "When did the young prince die suddenly, after only 52 days of life?", "The married
    # couple met ..."; "the new cathedral", "the old palace" stay (judged good)
    assert not [i for i in encyclopedia_items("catherine_of_aragon.txt") if "the young prince" in i.prompt.lower()]
    assert not [i for i in encyclopedia_items("charles_i_of_england.txt") if i.answer.startswith("The married couple")]
    assert [i for i in encyclopedia_items("bamberg.txt") if "The new cathedral" in i.prompt]
