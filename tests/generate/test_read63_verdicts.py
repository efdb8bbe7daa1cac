"""Fault classes blind read r63 found on unseen articles (Battle of Jutland, Christopher Columbus, Florence,
Francis Drake, Hernán Cortés), each tested with the article's own sentences (Wikipedia, CC BY-SA)."""

from __future__ import annotations

from studyapp.generate import items_for_document
from studyapp.text import parse_document

_LEAD = "Francis Drake\n\nSir Francis Drake was an English sea captain and explorer.\n\nCareer\n\n"


def test_a_regnal_numeral_ending_the_sentence_keeps_no_full_stop_in_the_question() -> None:
    # r63: "When did Drake become a member of parliament again for Bossiney on the forming of the 5th Parliament of
    # Elizabeth I.?"
    text = _LEAD + (
        "Drake became a member of parliament again in 1584 for Bossiney on the forming of the 5th Parliament of "
        "Elizabeth I.\n"
    )
    questions = [i.prompt for i in items_for_document(parse_document(text, name="article.txt")) if "When" in i.prompt]
    assert questions and all(q.endswith("of Elizabeth I?") for q in questions), questions


def test_the_phrase_saying_which_year_is_not_the_subject_of_the_question() -> None:
    # r63: "When were the year after defeating the Armada, Drake and Sir John Norreys given three tasks?"
    text = _LEAD + (
        "In 1589, the year after defeating the Armada, Drake and Sir John Norreys were given three tasks: seek out "
        "and destroy the remaining ships, support the rebels in Lisbon, and take the Azores if possible.\n"
    )
    made = items_for_document(parse_document(text, name="article.txt"))
    assert not [i for i in made if "When were the year" in i.prompt]


def test_names_the_copy_lost_between_dashes_make_no_item() -> None:
    # r63: "Ten submarines—, and —were given orders first to patrol in the central North Sea between [...], ..."
    text = (
        "Battle of Jutland\n\nThe Battle of Jutland was a naval battle of the First World War.\n\nPlanning\n\n"
        "Ten submarines—, , , , , , , , , and —were given orders first to patrol in the central North Sea between "
        "17 and 22 May 1916, and then to take up waiting positions.\n"
    )
    made = items_for_document(parse_document(text, name="article.txt"))
    assert not [i for i in made if "submarines" in i.prompt + i.answer]
