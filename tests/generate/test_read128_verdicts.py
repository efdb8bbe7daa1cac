"""Fault classes the blind read r128 (unseen set 69, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import article_items, encyclopedia_items


def test_instead_of_opening_a_sentence_is_no_discourse_word() -> None:
    # r128 ("clean"): "Of attacking at once, Nicias procrastinated and the campaigning season of [...] ended ..."
    items = article_items(
        "Instead of attacking at once, Nicias procrastinated and the campaigning season of 415 BC ended with "
        "Syracuse scarcely damaged.",
        title="Peloponnesian War",
    )
    assert items
    assert all("Instead of attacking at once" in i.prompt for i in items if "attacking" in i.prompt)
    assert not [i for i in items if i.prompt.split(" — ")[-1].startswith("Of attacking")]


def test_a_naming_verb_that_ends_its_sentence_lost_the_name() -> None:
    # r128 ("clean"): "When did a group of forty-four settlers known as Los Pobladores found the pueblo they called?"
    sentence = (
        'On September 4, 1781, a group of forty-four settlers known as "Los Pobladores" founded the pueblo they called.'
    )
    assert not article_items(sentence, title="Los Angeles")
    made = article_items(sentence, title="Los Angeles", keep_all=True)
    assert made and all("the copy lost words or a value here" in i.quality.reasons for i in made)
    named = article_items("In 1850 Lincoln was called to the bar in Springfield.", title="Abraham Lincoln")
    assert named and not [i for i in named if "the copy lost words or a value here" in i.quality.reasons]


def test_an_initialism_titles_its_items_in_capitals() -> None:
    # r128 ("clean", 16 items): every item of the DNA article headed "Dna —"; the NATO article's were "Nato —"
    for article, title in (("dna.txt", "DNA"), ("nato.txt", "NATO")):
        heads = {i.prompt.split(" — ")[0] for i in encyclopedia_items(article) if " — " in i.prompt}
        assert title in heads and title.capitalize() not in heads
    assert {i.prompt.split(" — ")[0] for i in encyclopedia_items("domitian.txt") if " — " in i.prompt} == {"Domitian"}


def test_a_verb_sharing_a_relative_clauses_object_is_not_asked_without_it() -> None:
    # r128 ("answerable", "clean"): "When did Pablo Picasso occupy with Jacqueline?" from "the Château of
    # Vauvenargues ..., a property he had acquired in 1958 and occupied with Jacqueline between 1959 and 1962"
    made = [i for i in encyclopedia_items("pablo_picasso.txt") if "Jacqueline" in i.prompt or "Jacqueline" in i.answer]
    assert not [i for i in made if "occupy with Jacqueline" in i.prompt or "occupied with Jacqueline." in i.prompt]
