"""Fault classes the blind read r103 (unseen set 50, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from pathlib import Path

from studyapp.text.inline import clean_inline
from tests.generate.article_items import encyclopedia_items


def test_letters_set_in_italics_inside_a_word_are_plain_letters() -> None:
    # r103 ("clean"): "... an acronym (...): P_unjab, A_fghania, K_ashmir, S_indh, and Baluchis_tan." of the copy's
    # "_P_unjab, _A_fghania, _K_ashmir, _S_indh, and Baluchis_tan_"
    text = (Path(__file__).parents[1] / "data" / "encyclopedia" / "pakistan.txt").read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if "Choudhry Rahmat Ali" in line)
    assert "the five northern regions of British India: Punjab, Afghania, Kashmir, Sindh, and Baluchistan." in (
        clean_inline(line)
    )
    assert "snake_case_name" in clean_inline("a snake_case_name stays")


def test_a_value_lost_after_a_bound_or_an_average_keeps_the_sentence_out() -> None:
    # r103 ("clean"): "... untapped mineral deposits located in 2007 by the US Geological Survey are worth at least."
    # and "... northern Afghanistan has an average of crude oil, of natural gas, and of natural gas liquids?"
    made = encyclopedia_items("afghanistan.txt")
    assert len(made) > 30
    assert not [i for i in made if "worth at least." in i.prompt + i.answer or "average of crude oil" in i.prompt]


def test_a_relative_clause_after_a_gloss_in_brackets_is_not_the_glosss() -> None:
    # r103 ("clean"): "When did Hungarian substantially end?" of 'the "regulation of the Tisza" (Hungarian: a Tisza
    # szabályozása) which started on 27 August 1846, and substantially ended in 1880.'
    made = encyclopedia_items("austria_hungary.txt")
    assert len(made) > 30 and not [i for i in made if "Hungarian substantially" in i.prompt + i.answer]


def test_a_verb_joined_with_no_word_between_takes_no_subject_from_the_first() -> None:
    # r103 ("clean", "correct"): "When was the first Hungarian flown at Rákosmező?" of "The first Hungarian designed
    # and produced airplane (powered by ...) was flown at Rákosmező on 4 November 1909."
    made = [i for i in encyclopedia_items("austria_hungary.txt") if "Rákosmező" in i.prompt + i.answer]
    assert made and not [i for i in made if "first Hungarian flown" in i.prompt or "Hungarian was flown" in i.answer]


def test_a_past_verb_the_parser_joined_to_a_base_form_stops_the_question() -> None:
    # r103 ("clean"): "When did North Korea declare its ideology to be socialism and took away all of people's private
    # property ...?" ("took" was joined to "be")
    made = [i for i in encyclopedia_items("north_korea.txt") if "took away all of people's" in i.prompt]
    assert made and not [i for i in made if i.prompt.endswith("?")]


def test_what_follows_a_dash_after_the_date_is_the_dates_apposition() -> None:
    # r103 ("clean"): "When did democratic rule resume an era of self-consciousness, intellectual leftism, ...?" of
    # "Democratic rule resumed from 1972 to 1977—an era of self-consciousness, ..."
    asked = [i.prompt for i in encyclopedia_items("pakistan.txt") if i.answer == "from 1972 to 1977"]
    assert not [p for p in asked if "resume an era" in p]


def test_a_date_on_the_one_set_apart_in_the_subject_is_that_ones() -> None:
    # r103 ("clean", "unambiguous"): "what happened on August 5, 1966? Marches, especially the one through Marquette
    # Park were met by thrown bottles ..." (the date is that march's, not the marches')
    made = [i for i in encyclopedia_items("martin_luther_king_jr.txt") if "Marquette Park" in i.prompt + i.answer]
    assert made and not [i for i in made if i.kind.value in ("date-what", "date-when")]


def test_both_the_countries_leans_on_the_sentence_before() -> None:
    # r103 ("answerable"): "When did both the countries sign 51 agreements and Memorandums of Understanding?"
    made = [i for i in encyclopedia_items("pakistan.txt") if "51 agreements" in i.prompt]
    assert not [i for i in made if i.prompt.endswith("?")]


def test_a_verb_of_going_with_no_place_leans() -> None:
    # r103 ("answerable"): "When did King return?" and "• King first visited." (Albany, the sentence before said)
    made = encyclopedia_items("martin_luther_king_jr.txt")
    assert len(made) > 30 and not [i for i in made if "When did King return?" in i.prompt]
