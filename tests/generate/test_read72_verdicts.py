"""Fault classes blind reads r72, r74, r76 and r77 found on unseen articles (r72: Albert Einstein, Amsterdam,
George Washington, Lisbon, Niels Bohr; r74: Abraham Lincoln, Alexander the Great; r76: Ancient Egypt, Rome; r77:
Dwight D. Eisenhower), each tested with the article's own sentences (Wikipedia, CC BY-SA)."""

from __future__ import annotations

import pytest

from studyapp.generate import items_for_document
from studyapp.text import parse_document


def test_a_verb_whose_object_stands_outside_its_clause_is_shown_in_its_whole_sentence() -> None:
    # r72 (3 items failed): "Crusader knights led by Afonso I of Portugal besieged." (and conquered Lisbon), "When
    # did crusader knights ... besiege, as part of the Reconquista?", a time line's "Einstein made." (calculations)
    text = (
        "Lisbon\n\nLisbon is the capital of Portugal.\n\nMiddle Ages\n\n"
        "In 1147, as part of the Reconquista, crusader knights led by Afonso I of Portugal besieged and conquered "
        "Lisbon.\n\nEinstein\n\n"
        "Based on calculations Einstein made in 1911, about his new theory of general relativity, light from "
        "another star should be bent by the Sun's gravity.\n"
    )
    made = items_for_document(parse_document(text, name="lisbon.txt"))
    told = [f"{i.prompt} => {i.answer}" for i in made]
    assert not [t for t in told if "besieged." in t or "besiege," in t or "Einstein made." in t]
    assert (
        "Lisbon — In [...], as part of the Reconquista, crusader knights led by Afonso I of Portugal besieged and "
        "conquered Lisbon. => 1147"
    ) in told


def test_a_winter_of_two_years_before_christ_is_one_date() -> None:
    # r74 (3 items failed): "In the winter of 327/[...], Alexander personally led a campaign ..." (answer 326 BC)
    text = (
        "Alexander the Great\n\nAlexander III of Macedon was a king of the ancient Greek kingdom of Macedon.\n\n"
        "Indian campaign\n\n"
        "In the winter of 327/326 BC, Alexander personally led a campaign against the Aspasioi of Kunar valleys, the "
        "Guraeans of the Guraeus valley, and the Assakenoi of the Swat and Buner valleys.\n"
    )
    made = items_for_document(parse_document(text, name="alexander.txt"))
    assert made and {i.answer for i in made if i.kind == "date-cloze"} == {"327/326 BC"}
    assert not [i for i in made if "327/[...]" in i.prompt or i.answer == "326 BC"]


def test_a_relative_clause_after_a_name_that_hangs_from_a_common_noun_is_not_asked() -> None:
    # r76 (2 items failed, "correct"): "When did Rome become the Italian Republic?" of "Rome became the capital of
    # the Kingdom of Italy, which, in 1946, became the Italian Republic." (the parser hung "which" on "capital")
    text = (
        "Rome\n\nRome is the capital city of Italy.\n\nModern history\n\n"
        "In 1871, Rome became the capital of the Kingdom of Italy, which, in 1946, became the Italian Republic.\n"
    )
    made = items_for_document(parse_document(text, name="rome.txt"), keep_all=True)
    assert not [
        i for i in made if "Rome become the Italian Republic" in i.prompt or "Rome became the Italian" in i.answer
    ]


def test_a_he_never_stands_for_the_place_the_article_opens_on() -> None:
    # r76 ("correct"): "Rome did away with democracy by 1926 ..." of "... Rome witnessed the rise of Italian Fascism
    # led by Benito Mussolini, who led a march on the city. He did away with democracy by 1926 ..."
    text = (
        "Rome\n\nROME (Latin and ) is the capital city and a special comune of Italy.\n\nFascism\n\n"
        "Soon after World War I in late 1922 Rome witnessed the rise of Italian Fascism led by Benito Mussolini, who "
        "led a march on the city. He did away with democracy by 1926 eventually declaring a new Italian Empire and "
        "allying Italy with Nazi Germany in 1938.\n"
    )
    made = items_for_document(parse_document(text, name="rome.txt"), keep_all=True)
    assert made and not [i for i in made if "Rome did away" in f"{i.prompt} {i.answer}"]


def test_an_event_told_as_shortly_after_an_untold_one_is_not_offered_alone() -> None:
    # r76: "Shortly after, in [...], the Persian ruler Mazaces handed Egypt over to Alexander the Great" (after what?)
    text = (
        "Ancient Egypt\n\nAncient Egypt was a civilization of ancient North Africa.\n\nPersian rule\n\n"
        "Shortly after, in 332 BC, the Persian ruler Mazaces handed Egypt over to Alexander the Great without a "
        "fight.\n"
    )
    made = items_for_document(parse_document(text, name="egypt.txt"))
    assert not [i for i in made if "Shortly after" in i.prompt]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (  # r72: "When did Jefferson ultimately resign his position?" (ultimately, after what?)
            "George Washington\n\nGeorge Washington was the first president of the United States.\n\nCabinet\n\n"
            "Secretary of State Thomas Jefferson ultimately resigned from the cabinet in December 1793.\n",
            "George Washington — When did Secretary of State Thomas Jefferson resign from the cabinet?",
        ),
        (  # r74: "When was Lincoln indeed elected to the House of Representatives?" (indeed, as what said?)
            "Abraham Lincoln\n\nAbraham Lincoln was the 16th president of the United States.\n\nCongress\n\n"
            "Lincoln was indeed elected to the House of Representatives in 1846, where he served one two-year term.\n",
            "Abraham Lincoln — When was Lincoln elected to the House of Representatives?",
        ),
        (  # r77 (2 items failed): "When did Eisenhower even visit Warsaw?" (even, against what expected?)
            "Dwight D. Eisenhower\n\nDwight David Eisenhower was the 34th president of the United States.\n\n"
            "After the war\n\nEisenhower even visited Warsaw in 1945.\n",
            "Dwight D. Eisenhower — When did Eisenhower visit Warsaw?",
        ),
    ],
)
def test_a_question_leaves_out_a_word_that_leans_on_an_untold_sentence(text: str, asked: str) -> None:
    made = items_for_document(parse_document(text, name="article.txt"))
    assert [i.prompt for i in made if i.kind == "date-when"] == [asked]
