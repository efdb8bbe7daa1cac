"""Fault classes the blind read r145 (unseen set 79, 7 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import encyclopedia_items


def test_a_verb_of_countering_without_its_object_leans() -> None:
    # r145 ("answerable"): "When did Bramhall counter?" of "Bramhall countered in 1655, when he printed everything
    # that had passed between them ...": countered what, the sentence before said
    assert not [i for i in encyclopedia_items("thomas_hobbes.txt") if "When did Bramhall counter" in i.prompt]
