"""Fault classes the blind read r95 (unseen set 44, 7 December) found, each tested with the article's own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from studyapp.extract import find_facts
from studyapp.text import read_document
from tests.generate.article_items import encyclopedia_items

_ENCYCLOPEDIA = "tests/data/encyclopedia/"


def test_a_subject_that_describes_someone_keeps_the_name_set_apart_after_it() -> None:
    # r95 ("answerable"): "When did the designated leader of the uprising die in a plane crash?" of "The designated
    # leader of the uprising, General José Sanjurjo, died on 20 July 1936, in a plane crash."
    asked = [i.prompt for i in encyclopedia_items("francisco_franco.txt") if i.answer == "20 July 1936"]
    questions = [p for p in asked if p.endswith("?")]
    assert questions and all("uprising, General José Sanjurjo, die in a plane crash?" in p for p in questions)


def test_a_participle_after_with_is_a_passive() -> None:
    # r95 ("clean"): "When did Lenin increasingly sideline?" of "With Lenin increasingly sidelined throughout 1922,
    # Stalin was elevated ..."
    asked = [i.prompt for i in encyclopedia_items("leon_trotsky.txt") if i.answer == "1922"]
    assert [p for p in asked if p.endswith("When was Lenin sidelined?")]
    assert not [p for p in asked if "sideline?" in p]


def test_a_question_stops_before_a_joined_verb_and_the_words_that_open_it() -> None:
    # r95 ("clean"): "When did Gorbachev visit Beijing and there?" of "In May 1989 he visited Beijing and there met
    # its leader Deng Xiaoping"
    asked = [i.prompt for i in encyclopedia_items("mikhail_gorbachev.txt") if i.answer == "May 1989"]
    assert asked and not [p for p in asked if "and there?" in p]
    assert [p for p in asked if p.endswith("When did Gorbachev visit Beijing?")]


def test_a_number_that_stands_for_a_noun_named_before_leans_on_that_sentence() -> None:
    # r95 ("answerable"): "In [...], the year of the miners' strike, there were 1,221, resulting in ..." (1,221 what?)
    facts = find_facts(read_document(_ENCYCLOPEDIA + "margaret_thatcher.txt"))
    counted = [f for f in facts if "there were 1,221" in f.sentence and f.date.text == "1984"]
    assert counted and all("The number of stoppages" in f.context for f in counted)


def test_a_date_that_is_the_subject_leaves_no_statement_without_it() -> None:
    # r95 ("clean"): the chronology event "Became known as Bloody Sunday." of "Sunday, 9 January 1905, became
    # known as Bloody Sunday."; "Hampered by severe droughts in 1975 and [...]." of "..., something hampered by
    # severe droughts in 1975 and 1976."
    trotsky = encyclopedia_items("leon_trotsky.txt")
    assert len(trotsky) > 50 and not [i for i in trotsky if "Became known as Bloody Sunday" in i.prompt + i.answer]
    gorbachev = encyclopedia_items("mikhail_gorbachev.txt")
    assert not [i for i in gorbachev if i.prompt.split(" — ")[-1].startswith("Hampered by")]


def test_a_part_of_a_year_before_christ_is_part_of_the_date() -> None:
    # r95 ("clean"): "When did Caesar return late?" of "When Caesar returned in late 45 BC, the civil war was over."
    made = encyclopedia_items("mark_antony.txt")
    assert [i for i in made if i.answer == "late 45 BC"]
    assert not [i for i in made if "return late?" in i.prompt]


def test_the_comma_closing_an_apposition_stays_when_an_aside_after_it_is_cut() -> None:
    # r95 ("clean"): "Franco wrote to the head of the government, Casares Quiroga but received no reply." of "...,
    # Casares Quiroga, offering to quell the discontent in the Spanish Republican Army, but received no reply."
    told = [i.answer for i in encyclopedia_items("francisco_franco.txt") if "Casares Quiroga" in i.answer]
    assert told and all("Casares Quiroga, but received no reply" in answer for answer in told)


def test_a_word_that_opens_a_longer_name_keeps_its_capital_in_a_question() -> None:
    # r95 ("clean"): "what did west German Chancellor Helmut Kohl do in March 1990?"
    asked = [i.prompt for i in encyclopedia_items("margaret_thatcher.txt") if "Helmut Kohl do" in i.prompt]
    assert asked and all("what did West German Chancellor Helmut Kohl do" in prompt for prompt in asked)
