"""Items for dates before Christ: wrong choices in the same form and on the same side of the era, chronology
in time order across BC and AD (signed astronomical years order as numbers, not as strings)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from generate_docs import build, by_kind

from studyapp.extract import find_dates, find_facts, find_lists
from studyapp.extract.model import DatedFact
from studyapp.generate import make_items
from studyapp.generate.choices import DatePool, wrong_dates
from studyapp.generate.spans import disjoint, first_day, last_day, span
from studyapp.text import parse_document

ANTIQUITY = [
    "The Oscans settled Pompeii in the 6th century BC.",
    "The Romans fought Carthage between 218 and 201 BC.",
    "Pompeii became a Roman municipium in 89 BC.",
    "Caesar was murdered on 15 March 44 BC.",
    "The first bronze tools were cast in the third millennium BC.",
    "A temple was raised c. 500 BCE.",
    "Rome grew rich in the first century BC.",
    "Vesuvius buried Pompeii in AD 79.",
    "The Normans landed in AD 1066.",
    "The Villa of the Papyri was dug out in 1750.",
    "Farming began in the Sarno valley c. 10,000 BC.",
    "The emperor's heir was born in AD 3.",
]

# the answer's form -> what every choice must look like
_FORMS = {
    "the 6th century BC": r"the \d+(st|nd|rd|th) century BC",
    "between 218 and 201 BC": r"between \d+ and \d+ BC",
    "89 BC": r"\d+ BC",
    "15 March 44 BC": r"\d+ [A-Z][a-z]+ \d+ BC",
    "the third millennium BC": r"the [a-z]+ millennium BC",
    "c. 500 BCE": r"c\. \d+ BCE",
    "the first century BC": r"the [a-z]+ century BC",
    "AD 79": r"AD \d+",
    "c. 10,000 BC": r"c\. \d{1,2},\d{3} BC",
    "AD 3": r"AD [1-9]\d*",  # never "AD 0" or "AD -1"
}


@dataclass(frozen=True)
class _Choice:
    answer: str
    choices: tuple[str, ...]


def _choice_items() -> tuple[list[DatedFact], list[_Choice]]:
    """Every fact's choices as the choice maker writes them (items offer them only for sharp dates, see
    ``test_centuries_and_millennia_are_offered_no_choices``)."""
    _, facts, _ = build([("history", "HISTORY", ANTIQUITY)])
    pool = DatePool(f.date for f in facts)
    made = []
    for fact in facts:
        picked = wrong_dates(fact.date, pool, [])
        if picked is not None:
            made.append(_Choice(picked[0], (picked[0], *picked[1])))
    return facts, made


def test_centuries_and_millennia_are_offered_no_choices() -> None:
    # blind reads r6-r10: "the 20th century" beside "the 19th" was also true of the event
    doc, facts, lists = build([("history", "HISTORY", ANTIQUITY)])
    asked = {i.answer for i in by_kind(make_items(doc, facts, lists), "date-choice")}
    assert "89 BC" in asked and "15 March 44 BC" in asked
    assert not {"the 6th century BC", "the third millennium BC", "the first century BC"} & asked


def _bc_side(text: str) -> bool:
    (mention,) = find_dates(text)
    return last_day(mention.end)[0] < 1


@pytest.mark.parametrize("answer", sorted(_FORMS))
def test_wrong_choices_keep_the_form_and_the_side_of_the_era(answer: str) -> None:
    facts, items = _choice_items()
    (item,) = [i for i in items if i.answer == answer]
    assert len(set(item.choices)) == 4 and item.choices.count(answer) == 1
    (right,) = [f.date for f in facts if f.date.text == answer]
    for choice in item.choices:
        assert re.fullmatch(_FORMS[answer], choice), choice
        assert _bc_side(choice) == _bc_side(answer), choice  # never across the start of the era
        (mention,) = find_dates(choice)
        assert mention.granularity == right.granularity
        if choice != answer:
            assert span(mention) != span(right)
            if right.granularity in ("range", "century", "millennium"):
                assert disjoint(span(mention), span(right)), choice


def test_a_year_bc_gets_nearby_years_bc() -> None:
    _, items = _choice_items()
    (item,) = [i for i in items if i.answer == "89 BC"]
    years = sorted(int(c.split()[0]) for c in item.choices if c != "89 BC")
    assert all(1 <= abs(year - 89) <= 30 for year in years), years


def test_the_first_century_bc_never_becomes_the_first_century_ad() -> None:
    _, items = _choice_items()
    (item,) = [i for i in items if i.answer == "the first century BC"]
    assert all(choice.endswith(" BC") for choice in item.choices)
    assert "the first century" not in [c.removesuffix(" BC") for c in item.choices if c != item.answer]


def test_chronology_orders_bc_before_ad_and_earlier_bc_first() -> None:
    doc, facts, lists = build([("history", "HISTORY", ANTIQUITY)])
    drills = by_kind(make_items(doc, facts, lists), "chronology")
    assert drills
    for drill in drills:
        lines = drill.answer.splitlines()
        dates = [re.search(r"\(([^()]*)\)$", line).group(1) for line in lines]
        spans = [span(find_dates(text)[0]) for text in dates]
        assert spans == sorted(spans), dates
        assert all(disjoint(a, b) for i, a in enumerate(spans) for b in spans[i + 1 :])
    shown = [re.search(r"\(([^()]*)\)$", line).group(1) for drill in drills for line in drill.answer.splitlines()]
    assert any(d.endswith("BC") or d.endswith("BCE") for d in shown)


def test_negative_years_order_as_time_not_as_text() -> None:
    bounds = ["-0599", "-0500", "-0088", "0000", "0079", "1066"]
    assert sorted(bounds, key=first_day) == bounds
    assert sorted(bounds) != bounds  # as strings they would not
    assert first_day("-0043-03-15") == (-43, 3, 15) and last_day("-0043-03") == (-43, 3, 31)


ARTICLE = """The Ancient Port

