"""Fault classes the blind read r165 (unseen set 88, 8 December) found, tested with the articles' own sentences
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import encyclopedia_items


def test_a_statement_does_not_open_on_a_word_that_singles_it_out() -> None:
    # r165 ("clean"): a chronology event "Especially the Spanish and Portuguese navies dominated and helped propel
    # the age of exploration and colonialism."
    made = [i for i in encyclopedia_items("navy.txt") if i.kind == "chronology"]
    assert made and not [i for i in made if "Especially" in i.prompt or "Especially" in i.answer]
    assert [i for i in made if "The Spanish and Portuguese navies dominated" in i.answer]
