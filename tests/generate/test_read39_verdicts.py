"""Fault classes the readers found in the blind reads r31-r39 that the rules before r39 still let through,
each tested with the article's own sentences (Wikipedia text, CC BY-SA)."""

from __future__ import annotations

from studyapp.generate import StudyItem, items_for_document
from studyapp.text import parse_document


def _items(title: str, lead: str, *paragraphs: str) -> list[StudyItem]:
    body = "\n\n".join(paragraphs)
    return items_for_document(parse_document(f"{title}\n\n{lead}\n\nHistory\n\n{body}\n", name="article.txt"))


TELEGRAPH_LEAD = (
    "An electrical telegraph was a point-to-point text messaging system, used from the 1840s until the 1950s "
    "when it was slowly replaced by other telecommunication systems."
)
SCHILLING = (
    "In 1836, the British government attempted to buy the design but Schilling instead accepted overtures from "
    "Nicholas I of Russia. Schilling's telegraph was tested on an experimental underground and underwater cable, "
    "laid around the building of the main Admiralty in Saint Petersburg. However, the project was cancelled "
    "following Schilling's death in 1837."
)


def test_a_the_noun_no_sentence_names_and_the_article_is_not_about_is_not_asked() -> None:
    # r37 and before: "The project was cancelled following Schilling's death in [...]." (which project?)
    made = _items("Electrical telegraph", TELEGRAPH_LEAD, SCHILLING)
    assert not [i for i in made if "project" in i.prompt]


def test_a_the_noun_the_article_comes_back_to_often_is_its_own() -> None:
    # the counter-example: "the project" of an article that speaks of its project again and again
    projects = " ".join(["The project was costly.", "The project was long.", "The project was bold."] * 2)
    made = _items("Electrical telegraph", TELEGRAPH_LEAD, projects, SCHILLING)
    assert [i for i in made if "The project was cancelled" in i.prompt]
