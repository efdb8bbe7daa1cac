"""Fault classes blind read r46 found on unseen articles and that stayed after its first fixes, each tested with
the article's own sentences (Wikipedia, CC BY-SA)."""

from __future__ import annotations

from article_items import led_article_items

NEWTON_LEAD = "Isaac Newton was an English mathematician, physicist and astronomer."
OPERA_LEAD = "The Sydney Opera House is a multi-venue performing arts centre in Sydney, Australia."
ADA_LEAD = "Ada Lovelace was an English mathematician and writer."


def test_he_does_not_stand_for_a_man_whose_sentence_speaks_of_another() -> None:
    # r46: "When was Henry Stokes admitted to Trinity College ...?" (it was Newton: "send him back")
    made = led_article_items(
        "Isaac Newton",
        NEWTON_LEAD,
        "Henry Stokes, master at The King's School, persuaded his mother to send him back to school. "
        "In June 1661, he was admitted to Trinity College, Cambridge, on the recommendation of his uncle.",
    )
    assert not [i for i in made if "Stokes was admitted" in i.prompt or "Stokes admitted" in i.prompt]


def test_he_still_stands_for_a_woman_a_relative_clause_speaks_of() -> None:
    # the counter-example: "created specifically for her" is she herself
    made = led_article_items(
        "Lise Meitner",
        "Lise Meitner was an Austrian-Swedish physicist.",
        "In 1947, Meitner started research in a new laboratory that was created specifically for her. "
        "She became a Swedish citizen in 1949.",
    )
    assert "Lise Meitner — When did Meitner become a Swedish citizen?" in [i.prompt for i in made]


def test_he_never_stands_for_an_institution_named_with_the() -> None:
    # r46: "When was Opera House Trust appointed by the Trust as a design consultant?" (it was Utzon)
    made = led_article_items(
        "Sydney Opera House",
        OPERA_LEAD,
        "In the late 1990s, the Sydney Opera House Trust resumed communication with Utzon in an attempt to "
        "effect a reconciliation. In 1999, he was appointed by the Trust as a design consultant for future work.",
    )
    assert not [i for i in made if "Opera House Trust was appointed" in i.prompt or "Trust appointed" in i.prompt]


def test_a_roman_numeral_after_a_common_noun_is_no_i() -> None:
    # r46: "When did I commence with the construction firm Civil & Civic?" ("Stage I commenced")
    made = led_article_items(
        "Sydney Opera House",
        OPERA_LEAD,
        "Stage I commenced on 2 March 1959 with the construction firm Civil & Civic.",
    )
    prompts = [i.prompt for i in made]
    assert not [p for p in prompts if "When did I " in p]
    assert "Sydney Opera House — When did Stage I commence with the construction firm Civil & Civic?" in prompts


def test_a_kings_numeral_is_no_i_either() -> None:
    # "When did I commission a trade mission to Guangzhou?" (King Manuel I did)
    made = led_article_items(
        "History of Macau",
        "The history of Macau traces back to the Qin dynasty.",
        "In 1513, King Manuel I commissioned a trade mission to Guangzhou.",
    )
    prompts = [i.prompt for i in made]
    assert not [p for p in prompts if "When did I " in p]
    assert "History of Macau — When did King Manuel I commission a trade mission to Guangzhou?" in prompts


def test_a_birth_date_bracketed_after_another_remark_is_no_event() -> None:
    # r46: "Anne Isabella (called Annabella; born [...])." and "When did Anne Isabella bear?"
    made = led_article_items(
        "Ada Lovelace",
        ADA_LEAD,
        "They had three children: Byron (born 12 May 1836); Anne Isabella (called Annabella; born 22 September "
        "1837); and Ralph Gordon (born 2 July 1839).",
    )
    assert not [i for i in made if i.answer == "22 September 1837" or "Annabella" in i.answer]


def test_a_death_told_in_two_calendars_is_not_asked() -> None:
    # r46: "Newton died ... on [...] (OS 20 March 1726; NS 31 March 1727)": 20 or 31 March, 1726 or 1727
    made = led_article_items(
        "Isaac Newton",
        NEWTON_LEAD,
        "Newton died in his sleep in London on 20 March 1727 (OS 20 March 1726; NS 31 March 1727).",
    )
    assert not [i for i in made if "died in his sleep" in i.prompt]


def test_a_calendar_named_alone_is_no_second_date() -> None:
    # the counter-example: "(Gregorian calendar)" says which calendar, and the date is still one
    made = led_article_items(
        "Glorious Revolution",
        "The Glorious Revolution was the deposition of James II in 1688.",
        "On 9 March 1689 (Gregorian calendar) the States General declared war on France.",
    )
    assert [i for i in made if "declared war on France" in i.prompt]


def test_two_days_of_one_month_happen_on_them() -> None:
    # r46: "what happened during 23 and 30 June 2015?"
    made = led_article_items(
        "Channel Tunnel",
        "The Channel Tunnel is a railway tunnel beneath the English Channel.",
        "On 23 and 30 June 2015, striking workers associated with MyFerryLink damaged the sections of track by "
        "burning car tires.",
    )
    what = [i.prompt for i in made if "what happened" in i.prompt]
    assert what == ["In the article “Channel Tunnel”, what happened on 23 and 30 June 2015?"]
