"""Fault classes of blind read r6 (held-out articles, tests/quality/README.md; their texts stay unopened): each
is tested with a sentence of a development article or one written like the class the readers described."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from studyapp.extract import find_facts
from studyapp.extract.cited import source_spans
from studyapp.generate import items_for_document
from studyapp.generate.choices import DatePool, wrong_dates
from studyapp.language.wording import Casing
from studyapp.text import parse_document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "language"))
from test_events import event  # the event of a date in a sentence, as extract finds it

MARSHALL = (
    "The MARSHALL PLAN (officially the EUROPEAN RECOVERY PROGRAM, ERP) was an American initiative passed in 1948 "
    "to aid Western Europe. The Marshall Plan was a program of the European recovery. The plan ran through the "
    "Economic Cooperation Administration, and Europe was in debt to the United States. The US DEFCON status rose."
)


def test_words_set_in_capitals_for_bold_are_written_as_the_article_writes_them() -> None:
    # "The COUNCIL OF TRENT" (r6); the development article's Marshall Plan lead has the same bold capitals
    items = items_for_document(parse_document(f"Marshall Plan\n\nINTRODUCTION\n\n{MARSHALL}\n", name="plan.txt"))
    (cloze,) = [i for i in items if str(i.kind) == "date-cloze" and i.answer == "1948"]
    assert "The Marshall Plan (officially the European Recovery Program, ERP) was" in cloze.prompt


def test_acronyms_in_capitals_stay_as_they_are() -> None:
    assert Casing.of([MARSHALL]).softened("the US DEFCON status") == "the US DEFCON status"


def test_an_editions_imprint_is_a_source_not_a_date() -> None:
    # "Primum integre edita (2 vols., Leipzig, 1874)." was asked "What happened in 1874?"
    sentence = "The decrees were first printed whole (2 vols., Leipzig, 1874)."
    assert [sentence[a:b] for a, b in source_spans(sentence)] == ["(2 vols., Leipzig, 1874)"]
    items = items_for_document(parse_document(f"The Council\n\nSOURCES\n\n{sentence}\n", name="council.txt"))
    assert not [i for i in items if "1874" in i.answer or "1874" in i.prompt]


def test_a_span_of_two_decades_is_answered_and_offered_as_written() -> None:
    # r7: "the 1960s and 1979s" was the answer for "the 1960s and 1970s", "the 2040s and 2059s" a wrong choice
    text = "Cold War\n\nDETENTE\n\nThe superpowers sought détente in the 1960s and 1970s, and trade grew.\n"
    doc = parse_document(text, name="cold.txt")
    items = items_for_document(doc)
    assert {i.answer for i in items if str(i.kind) == "date-cloze"} == {"the 1960s and 1970s"}
    assert not [i for i in items if str(i.kind) == "date-choice"]  # r9, r10: "the 2040s and 2050s" is no choice
    (fact,) = find_facts(doc)
    picked = wrong_dates(fact.date, DatePool([fact.date]), [])  # the choice maker still writes them as the answer
    assert picked is not None and picked[0] == "the 1960s and 1970s"
    for option in picked[1]:
        first, second = (int(y) for y in re.findall(r"\d{4}", option))
        assert first % 10 == 0 and second % 10 == 0 and second - first == 10, option


def test_how_long_something_lasted_is_not_asked_when_or_what_happened() -> None:
    # r7: "The Eighth Plenum of the Central Committee of the Party lasted." was the answer to "what happened"
    text = "The Party\n\nPURGES\n\nThe Eighth Plenum of the Central Committee lasted from 11 to 18 May 1948.\n"
    items = items_for_document(parse_document(text, name="party.txt"))
    kinds = {str(i.kind) for i in items}
    assert "date-cloze" in kinds and not kinds & {"date-when", "date-what", "chronology"}


def test_a_saying_without_what_was_said_is_no_event() -> None:
    # r5 and r7: "Mehmet Shehu said of the country's health service." on a time line and as "what happened"
    assert event("In 1975, Mehmet Shehu said of the country's health service:", "1975").doubt
    whole = event("In 1975, Mehmet Shehu said of the health service that it was the best in the Balkans.", "1975")
    assert not whole.doubt


def test_an_opening_link_to_the_sentence_before_and_a_then_are_left_out() -> None:
    # r7: "As a result, in [...]" and "The next day, 29 November ..." point to nothing; "Hoxha then called ..."
    assert event("As a result, in 1950 the Soviet Union boycotted the Security Council.", "1950").whole == (
        "In 1950 the Soviet Union boycotted the Security Council."
    )
    assert event("Five years later, on 11 September 1993, gunmen attacked the church.", "11 September 1993").whole == (
        "On 11 September 1993, gunmen attacked the church."
    )
    kept = event("In response to the blockade, Khrushchev wrote to Kennedy on October 26, 1962.", "October 26, 1962")
    assert kept.whole.startswith("In response to the blockade, Khrushchev")  # it names what it responds to
    assert event("In 1948 Hoxha then called for a purge of the party.", "1948").clause == (
        "In 1948 Hoxha called for a purge of the party."
    )


def test_the_articles_own_editions_and_translations_are_not_asked() -> None:
    # r7: "German translations appeared in 1861" and a volume's years: 7 of 100 items, all judged trivia
    text = (
        "The Council\n\nEDITIONS\n\nThe canons were printed in Rome in 1564.\n\nLATER HISTORY\n\n"
        "German translations of the canons appeared in 1861. The council's decrees were enforced in Spain in 1565.\n"
    )
    items = items_for_document(parse_document(text, name="council.txt"))
    assert not [i for i in items if "1564" in i.answer or "1861" in i.answer]
    assert [i for i in items if i.answer == "1565"]


def test_an_opening_phrase_that_is_the_subject_stays() -> None:
    # r8: "29 November, would be remembered as the date ..." was left of "The next day, 29 November, would be ..."
    sentence = "The next day, 29 November 1980, would be remembered as the date the army shut down the station."
    assert event(sentence, "29 November 1980").whole == sentence


def test_a_bare_share_as_subject_is_a_misread_clause() -> None:
    # r8: "When did 4% work in various sectors of the economy?": 4% of whom, the sentence before said
    assert event("In 1938, 4% worked in various sectors of the economy.", "1938").doubt
    assert not event("In 1938, 4% of the workers were in industry.", "1938").doubt


def test_a_lists_items_name_the_article_their_title_does_not_name() -> None:
    # r6-r8: list clozes under "The main objectives of the council were:" named no council (0 of 6 good)
    text = (
        "The Council of Trent\n\nOBJECTIVES\n\nThe main objectives of the council were these:\n\n"
        "1. To condemn the principles of Protestantism\n2. To clarify the doctrines of the Church\n"
        "3. To reform the discipline of the clergy\n"
    )
    items = items_for_document(parse_document(text, name="trent.txt"))
    lists = [i for i in items if str(i.kind).startswith("list-")]
    assert lists and all(i.prompt.lower().count("council of trent") == 1 for i in lists)


def test_a_day_written_first_takes_its_year_without_a_comma_and_a_closing_link_goes() -> None:
    # r9: "5 September, 1968" as an answer; "When did the population of Albania triple ..., as a result?"
    from studyapp.extract.model import DateMention
    from studyapp.generate.dates import with_year

    assert with_year(DateMention("5 September", 0, "1968-09-05", "1968-09-05")) == "5 September 1968"
    assert with_year(DateMention("July 12", 0, "1947-07-12", "1947-07-12")) == "July 12, 1947"
    tripled = event("In 1960 the population of Albania tripled, as a result.", "1960")
    assert tripled.question == "When did the population of Albania triple?"
    assert tripled.whole == "In 1960 the population of Albania tripled."
