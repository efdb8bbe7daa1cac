"""find_dates on single sentences: what is a date, what it means, and what is not a date."""

from __future__ import annotations

import pytest

from studyapp.extract import find_dates
from studyapp.generate.spans import first_day, last_day


def spans(sentence: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.start, m.end) for m in find_dates(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The branch was established in Baku in 1891.", [("1891", "1891", "1891")]),
        ("The Russo-Georgian War of 2008 shifted politics.", [("2008", "2008", "2008")]),
        ("Richard Morningstar's 2012 nomination was a move.", [("2012", "2012", "2012")]),
        ("On May 28, 1918, Azerbaijan declared independence.", [("May 28, 1918", "1918-05-28", "1918-05-28")]),
        ("Relations began in March 22, 1992.", [("March 22, 1992", "1992-03-22", "1992-03-22")]),
        ("The invasion began on 12 March 2003 at dawn.", [("12 March 2003", "2003-03-12", "2003-03-12")]),
        ("On a May 29, 2012, visit to Tehran he spoke.", [("May 29, 2012", "2012-05-29", "2012-05-29")]),
        ("It was signed on the 1st of May, 1999.", [("1st of May, 1999", "1999-05-01", "1999-05-01")]),
        ("In April 2012, the minister came.", [("April 2012", "2012-04", "2012-04")]),
        ("In October 2001, they met.", [("October 2001", "2001-10", "2001-10")]),
        ("Talks resumed in Sept. 2004.", [("Sept. 2004", "2004-09", "2004-09")]),
        ("The ADR (1918-1920) was secular.", [("1918-1920", "1918", "1920")]),
        # r52: "Leonardo was born on 14/[...]" and "what happened on 15 April 1452?" of a day the sources differ on
        (
            "Leonardo was born on 14/15 April 1452 in the Tuscan hill town of Vinci.",
            [("14/15 April 1452", "1452-04-14", "1452-04-15")],
        ),
        ("The ADR (1918–1920) was secular.", [("1918–1920", "1918", "1920")]),
        ("The war of 1914–18 ended empires.", [("1914–18", "1914", "1918")]),
        ("From 1992 to 1994, Israel helped.", [("From 1992 to 1994", "1992", "1994")]),
        ("It grew between 1945 and 1949 fast.", [("between 1945 and 1949", "1945", "1949")]),
        ("It ran from May 1918 to June 1920.", [("from May 1918 to June 1920", "1918-05", "1920-06")]),
        ("Trade grew in the 1990s.", [("the 1990s", "1990", "1999")]),
        ("Trade grew in the early 1990s.", [("the early 1990s", "1990", "1993")]),
        ("Trade grew in the mid-1980s.", [("the mid-1980s", "1984", "1986")]),
        ("Settlers came in the 1800s.", [("the 1800s", "1800", "1899")]),
        ("In the nineteenth century, Jews settled.", [("the nineteenth century", "1801", "1900")]),
        ("A state arose in the early twentieth century.", [("the early twentieth century", "1901", "1933")]),
        ("Trade peaked in the 19th century.", [("the 19th century", "1801", "1900")]),
        ("They came before the fifth century.", [("the fifth century", "0401", "0500")]),
        (
            "It changed at the beginning of the sixteenth century.",
            [("the beginning of the sixteenth century", "1501", "1533")],
        ),
        (
            "In the second half of the twentieth century it grew.",
            [("the second half of the twentieth century", "1951", "2000")],
        ),
        (
            "Between the eighteenth and nineteenth centuries, trade grew.",
            [("the eighteenth and nineteenth centuries", "1701", "1900")],
        ),
        ("Others arrived during World War II to escape.", [("World War II", "1939", "1945")]),
        ("He fought in World War I as a boy.", [("World War I", "1914", "1918")]),
        ("He fought in the First World War.", [("the First World War", "1914", "1918")]),
        ("It lasted through the Cold War.", [("the Cold War", "1947", "1991")]),
        ("The report is dated 2003-03-12.", [("2003-03-12", "2003-03-12", "2003-03-12")]),
        ("The journal came out in Winter 1998.", [("Winter 1998", "1998", "1998")]),
        ("Budgets for 2012/13 were cut.", [("2012/13", "2012", "2013")]),
    ],
)
def test_one_date_is_found_and_normalized(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The presence can be traced back over 2,000 years.",
        "Azerbaijan signed a deal to purchase \\$1.6 billion worth of arms.",
        "Exports were worth $2.1 billion.",
        "The field lies 16 kilometers off the coast.",
        "The services have arrested 22 people.",
        "It exported 2.5 million tons of oil.",
        "See Commentary No. 10 and page 212.",
        "It appeared in Vol. 12, No. 1.",
        "The visit marked the 20th anniversary of relations.",
        "The partnership lasted for over a decade.",
        "Some 1,500 troops were sent.",
        "Some 1500 troops were sent.",
        "The wall is 2000 years old.",
        "The plant produces 1200 MW.",
        "Resolution 1441 was adopted by the council.",
        "Growth reached 2013% of target.",
        "The Contract of the Century was signed.",
        "The post-Cold War order changed.",
        "Azeris may establish their own state.",
    ],
)
def test_numbers_that_are_not_dates_are_ignored(sentence: str) -> None:
    assert find_dates(sentence) == []


