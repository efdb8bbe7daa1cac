"""Fault classes blind read r54 found on unseen articles (French Revolution, Industrial Revolution, Ottoman Empire,
Roman Empire, Russian Revolution), each tested with the article's own sentences (Wikipedia, CC BY-SA)."""

from __future__ import annotations

from article_items import led_article_items


def test_an_era_mark_is_no_part_of_the_subject() -> None:
    # r54: "When did BC Julius Caesar then assassinate?" and "BC Julius Caesar assassinated." in a chronology
    made = led_article_items(
        "Roman Empire",
        "The Roman Empire was the state ruled by the Romans.",
        "In the mid-1st century BC Julius Caesar was appointed as perpetual dictator and then assassinated in 44 BC.",
    )
    assert not [i for i in made if "BC Julius" in i.prompt or "BC Julius" in i.answer]


def test_the_numeral_of_world_war_i_is_not_read_as_i() -> None:
    # r54: "what happened on 29 October 1914? I began with the Ottoman surprise attack ...", and "When did World
    # War I begin with the Ottoman surprise attack ...?" (it was the history of the Empire during the war)
    made = led_article_items(
        "Ottoman Empire",
        "The Ottoman Empire was a state.",
        "The history of the Ottoman Empire during World War I began with the Ottoman surprise attack on the Russian "
        "Black Sea coast on 29 October 1914. World War I began in 1914.",
    )
    assert not [i for i in made if i.answer.startswith("I ") or "World War I begin with" in i.prompt]
    assert [i for i in made if i.prompt.endswith("World War I began in [...].")]


def test_the_year_of_a_production_figure_is_not_asked() -> None:
    # r54: "In [...] the production of charcoal cast iron was 14,000 tons while coke iron production was 54,000 tons."
    made = led_article_items(
        "Industrial Revolution",
        "The Industrial Revolution was the transition to new manufacturing processes.",
        "In 1788 the production of charcoal cast iron was 14,000 tons while coke iron production was 54,000 tons. "
        "In 1785 Edmund Cartwright patented the power loom.",
    )
    assert not [i for i in made if i.answer == "1788" and i.kind != "chronology"]
    assert [i for i in made if i.answer == "1785"]


def test_an_example_mark_does_not_open_an_event() -> None:
    # r54: "E.g. the male line of the House of Habsburg became extinct." in a time line
    made = led_article_items(
        "Ottoman Empire",
        "The Ottoman Empire was a state.",
        "As such, the last Ottoman sultan Mehmed VI was a direct patrilineal (male-line) descendant of the first "
        "Ottoman sultan Osman I, which was unparallelled in both Europe (e.g. the male line of the House of Habsburg "
        "became extinct in 1740) and in the Islamic world.",
    )
    asked = [i for i in made if i.answer == "1740"]
    assert asked and not [i for i in asked if "e.g." in i.prompt.lower()]


def test_things_name_nothing_to_ask_about() -> None:
    # r54: "When did things take a critical turn for the worse?"
    made = led_article_items(
        "Russian Revolution",
        "The Russian Revolution was a period of political and social change in Russia.",
        "In 1915, things took a critical turn for the worse when Germany shifted its focus of attack to the Eastern "
        "front.",
    )
    assert not [i for i in made if "When did things" in i.prompt]


def test_a_war_that_is_the_subject_is_not_cut_from_its_event_on_a_time_line() -> None:
    # r54: "Led to the slaughter of Russian troops ..." placed on a time line, from "World War I led to ..."
    made = led_article_items(
        "Russian Revolution",
        "The Russian Revolution was a period of political and social change in Russia.",
        "Instead of restoring Russia's political and military standing, World War I led to the slaughter of Russian "
        "troops and military defeats that undermined both the monarchy and Russian society to the point of collapse. "
        "The Chinese Communist Revolution began in 1946. The Cuban Revolution began in July 1953. Lenin returned to "
        "Petrograd in April 1917. The Bolsheviks seized power in November 1917.",
    )
    drills = [i for i in made if i.kind == "chronology"]
    assert drills and not [i for i in drills if "Led to the slaughter" in i.prompt]


def test_what_a_historian_holds_is_not_stated_as_fact() -> None:
    # r54: "The Industrial Revolution began in Britain in [...]. the 1780s" from "Eric Hobsbawm held that ..."
    made = led_article_items(
        "Industrial Revolution",
        "The Industrial Revolution was the transition to new manufacturing processes.",
        "Eric Hobsbawm held that the Industrial Revolution began in Britain in the 1780s and was not fully felt until "
        "the 1830s or 1840s. In 1785 Edmund Cartwright patented the power loom.",
    )
    assert not [i for i in made if i.answer == "the 1780s" and "Hobsbawm" not in i.prompt]
    assert [i for i in made if i.answer == "1785"]


def test_a_dated_thing_the_parse_joined_to_the_verb_stays_in_the_cloze() -> None:
    # r54: "..., such as the CIA's failed Bay of Pigs Invasion by Cuban exiles in April 1961, in [...]." (the Cuban
    # Missile Crisis cut out with its "and", leaving a date with no event)
    made = led_article_items(
        "Russian Revolution",
        "The Russian Revolution was a period of political and social change in Russia.",
        "Cuba's revolution contributed to escalating tensions between the United States and USSR during Cold War, "
        "such as the CIA's failed Bay of Pigs Invasion by Cuban exiles in April 1961, and the Cuban Missile Crisis "
        "in October 1962.",
    )
    clozes = {i.answer: i.prompt for i in made if i.kind == "date-cloze"}
    assert clozes["October 1962"].endswith("and the Cuban Missile Crisis in [...].")
    assert clozes["April 1961"].endswith("by Cuban exiles in [...], and the Cuban Missile Crisis in October 1962.")
