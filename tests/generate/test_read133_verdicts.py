"""Fault classes the blind read r133 (unseen set 71, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from studyapp.generate import Kind
from tests.generate.article_items import article_items, encyclopedia_items


def test_a_list_entry_keeps_no_and_with_a_colon_before_the_last() -> None:
    # r133 ("clean", three items): "5. Discussing and enacting party policies; and:"
    items = [i for i in encyclopedia_items("communist_party_of_china.txt") if "enacting party policies" in i.prompt]
    assert items and not [i for i in items if "; and" in i.prompt or "; and" in i.answer]


def test_a_participle_right_after_another_noun_is_no_verb_of_the_name_before() -> None:
    # r133 ("answerable", "clean"): "When did Xi Jinping hold?" of "The current paramount leader is Xi Jinping,
    # elected at the 18th National Congress held in October 2012."
    items = article_items(
        "The current paramount leader is Xi Jinping, elected at the 18th National Congress held in October 2012.",
        title="Communist Party of China",
    )
    assert not [i for i in items if "Xi Jinping hold" in i.prompt]


def test_a_bare_family_name_of_one_person_is_given_in_full() -> None:
    # r133 ("answerable"): "Yuan dissolved the Nationalists in November ...": Yuan is never identified (Yuan Shikai)
    prompts = [i.prompt for i in encyclopedia_items("kuomintang.txt") if "dissolved the Nationalists" in i.prompt]
    assert prompts and all("Yuan Shikai dissolved" in p for p in prompts)


def test_a_bare_family_name_several_people_bear_is_left_as_it_is() -> None:
    # "Ma" is Ma Ying-jeou, Ma Bufang, Ma Fuxiang ... in the same article: no one of them is named for it
    prompts = [i.prompt for i in encyclopedia_items("kuomintang.txt") if "acquitted of all charges" in i.prompt]
    assert prompts and not [p for p in prompts if "Ma Ying-jeou was acquitted" in p or "Ma Bufang" in p]


def test_no_position_is_asked_of_an_entry_that_opens_with_its_dates() -> None:
    # r133 ("worth learning"): "What number is “1919 to 1923: Some peripheral battles continued ...” among the three
    # periods in which the Russian Civil War occurred?"
    items = [i for i in encyclopedia_items("red_army.txt") if i.kind is Kind.LIST_NUMBER]
    assert not [i for i in items if "1919 to 1923" in i.prompt]
