"""Fault classes blind read r45 found on unseen articles, each tested with the article's own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from article_items import led_article_items

MARSHALL_LEAD = "The Marshall Islands are an island country near the equator in the Pacific Ocean."
TOWER_LEAD = "The Eiffel Tower is a wrought-iron lattice tower on the Champ de Mars in Paris, France."


def test_an_its_that_a_plural_subject_cannot_own_leans_on_another_clause() -> None:
    # r45: "The European powers recognized its sovereignty over the islands in [...]" (whose? Spain's)
    claim = (
        "Spain claimed the islands in 1592, and the European powers recognized its sovereignty over the islands "
        "in 1874."
    )
    made = led_article_items("Marshall Islands", MARSHALL_LEAD, claim)
    assert [i for i in made if "Spain claim" in i.prompt]
    assert not [i for i in made if "its sovereignty" in i.prompt]


def test_a_plural_name_owns_its_its() -> None:
    # the counter-example: "Akamai Technologies" is one firm, and "its" is its own
    firm = "Akamai Technologies listed its shares on the stock exchange in 1999."
    assert [
        i
        for i in led_article_items("Dot-com bubble", "The dot-com bubble was a stock market bubble.", firm)
        if "Akamai" in i.prompt
    ]


def test_an_ordinal_whose_number_the_copy_lost_is_not_asked() -> None:
    # r45: "When did the tower receive its th guest?"
    made = led_article_items("Eiffel Tower", TOWER_LEAD, "The tower received its th guest on 28 November 2002.")
    assert not [i for i in made if "guest" in i.prompt]


def test_the_year_of_a_count_is_not_asked() -> None:
    # r45: "In [...], there were 6.91 million visitors.", "In the [...] Census, the number of island residents was
    # 53,158." (the year of one count: trivia)
    visitors = led_article_items("Eiffel Tower", TOWER_LEAD, "In 2015, there were 6.91 million visitors.")
    residents = led_article_items(
        "Marshall Islands", MARSHALL_LEAD, "In the 2011 Census, the number of island residents was 53,158."
    )
    assert not [i for i in visitors + residents if "visitors" in i.prompt or "residents" in i.prompt]


PASTEUR_LEAD = "Louis Pasteur was a French chemist and microbiologist."


def test_a_past_tense_read_as_a_participle_keeps_its_object_and_its_tense() -> None:
    # r45: "When was Pasteur's rival Jean-Joseph-Henri Toussaint used carbolic acid ...?" (the parser's VBN)
    rival = (
        "In 1880, Pasteur's rival Jean-Joseph-Henri Toussaint, a veterinary surgeon, used carbolic acid to kill "
        "anthrax bacilli and tested the vaccine on sheep."
    )
    prompts = [i.prompt for i in led_article_items("Louis Pasteur", PASTEUR_LEAD, rival)]
    assert (
        "Louis Pasteur — When did Pasteur's rival Jean-Joseph-Henri Toussaint use carbolic acid to kill anthrax "
        "bacilli?" in prompts
    )
    assert not [p for p in prompts if " was used" in p or "When was" in p]


def test_a_noun_taken_from_its_preposition_for_the_subject_is_a_misreading() -> None:
    # r45: "When did World War I jam German radio communications?" (a transmitter in the tower did)
    jammed = (
        "In 1914, at the outbreak of World War I, a radio transmitter located in the tower jammed German radio "
        "communications."
    )
    assert not [i for i in led_article_items("Eiffel Tower", TOWER_LEAD, jammed) if "When did World War I" in i.prompt]
