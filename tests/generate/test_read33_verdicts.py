"""Fault classes the readers of blind read r33 found on six more encyclopedia articles no rule had been tuned
on, each tested with the article's sentence (Wikipedia text, CC BY-SA)."""

from __future__ import annotations

from article_items import answered, article_items


def test_a_relative_clause_whose_subject_is_whose_is_not_asked() -> None:
    # r33: "When did whose Hofmusici orchestra perform the work at Prague Castle?"
    argippo = (
        "Vivaldi's opera Argippo (RV 697) was rediscovered in 2006 by the harpsichordist and conductor Ondřej Macek, "
        "whose Hofmusici orchestra performed the work at Prague Castle on 3 May 2008—its first performance since "
        "1730."
    )
    made = article_items(argippo, title="Antonio Vivaldi")
    assert answered(made, "2006")
    assert not [i for i in made if (i.prompt + i.answer).replace("Macek, whose", "").lower().count("whose")]


def test_a_date_written_twice_in_its_sentence_is_not_gapped_twice() -> None:
    # r33: "Vivaldi's [...] opera Argippo ... its first performance since [...]" (r31: "(1765–[...]), ... in [...]")
    twice = "Vivaldi's 1730 opera Argippo was performed at Prague Castle in 2008, its first performance since 1730."
    made = answered(article_items(twice, title="Antonio Vivaldi"), "1730")
    assert not [i for i in made if i.prompt.count("[...]") > 1]


def test_the_dates_of_films_and_songs_about_the_subject_are_not_asked() -> None:
    # r33: "In [...], the American progressive rock band Styx released a spoken-word track called 'Krakatoa'"
    styx = (
        'In 1977, the American progressive rock band Styx released a spoken-word track called "Krakatoa" on its '
        "album The Grand Illusion."
    )
    assert not article_items(styx, title="Krakatoa", section="In popular culture")
    eruption = "The eruption of Krakatoa in 1883 was heard thousands of kilometres away."
    assert answered(article_items(eruption, title="Krakatoa", section="1883 eruption"), "1883")
