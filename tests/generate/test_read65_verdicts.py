"""Fault classes blind read r65 found on unseen articles (Edinburgh, Enrico Fermi, Guglielmo Marconi, Ludwig van
Beethoven, Robert Falcon Scott), each tested with the article's own sentences (Wikipedia, CC BY-SA)."""

from __future__ import annotations

import sys
from pathlib import Path

from studyapp.generate import items_for_document
from studyapp.text import parse_document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "language"))
from test_events import event  # the event of a date in a sentence, as extract finds it

_BEETHOVEN = (
    "Ludwig van Beethoven\n\n"
    "Ludwig van Beethoven (baptised 17 December 1770 – 26 March 1827) was a German composer and pianist.\n\n"
    "Vienna\n\n"
    "He visited his brother Johann at the end of October 1812. He wished to end Johann's cohabitation with Therese "
    "Obermayer, a woman who already had an illegitimate child. Johann and Therese married on 9 November.\n\n"
    "In early 1813 he apparently went through a difficult emotional period, and his compositional output dropped.\n"
)

_SCOTT = (
    "Robert Falcon Scott\n\n"
    "Robert Falcon Scott (6 June 1868 – 29 March 1912) was a Royal Navy officer and explorer.\n\n"
    "Preparation\n\n"
    "Shackleton returned from the Antarctic having narrowly failed to reach the Pole, and this gave Scott the "
    "impetus to proceed with plans for his second Antarctic expedition. On 24 March 1909, he took the "
    "Admiralty-based appointment of naval assistant to the Second Sea Lord which placed him conveniently in London.\n"
)


def test_in_a_biography_he_is_never_told_of_another_man_named_just_before() -> None:
    # r65: "When did Johann apparently go through a difficult emotional period?", "In the article “Robert Falcon
    # Scott”, what happened on 24 March 1909? Shackleton took the Admiralty-based appointment ..."
    for text, other in ((_BEETHOVEN, "Johann apparently"), (_SCOTT, "Shackleton took")):
        made = items_for_document(parse_document(text, name="article.txt"))
        assert made
        assert not [i for i in made if other in i.prompt + i.answer or other.replace(" took", " take") in i.prompt]


def test_a_he_after_another_man_stays_his_outside_a_biography() -> None:
    # the same sentences under a title that is no one's life: the nearest man is still who "he" is
    text = _SCOTT.replace("Robert Falcon Scott (6 June 1868 – 29 March 1912) was", "The Terra Nova expedition was")
    made = items_for_document(parse_document(text.replace("Robert Falcon Scott\n", "Terra Nova\n", 1), name="a.txt"))
    assert [i for i in made if "Shackleton take" in i.prompt or "Shackleton took" in i.answer]


def test_a_note_under_a_table_is_no_section_heading() -> None:
    # r65: "Put these events of the section “† Caribbean as opposed to Caribbean Black †† Previously ‘Mixed’” ..."
    text = (
        "EDINBURGH is the capital city of Scotland.\n\n\nDemography\n\n"
        "  Ethnic Group           2011      %\n"
        "  ---------------------- --------- -------\n"
        "  Caribbean/Black:       292†      <0.1%\n"
        "  Mixed/Multiple:        2,776††   0.6%\n\n"
        "  -----------------------------------------------------------------\n"
        "  † Caribbean as opposed to Caribbean Black †† Previously ‘Mixed’\n"
        "  -----------------------------------------------------------------\n\n"
        "The former Napier College was renamed Napier Polytechnic in 1986.\n\n\nEconomy\n\n"
        "The Bank of Scotland was established by an act of the Scottish Parliament in 1695.\n"
    )
    titles = [s.title for s in parse_document(text, name="edinburgh.txt").sections]
    assert "Economy" in titles and not [t for t in titles if "Caribbean" in t]


def test_a_subject_whose_place_names_the_parser_took_for_a_list_is_not_asked() -> None:
    # r65: "When did Canada become the world's first radio message to cross the Atlantic from North America?"
    text = (
        "Guglielmo Marconi\n\nGuglielmo Marconi was an Italian inventor.\n\nTransatlantic transmissions\n\n"
        "On 17 December 1902, a transmission from the Marconi station in Glace Bay, Nova Scotia, Canada became the "
        "world's first radio message to cross the Atlantic from North America.\n"
    )
    made = items_for_document(parse_document(text, name="article.txt"))
    assert not [i for i in made if "Canada became" in i.prompt + i.answer or "did Canada" in i.prompt]


def test_a_gap_is_answered_with_the_day_it_hides_not_a_year_the_sentence_does_not_give() -> None:
    # r65: "Johann and Therese married on [...]." answered "9 November 1812" ("the source says only '9 November'")
    made = items_for_document(parse_document(_BEETHOVEN, name="article.txt"))
    clozes = [i for i in made if i.kind == "date-cloze" and "Therese married on [...]" in i.prompt]
    assert clozes and all(i.answer == "9 November" for i in clozes)


def test_an_apposition_after_the_date_keeps_its_comma_when_the_date_goes() -> None:
    # r65: "The Metallurgical Laboratory became the Argonne National Laboratory the first of the national
    # laboratories established by the Manhattan Project." (a time line's event, its comma lost with its date)
    text = (
        "Enrico Fermi\n\nEnrico Fermi was an Italian physicist.\n\nPost-war work\n\n"
        "The Metallurgical Laboratory became the Argonne National Laboratory on 1 July 1946, the first of the "
        "national laboratories established by the Manhattan Project.\n"
    )
    made = items_for_document(parse_document(text, name="article.txt"))
    told = [i.answer for i in made if i.kind == "date-what"]
    assert told == [
        "The Metallurgical Laboratory became the Argonne National Laboratory, the first of the national laboratories "
        "established by the Manhattan Project."
    ]


def test_the_two_of_a_sentence_is_not_asked_alone() -> None:
    # r65: "When did the two exchange polite letters about their respective ambitions?" (Scott and Shackleton)
    text = _SCOTT.replace(
        "On 24 March 1909, he took",
        "Scott joined in the official receptions that greeted Shackleton, and the two exchanged polite letters "
        "about their respective ambitions in 1909–1910. On 24 March 1909, he took",
    )
    made = items_for_document(parse_document(text, name="article.txt"))
    assert not [i for i in made if "the two exchange" in i.prompt or i.answer.startswith("The two")]


def test_wrong_choices_are_never_later_than_the_article_tells() -> None:
    # r65: "When did STV Edinburgh exist?" offered "from 2027 to 2030" beside "from 2015 to 2018"
    text = (
        "Edinburgh\n\nEdinburgh is the capital city of Scotland.\n\nTelevision\n\n"
        "Edinburgh Television existed in the late 90's to early 2003 and STV Edinburgh existed from 2015 to 2018. "
        "The BBC opened a studio in the city in 1997. Channel 4 moved its offices to Leith in 2019.\n"
    )
    made = items_for_document(parse_document(text, name="article.txt"))
    choices = [c for i in made if i.kind == "date-choice" for c in i.choices]
    assert choices and not [c for c in choices if any(year in c for year in ("2020", "2021", "2022", "2023", "2027"))]


def test_existing_is_a_state_not_an_event_to_place_on_a_time_line() -> None:
    # r65: a drill's event "STV Edinburgh existed." ("not an event")
    assert not event("STV Edinburgh existed from 2015 to 2018.", "from 2015 to 2018").eventive
    assert event("The BBC opened a studio in the city in 1997.", "1997").eventive
