"""Fault classes blind read r45 found on unseen articles, and some that r40 and r41 found and that stayed, each
tested with the article's own sentences (Wikipedia, CC BY-SA)."""

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


# The classes below were read in r40 and r41 and stayed: each article's own sentence.
WATERLOO_LEAD = "The Battle of Waterloo was fought on Sunday 18 June 1815, near Waterloo in Belgium."
WALL_LEAD = "The Berlin Wall was a guarded concrete barrier that divided Berlin from 1961 to 1989."
REVOLUTION_LEAD = "The Glorious Revolution was the deposition of James II in November 1688."


def test_a_clause_done_as_another_was_is_not_asked_alone() -> None:
    # r41: "When did Longwy capitulate the last to do so?"; "When did James's younger daughter do the same?"
    longwy = (
        "There was a campaign against French fortresses that still held out; Longwy capitulated on 13 September "
        "1815, the last to do so."
    )
    anne = (
        "On 26 November 1688, James's younger daughter, Anne, who doubted the authenticity of her new brother, did "
        "the same."
    )
    made = led_article_items("Battle of Waterloo", WATERLOO_LEAD, longwy) + led_article_items(
        "Glorious Revolution", REVOLUTION_LEAD, anne
    )
    assert not [i for i in made if "do so?" in i.prompt or "the same?" in i.prompt or "do so." in i.answer]


def test_similar_arrangements_are_similar_to_what_an_earlier_sentence_told() -> None:
    # r40: "Similar, very limited arrangements were made in 1964, 1965 and [...]."
    similar = "Similar, very limited arrangements were made in 1964, 1965 and 1966."
    assert not [i for i in led_article_items("Berlin Wall", WALL_LEAD, similar) if "arrangements" in i.prompt]


def test_them_in_for_them_to_stands_for_an_earlier_sentence() -> None:
    # r40: "When did Kennedy give the order for them to be reinforced?"
    order = "On 16 August 1961, Kennedy had given the order for them to be reinforced."
    assert not [i for i in led_article_items("Berlin Wall", WALL_LEAD, order) if "When did Kennedy" in i.prompt]


def test_a_relative_clause_is_not_shown_as_a_sentence_of_its_own() -> None:
    # r41: "Which the supreme army commander, the Earl of Feversham, advised on [...]."
    salisbury = (
        "In Salisbury, after hearing that some officers had deserted, among them Lord Cornbury, a worried James was "
        "overcome by a serious nose-bleed that he interpreted as an evil omen indicating that he should order his "
        "army to retreat, which the supreme army commander, the Earl of Feversham, also advised on 23 November 1688."
    )
    made = led_article_items("Glorious Revolution", REVOLUTION_LEAD, salisbury)
    assert not [i for i in made if i.prompt.split(" — ")[-1].startswith("Which")]


def test_a_trailing_at_the_time_of_a_cut_apposition_is_dropped_from_the_question() -> None:
    # r40: "When was the Battle of Waterloo fought near Waterloo in Belgium, at the time?"
    fought = (
        "The Battle of Waterloo was fought on Sunday, 18 June 1815 near Waterloo in Belgium, part of the United "
        "Kingdom of the Netherlands at the time."
    )
    prompts = [i.prompt for i in led_article_items("Battle of Waterloo", WATERLOO_LEAD, fought)]
    assert prompts and not [p for p in prompts if p.endswith("at the time?")]


def test_a_name_the_text_mostly_capitalizes_keeps_its_capital_in_a_question() -> None:
    # r46: "When did hall resign from the Government Architects office ...?" where the text writes "Hall" (Peter
    # Hall) far more often than "hall"
    prose = [
        "Peter Hall took over the interiors. The work of Hall was praised. Critics admired Hall and his team.",
        "Hall resigned from the Government Architects office in early 1966 to pursue his own practice.",
        "The concert hall was finished later.",
    ]
    made = led_article_items("Sydney Opera House", "The Sydney Opera House is a performing arts centre.", *prose)
    assert (
        "Sydney Opera House — When did Hall resign from the Government Architects office to pursue his own practice?"
        in [i.prompt for i in made]
    )
