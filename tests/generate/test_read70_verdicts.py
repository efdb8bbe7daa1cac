"""Fault classes blind read r70 found on unseen articles (Apollo program, Microsoft, NATO, Riga, Telephone), each
tested with the article's own sentences (Wikipedia, CC BY-SA)."""

from __future__ import annotations

from studyapp.generate import items_for_document
from studyapp.text import parse_document


def test_an_acronym_spelled_out_keeps_the_article_its_long_form_takes() -> None:
    # r70 (7 items failed): "When did North Atlantic Treaty Organization (NATO) take its first wartime action ...?"
    text = (
        "NATO\n\nThe North Atlantic Treaty Organization (NATO) is an intergovernmental military alliance.\n\n"
        "Post-Cold War\n\n"
        "On 28 February 1994, NATO took its first wartime action by shooting down four Bosnian Serb aircraft "
        "violating the no-fly zone.\n"
    )
    made = items_for_document(parse_document(text, name="nato.txt"))
    asked = [i.prompt for i in made if i.kind == "date-when"]
    assert asked and all("When did the North Atlantic Treaty Organization (NATO) take" in q for q in asked)
