"""Fault classes the blind read r96 (unseen set 45, five countries, 7 December) found, each tested with the
article's own text (Wikipedia, CC BY-SA)."""

from __future__ import annotations

from studyapp.text import Table, read_document
from tests.generate.article_items import article_items, encyclopedia_items


def test_rows_between_two_rules_of_dashes_are_a_table_not_a_list() -> None:
    # r96 ("clean", "unambiguous"): "1. Andhra Pradesh       19. Nagaland" read as one list entry of two states, a
    # cloze answered "Himachal Pradesh 27. Uttar Pradesh" (4 list clozes, all bad)
    doc = read_document("tests/data/encyclopedia/india.txt")
    tables = [a for s in doc.sections for a in s.asides if isinstance(a, Table)]
    states = [t for t in tables if any("Andhra Pradesh" in cell for row in t.rows for cell in row)]
    assert states and ("19. Nagaland" in states[0].rows[0][1])
    assert not [i for i in encyclopedia_items("india.txt") if "Nagaland" in i.prompt + i.answer]


def test_the_year_of_a_place_in_a_ranking_or_of_a_rate_is_not_asked() -> None:
    # r96 ("worth learning"): "In [...], China ranked 175th out of 180 countries.", "Germany has a low murder rate
    # with 0.9 murders per 100,000 in [...].", "... ranks as the twelfth largest by nominal GDP ... in [...]."
    asked = [
        i
        for name in ("china.txt", "germany.txt", "russia.txt")
        for i in encyclopedia_items(name)
        if "175th out of 180" in i.prompt or "murders per 100,000" in i.prompt or "twelfth largest" in i.prompt
    ]
    assert not asked
    assert [i for i in encyclopedia_items("germany.txt") if i.answer == "1 September 1939"]


def test_a_value_the_copy_lost_before_a_bracket_is_seen() -> None:
    # r96 ("clean"): "The recorded extremes are a maximum of (July 2015, in Kitzingen), and a minimum of ([...], ..."
    assert not [i for i in encyclopedia_items("germany.txt") if "a maximum of (" in i.prompt]


def test_a_phrase_that_times_the_event_by_an_unnamed_one_is_not_moved_into_the_question() -> None:
    # r96 ("answerable"): "When did Germany invade Poland, following the agreement?" (which agreement?)
    asked = [i.prompt for i in encyclopedia_items("germany.txt") if i.answer == "1 September 1939"]
    assert [p for p in asked if p.endswith("When did Germany invade Poland?")]
    assert not [p for p in asked if "following the agreement" in p]


def test_a_word_that_opens_a_name_before_a_small_word_keeps_its_capital() -> None:
    # r96 ("clean"): "When did reporters Without Borders rank China ...?" of "In 2005, Reporters Without Borders ..."
    opened = "In 2005, Reporters Without Borders opened an office in Beijing."
    made = article_items("Censorship grew in the 2000s.", opened)
    asked = [i.prompt for i in made if i.answer == "2005" and i.prompt.endswith("?")]
    assert asked and all("When did Reporters Without Borders open an office in Beijing?" in p for p in asked)


def test_the_last_noun_of_a_list_the_parser_joined_to_the_verb_stays_in_the_question() -> None:
    # r96 ("clean"): "When was the Soviet Army withdrawn from Afghanistan due to international opposition,
    # persistent anti-Soviet guerrilla warfare?" (the source goes on: ", and a lack of support by Soviet citizens")
    asked = [i.prompt for i in encyclopedia_items("russia.txt") if "Soviet Army withdrawn from Afghanistan" in i.prompt]
    assert asked and all(p.endswith("guerrilla warfare, and a lack of support by Soviet citizens?") for p in asked)
