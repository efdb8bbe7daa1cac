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


def test_a_span_of_early_years_takes_its_era_from_the_second_year() -> None:
    # r123 ("clean"): "When did the related march take place 84 and?" of "between 84 and 96 AD"
    items = [i for i in encyclopedia_items("domitian.txt") if "carved titles" in i.source.text]
    assert items
    assert all(i.answer == "between 84 and 96 AD" for i in items)
    assert not [i for i in items if i.prompt.endswith("84 and?")]
