"""Fault classes the blind read r172 (unseen set 93, 8 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from pathlib import Path

from studyapp.extract import find_lists
from studyapp.generate.list_titles import list_titles
from studyapp.text import read_document
from tests.generate.article_items import encyclopedia_items

_ENCYCLOPEDIA = Path(__file__).parents[1] / "data" / "encyclopedia"


def test_a_list_is_not_titled_by_another_kind_the_sentence_before_counts() -> None:
    # r172 ("clean", "correct", 4 items): "The four cities of Bursa Nicomedia İzmit Nicaea İznik and Pergamum" over
    # "At this stage of his conquests Orhan's Ottoman Principality had four provinces:" (the provinces are listed)
    document = read_document(_ENCYCLOPEDIA / "orhan.txt")
    titles = list_titles(document, find_lists(document))
    assert titles and not [t for t in titles.values() if "cities" in t.name]
    assert not [i for i in encyclopedia_items("orhan.txt") if "four cities" in i.prompt]


def test_an_ordinal_in_capitals_before_one_word_in_capitals_is_softened() -> None:
    # r172 ("clean"): "Sir Charles Lyell, 1ST BARONET, (14 November 1797 – [...]) was a Scottish geologist ..."
    made = [i.prompt for i in encyclopedia_items("charles_lyell.txt")]
    assert [p for p in made if "Sir Charles Lyell, 1st Baronet," in p]
    assert not [p for p in made if "1ST" in p or "BARONET" in p]


def test_made_a_baronet_after_a_passive_is_not_asked_as_active() -> None:
    # r172 ("clean"): "When did Lyell make a baronet (Bt)?" of "Lyell was knighted (Kt) in 1848, and later, in 1864,
    # made a baronet (Bt)"
    made = encyclopedia_items("charles_lyell.txt")
    assert not [i for i in made if "make a baronet" in i.prompt]
    assert [i for i in made if i.prompt.endswith("When was Lyell knighted (Kt)?")]
