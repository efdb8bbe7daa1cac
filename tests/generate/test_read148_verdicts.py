"""Fault classes the blind read r148 (unseen set 80, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import encyclopedia_items


def test_a_birth_in_a_list_of_people_offers_no_item() -> None:
    # r148 ("clean", "worth learning"): "Ken Miyao born March 16, 1986, pop singer" of a list of Bonn's people asked
    # "When did Ken Miyao bear?", "Luke Mockridge born comedian and author", "Hermann Josef Abs * October 15, 1901,
    # † [...] in Bad Soden am Taunus"
    made = encyclopedia_items("bonn.txt")
    assert not [i for i in made if "Miyao" in i.prompt + i.answer or "Mockridge" in i.prompt + i.answer]
    assert not [i for i in made if "Hermann Josef Abs" in i.prompt]


def test_the_next_of_the_copys_time_is_a_plan() -> None:
    # r148 ("answerable"): "The next Landtag elections take place in [...]." (May 2017, the next as the copy was
    # written)
    assert not [i for i in encyclopedia_items("bonn.txt") if "next Landtag elections" in i.prompt]
