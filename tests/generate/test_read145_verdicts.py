"""Fault classes the blind read r145 (unseen set 79, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import article_items, encyclopedia_items


def test_a_verb_of_countering_without_its_object_leans() -> None:
    # r145 ("answerable"): "When did Bramhall counter?" of "Bramhall countered in 1655, when he printed everything
    # that had passed between them ...": countered what, the sentence before said
    assert not [i for i in encyclopedia_items("thomas_hobbes.txt") if "When did Bramhall counter" in i.prompt]


def test_a_day_without_its_year_is_asked_under_a_header_that_gives_the_year() -> None:
    # a day and month its sentence gives without the year, which the paragraph gives ("King was assassinated on
    # April 4 in Memphis"): judged unanswerable in many reads ("5 September", "April 3": 59 of 116 such answers bad)
    prompts = [i.prompt for i in encyclopedia_items("martin_luther_king_jr.txt") if i.answer == "April 4"]
    assert "Martin Luther King Jr · 1968 — King was assassinated on [...] in Memphis, Tennessee." in prompts


def test_a_day_takes_the_year_the_story_has_reached_not_an_older_one_of_its_month() -> None:
    # held-out read r149 ("answerable"): "Enver Hoxha · 1968 — On [...] a letter was sent ... calling Nixon a
    # 'frenzied anti-Communist'.": the paragraph had gone on from "20 August 1968" to "15 July 1971"
    made = article_items(
        "On 20 August 1968, the Soviet invasion of Czechoslovakia was condemned by Albania, as was the Brezhnev "
        "doctrine.",
        "Relations with China began to deteriorate on 15 July 1971, when United States President Richard Nixon agreed "
        "to visit China to meet with Zhou Enlai.",
        "On 6 August a letter was sent from the Central Committee of the Albanian Party of Labour to the Central "
        'Committee of the Communist Party of China, calling Nixon a "frenzied anti-Communist".',
    )
    dated = [i for i in made if i.answer.startswith("6 August")]
    assert dated
    assert not [i for i in dated if "1968" in i.prompt + i.answer]
    assert [i for i in dated if "1971" in i.prompt + i.answer]
