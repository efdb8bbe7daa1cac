"""Fault classes the blind reads of unseen sets 31 and 32 (r76: Athens, Copenhagen; r77: Dwight D.
Eisenhower, Hamburg) found and the session of 6 December mended, each tested with the article's own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.generate import items_for_document
from studyapp.text import parse_document

ENCYCLOPEDIA = Path(__file__).parents[1] / "data" / "encyclopedia"


def test_what_the_source_asks_whether_is_never_told_as_a_fact() -> None:
    # r76 ("correct"): "Athens suffered destruction in about [...]." of "it is not known whether Athens suffered ..."
    text = (
        "Athens\n\nAthens is the capital of Greece.\n\nOrigins\n\n"
        "Unlike other Mycenaean centers, such as Mycenae and Pylos, it is not known whether Athens suffered "
        "destruction in about 1200 BC, an event often attributed to a Dorian invasion, and the Athenians always "
        "maintained that they were pure Ionians with no Dorian element.\n\n"
        "Classical Athens\n\nAthens was sacked by the Persians in 480 BC.\n"
    )
    made = items_for_document(parse_document(text, name="athens.txt"))
    told = [f"{i.prompt} => {i.answer}" for i in made if i.answer == "1200 BC"]
    assert made and all("it is not known whether Athens suffered" in t for t in told)


def test_that_election_of_a_named_he_still_leans_on_the_sentence_before() -> None:
    # r77 ("answerable"): "Eisenhower won that election and the [...] election in landslides" (which election?)
    text = (
        "Dwight D. Eisenhower\n\nDwight David Eisenhower was an American military officer and statesman.\n\n"
        "Presidency\n\n"
        "Eisenhower entered the 1952 presidential race as a Republican. He won that election and the 1956 election "
        "in landslides, both times defeating Adlai Stevenson II.\n"
    )
    made = items_for_document(parse_document(text, name="eisenhower.txt"))
    assert made and not [i for i in made if i.prompt.startswith("Dwight D. Eisenhower — Eisenhower won that")]


@pytest.mark.parametrize(
    ("article", "sentence"),
    [
        ("hamburg.txt", "5,891 people have acquired German cititzenship in 2016."),
        ("hamburg.txt", "The city had 5,663 physicians in private practice and 456 pharmacies in 2010."),
        ("copenhagen.txt", "680,000 cruise passengers visited the port in 2015."),
    ],
)
def test_a_head_count_at_a_date_is_trivia_not_a_fact_to_date(article: str, sentence: str) -> None:
    # r76, r77 ("worth learning"): the year is only when heads were counted
    path = ENCYCLOPEDIA / article
    made = items_for_document(parse_document(path.read_text(encoding="utf-8"), name=article))
    year = sentence.rstrip(".").rsplit(" ", 1)[1]
    asked = sentence.replace(year, "[...]")
    assert len(made) > 50 and not [i for i in made if asked in i.prompt]


def test_a_when_question_is_not_made_around_a_verb_hung_without_subject() -> None:
    # r76 ("clean"): "When did a massacre of opposition figures call the Stockholm Bloodbath took place?"
    path = ENCYCLOPEDIA / "stockholm.txt"
    made = items_for_document(parse_document(path.read_text(encoding="utf-8"), name="stockholm.txt"))
    dated = [i for i in made if "8 November 1520" in i.answer or "8 November 1520" in i.prompt]
    assert dated and not [i for i in made if "call the Stockholm Bloodbath took place" in i.prompt]


def test_a_conjunct_whose_and_was_cut_out_is_a_misread() -> None:
    # r77 ("correct", "clean"): "The Germans launched a surprise counter offensive, the Battle of the Bulge,
    # improved weather." (the parser joined "weather" to "Battle"; its "and" went with the relative clause)
    path = ENCYCLOPEDIA / "dwight_d_eisenhower.txt"
    made = items_for_document(parse_document(path.read_text(encoding="utf-8"), name="dwight_d_eisenhower.txt"))
    assert len(made) > 50 and not [i for i in made if "Bulge, improved weather" in i.prompt + i.answer]
