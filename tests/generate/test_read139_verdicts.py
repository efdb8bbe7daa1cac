"""Fault classes the blind read r139 (unseen set 75, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import encyclopedia_items


def test_a_kept_link_markup_or_a_comma_before_a_stop_offers_no_item() -> None:
    # r139 ("clean"): "[[Bolzmann_constant|k On [...] an image was released of a black hole."; "When did the LIGO
    # collaboration announce the first direct detection of gravitational waves,., eleven gravitational wave events
    # have been observed ...?" (the copy lost "As of ..." after "merger.[14]")
    made = encyclopedia_items("black_hole.txt")
    assert not [i for i in made if "[[" in i.prompt or ",." in i.prompt or ",." in i.answer]
    assert [i for i in made if "first direct detection of gravitational waves" in i.prompt] == []


def test_a_length_the_copy_lost_before_long_offers_no_item() -> None:
    # r139 ("clean"): "The longest complete dinosaur is the long Diplodocus, which was discovered in Wyoming ..."
    assert not [i for i in encyclopedia_items("dinosaur.txt") if "the long Diplodocus" in i.prompt]
