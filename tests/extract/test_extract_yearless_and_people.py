"""Days written without a year get the year the text gives them; "he" gets the person's name where the
sentences before name one. Real passages of the development articles."""

from __future__ import annotations

from studyapp.extract import find_dates, find_facts
from studyapp.text import parse_document


def facts_of(body: str):
    return find_facts(parse_document(f"A TITLE\n\nA SECTION\n\n{body}\n", name="t"))


SPANISH_AMERICAN_WAR = (
    "On April 11, 1898, President William McKinley asked Congress for authorization to end the fighting in Cuba. "
    "On April 20, the U.S. Congress passed a joint resolution that acknowledged Cuban independence. McKinley "
    "responded by implementing a naval blockade of Cuba on April 22 and issued a call for 125,000 military "
    "volunteers the following day."
)


def test_a_day_without_a_year_takes_the_year_of_its_paragraph() -> None:
    dates = {f.date.text: f.date.start for f in facts_of(SPANISH_AMERICAN_WAR)}
    assert dates == {"April 11, 1898": "1898-04-11", "April 20": "1898-04-20", "April 22": "1898-04-22"}


def test_a_day_without_a_year_takes_the_year_written_later_in_its_sentence() -> None:
    sentence = (
        "The Senate approved the treaty of purchase on April 9; President Andrew Johnson signed the treaty on "
        "May 28, and Alaska was formally transferred to the United States on October 18, 1867."
    )
    assert [(f.date.text, f.date.start) for f in facts_of(sentence)] == [
        ("April 9", "1867-04-09"),
        ("May 28", "1867-05-28"),
        ("October 18, 1867", "1867-10-18"),
    ]


def test_a_chronicle_of_one_year_dates_its_days_by_that_year_not_by_a_look_back() -> None:
    body = (
        "In September 1962, analysts noticed the missile sites. On October 2, 1962, the flights resumed. The "
        "Kennedy administration met on October 9, 1962.\n\nFollowing the loss of a CIA U-2 over the Soviet Union "
        "in May 1960, it was thought that an Air Force aircraft would be easier to explain.\n\nThe US first "
        "obtained U-2 photographic evidence of the missiles on October 14."
    )
    october = next(f for f in facts_of(body) if f.date.text == "October 14")
    assert october.date.start == "1962-10-14"  # the document's year, not the 1960 of the flashback


def test_a_yearly_day_told_in_the_present_is_no_event() -> None:
    body = (
        "The Dominican Republic wins independence from Haiti in 1844. Today, the Dominican Republic's national "
        "celebration of independence day takes place on 27 February, marking independence from Haiti."
    )
    assert [f.date.text for f in facts_of(body)] == ["1844"]


def test_he_is_the_person_the_sentences_before_name() -> None:
    body = (
        "As early as August 1962, the US suspected the Soviets of building missile facilities in Cuba. CIA "
        "director John A. McCone was suspicious. On August 10, he wrote a memo to Kennedy in which he guessed "
        "that the Soviets were preparing to introduce ballistic missiles into Cuba."
    )
    memo = next(f for f in facts_of(body) if f.date.text == "August 10")
    assert memo.event.question == "When did John A. McCone write a memo to Kennedy?"
    assert memo.context == ""


def test_he_stays_he_with_its_sentence_shown_when_the_subject_before_is_no_person() -> None:
    body = (
        "Russia offered to sell Alaska to the United States in 1859. In 1867, he agreed to the proposal of the "
        "minister."
    )
    agreed = next(f for f in facts_of(body) if f.date.text == "1867")
    assert agreed.event.subject == "he"  # "Russia" is a place, never a "he"
    assert agreed.context == "Russia offered to sell Alaska to the United States in 1859."


def test_his_is_named_from_the_sentence_before() -> None:
    body = (
        "Antoine Lavoisier was educated at the Collège des Quatre-Nations. His first memoirs on this topic were "
        "read to the Academy of Sciences in 1777."
    )
    memoirs = next(f for f in facts_of(body) if f.date.text == "1777")
    assert (
        memoirs.event.question
        == "When were Antoine Lavoisier’s first memoirs on this topic read to the Academy of Sciences?"
    )
    assert memoirs.context == ""


