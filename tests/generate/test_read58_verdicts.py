"""Fault classes blind read r58 found on unseen articles (Apollo 13, Battle of Stalingrad, Benjamin Franklin,
Kraków, Louvre), each tested with the article's own sentences (Wikipedia, CC BY-SA)."""

from __future__ import annotations

from article_items import led_article_items

from studyapp.generate import items_for_document
from studyapp.text import parse_document


def test_a_day_after_the_story_reached_the_next_year_is_not_given_the_document_s_year() -> None:
    # r58: "When did Paulus request that he be granted permission to surrender? 22 January 1942" (it was 1943)
    text = (
        "Battle of Stalingrad\n\nThe Battle of Stalingrad was fought in 1942 and 1943.\n\nAdvance\n\n"
        "On 23 August 1942, the 6th Army reached the Volga. On 3 September 1942, the city was shelled. "
        "On 13 September 1942, the attack began. On 19 November 1942, the Red Army launched Operation Uranus.\n\n"
        "Soviet victory\n\nThe loss of the airfield at Pitomnik on 16 January 1943 meant an end to air supplies.\n\n"
        "On 22 January, Paulus requested that he be granted permission to surrender.\n"
    )
    made = items_for_document(parse_document(text, name="article.txt"))
    asked = [i for i in made if "Paulus requested" in i.prompt or "Paulus request" in i.prompt]
    assert asked and not [i for i in asked if "1942" in i.answer]


def test_a_he_after_a_sentence_that_lists_people_is_nobody_s() -> None:
    # r58: "When was Louis XVI elected a Fellow of the American Academy of Arts and Sciences?" (it was Franklin)
    made = led_article_items(
        "Benjamin Franklin",
        "Benjamin Franklin was an American polymath.",
        "In 1784, Louis XVI appointed a commission to investigate animal magnetism. These included the chemist "
        "Antoine Lavoisier, the astronomer Jean Sylvain Bailly, and Benjamin Franklin. In 1781, he was elected a "
        "Fellow of the American Academy of Arts and Sciences.",
    )
    assert not [i for i in made if "Louis XVI was elected" in i.prompt + i.answer or "Louis XVI elected" in i.prompt]


def test_what_a_myth_tells_is_not_stated_as_what_happened() -> None:
    # r58: "what happened on October 21, 1743? A storm ... denied Franklin the opportunity of witnessing a lunar
    # eclipse." (the text calls it a popular myth)
    made = led_article_items(
        "Benjamin Franklin",
        "Benjamin Franklin was an American polymath.",
        "On October 21, 1743, according to popular myth, a storm moving from the southwest denied Franklin the "
        "opportunity of witnessing a lunar eclipse.",
    )
    assert not [i for i in made if i.kind in ("date-what", "date-when")]
    assert all("according to popular myth" in i.prompt for i in made)


def test_a_clause_under_as_is_not_the_sentence_s_main_one() -> None:
    # r58: "what happened on 23 May 1871? The French Army advanced into Paris, a force of Communards ... set fire"
    made = led_article_items(
        "Louvre",
        "The Louvre is a museum in Paris.",
        "On 23 May 1871, as the French Army advanced into Paris, a force of Communards led by Jules Bergeret set "
        "fire to the adjoining Tuileries Palace.",
    )
    assert not [i for i in made if i.prompt.startswith("When did the French Army") or i.answer.startswith("The French")]


def test_a_rough_year_after_in_is_not_asked_and_an_object_her_of_a_he_is_another_person() -> None:
    # r58: "When did Josiah marry his first wife, Anne Child, about in Ecton?", "When did Josiah immigrate with her
    # to Boston?"
    made = led_article_items(
        "Benjamin Franklin",
        "Benjamin Franklin was an American polymath.",
        "Josiah Franklin was a tallow chandler. He married his first wife, Anne Child, in about 1677 in Ecton and "
        "immigrated with her to Boston in 1683.",
    )
    asked = [i.prompt for i in made if i.kind == "date-when"]
    assert not [p for p in asked if "about in" in p or "with her" in p]
