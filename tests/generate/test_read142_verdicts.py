"""Fault classes the blind read r142 (unseen set 76, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import encyclopedia_items


def test_a_temperature_is_no_date() -> None:
    # r142: "Silicon carbide is rapidly attacked by chlorine gas, which forms SiCl₄ and carbon at 100 °C and SiCl₄
    # and CCl₄ at [...] °C." answered "1000"
    assert not [i for i in encyclopedia_items("silicon.txt") if "°C" in i.prompt and "[...]" in i.prompt]


def test_he_is_never_the_thing_an_article_is_about() -> None:
    # r142 ("correct"): "Silicon ... was not prepared until 31 years later, by Deville. By electrolyzing ..., he was
    # able to obtain a slightly impure allotrope of silicon in 1854." made "Silicon was able to obtain ..."
    assert not [i for i in encyclopedia_items("silicon.txt") if "Silicon was able" in i.prompt]


def test_he_is_still_the_person_an_article_is_about() -> None:
    # the limit of the rule above: "Hirohito" is never written in lower case, so "In 1908 he began elementary
    # studies at the Gakushūin" is his
    prompts = [i.prompt for i in encyclopedia_items("hirohito.txt")]
    assert "Hirohito — When did Hirohito begin elementary studies at the Gakushūin (Peers School)?" in prompts


def test_a_common_noun_the_tagger_calls_a_name_loses_its_capital_in_a_question() -> None:
    # r142 ("clean"): "When was Silicon carbide first made by Edward Goodrich Acheson?"
    prompts = [i.prompt for i in encyclopedia_items("silicon.txt")]
    assert "Silicon — When was silicon carbide first made by Edward Goodrich Acheson?" in prompts
    assert not [p for p in prompts if "When was Silicon carbide" in p]


def test_a_subject_with_an_aside_the_verb_agrees_with_is_not_cut_from_it() -> None:
    # r142 ("clean"): "Silane itself, as well as trichlorosilane, were first synthesised by Friedrich Wöhler and
    # Heinrich Buff in 1857 ..., and characterised as SiH₄ and SiHCl₃ by Charles Friedel and Albert Ladenburg in
    # 1867." made "When were silane itself first synthesised ...?" and "Silane were characterised ..."
    made = encyclopedia_items("silicon.txt")
    assert not [i for i in made if "silane itself first" in i.prompt.lower() or "Silane were" in i.prompt]


def test_a_subject_listed_with_commas_is_asked_whole() -> None:
    # the same cut at a comma, in a list: "When did Hemingway return to Paris ...?" left out Hadley and their son
    prompts = [i.prompt for i in encyclopedia_items("ernest_hemingway.txt") if "rue Notre-Dame des Champs" in i.prompt]
    assert prompts
    assert not [p for p in prompts if p.startswith("Ernest Hemingway — When did Hemingway return")]
    assert [p for p in prompts if "When did Hemingway, Hadley and their son" in p]


def test_a_rate_whose_number_the_copy_lost_offers_no_item() -> None:
    # r142 ("clean"): "Australia has the richest diamantiferous pipe with production reaching peak levels of per
    # year in [...]."
    assert not [i for i in encyclopedia_items("carbon.txt") if "levels of per year" in i.prompt]


def test_a_source_weighed_against_another_offers_no_item() -> None:
    # r142 ("worth learning"): "Another source puts the amount added to the atmosphere for the period since [...] at
    # 879 Gt"; "According to one source, in the period [...] about 347 gigatonnes of carbon were released ..."
    made = encyclopedia_items("carbon.txt")
    assert not [i for i in made if "Another source" in i.prompt or "According to one source" in i.prompt]


def test_more_of_what_the_sentence_before_told_leans_on_it() -> None:
    # r142 ("answerable"): "Further investigation had to wait until [...] because of the great reactivity and
    # thermal instability of the silanes."
    assert not [i for i in encyclopedia_items("silicon.txt") if i.prompt.startswith("Silicon — Further investigation")]


def test_more_than_keeps_its_than_in_a_question() -> None:
    # r142 ("clean"): "When did spot gold prices more quintuple in value against the US dollar?"
    prompts = [i.prompt for i in encyclopedia_items("gold.txt")]
    assert "Gold — When did spot gold prices more than quintuple in value against the US dollar?" in prompts
