"""Fault classes the blind reads r103 and r104 (unseen sets 50 and 51, 7 December) found, tested with the articles'
own sentences (Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import encyclopedia_items


def test_a_run_of_underscores_where_a_name_stood_keeps_the_sentence_out() -> None:
    # r104 ("clean"): "In [...], Spanish explorer Ruy López de Villalobos named the archipelago __ in honor of ..."
    made = encyclopedia_items("philippines.txt")
    assert len(made) > 30 and not [i for i in made if "archipelago __" in i.prompt + i.answer]


def test_by_then_keeps_its_then() -> None:
    # r104 ("clean"): "By [...], Farben regretted making the deal, as excess profits were by being generated."
    made = [i for i in encyclopedia_items("nazi_germany.txt") if "Farben regretted" in i.prompt]
    assert made and all("were by then being generated" in i.prompt for i in made)


def test_a_participle_joined_to_a_passive_shares_its_was() -> None:
    # r104 ("clean"): "what happened on January 20, 2001? Estrada's administration succeeded by his Vice President"
    # of "... was overthrown by the 2001 EDSA Revolution and succeeded by his Vice President, ... on January 20, 2001."
    made = [i for i in encyclopedia_items("philippines.txt") if "Macapagal-Arroyo" in i.answer + i.prompt]
    assert not [i for i in made if "administration succeeded by" in i.answer + i.prompt]
    assert not [i for i in made if "administration succeed by" in i.prompt]


def test_there_came_gives_no_question_and_no_verbless_answer() -> None:
    # r104 ("clean"): "When did the Coup d'état of December Twelfth led by General Chun Doo-hwan come?" of "In 1979
    # there came the Coup d'état of December Twelfth ..."
    made = [i for i in encyclopedia_items("south_korea.txt") if "December Twelfth" in i.prompt + i.answer]
    assert not [i for i in made if i.prompt.endswith("come?") or i.answer.startswith("Came ")]


def test_a_base_form_joined_after_the_to_clause_goes_with_it() -> None:
    # r104 ("clean"): "• The last Soviet premier, Mikhail Gorbachev, sought to reform." of "... sought to reform and
    # liberalize the economy through his policies of glasnost ..."
    made = [i for i in encyclopedia_items("soviet_union.txt") if "sought to reform" in i.prompt + i.answer]
    assert not [i for i in made if "sought to reform." in i.prompt + i.answer]


def test_it_expected_to_grow_leans() -> None:
    # r104 ("answerable"): "It is expected to grow to around 295 million by [...] and 321 million by 2050." (it?)
    made = encyclopedia_items("indonesia.txt")
    assert len(made) > 30 and not [i for i in made if "It is expected to grow" in i.prompt]


def test_an_event_still_timed_by_a_month_is_neither_placed_nor_asked() -> None:
    # r104 ("correct"): "• The Allies landed in Sicily and in Italy in September." placed at July 1943, of "The Allies
    # landed in Sicily in July 1943 and in Italy in September."
    made = [i for i in encyclopedia_items("nazi_germany.txt") if "in Italy in September" in i.prompt + i.answer]
    assert made and all(i.kind.value in ("date-cloze", "date-choice") and "[...]" in i.prompt for i in made)


def test_the_year_of_a_bare_count_is_not_asked() -> None:
    # r103 ("answerable", "worth"): "In [...] there were seven departments." (of what?)
    made = encyclopedia_items("austria_hungary.txt")
    assert len(made) > 30 and not [i for i in made if "there were seven departments" in i.prompt]
