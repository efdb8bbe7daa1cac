"""find_dates on dates before Christ: astronomical years with a sign (1 BC = 0000, 89 BC = -0088)."""

from __future__ import annotations

import pytest

from studyapp.extract import find_dates
from studyapp.extract.model import DateMention


def spans(sentence: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.start, m.end) for m in find_dates(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Herculaneum became a Roman municipium in 89 BC.", [("89 BC", "-0088", "-0088")]),
        ("Caesar was killed in 44 BC.", [("44 BC", "-0043", "-0043")]),
        ("Augustus died, it is said, in 1 BC or 2 BC.", [("1 BC", "0000", "0000"), ("2 BC", "-0001", "-0001")]),
        ("The temple was built c. 500 BCE.", [("c. 500 BCE", "-0499", "-0499")]),
        ("It was sacked in 390 B.C. by the Gauls.", [("390 B.C.", "-0389", "-0389")]),
        ("The pyramid dates from c. 2560 BC.", [("c. 2560 BC", "-2559", "-2559")]),
        ("He was murdered on 15 March 44 BC.", [("15 March 44 BC", "-0043-03-15", "-0043-03-15")]),
        ("The siege ended in August 146 BC.", [("August 146 BC", "-0145-08", "-0145-08")]),
        ("The Oscans settled the site in the 6th century BC.", [("the 6th century BC", "-0599", "-0500")]),
        ("Rome grew in the first century BC.", [("the first century BC", "-0099", "0000")]),
        ("The city flourished in the late 6th century BCE.", [("the late 6th century BCE", "-0533", "-0500")]),
        (
            "Greek colonies spread in the 8th and 7th centuries BC.",
            [("the 8th and 7th centuries BC", "-0799", "-0600")],
        ),
        ("Bronze was cast in the third millennium BC.", [("the third millennium BC", "-2999", "-2000")]),
        ("The war was fought between 218 and 201 BC.", [("between 218 and 201 BC", "-0217", "-0200")]),
        ("The Punic Wars lasted from 264 BC to 146 BC.", [("from 264 BC to 146 BC", "-0263", "-0145")]),
        ("The Second Punic War (218–201 BC) ruined Italy.", [("218–201 BC", "-0217", "-0200")]),
        ("Augustus ruled from 27 BC to AD 14.", [("from 27 BC to AD 14", "-0026", "0014")]),
        ("Troy fell from 1250 to 1180 BC, it is said.", [("from 1250 to 1180 BC", "-1249", "-1179")]),
        ("Farming began c. 10,000 BC in the Levant.", [("c. 10,000 BC", "-9999", "-9999")]),
        ("Mammoths lived here from 12,000 to 10,000 BC.", [("from 12,000 to 10,000 BC", "-11999", "-9999")]),
        # an AD year beside a BC one keeps its own meaning
        ("The site was dug in 1891 and dated to 1200 BC.", [("1891", "1891", "1891"), ("1200 BC", "-1199", "-1199")]),
        # AD forms are unchanged
        ("Vesuvius erupted c. 79 AD.", [("c. 79 AD", "0079", "0079")]),
        ("The Normans landed in AD 1066.", [("AD 1066", "1066", "1066")]),
        ("The eruption began on 24 August AD 79.", [("24 August AD 79", "0079-08-24", "0079-08-24")]),
        ("The first millennium AD saw Rome fall.", [("The first millennium AD", "0001", "1000")]),
    ],
)
def test_dates_before_christ_are_normalized(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "BC Hydro raised its rates.",
        "She works for a BC-based firm.",
        "Vitamin B12 is needed by the body.",
        "The B.C. government and the BC Liberals disagreed.",
        "Flight 89 BCA was delayed.",
        "Bronze was cast in the third millennium.",  # no era mark: AD or BC is not told
        "The war was fought between 201 and 218 BC.",  # backwards: no range
        "Room 12B was closed.",
    ],
)
def test_things_named_bc_are_no_dates(sentence: str) -> None:
    assert spans(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "An earthquake struck the town on 5 February 62, and many buildings fell.",
            [("5 February 62", "0062-02-05", "0062-02-05")],
        ),
        ("Nero returned on 9 June 68.", [("9 June 68", "0068-06-09", "0068-06-09")]),
        ("The fleet sailed on 12 March 2003, at dawn.", [("12 March 2003", "2003-03-12", "2003-03-12")]),
        # a count after a day and a month is no year
        ("On 5 February 62 people were killed.", []),
        ("The vote fell on 5 February, 62 members for.", []),
        ("He ran 12 March 62 km.", []),
        ("In the race on 5 February 62.5 km were run.", []),
    ],
)
def test_a_day_and_month_with_a_short_year_after_on(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert spans(sentence) == expected


def test_bc_bounds_order_as_numbers_not_as_strings() -> None:
    """-0599 comes before -0500 in time, though it sorts after it as text: the bounds are in time order."""
    (century,) = find_dates("in the 6th century BC")
    assert (century.start, century.end) == ("-0599", "-0500")
    assert int(century.start) < int(century.end)


def test_granularity_of_bc_dates() -> None:
    kinds = {
        m.text: m.granularity
        for m in find_dates(
            "In 89 BC, March 44 BC, 15 March 44 BC, the 6th century BC, between 218 and 201 BC, "
            "the second millennium BC."
        )
    }
    assert kinds == {
        "89 BC": "year",
        "March 44 BC": "month",
        "15 March 44 BC": "day",
        "the 6th century BC": "century",
        "between 218 and 201 BC": "range",
        "the second millennium BC": "millennium",
    }
    assert DateMention("x", 0, "-0043-03-15", "-0043-03-15").granularity == "day"
