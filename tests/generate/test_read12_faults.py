"""Fault classes of blind read r12 (held-out articles, 200 items, tests/quality/README.md): each is tested with
the sentence as the readers saw it in an item, or as its item shows it was written (the articles themselves
stay unopened)."""

from __future__ import annotations

from article_items import article, article_items, kinds_of

from studyapp.extract import find_facts
from studyapp.generate import items_for_document
from studyapp.generate.chronology import describe
from studyapp.text import parse_document


def test_a_century_is_gapped_but_not_asked_when_and_a_decade_gets_no_choices() -> None:
    # r11-r12: "When did prominent African-Americans represent the United States overseas? The 19th century"
    # (the 20th too), "When did change come no more quickly? The 20th century"; "the 1900s" read as a century
    items = article_items(
        "Prominent African-Americans represented the United States overseas in the 19th century.",
        "The US occupation implemented laws that crippled the Haitian sugar economy in the 1920s.",
        title="A Short History",
    )
    assert kinds_of(items, "the 19th century") == {"date-cloze"}
    (cloze,) = [i for i in items if i.answer == "the 19th century"]
    assert cloze.quality.reasons == ("date is a whole century, an era or decades",)
    assert "date-choice" not in kinds_of(items, "the 1920s") and "date-cloze" in kinds_of(items, "the 1920s")


def test_a_date_written_into_a_compound_word_is_not_gapped() -> None:
    # r11-r12: "by [...] Albanian writer Pashko Vasa" for "the 19th-century", "late-[...] Haitian history"
    for sentence in (
        "Hoxha quoted the poem O moj Shqiperi by the 19th-century Albanian writer Pashko Vasa.",
        "The archive is perhaps the most comprehensive archive of late-twentieth-century Haitian history.",
    ):
        made = article_items(sentence, keep_all=True)
        assert made and all("date is part of a word" in i.quality.reasons for i in made), sentence
        assert not article_items(sentence), sentence


def test_a_bare_the_noun_inside_the_subject_leans_on_the_sentence_before() -> None:
    # r11-r12: "When did the roots of the change begin at the Second Plenary Session ...?": which change?
    items = article_items(
        "Relations with Yugoslavia began to change in the autumn.",
        "The roots of the change began at the Second Plenary Session of the Communist Party of Albania on 20 "
        "October 1944.",
    )
    assert not kinds_of(items, "20 October 1944")


def test_an_event_that_ends_on_a_bare_a_noun_is_not_asked_alone() -> None:
    # r11-r12: "Hoxha called for a resolution." on a time line, and "When did Hoxha call for a resolution?"
    called = "In 1956, Hoxha called for a resolution which would uphold the current leadership of the Party."
    items = article_items(called)
    assert not {"date-when", "date-what"} & kinds_of(items, "1956") and "date-cloze" in kinds_of(items, "1956")
    facts = {f.date.text: f for f in find_facts(article(called, "Alaska became a state on January 3, 1959."))}
    assert describe(facts["1956"]) is None
    assert describe(facts["January 3, 1959"]) == "Alaska became a state."  # what a subject became is no object


def test_a_bold_name_in_capitals_is_the_subject_told_and_written_as_a_name() -> None:
    # r12: "An Albanian communist politician served as the head of state ..." (the name opens the article in bold
    # capitals, before a bracket the conversion emptied)
    lead = (
        "ENVER HALIL HOXHA (; 16 October 190811 April 1985) was an Albanian communist politician who served as the "
        "head of state of Albania from 1944 until his death in 1985, as the First Secretary of the Party of Labour "
        "of Albania."
    )
    items = article_items(lead, "Enver Hoxha was born in Gjirokastër in 1908.")
    clozes = [i.prompt for i in items if str(i.kind) == "date-cloze" and i.answer in ("1944", "1985")]
    assert clozes and all("Enver Halil Hoxha served as the head of state of Albania" in p for p in clozes), clozes


def test_a_gap_shown_among_paragraph_long_entries_is_not_offered() -> None:
    # r11-r12: a list cloze of the council's objectives pasted paragraphs of 130 and 150 words around the gap
    long_entry = " ".join(["The council abolished some of the most notorious abuses of the age"] * 7)
    text = (
        "The Council\n\nOBJECTIVES\n\nThe main objectives of the council were these:\n\n"
        f"1. {long_entry}\n2. The Church is the ultimate interpreter of Scripture\n"
        "3. The relationship of faith and works in salvation was defined\n"
    )
    made = [
        i for i in items_for_document(parse_document(text, name="c.txt"), keep_all=True) if str(i.kind) == "list-cloze"
    ]
    neighbours = "the entries shown around the gap are too long to read"
    flagged = {i.answer for i in made if neighbours in i.quality.reasons}
    assert flagged == {
        "The Church is the ultimate interpreter of Scripture",
        "The relationship of faith and works in salvation was defined",
    }  # the long entry's own gap is shown among short ones
