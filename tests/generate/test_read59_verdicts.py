"""Fault classes blind read r59 found on unseen articles (Apollo 12, Falklands War, Gdańsk, Humphry Davy,
Philips), each tested with the article's own sentences (Wikipedia, CC BY-SA)."""

from __future__ import annotations

from article_items import led_article_items


def test_a_dash_glued_after_a_semicolon_is_dropped() -> None:
    # r59: "... replaceable hydrogen ions;– hydrogen that could be partly or totally replaced by reactive metals?"
    made = led_article_items(
        "Humphry Davy",
        "Sir Humphry Davy was a British chemist.",
        "In 1815 Davy suggested that acids were substances that contained replaceable hydrogen ions;– hydrogen "
        "that could be partly or totally replaced by reactive metals.",
    )
    assert made and not [i for i in made if ";–" in i.prompt + i.answer]


def test_subsequently_is_no_part_of_the_question() -> None:
    # r59: "When did Wordsworth subsequently write to Davy?"
    made = led_article_items(
        "Humphry Davy",
        "Sir Humphry Davy was a British chemist.",
        "Wordsworth subsequently wrote to Davy on 29 July 1800, sending him the first manuscript sheet of poems.",
    )
    asked = [i.prompt for i in made if i.kind == "date-when"]
    assert asked == ["Humphry Davy — When did Wordsworth write to Davy?"]


def test_an_event_that_ends_as_well_is_no_line_of_a_time_line() -> None:
    # r59: "The Old Town was equipped with city rights as well." in a time line
    made = led_article_items(
        "Gdansk",
        "Gdańsk is a city on the Baltic coast of Poland.",
        "The Teutonic Knights built a large fortress in 1340. Danzig joined the Hanseatic League in 1358. In 1377, "
        "the Old Town was equipped with city rights as well. The New Town was founded in 1380.",
    )
    lines = [i.prompt for i in made if i.kind == "chronology"]
    assert lines and not [p for p in lines if "as well." in p]


def test_a_participle_after_had_and_its_object_is_no_clause_of_its_own() -> None:
    # r59: "When did full British citizenship restore?", "Full British citizenship restored." in a time line
    made = led_article_items(
        "Falklands War",
        "The Falklands War was a 1982 war between Argentina and the United Kingdom.",
        "The islanders subsequently had full British citizenship restored in 1983, their lifestyle was improved by "
        "investments the UK made after the war.",
    )
    assert not [i for i in made if "citizenship restore" in i.prompt + i.answer or "Full British" in i.prompt]


def test_when_someone_wrote_what_follows_a_colon_is_not_asked() -> None:
    # r59: "When did Davy write, in a letter to John Children?"
    made = led_article_items(
        "Humphry Davy",
        "Sir Humphry Davy was a British chemist.",
        'In a letter to John Children, on 16 November 1812, Davy wrote: "It must be used with great caution."',
    )
    assert made and not [i for i in made if i.kind == "date-when"]
