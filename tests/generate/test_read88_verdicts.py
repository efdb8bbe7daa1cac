"""Fault classes the blind reads of the session of 7 December found or had left (r83-r86 and the reads after
them), each tested with the article's own sentences (Wikipedia, CC BY-SA)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from studyapp.generate import StudyItem, items_for_document
from studyapp.text import parse_document

ENCYCLOPEDIA = Path(__file__).parents[1] / "data" / "encyclopedia"


@cache
def _items(article: str) -> tuple[StudyItem, ...]:
    path = ENCYCLOPEDIA / article
    return tuple(items_for_document(parse_document(path.read_text(encoding="utf-8"), name=article)))


def test_the_kind_of_a_thing_just_named_does_not_say_which_alone() -> None:
    # r86 ("answerable"): "The treaty marked the beginning of the Anglo-Spanish War, which lasted until the Treaty
    # of London in [...]." after "In August 1585 Elizabeth signed the Treaty of Nonsuch": which treaty?; r48
    # ("answerable"): "When did Darnley and Mary escape from the palace?" after "... at Holyrood Palace"
    made = _items("elizabeth_i_of_england.txt")
    assert len(made) > 50 and not [i for i in made if "The treaty marked" in i.prompt]
    assert not [i for i in _items("mary_queen_of_scots.txt") if "escape from the palace" in i.prompt]


def test_the_kind_of_the_articles_own_thing_is_known() -> None:
    text = (
        "Treaty of Nonsuch\n\nThe Treaty of Nonsuch was an agreement between England and the Dutch rebels against "
        "Spain.\n\nTerms\n\nIn August 1585 Elizabeth signed the Treaty of Nonsuch at Nonsuch Palace. The States "
        "General of the Dutch Republic ratified the treaty in September 1585.\n"
    )
    made = items_for_document(parse_document(text, name="treaty_of_nonsuch.txt"))
    assert [i for i in made if i.answer == "September 1585" and "ratified the treaty" in i.prompt]
