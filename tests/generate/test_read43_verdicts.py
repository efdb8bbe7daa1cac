"""Fault classes blind read r43 found on unseen articles, each tested with the article's own text (Wikipedia,
CC BY-SA)."""

from __future__ import annotations

from studyapp.extract import find_lists
from studyapp.generate import items_for_document
from studyapp.generate.list_titles import list_titles
from studyapp.text import parse_document

WEST_BANK = (
    "Six-Day War\n"
    "\n"
    "The Six-Day War was an armed conflict between Israel and a coalition of Arab states in June 1967.\n"
    "\n"
    "The West Bank\n"
    "\n"
    "Jordan had realised that it had no hope of defence as early as the morning of 6 June, just a day "
    "after the conflict had begun. At Nasser’s request, Egypt’s Abdul Munim Riad sent a situation update "
    "at midday on 6 June:\n"
    "\n"
    "  The situation on the West Bank is rapidly deteriorating. A concentrated attack has been launched "
    "on all axes, together with heavy fire, day and night. Jordanian, Syrian and Iraqi air forces in "
    "position H3 have been virtually destroyed. Upon consultation with King Hussein I have been asked to "
    "convey to you the following choices:\n"
    "\n"
    "      1. A political decision to cease fighting to be imposed by a third party (the USA, the Soviet "
    "Union or the Security Council).\n"
    "      2. To vacate the West Bank tonight.\n"
    "      3. To go on fighting for one more day, resulting in the isolation and destruction of the "
    "entire Jordanian Army.\n"
    "\n"
    '  King Hussein has asked me to refer this matter to you for an immediate reply."\n'
)


def test_a_list_titled_only_by_a_kind_of_thing_asks_nothing_even_among_its_other_entries() -> None:
    # r43: "The choices in “Six-Day War”: 1. [...] 2. To vacate the West Bank tonight ..." failed 6 of 6 (whose
    # choices, offered to whom?); r29's "The two ways in “Louisiana Purchase”" 4 of 4
    doc = parse_document(WEST_BANK, name="six_day_war.txt")
    (choices,) = find_lists(doc)
    assert list_titles(doc, [choices])[choices.id].vague
    assert not [item for item in items_for_document(doc) if item.origin == choices.id]


def test_a_list_whose_lead_names_whose_entries_they_are_is_asked() -> None:
    # the counter-example: the same entries under a lead that says whose choices they are
    named = WEST_BANK.replace(
        "Upon consultation with King Hussein I have been asked to convey to you the following choices:",
        "King Hussein of Jordan offered Nasser three choices:",
    )
    doc = parse_document(named, name="six_day_war.txt")
    (choices,) = find_lists(doc)
    title = list_titles(doc, [choices])[choices.id]
    assert not title.vague
    assert [item for item in items_for_document(doc) if item.origin == choices.id]
