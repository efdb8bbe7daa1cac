"""Fault classes the blind read r154 (unseen set 83, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import encyclopedia_items


def test_a_sentence_pointing_at_a_picture_beside_it_offers_no_item() -> None:
    # r154 ("answerable", "worth learning"): "The function of the press in the image on the left was described by
    # William Skeen in [...]." and "When was the function of the press in the image on the left described ...?"
    made = encyclopedia_items("printing_press.txt")
    assert not [i for i in made if "image on the left" in i.prompt]
    assert [i for i in made if "Koenig" in i.prompt]  # the article's other dated facts stay
