"""Fault classes the blind read r97 (unseen set 46, 7 December) found, each tested with the article's own text
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from studyapp.text import read_document
from tests.generate.article_items import encyclopedia_items


def test_a_section_titles_lost_dash_between_two_years_is_put_back_and_its_id_kept() -> None:
    # r97 ("clean"): "Put these events of the section “Treaty of Rome (195792)” ...", "Lisbon Treaty (2007present)"
    sections = {s.id: s.title for s in read_document("tests/data/encyclopedia/european_union.txt").sections}
    assert sections["treaty-of-rome-195792"] == "Treaty of Rome (1957–92)"
    assert sections["lisbon-treaty-2007present"] == "Lisbon Treaty (2007–present)"
    assert sections["maastricht-treaty-19922007"] == "Maastricht Treaty (1992–2007)"
    assert not [i for i in encyclopedia_items("european_union.txt") if "(195792)" in i.prompt]


def test_on_the_other_hand_is_not_moved_into_a_question() -> None:
    # r97 ("clean"): "When did Zworykin share some patent rights with ... Telefunken, on the other hand?"
    asked = [i.prompt for i in encyclopedia_items("television.txt") if "When did Zworykin share" in i.prompt]
    assert asked and not [p for p in asked if "other hand" in p]


def test_as_far_back_as_goes_with_its_date() -> None:
    # r97 ("clean"): the chronology event "Radio programming was distributed by cable in some European cities as
    # far back." of "... as far back as 1924"
    made = encyclopedia_items("television.txt")
    assert [i for i in made if "distributed by cable in some European cities" in i.prompt + i.answer]
    assert not [i for i in made if "as far back." in i.prompt + i.answer]


def test_what_a_thing_told_with_a_or_an_did_is_not_asked() -> None:
    # r97 ("clean"): "what did a 405-line broadcasting service employing the Emitron do on 2 November 1936?"
    made = encyclopedia_items("television.txt")
    assert not [i for i in made if "what did a 405-line" in i.prompt]


def test_empty_quotation_marks_are_a_title_the_copy_lost() -> None:
    # r98 ("clean"): 'In [...] Melchior Grimm published "", an influential article for the Encyclopédie ...'
    made = encyclopedia_items("opera.txt")
    assert len(made) > 30 and not [i for i in made if '""' in i.prompt]


def test_two_parts_of_a_year_are_one_date() -> None:
    # r98 ("clean"): "Throughout early and [...], Epstein sought to free the Beatles ..." (answer "mid-1962")
    made = encyclopedia_items("the_beatles.txt")
    assert [i for i in made if i.answer == "early and mid-1962"]
    assert not [i for i in made if "early and [...]" in i.prompt]
