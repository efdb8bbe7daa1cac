"""A fault class the blind read r100 (unseen set 48, 7 December) found, tested with the article's own sentence
(Wikipedia, CC BY-SA)."""

from __future__ import annotations

from tests.generate.article_items import encyclopedia_items


def test_a_clause_that_only_says_so_of_another_is_not_asked_alone() -> None:
    # r100 ("answerable", "clean"): "So was Valencia in [...]." of "In 1229 Majorca was conquered, so was Valencia in
    # 1238." (conquered, as the clause before says)
    made = encyclopedia_items("spain.txt")
    assert len(made) > 50 and not [i for i in made if "So was Valencia" in i.prompt + i.answer]
