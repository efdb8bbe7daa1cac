"""Fault classes the blind read r123 (unseen set 65, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import article_items, encyclopedia_items


def test_an_office_that_dies_says_not_who_held_it() -> None:
    # r123 ("answerable"): "When did the Archbishop of Canterbury die?" (Hubert Walter, named sentences before)
    offered = [i.prompt for i in encyclopedia_items("john_king_of_england.txt")]
    assert not [p for p in offered if p.endswith("When did the Archbishop of Canterbury die?")]


def test_a_named_holder_of_an_office_is_still_asked() -> None:
    items = article_items("Hubert Walter, the Archbishop of Canterbury, died on 13 July 1205.", title="King John")
    assert [i for i in items if i.prompt.endswith("When did Hubert Walter die?")]