An essay on a town of antiquity.

HISTORY

Greek traders reached Pompeii in the 8th century BC. Pompeii's harbour was walled between 218 and 201 BC,
while Rome fought Carthage. Pompeii sided with Rome in 89 BC. An earthquake struck Campania on 5 February 62,
and Pompeii's baths were rebuilt. Vesuvius buried Pompeii in AD 79.
"""


def test_a_plain_text_article_with_bc_dates_yields_sound_items() -> None:
    doc = parse_document(ARTICLE, name="ancient-port.txt")
    facts = find_facts(doc)
    assert [(f.date.text, f.date.start, f.date.end) for f in facts] == [
        ("the 8th century BC", "-0799", "-0700"),
        ("between 218 and 201 BC", "-0217", "-0200"),
        ("89 BC", "-0088", "-0088"),
        ("5 February 62", "0062-02-05", "0062-02-05"),
        ("AD 79", "0079", "0079"),
    ]
    items = make_items(doc, facts, find_lists(doc))
    for fact in facts:
        own = [i for i in items if i.origin == fact.id]
        if fact.date.granularity == "century":
            assert {i.kind for i in own} == {"date-cloze"}, fact.sentence  # a century answers "When?" vaguely
            continue
        assert {i.kind for i in own} >= {"date-cloze", "date-when"}, fact.sentence
        if fact.date.text == "between 218 and 201 BC":
            continue  # no choices for a span of ten years or more
        (choice,) = [i for i in own if i.kind == "date-choice"]
        assert len(set(choice.choices)) == 4 and choice.choices.count(choice.answer) == 1
    (drill,) = by_kind(items, "chronology")
    assert [line.rsplit("(", 1)[1].rstrip(")") for line in drill.answer.splitlines()] == [f.date.text for f in facts][
        : len(drill.answer.splitlines())
    ]