def test_a_section_titled_with_a_year_dates_its_days() -> None:
    text = (
        "VIEWS FROM THE EMBASSY\n\nSeptember 1914: Everyone’s Embassy\n\nHerrick visited Poincaré at the Elysée "
        "Palace on September 2, as the Government of France prepared to remove its seat to Bordeaux. In a "
        "September 2 telegram, Delcassé asked Jusserand to keep Herrick in Paris. Wood wrote that by September 1, "
        "“panic conditions of the most pronounced order exist today.”\n"
    )
    facts = find_facts(parse_document(text, name="embassy.txt"))
    assert [(f.date.text, f.date.start) for f in facts] == [
        ("September 2", "1914-09-02"),
        ("September 2", "1914-09-02"),
        ("September 1", "1914-09-01"),  # reported in the past: "Wood wrote that by ..."
    ]


CRISIS_OPENS = (
    "The CUBAN MISSILE CRISIS was a 13-day (October 16–28, 1962) confrontation between the United States and the "
    "Soviet Union initiated by the American discovery of Soviet ballistic missile deployment in Cuba."
)
CRISIS_CONTINUES = (
    "Castro, on the other hand, was convinced that an invasion of Cuba was soon at hand, and on October 26, he sent a "
    "telegram to Khrushchev that appeared to call for a pre-emptive nuclear strike on the US in case of attack. In a "
    "2010 interview, Castro expressed regret about his earlier stance on first use: \"After I've seen what I've seen, "
    "and knowing what I know now, it wasn't worth it at all.\" Castro also ordered all anti-aircraft weapons in Cuba "
    "to fire on any US aircraft: the orders had been to fire only on groups of two or more. At 6:00 am EDT on October "
    "27, the CIA delivered a memo reporting that three of the four missile sites at San Cristobal and the two sites "
    "at Sagua la Grande appeared to be fully operational."
)


def test_a_year_that_names_a_thing_does_not_move_the_story_on() -> None:
    # "In a 2010 interview" looks back on the crisis: the next day of the story is still one of 1962
    dates = {f.date.text: f.date.start for f in facts_of(f"{CRISIS_OPENS}\n\n{CRISIS_CONTINUES}")}
    assert dates["October 26"] == "1962-10-26"
    assert dates["October 27"] == "1962-10-27"
    assert dates["2010"] == "2010"


BARDEL = (
    "Yet Stanford remained in Reims until the closure of that Consulate in early 1915 to field inquiries from "
    "German, British, and French subjects about missing relatives. Bardel proceeded to Épernay on November 4, and "
    "performed his consular functions at a temporary Consulate established at 20, rue du Commerce until his "
    "reassignment to St. Michael’s (the Azores) in October 1915."
)


def test_the_end_of_a_span_looks_ahead_and_lends_no_year_to_the_story() -> None:
    text = (
        "Views From the Embassy: The Role of the U.S. Diplomatic Community in France, 1914\n\nDiplomats Under Fire"
        f"\n\n{BARDEL}\n"
    )
    facts = find_facts(parse_document(text, name="embassy.txt"))
    assert {f.date.text: f.date.start for f in facts}["November 4"] == "1914-11-04"


def test_a_later_date_of_the_sentence_lends_no_year_that_would_put_the_day_after_it() -> None:
    # November 4, 1915 would come after October 1915, which the sentence tells later: the year is not that one
    assert "November 4" not in [f.date.text for f in facts_of(BARDEL.split(". ", 1)[1])]


def test_a_weekday_written_before_a_day_is_part_of_the_date() -> None:
    # "When did the Germans nearly kill Herrick, on Sunday?": the weekday was left in the clause
    (killed,) = find_facts(
        parse_document(
            "VIEWS FROM THE EMBASSY\n\nSeptember 1914: Everyone’s Embassy\n\nOn Sunday, September 27, the Germans "
            "nearly killed Herrick.\n",
            name="embassy.txt",
        )
    )
    assert (killed.date.text, killed.date.start) == ("Sunday, September 27", "1914-09-27")
    assert killed.event is not None and killed.event.question == "When did the Germans nearly kill Herrick?"


def test_a_weekday_written_before_a_full_date_is_part_of_it() -> None:
    for sentence, text in (
        ("The conference reopened on Monday 3 March 1919 in Paris.", "Monday 3 March 1919"),
        ("The conference reopened on Monday, March 3, 1919, in Paris.", "Monday, March 3, 1919"),
    ):
        assert [(m.text, m.start) for m in find_dates(sentence)] == [(text, "1919-03-03")]