def test_several_dates_keep_order_and_offsets() -> None:
    sentence = "Born in Baku, Azerbaijan, in 1908, he enrolled in Baku State University in 1922."
    mentions = find_dates(sentence)
    assert [(m.text, m.start) for m in mentions] == [("1908", "1908"), ("1922", "1922")]
    for mention in mentions:
        assert sentence[mention.offset : mention.offset + len(mention.text)] == mention.text


def test_a_date_inside_a_bigger_one_is_not_reported_alone() -> None:
    sentence = "On May 28, 1918, the ADR (1918-1920) was proclaimed; from 1992 to 1994 war raged."
    assert [m.text for m in find_dates(sentence)] == ["May 28, 1918", "1918-1920", "from 1992 to 1994"]


def test_impossible_day_falls_back_to_month() -> None:
    assert spans("It was signed on February 30, 2012.") == [("February 30, 2012", "2012-02", "2012-02")]


def test_reversed_range_is_not_a_date() -> None:
    assert spans("It ran from 1994 to 1992.") == [("1994", "1994", "1994"), ("1992", "1992", "1992")]


def test_granularity_follows_the_mention() -> None:
    kinds = [
        m.granularity
        for m in find_dates("On May 28, 1918, in April 2012, in 1997, from 1992 to 1994, in the nineteenth century.")
    ]
    assert kinds == ["day", "month", "year", "range", "century"]


def test_sentence_without_digits_or_eras_is_empty() -> None:
    assert find_dates("Iran presents the most serious threat to Israel.") == []


def test_long_runs_of_numbers_and_keywords_give_sensible_results() -> None:
    assert find_dates("1" * 50_000) == []
    assert find_dates("War " * 5_000) == []
    assert len(find_dates("from 1992 to " * 2_000)) == 2_000
    assert [m.text for m in find_dates("see 1234567 and 12345, then 1999")] == ["1999"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The city has a 1000-year history and a 1500-strong garrison.", []),
        (
            "Troy fell around 1200 BC, or 1200 B.C., long before 1450 BCE.",
            [("1200 BC", "-1199", "-1199"), ("1200 B.C.", "-1199", "-1199"), ("1450 BCE", "-1449", "-1449")],
        ),
        ("The talks began in mid-1945.", [("mid-1945", "1945", "1945")]),
        (
            "The mid-20th century saw 19th-century buildings torn down.",
            [("The mid-20th century", "1934", "1966"), ("19th-century", "1801", "1900")],
        ),
        ("Growth slowed in the 2010s after the 2000s.", [("the 2010s", "2010", "2019"), ("the 2000s", "2000", "2009")]),
        ("The Arab Spring of 2011 began in Tunisia.", [("Spring of 2011", "2011", "2011")]),
        ("The Second World War ended it.", [("The Second World War", "1939", "1945")]),
        ("Over 1200 delegates and more than 1500 guests came.", []),
        ("Around 1500 the town grew; in 1919 delegates met.", [("1500", "1500", "1500"), ("1919", "1919", "1919")]),
    ],
)
def test_more_shapes(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("From June to August 2008, the talks stalled.", [("From June to August 2008", "2008-06", "2008-08")]),
        ("It rained between January and March 2012.", [("between January and March 2012", "2012-01", "2012-03")]),
        ("The June–August 2008 crisis.", [("June–August 2008", "2008-06", "2008-08")]),
        ("From May to March 2008 it ran.", [("March 2008", "2008-03", "2008-03")]),
    ],
)
def test_month_ranges(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert spans(sentence) == expected


def test_random_date_like_text_never_breaks_the_invariants() -> None:
    """Mentions lie where they say, never overlap, and have well-formed bounds in order."""
    import random
    import re

    tokens = [
        "in",
        "from",
        "to",
        "between",
        "and",
        "the",
        "early",
        "mid-",
        "late",
        "May",
        "March",
        "Sept.",
        "12",
        "28,",
        "1918",
        "1920",
        "1918-20",
        "2003",
        "1990s",
        "nineteenth",
        "century",
        "centuries",
        "World",
        "War",
        "II",
        "Cold",
        "BC",
        "No.",
        "$1.6",
        "2,000",
        "years",
        "troops",
        "–",
        "(",
        ")",
        "19th",
        "winter",
        "of",
        "2012/13",
        "2003-03-12",
        "1st",
        ",",
        ".",
        "89",
        "218",
        "BCE",
        "B.C.",
        "AD",
        "millennium",
        "third",
        "c.",
    ]
    well_formed = re.compile(r"-?\d{4}(-\d\d(-\d\d)?)?")
    rng = random.Random(7)
    for _ in range(3000):
        sentence = " ".join(rng.choice(tokens) for _ in range(rng.randint(1, 14)))
        mentions = find_dates(sentence)
        previous_end = 0
        for m in mentions:
            assert sentence[m.offset : m.offset + len(m.text)] == m.text
            assert m.offset >= previous_end
            previous_end = m.offset + len(m.text)
            assert well_formed.fullmatch(m.start) and well_formed.fullmatch(m.end)
            assert first_day(m.start) <= last_day(m.end)


def test_two_parts_of_seasons_are_one_date_of_their_year() -> None:
    # r80 ("clean", "correct"): "The turning point came in the late summer and early [...]." (autumn of 1643)
    assert spans("The turning point came in the late summer and early autumn of 1643, when Essex marched.") == [
        ("late summer and early autumn of 1643", "1643", "1643")
    ]
    assert spans("In the winter of 1683 the siege ended.") == [("winter of 1683", "1683", "1683")]
