"""Fault classes the blind reads of unseen sets 31 and 32 (r76: Athens; r77: Dwight D. Eisenhower) found and the
session of 6 December (afternoon) mended, each tested with the article's own sentences (Wikipedia, CC BY-SA)."""

from __future__ import annotations

from studyapp.generate import items_for_document
from studyapp.text import parse_document


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
