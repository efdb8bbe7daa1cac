"""Fault classes the blind read r167 (unseen set 89, 8 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from pathlib import Path

from studyapp.text import parse_document
from tests.generate.article_items import encyclopedia_items

_ENCYCLOPEDIA = Path(__file__).parents[1] / "data" / "encyclopedia"


def test_an_indented_quotation_under_a_lead_ending_on_a_comma_is_a_paragraph_of_its_own() -> None:
    # r167 ("clean"): "In the words of J. Desmond Clark, It was early realized that the threefold division ...
    # adopted in [...] for Europe ..." (the lead, a blank line, then the quotation indented)
    document = parse_document((_ENCYCLOPEDIA / "stone_age.txt").read_text(encoding="utf-8"), name="stone_age")
    paragraphs = [p.text for s in document.sections for p in s.paragraphs]
    assert [p for p in paragraphs if p.startswith("It was early realized that the threefold division")]
    assert not [p for p in paragraphs if "Clark, It was" in p]
    made = encyclopedia_items("stone_age.txt")
    assert not [i for i in made if "Clark, It was" in i.prompt]


def test_a_state_told_in_the_present_tense_is_not_asked_its_year() -> None:
    # r167 ("unambiguous"): "In [...] the countries with the most cases include the Democratic Republic of the
    # Congo, Madagascar and Peru." (the same countries lead in other years too)
    made = encyclopedia_items("plague_disease.txt")
    assert not [i for i in made if "the countries with the most cases include" in i.prompt]
    # ... but a time line's present tells events, and a date of a phrase of its own is that phrase's
    assert [i for i in encyclopedia_items("new_york_stock_exchange.txt") if "NYSE acquires its first" in i.prompt]
    assert [i for i in encyclopedia_items("macau.txt") if "The University of Macau, founded in [...], is" in i.prompt]


def test_further_outbreaks_need_the_outbreaks_before() -> None:
    # r167 ("answerable"): "Further outbreaks in Madagascar were reported in [...] and October 2017." (further than
    # what?)
    assert not [i for i in encyclopedia_items("plague_disease.txt") if i.prompt.split(" — ")[-1].startswith("Further")]


def test_the_first_one_as_an_object_needs_what_it_is_the_first_of() -> None:
    # r167 ("answerable"): "When did Louis Leakey host the first one in Nairobi?" (the first Pan African Congress)
    made = encyclopedia_items("stone_age.txt")
    assert not [i for i in made if "the first one" in i.prompt]


def test_a_name_written_with_hyphens_stands_whole_for_her() -> None:
    # r167 ("clean"): "Jahangir married Nisaa in [...] and gave her the title of Nur Jahan" of "The widowed
    # Mehr-Un-Nisaa was brought to Agra ... Jahangir married her in 1611 and gave her the title ..."
    made = [i.prompt for i in encyclopedia_items("jahangir.txt") if i.answer == "1611"]
    assert not [p for p in made if "married Nisaa" in p]
    assert [p for p in made if "Jahangir married Mehr-Un-Nisaa in [...]" in p]


def test_a_past_verb_misread_as_joined_to_a_number_is_not_asked() -> None:
    # r167 ("clean"): "When did Babur ascend the throne of Fergana ... at the age of twelve and faced rebellion?"
    # ("faced" read as an adjective joined to "twelve")
    made = [i for i in encyclopedia_items("babur.txt") if i.answer == "1494"]
    assert not [i for i in made if "faced rebellion?" in i.prompt]
    assert [i for i in made if i.prompt.endswith("at the age of twelve and faced rebellion.")]


def test_a_relative_clause_that_begins_may_tell_of_the_noun_before_the_preposition() -> None:
    # r167 ("correct"): "When did Danish kitchen middens begin?" of "... based on his work with Danish kitchen
    # middens that began in 1851" (the work began, not the middens)
    made = encyclopedia_items("stone_age.txt")
    assert not [i for i in made if "middens begin" in i.prompt or "middens began in [...]" in i.prompt]


def test_a_span_of_years_before_the_era_written_with_to_is_one_date() -> None:
    # r167 ("clean"): "The Altamira cave paintings in Spain were done 14,000 to [...] and show, among others, bisons."
    made = [i for i in encyclopedia_items("stone_age.txt") if "Altamira" in i.prompt]
    assert made and not [i for i in made if "14,000 to [...]" in i.prompt]
    assert {i.answer for i in made} == {"14,000 to 12,000 BCE"}
