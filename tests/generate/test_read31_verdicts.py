"""Fault classes the readers of blind read r31 found on six more encyclopedia articles no rule had been tuned
on, each tested with the article's sentence (Wikipedia text, CC BY-SA), and the sentences like them that must
keep their items."""

from __future__ import annotations

from article_items import answered, article_items

from studyapp.generate import Kind
from studyapp.text import parse_document


def test_an_event_that_only_follows_an_untold_one_is_not_asked_alone() -> None:
    # r31: "When did a Doll's House follow?", "When did four rounds of talks follow?" (after what?)
    assert not article_items("In 1879, A Doll's House followed.", title="Henrik Ibsen")
    talks = "Four rounds of talks followed between 30 June 1986 and 26 March 1987."
    assert not article_items(talks, title="History of Macau")
    # "follow" with what is followed stays
    duke = "The Duke followed the army to Spain in 1808."
    assert answered(article_items(duke, title="Peninsular War"), "1808")


def test_a_question_or_an_answer_never_shows_another_date_of_its_sentence() -> None:
    # r31: "When did the United States drop atomic bombs on Hiroshima on 6 August and Nagasaki?" (9 August 1945)
    bombs = "Then the United States dropped atomic bombs on Hiroshima on 6 August and Nagasaki on 9 August 1945."
    made = article_items(bombs, title="Potsdam Conference")
    assert not [i for i in made if i.kind in (Kind.DATE_WHEN, Kind.DATE_WHAT) and "6 August" in i.prompt + i.answer]
    assert answered(made, "9 August 1945")  # still gapped in the whole sentence


def test_image_file_names_left_in_the_text_are_no_study_text() -> None:
    # r31: "Alfred_Krupp.jpg Alfred Krupp ... was born in Essen." on a time line
    doc = parse_document(
        "Krupp\n\nAlfred's era\n\n"
        "Alfred_Krupp.jpg Alfred Krupp, son of Friedrich Carl, was born in Essen in 1812.\n\n"
        "Diagram_of_the_works,_Essen.pngAt first, the works made cast steel in 1816.\n",
        name="krupp.txt",
    )
    texts = [s.text for sec in doc.sections for p in sec.paragraphs for s in p.sentences]
    assert texts == [
        "Alfred Krupp, son of Friedrich Carl, was born in Essen in 1812.",
        "At first, the works made cast steel in 1816.",
    ]


def test_a_heading_that_opens_with_its_period_is_a_heading() -> None:
    # r31: "1949–1999: Macau and communist China" read as a paragraph, so its events sat under "1938–1949"
    doc = parse_document(
        "History of Macau\n\nMacau was a Portuguese colony.\n\n\n"
        "1938–1949: World War II\n\nMacau became a refugee center during WWII.\n\n\n"
        "1949–1999: Macau and communist China\n\nIn 1954, the Macau Grand Prix was established.\n\n\n"
        "1848–1870s: Slave trade\n\nFrom 1848 to about the early 1870s, Macau was a transit port.\n",
        name="macau.txt",
    )
    titles = [s.title for s in doc.sections]
    assert titles == [
        "Introduction",
        "1938–1949: World War II",
        "1949–1999: Macau and communist China",
        "1848–1870s: Slave trade",
    ]


def test_the_latter_points_back_whatever_follows_it() -> None:
    # r31: "In [...] agreement was reached on the details of the latter: Germany was to be converted ..."
    latter = (
        "In early 1946 agreement was reached on the details of the latter: Germany was to be converted into an "
        "agricultural and light industry economy."
    )
    assert not article_items(latter, title="Potsdam Conference")


def test_an_acronym_in_brackets_is_left_out_of_a_question() -> None:
    # r31: "When was the Ibsen Society of America ISA founded ...?" (the brackets dropped, the acronym kept)
    founded = (
        "The Ibsen Society of America (ISA) was founded in 1978 at the close of the Ibsen Sesquicentennial "
        "Symposium held in New York City."
    )
    asked = [i.prompt for i in article_items(founded, title="Henrik Ibsen") if i.kind is Kind.DATE_WHEN]
    assert asked and all("When was the Ibsen Society of America founded" in p for p in asked)


def test_a_day_takes_the_year_of_a_day_of_its_month_the_paragraph_named() -> None:
    # r31: "When did Ibsen’s nurse assure a visitor that he was a little better? 22 May 1900" (he died in 1906)
    death = (
        "On 23 May 1906, Ibsen died in his home at Arbins gade 1 in Kristiania after a series of strokes in March "
        "1900.",
        'When, on 22 May, his nurse assured a visitor that he was a little better, Ibsen spluttered his last words "On '
        'the contrary".',
    )
    made = article_items(*death, title="Henrik Ibsen", keep_all=True)
    assert [i for i in made if i.answer == "22 May 1906"] and not [i for i in made if i.answer == "22 May 1900"]
